"""Site URLs: reader pages, the back office, the JSON API and each app's own pages."""

from importlib import import_module

from django.contrib import admin
from django.urls import include, path, register_converter

from gazete.api import api
from gazete.params import IdConverter

# ``<id:pk>`` in every app's URLs: a database id that fits the database, else no match (404).
register_converter(IdConverter, "id")

urlpatterns = [
    path("admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
]

# Apps with pages of their own (the desk, comment forms, feeds…) add them in ``<app>/urls.py``.
for app in ("backoffice", "comments", "readership", "wire"):
    module_name = f"gazete.{app}.urls"
    try:
        import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        continue
    urlpatterns.append(path("", include(module_name)))

urlpatterns.append(path("", include("gazete.newsroom.urls")))
