"""The JSON API (django-ninja): each app contributes a router; the schema is at /api/openapi.json."""

from __future__ import annotations

from importlib import import_module

from ninja import NinjaAPI

api = NinjaAPI(
    title="gazete API",
    version="1",
    description="Stories, read counts, comments and moderation of a gazete news portal.",
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)

# Routers live in each app's ``api`` module and are mounted when that module exists.
for module_name in ("gazete.readership.api", "gazete.comments.api", "gazete.wire.api", "gazete.newsroom.api"):
    try:
        module = import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        continue
    api.add_router("", module.router)
