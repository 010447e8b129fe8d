"""URLs of the reader-facing pages, feeds, sitemaps, robots.txt and favicon.ico (story URLs are stable)."""

from collections.abc import Callable

from django.contrib.sitemaps import views as sitemap_views
from django.http import HttpResponse
from django.urls import path

from gazete.edge_cache import edge_cacheable
from gazete.newsroom import feeds, sitemaps, views
from gazete.newsroom.cache import cached_document

app_name = "newsroom"


def document(name: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Cache a whole document in gazete (``cached_document``) and let a proxy keep it for a second."""
    return lambda view: edge_cacheable(cached_document(name)(view))


urlpatterns = [
    path("", views.home, name="home"),
    path("haber/<id:pk>/<slug:slug>/", views.story_detail, name="story"),
    path("haber/<id:pk>/", views.story_detail, name="story_short"),
    path("bolum/<slug:slug>/", views.section_detail, name="section"),
    path("yazar/<slug:slug>/", views.author_detail, name="author"),
    path("etiket/<slug:slug>/", views.tag_detail, name="tag"),
    path("ara/", views.search, name="search"),
    path("rss/", document("rss")(feeds.LatestStoriesFeed()), name="rss"),
    path("atom/", document("atom")(feeds.LatestStoriesAtomFeed()), name="atom"),
    path("bolum/<slug:slug>/rss/", document("rss-section")(feeds.SectionFeed()), name="rss_section"),
    path("bolum/<slug:slug>/atom/", document("atom-section")(feeds.SectionAtomFeed()), name="atom_section"),
    path("sitemap.xml", document("sitemap-index")(sitemaps.index), name="sitemap_index"),
    path(
        "sitemap-news.xml",
        document("sitemap-news")(sitemap_views.sitemap),
        {"sitemaps": {"news": sitemaps.NewsSitemap}, "section": "news", "template_name": sitemaps.NEWS_TEMPLATE},
        name="sitemap_news",
    ),
    path(
        "sitemap-<section>.xml",
        document("sitemap")(sitemap_views.sitemap),
        {"sitemaps": sitemaps.SITEMAPS, "template_name": sitemaps.URLSET_TEMPLATE},
        name="sitemap_section",
    ),
    path("robots.txt", views.robots_txt, name="robots"),
    path("favicon.ico", views.favicon_ico, name="favicon"),
]
