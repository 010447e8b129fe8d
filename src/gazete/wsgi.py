"""WSGI entry point for gunicorn: ``gazete.wsgi:application``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
application = get_wsgi_application()
