"""The desk's categories-to-sections table: which agency category lands in which section."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from gazete.backoffice.access import desk_permission_required
from gazete.backoffice.roles import MANAGE_FRONT_PAGE
from gazete.newsroom.models import Section
from gazete.wire.models import CategoryMapping

CODE_MAX = CategoryMapping._meta.get_field("code").max_length


def _order(value: str, default: int) -> int:
    return int(value) if value.strip().isdigit() else default


def _save_rows(request: HttpRequest, slugs: set[str]) -> None:
    """Apply the edited rows: section, order, enabled; a removed row is deleted."""
    for mapping in CategoryMapping.objects.all():
        prefix = f"row-{mapping.pk}-"
        if f"{prefix}section" not in request.POST:
            continue
        if request.POST.get(f"{prefix}delete"):
            mapping.delete()
            continue
        section = request.POST.get(f"{prefix}section", "")
        mapping.section_slug = section if section in slugs else mapping.section_slug
        mapping.order = _order(request.POST.get(f"{prefix}order", ""), mapping.order)
        mapping.enabled = bool(request.POST.get(f"{prefix}enabled"))
        mapping.save(update_fields=["section_slug", "order", "enabled"])


def _add_row(request: HttpRequest, slugs: set[str]) -> str | None:
    """Add the new row if one was filled in; return why it was refused, or None."""
    code = " ".join(request.POST.get("new-code", "").split())
    if not code:
        return None
    section = request.POST.get("new-section", "")
    if section not in slugs:
        return _("Choose a section for the new category.")
    if len(code) > CODE_MAX or CategoryMapping.objects.filter(code__iexact=code).exists():
        return _("That category is already in the table.")
    CategoryMapping.objects.create(code=code, label=request.POST.get("new-label", "")[:120], section_slug=section,
                                   order=_order(request.POST.get("new-order", ""), 100))
    return None


@desk_permission_required(MANAGE_FRONT_PAGE)
@require_http_methods(["GET", "POST"])
def categories(request: HttpRequest) -> HttpResponse:
    """List and edit the table; the rows name sections by slug (a row for a missing section waits)."""
    sections = list(Section.objects.all())
    slugs = {section.slug for section in sections}
    if request.method == "POST":
        _save_rows(request, slugs)
        refused = _add_row(request, slugs)
        if refused:
            messages.error(request, refused)
        else:
            messages.success(request, _("Categories saved."))
        return redirect("desk:categories")
    return render(request, "backoffice/categories.html", {
        "mappings": CategoryMapping.objects.all(),
        "sections": sections,
        "slugs": slugs,
    })
