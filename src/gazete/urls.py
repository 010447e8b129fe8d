"""Site URLs: reader pages, the back office, the JSON API and each app's own pages."""

from django.contrib import admin
from django.urls import include, path, register_converter
from django.views.decorators.csrf import csrf_exempt
from django.views.i18n import set_language

from gazete.api import api
from gazete.params import IdConverter

# ``<id:pk>`` in every app's URLs: a database id that fits the database, else no match (404).
register_converter(IdConverter, "id")

# A 500 under /api/ is JSON (problem details) even when it happens outside the API's views.
handler500 = "gazete.api_errors.server_error"

urlpatterns = [
    path("admin/", admin.site.urls),
    # The language switch sits on cached pages, which carry no CSRF token (gazete.form_tokens). It
    # only sets the django_language cookie (a display preference, no authority), so it goes without
    # the check: a forged switch changes the language a reader sees, nothing else.
    path("i18n/setlang/", csrf_exempt(set_language), name="set_language"),
    path("i18n/", include("django.conf.urls.i18n")),
    path("api/", api.urls),
]

# Apps with pages of their own (the desk with its comment and reads screens, the comment forms) add them
# in ``<app>/urls.py``
# (named as strings: they are imported after the converter above is registered); the reader pages
# come last.
urlpatterns += [
    path("", include("gazete.backoffice.urls")),
    path("", include("gazete.comments.urls")),
    path("", include("gazete.media.urls")),
    path("", include("gazete.newsroom.urls")),
]
