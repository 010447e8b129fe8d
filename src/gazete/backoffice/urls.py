"""URLs of the desk under /desk/ (the comments app adds its moderator screens under /desk/comments/)."""

from django.urls import path

from gazete.backoffice.views import actions, categories, lists, login, story

app_name = "desk"

urlpatterns = [
    path("desk/", lists.home, name="home"),
    path("desk/login/", login.DeskLoginView.as_view(), name="login"),
    path("desk/logout/", login.DeskLogoutView.as_view(), name="logout"),
    path("desk/incoming/", lists.incoming, name="incoming"),
    path("desk/stories/", lists.stories, name="stories"),
    path("desk/wire-updates/", lists.wire_updates, name="wire_updates"),
    path("desk/front/", lists.front_page, name="front"),
    path("desk/categories/", categories.categories, name="categories"),
    path("desk/stories/<int:pk>/", story.detail, name="story"),
    path("desk/stories/<int:pk>/edit/", story.edit, name="edit"),
    path("desk/stories/<int:pk>/preview/", story.preview, name="preview"),
    path("desk/stories/<int:pk>/versions/", story.versions, name="versions"),
    path("desk/stories/<int:pk>/revisions/<int:revision_id>/", story.revision, name="revision"),
    path("desk/stories/<int:pk>/revisions/<int:revision_id>/restore/", story.restore, name="restore"),
    path("desk/versions/<int:version_id>/apply/", story.apply_version, name="apply_version"),
    path("desk/versions/<int:version_id>/dismiss/", story.dismiss_version, name="dismiss_version"),
    path("desk/stories/<int:pk>/publish/", actions.publish, name="publish"),
    path("desk/stories/<int:pk>/schedule/", actions.schedule, name="schedule"),
    path("desk/stories/<int:pk>/unpublish/", actions.unpublish, name="unpublish"),
    path("desk/stories/<int:pk>/withdraw/", actions.withdraw, name="withdraw"),
    path("desk/stories/<int:pk>/hold/", actions.hold, name="hold"),
    path("desk/stories/<int:pk>/spike/", actions.spike, name="spike"),
    path("desk/stories/<int:pk>/unspike/", actions.unspike, name="unspike"),
    path("desk/stories/<int:pk>/correction/", actions.correction, name="correction"),
    path("desk/stories/<int:pk>/lead/", actions.lead, name="lead"),
    path("desk/stories/<int:pk>/breaking/", actions.breaking, name="breaking"),
]
