"""The public rendition files under ``/media/p/`` (served from the data directory)."""

from django.urls import path

from gazete.media import views

app_name = "media"

urlpatterns = [
    path("media/p/<path:name>", views.public_file, name="public-file"),
]
