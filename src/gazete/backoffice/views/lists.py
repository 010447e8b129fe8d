"""The desk's list screens: front page (numbers), incoming queue, all stories, wire updates, front page."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from gazete.backoffice import queue
from gazete.backoffice.access import desk_permission_required, opens_desk_home
from gazete.backoffice.numbers import desk_numbers
from gazete.backoffice.roles import EDIT_STORIES, MANAGE_FRONT_PAGE, role_of
from gazete.comments.permissions import may_use_comment_desk
from gazete.newsroom import publishing
from gazete.newsroom.models import Section, Story, StoryVersion
from gazete.params import ParamError, parse_int

PAGE_SIZE = 50
MAX_SECTION_ORDER = 10_000  # a menu position; Section.order is a PositiveIntegerField


@desk_permission_required(test=opens_desk_home)
def home(request: HttpRequest) -> HttpResponse:
    """The desk's front page: today's numbers and what waits for the editor's decision."""
    context: dict[str, object] = {"role": role_of(request.user),
                                  "moderates_comments": may_use_comment_desk(request.user)}
    if request.user.has_perm(EDIT_STORIES):
        context.update(
            numbers=desk_numbers(),
            pending_updates=StoryVersion.objects.filter(pending_review=True).count(),
            waiting=queue.incoming_queue().count(),
            scheduled=Story.objects.filter(status=Story.Status.SCHEDULED).order_by("published_at")[:10],
        )
    return render(request, "backoffice/home.html", context)


@desk_permission_required(EDIT_STORIES)
def incoming(request: HttpRequest) -> HttpResponse:
    """Wire stories held as drafts, newest first, filtered by source, section, language, priority."""
    flt = queue.QueueFilter.from_query(request.GET)
    page = Paginator(queue.incoming_queue(flt), PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "backoffice/incoming.html", {
        "page": page,
        "filter": flt,
        "choices": queue.queue_choices(),
        "sections": Section.objects.all(),
        "states": queue.QUEUE_STATES,
        "no_source": queue.NO_SOURCE,
        "query": query.urlencode(),
    })


@desk_permission_required(EDIT_STORIES)
def stories(request: HttpRequest) -> HttpResponse:
    """Every story, newest first, by status and headline words."""
    status = request.GET.get("status", "")
    words = request.GET.get("q", "").strip()[:200]
    listing = Story.objects.select_related("section").order_by("-created_at", "-id")
    if status in Story.Status.values:
        listing = listing.filter(status=status)
    if words:
        listing = listing.filter(headline__icontains=words)
    page = Paginator(listing, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "backoffice/stories.html", {
        "page": page, "status": status, "q": words, "statuses": Story.Status.choices,
        "query": query.urlencode(),
    })


@desk_permission_required(EDIT_STORIES)
def wire_updates(request: HttpRequest) -> HttpResponse:
    """Wire updates held for review because an editor had changed the story, oldest first."""
    versions = (
        StoryVersion.objects.filter(pending_review=True)
        .select_related("story")
        .order_by("received_at", "id")
    )
    return render(request, "backoffice/wire_updates.html", {"versions": versions})


@desk_permission_required(MANAGE_FRONT_PAGE)
@require_http_methods(["GET", "POST"])
def front_page(request: HttpRequest) -> HttpResponse:
    """Lead stories (manşet), the breaking-news bar, and the sections' order in the menu."""
    sections = list(Section.objects.annotate(story_count=Count("stories")))
    if request.method == "POST":
        order = []
        for section in sections:
            value = request.POST.get(f"order-{section.pk}", "")
            try:
                position = parse_int(value, default=-1, minimum=0, maximum=MAX_SECTION_ORDER, name=section.name)
            except ParamError:
                messages.error(request, _("Section order not saved: the position of %(section)s must be a whole "
                                          "number from 0 to %(maximum)s.") % {"section": section.name,
                                                                              "maximum": MAX_SECTION_ORDER})
                return redirect("desk:front")
            if position >= 0:
                order.append((section, position))
        publishing.reorder_sections(order)
        messages.success(request, _("Section order saved."))
        return redirect("desk:front")
    now = timezone.now()
    published = Story.objects.published()
    return render(request, "backoffice/front.html", {
        "leads": published.filter(is_lead=True).order_by("-published_at"),
        "breaking": published.filter(breaking_until__gt=now).order_by("breaking_until"),
        "candidates": published.filter(is_lead=False).order_by("-published_at")[:20],
        "sections": sections,
    })
