"""Who may open a desk screen: one decorator for every screen of the desk (stories, comments, reads).

A visitor who is not signed in with a desk account (an active staff account; every desk role is
staff, see ``backoffice.roles``) is sent to the desk's sign-in page with ``?next=``. A desk user
whose role does not allow the screen gets the desk's own 403 page, inside the desk's shell and in
the interface language, with the way back to /desk/. A ``PermissionDenied`` raised further in
(a comment outside the moderator's sections, a policy change without the permission) is answered
with the same page.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from gazete.backoffice.roles import USE_DESK, role_of
from gazete.comments.permissions import may_use_comment_desk

View = Callable[..., HttpResponse]
UserTest = Callable[[Any], bool]


def is_desk_user(user: Any) -> bool:
    """True for an active staff account, the only kind the desk's sign-in lets in."""
    return bool(user.is_authenticated and user.is_active and user.is_staff)


def may_open(user: Any, permissions: tuple[str, ...], test: UserTest | None = None) -> bool:
    """True when desk user ``user`` holds every one of ``permissions`` and passes ``test`` (if any)."""
    if not is_desk_user(user):
        return False
    return all(user.has_perm(permission) for permission in permissions) and (test is None or test(user))


def opens_desk_home(user: Any) -> bool:
    """True when desk user ``user`` may open /desk/: a desk role (``backoffice.use_desk``), or comments
    to moderate without one (a section moderator, whose sign-in also lands on /desk/)."""
    return may_open(user, (USE_DESK,)) or may_open(user, (), may_use_comment_desk)


def forbidden(request: HttpRequest) -> HttpResponse:
    """The desk's 403 page: what happened, in the interface language, and the way back to /desk/
    (when the user may open it: an account without a desk role may not)."""
    context = {"role": role_of(request.user), "desk_opens": opens_desk_home(request.user)}
    return render(request, "backoffice/forbidden.html", context, status=403)


def desk_permission_required(*permissions: str, test: UserTest | None = None) -> Callable[[View], View]:
    """View decorator: sign in at /desk/login/ first, then the desk's 403 page without every one of
    ``permissions`` (and ``test(user)``, when given). No permission at all: any desk user."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not is_desk_user(request.user):
                return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
            if not may_open(request.user, permissions, test):
                return forbidden(request)
            try:
                return view(request, *args, **kwargs)
            except PermissionDenied:
                return forbidden(request)

        return wrapped

    return decorator
