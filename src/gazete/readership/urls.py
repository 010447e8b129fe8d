"""Back-office URLs of read counting (the JSON API is in readership.api)."""

from django.urls import path

from gazete.readership import views

app_name = "readership"

urlpatterns = [
    path("desk/reads/", views.desk_reads, name="desk_reads"),
    path("desk/reads/<id:story_id>/", views.desk_story_reads, name="desk_story_reads"),
]
