"""WSGI entry point for gunicorn: ``gazete.wsgi:application``."""

import os

from django.core.wsgi import get_wsgi_application

from gazete.request_drain import draining_unread_bodies

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
application = draining_unread_bodies(get_wsgi_application())
