"""The desk's roles as Django groups: editor, moderator, administrator — created idempotently.

* editor: the incoming queue, editing, publishing, corrections and the front page;
* moderator: the comment queues (every permission of the comments app), nothing of stories;
* administrator: every permission there is (users too, through /admin/).

Desk users are staff (so the desk's sign-in at /desk/login/ lets them in); what they may do comes
from these groups' permissions only, so the admin shows an editor or moderator nothing to edit.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Q

EDITOR, MODERATOR, ADMINISTRATOR = "editor", "moderator", "administrator"
ROLES = (EDITOR, MODERATOR, ADMINISTRATOR)

USE_DESK = "backoffice.use_desk"
EDIT_STORIES = "backoffice.edit_stories"
MANAGE_FRONT_PAGE = "backoffice.manage_front_page"
MODERATE_COMMENTS = "backoffice.moderate_comments"

# "app_label.codename" permissions each role gets; "app_label.*" means every permission of that app.
ROLE_PERMISSIONS: dict[str, tuple[str, ...]] = {
    EDITOR: (USE_DESK, EDIT_STORIES, MANAGE_FRONT_PAGE, "backoffice.view_desklogentry"),
    MODERATOR: (USE_DESK, MODERATE_COMMENTS, "comments.*"),
    ADMINISTRATOR: ("*",),
}


def _permissions_for(specs: tuple[str, ...]) -> list[Permission]:
    if "*" in specs:
        return list(Permission.objects.all())
    query = Q(pk__in=[])
    for spec in specs:
        app_label, codename = spec.split(".", 1)
        if codename == "*":
            query |= Q(content_type__app_label=app_label)
        else:
            query |= Q(content_type__app_label=app_label, codename=codename)
    return list(Permission.objects.filter(query))


def setup_roles() -> dict[str, int]:
    """Create or bring up to date the three role groups; return each group's permission count."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0)
    counts = {}
    for role, specs in ROLE_PERMISSIONS.items():
        group, _created = Group.objects.get_or_create(name=role)
        permissions = _permissions_for(specs)
        group.permissions.set(permissions)
        counts[role] = len(permissions)
    return counts


def setup_roles_after_migrate(sender: Any, **kwargs: Any) -> None:
    """post_migrate receiver: keep the role groups in step with the permissions that exist."""
    if kwargs.get("using", "default") != "default":
        return
    setup_roles()


def role_of(user: Any) -> str | None:
    """The strongest desk role ``user`` has (administrator > editor > moderator), or None."""
    if not (user.is_authenticated and user.is_active):
        return None
    if user.is_superuser:
        return ADMINISTRATOR
    names = set(user.groups.values_list("name", flat=True))
    for role in (ADMINISTRATOR, EDITOR, MODERATOR):
        if role in names:
            return role
    return None


def assign_role(user: Any, role: str) -> None:
    """Give ``user`` exactly one desk role (and staff status, needed by the sign-in at /desk/login/)."""
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}; choose one of {', '.join(ROLES)}")
    if not Group.objects.filter(name=role).exists():
        setup_roles()
    user.is_staff = True
    user.save(update_fields=["is_staff"])
    user.groups.remove(*Group.objects.filter(name__in=ROLES).exclude(name=role))
    user.groups.add(Group.objects.get(name=role))
