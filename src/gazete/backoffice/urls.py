"""URLs of the desk under /desk/: stories (``desk:…``), comments (``desk:comments:…``), reads (``desk:reads:…``)."""

from django.urls import include, path

from gazete.backoffice.views import actions, categories, comments, lists, login, photos, reads, story

app_name = "desk"

# The comment screens (they were the comments app's ``comments:…`` names, at the same addresses).
comment_patterns = [
    path("", comments.queue_view, name="desk"),
    path("queue/<slug:name>/", comments.queue_view, name="queue"),
    path("bulk/", comments.bulk_action, name="bulk"),
    path("<id:comment_id>/", comments.comment_detail, name="detail"),
    path("visitor/<str:visitor_hash>/", comments.visitor_view, name="visitor"),
    path("blocked/", comments.blocked_view, name="blocked"),
    path("policy/", comments.policy_view, name="policy"),
    path("numbers/", comments.numbers_view, name="numbers"),
    path("numbers/chart.svg", comments.chart_svg, name="chart"),
]

# The reads screens (they were readership's ``desk_reads`` and ``desk_story_reads``, same addresses).
reads_patterns = [
    path("", reads.overview, name="overview"),
    path("<id:story_id>/", reads.story_reads, name="story"),
]

urlpatterns = [
    path("desk/", lists.home, name="home"),
    path("desk/login/", login.DeskLoginView.as_view(), name="login"),
    path("desk/logout/", login.DeskLogoutView.as_view(), name="logout"),
    path("desk/incoming/", lists.incoming, name="incoming"),
    path("desk/stories/", lists.stories, name="stories"),
    path("desk/wire-updates/", lists.wire_updates, name="wire_updates"),
    path("desk/front/", lists.front_page, name="front"),
    path("desk/categories/", categories.categories, name="categories"),
    path("desk/stories/<id:pk>/", story.detail, name="story"),
    path("desk/stories/<id:pk>/edit/", story.edit, name="edit"),
    path("desk/stories/<id:pk>/preview/", story.preview, name="preview"),
    path("desk/stories/<id:pk>/versions/", story.versions, name="versions"),
    path("desk/stories/<id:pk>/revisions/<id:revision_id>/", story.revision, name="revision"),
    path("desk/stories/<id:pk>/revisions/<id:revision_id>/restore/", story.restore, name="restore"),
    path("desk/versions/<id:version_id>/apply/", story.apply_version, name="apply_version"),
    path("desk/versions/<id:version_id>/dismiss/", story.dismiss_version, name="dismiss_version"),
    path("desk/stories/<id:pk>/publish/", actions.publish, name="publish"),
    path("desk/stories/<id:pk>/schedule/", actions.schedule, name="schedule"),
    path("desk/stories/<id:pk>/unpublish/", actions.unpublish, name="unpublish"),
    path("desk/stories/<id:pk>/withdraw/", actions.withdraw, name="withdraw"),
    path("desk/stories/<id:pk>/hold/", actions.hold, name="hold"),
    path("desk/stories/<id:pk>/spike/", actions.spike, name="spike"),
    path("desk/stories/<id:pk>/unspike/", actions.unspike, name="unspike"),
    path("desk/stories/<id:pk>/correction/", actions.correction, name="correction"),
    path("desk/stories/<id:pk>/lead/", actions.lead, name="lead"),
    path("desk/stories/<id:pk>/breaking/", actions.breaking, name="breaking"),
    path("desk/stories/<id:pk>/photos/", photos.photos, name="photos"),
    path("desk/stories/<id:pk>/photos/upload/", photos.upload, name="upload_photo"),
    path("desk/stories/<id:pk>/photos/clear-lead/", photos.clear_lead, name="clear_lead_photo"),
    path("desk/stories/<id:pk>/photos/<id:picture_id>/", photos.picture, name="picture"),
    path("desk/stories/<id:pk>/photos/<id:picture_id>/lead/", photos.choose_lead, name="lead_photo"),
    path("desk/stories/<id:pk>/photos/<id:picture_id>/remove/", photos.remove, name="remove_photo"),
    path("desk/stories/<id:pk>/photos/<id:picture_id>/text/", photos.text, name="photo_text"),
    path("desk/stories/<id:pk>/photos/<id:picture_id>/focal/", photos.focal, name="photo_focal"),
    path("desk/comments/", include((comment_patterns, "comments"))),
    path("desk/reads/", include((reads_patterns, "reads"))),
]
