"""URLs of the comments app: the form's token and fallback and the report button (its desk screens are the desk's)."""

from django.urls import path

from gazete.comments import views
from gazete.form_tokens import form_token

app_name = "comments"

urlpatterns = [
    path("yorum/token/", form_token, name="token"),
    path("yorum/<id:story_id>/", views.post_comment, name="post"),
    path("yorum/bildir/<id:comment_id>/", views.report, name="report"),
]
