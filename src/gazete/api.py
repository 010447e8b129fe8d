"""The JSON API (django-ninja): each app contributes a router; the schema is at /api/openapi.json."""

from __future__ import annotations

from ninja import NinjaAPI

from gazete.api_errors import server_error_answer
from gazete.comments.api import router as comments_router
from gazete.comments.selectors import approved_comment_counts
from gazete.readership.api import count_comments_with
from gazete.readership.api import router as readership_router

api = NinjaAPI(
    title="gazete API",
    version="1",
    description="Stories, read counts, comments and moderation of a gazete news portal.",
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)

# Each app contributes the router of its ``api`` module. Apps do not import their siblings: what
# one app's endpoint needs from another is wired here (the comment counts of /api/stories).
api.add_router("", readership_router)
api.add_router("", comments_router)
count_comments_with(approved_comment_counts)
# An exception no view handled answers problem details (JSON), not Django's HTML 500 page; the
# error is logged as Django logs one (``django.request``).
api.add_exception_handler(Exception, server_error_answer)
