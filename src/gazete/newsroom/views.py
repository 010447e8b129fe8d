"""Reader-facing pages: home, story, section, author and tag listings."""

from __future__ import annotations

from itertools import pairwise

from django.core.paginator import Paginator
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render

from gazete.newsroom.diffing import diff_blocks
from gazete.newsroom.models import Author, Section, Story, Tag
from gazete.newsroom.services import story_versions

PAGE_SIZE = 20


def _listing() -> QuerySet[Story]:
    return Story.objects.published().select_related("section").prefetch_related(
        Prefetch("authors", queryset=Author.objects.only("id", "name", "slug"))
    )


def home(request: HttpRequest) -> HttpResponse:
    """The front page: lead stories (manşet) and the latest news."""
    stories = _listing()
    leads = list(stories.filter(is_lead=True)[:5])
    lead_ids = [s.pk for s in leads]
    latest = list(stories.exclude(pk__in=lead_ids)[:PAGE_SIZE])
    return render(request, "newsroom/home.html", {"leads": leads, "latest": latest})


def story_detail(request: HttpRequest, pk: int, slug: str) -> HttpResponse:
    """One story, with its update history and previous/next links within its section."""
    story = get_object_or_404(
        Story.objects.select_related("section").prefetch_related("authors", "tags"),
        pk=pk,
        status__in=[Story.Status.PUBLISHED, Story.Status.WITHDRAWN],
    )
    if slug != story.slug:
        return HttpResponsePermanentRedirect(story.get_absolute_url())
    versions = story_versions(story)
    history = []
    for older, newer in pairwise(versions):
        history.append({"version": newer, "changes": diff_blocks(older.body, newer.body)})
    same_section = Story.objects.published().filter(section_id=story.section_id).only("id", "slug", "headline")
    previous_story = (
        same_section.filter(published_at__lt=story.published_at).order_by("-published_at", "-id").first()
        if story.published_at else None
    )
    next_story = (
        same_section.filter(published_at__gt=story.published_at).order_by("published_at", "id").first()
        if story.published_at else None
    )
    context = {
        "story": story,
        "authors": list(story.authors.all()),
        "first_version": versions[0] if versions else None,
        "history": history,
        "previous_story": previous_story,
        "next_story": next_story,
    }
    return render(request, "newsroom/story.html", context)


def _paginated(request: HttpRequest, stories: QuerySet[Story], title: str, heading_object: object) -> HttpResponse:
    page = Paginator(stories, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "newsroom/listing.html", {"page": page, "title": title, "object": heading_object})


def section_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Stories of one section, newest first."""
    section = get_object_or_404(Section, slug=slug)
    return _paginated(request, _listing().filter(section=section), section.name, section)


def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Stories by one author, newest first."""
    author = get_object_or_404(Author, slug=slug)
    return _paginated(request, _listing().filter(authors=author), author.name, author)


def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Stories filed under one tag, newest first."""
    tag = get_object_or_404(Tag, slug=slug)
    return _paginated(request, _listing().filter(tags=tag), tag.name, tag)
