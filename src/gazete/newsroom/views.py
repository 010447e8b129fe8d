"""Reader-facing pages: home, story, section/author/tag listings, search, robots.txt and favicon.ico.

Views stay thin: they find the object (a listing's one query; a story comes from the object cache,
so a warm article makes none), then hand lazy page objects (``gazete.newsroom.pages``) to
templates that read them inside ``{% cache %}`` fragments. The read counter and most-read list are
outside those fragments, the comment block has its own cache (gazete.comments.cache); no page
carries a CSRF token, and ``edge_cacheable`` lets a proxy keep each for a second (gazete.edge_cache).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import ImproperlyConfigured
from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.translation import get_language
from django.views.decorators.http import require_safe

from gazete.edge_cache import edge_cacheable
from gazete.newsroom import search as story_search
from gazete.newsroom import seo, story_reads
from gazete.newsroom.cache import cached_document, cached_object
from gazete.newsroom.models import Author, Section, Story, Tag
from gazete.newsroom.pages import HomePage, StoryCards, StoryPage, card_stories
from gazete.newsroom.searchtokens import parse_query

PAGE_SIZE = 20
SEARCH_PAGE_SIZE = 10
MAX_QUERY_CHARS = 200
FAVICON = "gazete/favicon.ico"  # logo.png downscaled to 16 and 32 px; pages link the SVG favicon
FAVICON_MAX_AGE = 24 * 60 * 60


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]


@require_safe
@edge_cacheable
def home(request: HttpRequest) -> HttpResponse:
    """The front page: lead stories (manşet), the latest news, the most read."""
    context = {"page": HomePage(_language()), "canonical_url": seo.absolute_url(reverse("newsroom:home"))}
    return render(request, "newsroom/home.html", context)


@require_safe
@edge_cacheable
def story_detail(request: HttpRequest, pk: int, slug: str = "") -> HttpResponse:
    """One story: the article, its update history, read counter, comments, previous/next, related.

    An address with a wrong slug, or none (``/haber/8/``), redirects permanently to the right one.
    """
    story = cached_object("story", pk, lambda: story_reads.visible_story(pk))
    if story is None:
        raise Http404("No story matches the given query.")
    if slug != story.slug:
        return HttpResponsePermanentRedirect(story.get_absolute_url())
    context = {
        "story": story,
        "page": StoryPage(story, _language()),
        "canonical_url": seo.absolute_url(story.get_absolute_url()),
    }
    status = 410 if story.status == Story.Status.WITHDRAWN else 200
    return render(request, "newsroom/story.html", context, status=status)


def _page_of(request: HttpRequest, items: QuerySet[Story] | list[int], size: int) -> Page:
    """The requested page (``?page=n``); a page that does not exist is a 404, not page 1."""
    raw = request.GET.get("page", "1")
    try:
        return Paginator(items, size).page(raw)
    except InvalidPage:
        raise Http404("no such page") from None


def _listing(request: HttpRequest, kind: str, heading_object: Section | Author | Tag, stories: QuerySet[Story],
             title: str) -> HttpResponse:
    page = _page_of(request, stories, PAGE_SIZE)
    path = request.path
    context = {
        "kind": kind,
        "object": heading_object,
        "title": title,
        "page": page,
        "cards": StoryCards(page.object_list),
        "canonical_url": seo.absolute_url(path if page.number == 1 else f"{path}?page={page.number}"),
    }
    return render(request, "newsroom/listing.html", context)


@require_safe
@edge_cacheable
def section_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Stories of one section, newest first, paginated."""
    section = get_object_or_404(Section, slug=slug)
    stories = card_stories().filter(section=section)
    return _listing(request, "section", section, stories, seo.section_name(section, _language()))


@require_safe
@edge_cacheable
def author_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Stories by one author, newest first, paginated."""
    author = get_object_or_404(Author, slug=slug)
    return _listing(request, "author", author, card_stories().filter(authors=author), author.name)


@require_safe
@edge_cacheable
def tag_detail(request: HttpRequest, slug: str) -> HttpResponse:
    """Stories filed under one tag, newest first, paginated."""
    tag = get_object_or_404(Tag, slug=slug)
    return _listing(request, "tag", tag, card_stories().filter(tags=tag), tag.name)


@require_safe
def search(request: HttpRequest) -> HttpResponse:
    """Full-text search with the matching words highlighted (never cached: every query differs)."""
    query = " ".join(request.GET.get("q", "").split())[:MAX_QUERY_CHARS]
    parsed = parse_query(query)
    terms = parsed.terms
    prefix = parsed.words[-1] if parsed.last_is_prefix else ""
    results: list[dict[str, object]] = []
    page = None
    if parsed:
        page = _page_of(request, story_search.search_story_ids(parsed), SEARCH_PAGE_SIZE)
        # By primary key alone: the search returned published stories only, and with the published
        # filter SQLite walks the (status, published_at) index over every story to find these ten.
        stories = Story.objects.select_related("section").in_bulk(list(page.object_list))
        for story_id in page.object_list:
            story = stories.get(story_id)
            if story is None:
                continue
            texts = [b.get("text", "") for b in story.body or []]
            if texts and story.dateline_place:
                texts[0] = f"{story.dateline_place} - {texts[0]}"
            paragraphs = [story.standfirst, *texts]
            results.append({
                "story": story,
                "headline": story_search.highlight(story.headline, terms, prefix),
                "snippet": story_search.snippet(paragraphs, terms, prefix=prefix),
            })
    context = {
        "query": query, "terms": terms, "results": results, "page": page, "query_string": urlencode({"q": query}),
    }
    return render(request, "newsroom/search.html", context)


@require_safe
@edge_cacheable
@cached_document("robots")
def robots_txt(request: HttpRequest) -> HttpResponse:
    """robots.txt: crawl the reader pages, not the back office or search; where the sitemaps are."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /api/",
        f"Disallow: {reverse('newsroom:search')}",
        "",
        f"Sitemap: {seo.absolute_url(reverse('newsroom:sitemap_index'))}",
        f"Sitemap: {seo.absolute_url(reverse('newsroom:sitemap_news'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@cache
def _favicon_bytes() -> bytes:
    path = finders.find(FAVICON)
    if not path:
        raise ImproperlyConfigured(f"the static file {FAVICON} is missing")
    return Path(path).read_bytes()


@require_safe
def favicon_ico(request: HttpRequest) -> HttpResponse:
    """``/favicon.ico``, which browsers and crawlers ask for whatever the page links: the site icon."""
    response = HttpResponse(_favicon_bytes(), content_type="image/x-icon")
    response["Cache-Control"] = f"public, max-age={FAVICON_MAX_AGE}"
    return response
