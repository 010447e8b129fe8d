"""The desk's navigation: every screen of the shell, shown only to those its permissions let in.

Each entry names the permissions (and, for the comment desk, the test) that the screen's own
``desk_permission_required`` checks, so a link in the navigation always opens: stories, wire
updates and the incoming queue for editors, the front page for those who manage it, comments for
moderators, reads for every desk user and the Django admin for administrators.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from gazete.backoffice.access import UserTest, may_open
from gazete.backoffice.roles import EDIT_STORIES, MANAGE_FRONT_PAGE
from gazete.comments.permissions import may_use_comment_desk


def administers(user: Any) -> bool:
    """True for superusers and whoever may change user accounts (the administrator role)."""
    return bool(user.is_superuser or user.has_perm("auth.change_user"))


@dataclass(frozen=True)
class DeskScreen:
    """One entry of the desk's navigation and who may open it."""

    key: str
    label: Promise
    url_name: str
    permissions: tuple[str, ...] = ()
    test: UserTest | None = None

    def url(self) -> str:
        """The screen's address."""
        return reverse(self.url_name)


SCREENS: tuple[DeskScreen, ...] = (
    DeskScreen("incoming", _("Incoming"), "desk:incoming", (EDIT_STORIES,)),
    DeskScreen("stories", _("Stories"), "desk:stories", (EDIT_STORIES,)),
    DeskScreen("wire_updates", _("Wire updates"), "desk:wire_updates", (EDIT_STORIES,)),
    DeskScreen("front", _("Front page"), "desk:front", (MANAGE_FRONT_PAGE,)),
    DeskScreen("comments", _("Comments"), "desk:comments:desk", test=may_use_comment_desk),
    DeskScreen("reads", _("Reads"), "desk:reads:overview"),
    DeskScreen("admin", _("Administration"), "admin:index", test=administers),
)


@dataclass(frozen=True)
class NavigationLink:
    """A link of the navigation as the shell shows it."""

    key: str
    label: str
    url: str
    current: bool


def screens_for(user: Any) -> list[DeskScreen]:
    """The screens ``user`` may open, in navigation order."""
    return [screen for screen in SCREENS if may_open(user, screen.permissions, screen.test)]


def navigation_for(user: Any, path: str) -> list[NavigationLink]:
    """The navigation links for ``user`` on the page at ``path``; the screen ``path`` is in is current."""
    links = [(screen, screen.url()) for screen in screens_for(user)]
    inside = [url for _screen, url in links if path.startswith(url)]
    current = max(inside, key=len, default=None)
    return [NavigationLink(screen.key, str(screen.label), url, url == current) for screen, url in links]
