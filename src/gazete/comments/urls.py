"""URLs of the comments app: the form's token and fallback, report button and the moderators' desk."""

from django.urls import path

from gazete.comments import desk, views
from gazete.form_tokens import form_token

app_name = "comments"

urlpatterns = [
    path("yorum/token/", form_token, name="token"),
    path("yorum/<id:story_id>/", views.post_comment, name="post"),
    path("yorum/bildir/<id:comment_id>/", views.report, name="report"),
    path("desk/comments/", desk.queue_view, name="desk"),
    path("desk/comments/queue/<slug:name>/", desk.queue_view, name="queue"),
    path("desk/comments/bulk/", desk.bulk_action, name="bulk"),
    path("desk/comments/<id:comment_id>/", desk.comment_detail, name="detail"),
    path("desk/comments/visitor/<str:visitor_hash>/", desk.visitor_view, name="visitor"),
    path("desk/comments/blocked/", desk.blocked_view, name="blocked"),
    path("desk/comments/policy/", desk.policy_view, name="policy"),
    path("desk/comments/numbers/", desk.numbers_view, name="numbers"),
    path("desk/comments/numbers/chart.svg", desk.chart_svg, name="chart"),
]
