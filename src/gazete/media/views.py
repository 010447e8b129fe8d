"""Serve rendition files from the data directory, with a cache lifetime of a year (names never change).

With the embedded default nothing else serves ``/media/p/``; nginx (``deploy/nginx.conf``) keeps
its own copy in front. When pictures live in an S3-compatible bucket their URLs point there and
this view answers 404. Originals (``originals/``) are never served.
"""

from __future__ import annotations

from django.core.files.storage import FileSystemStorage, storages
from django.http import FileResponse, Http404, HttpRequest
from django.views.decorators.http import require_safe

from gazete.config import IMMUTABLE_CACHE_CONTROL
from gazete.media.naming import PUBLIC_PREFIX, is_public_name

CONTENT_TYPES = {"webp": "image/webp", "avif": "image/avif", "jpg": "image/jpeg"}


@require_safe
def public_file(request: HttpRequest, name: str) -> FileResponse:
    """One rendition file by its content-addressed name, or 404."""
    storage = storages["default"]
    if not is_public_name(name) or not isinstance(storage, FileSystemStorage):
        raise Http404("no such picture file")
    stored = f"{PUBLIC_PREFIX}/{name}"
    try:
        handle = storage.open(stored, "rb")
    except FileNotFoundError:
        raise Http404("no such picture file") from None
    response = FileResponse(handle, content_type=CONTENT_TYPES[name.rsplit(".", 1)[1]])
    response["Cache-Control"] = IMMUTABLE_CACHE_CONTROL
    return response
