"""The desk's reads screens under /desk/reads/: most read stories and one story's reads per day.

Every desk user may open them (the desk's decorator with no permission); the numbers come from
``gazete.readership.services``, the chart from ``gazete.readership.charts``.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, render
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from gazete.backoffice.access import desk_permission_required
from gazete.newsroom.models import Story
from gazete.params import ParamError, parse_int
from gazete.readership import charts, services

CHART_DAY_CHOICES = (7, 30, 90, 365)


@desk_permission_required()
def overview(request: HttpRequest) -> HttpResponse:
    """Most read stories of today, this week and all time, each linking to its daily chart."""
    lists = [(period, services.most_read(period, 20)) for period in ("day", "week", "all", "trending")]
    context = {"title": _("Reads"), "lists": lists}
    return render(request, "backoffice/reads.html", context)


@desk_permission_required()
def story_reads(request: HttpRequest, story_id: int) -> HttpResponse:
    """One story's reads per day as a server-rendered SVG chart, with the numbers in a table."""
    stories = Story.objects.only("id", "slug", "headline", "published_at", "language")
    story = get_object_or_404(stories, pk=story_id)
    try:
        days = parse_int(request.GET.get("days"), default=30, minimum=1, maximum=max(CHART_DAY_CHOICES), name="days")
    except ParamError as exc:
        return HttpResponseBadRequest(str(exc), content_type="text/plain; charset=utf-8")
    days = days if days in CHART_DAY_CHOICES else 30
    series = services.daily_reads(story.pk, days)
    chart = charts.daily_reads_svg(series, title=_("Reads per day: %(headline)s") % {"headline": story.headline})
    context = {
        "title": _("Reads: %(headline)s") % {"headline": story.headline},
        "story": story,
        "read_count": services.read_count(story.pk),
        "series": list(reversed(series)),
        "period_reads": sum(reads for _day, reads in series),
        "days": days,
        "day_choices": CHART_DAY_CHOICES,
        "chart": mark_safe(chart),  # noqa: S308 - built by charts.daily_reads_svg, which escapes all text
    }
    return render(request, "backoffice/story_reads.html", context)
