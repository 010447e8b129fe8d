"""ASGI entry point: ``gazete.asgi:application`` (for granian or uvicorn)."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gazete.settings")
application = get_asgi_application()
