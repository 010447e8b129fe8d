"""Template tags of the desk's shell: the navigation the signed-in user may follow."""

from __future__ import annotations

from typing import Any

from django import template

from gazete.backoffice.navigation import navigation_for

register = template.Library()


@register.inclusion_tag("backoffice/_navigation.html", takes_context=True)
def desk_navigation(context: template.Context) -> dict[str, Any]:
    """The links of the desk's navigation for the request's user, the current screen marked."""
    request = context["request"]
    return {"links": navigation_for(request.user, request.path)}
