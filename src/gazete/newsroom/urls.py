"""URLs of the reader-facing pages."""

from django.urls import path

from gazete.newsroom import views

app_name = "newsroom"

urlpatterns = [
    path("", views.home, name="home"),
    path("haber/<int:pk>/<slug:slug>/", views.story_detail, name="story"),
    path("bolum/<slug:slug>/", views.section_detail, name="section"),
    path("yazar/<slug:slug>/", views.author_detail, name="author"),
    path("etiket/<slug:slug>/", views.tag_detail, name="tag"),
]
