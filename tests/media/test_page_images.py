"""The media app's pictures on the reader's pages: article figure, cards, social tags, feeds, sitemaps.

Pictures here are real: drawn by tests/media/images.py, taken in by ``receive_picture`` and rendered
by ``render_picture`` as the worker would, then read through the newsroom's pages.
"""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from lxml import etree

from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.media.models import Picture, Rendition
from gazete.media.page_images import MediaPictures, alt_text, page_image
from gazete.media.services import set_lead_picture
from gazete.newsroom.models import Story
from gazete.newsroom.services import ensure_section, upsert_story
from tests.media.images import picture_bytes
from tests.newsroom.factories import wire_story

pytestmark = pytest.mark.django_db
SITE_URL = "https://gazete.example"


def ready_picture(story: Story | None, name: str, *, seed: int = 0, caption: str = "Limanda yeni vinçler.",
                  alt: str = "Rıhtımda iki sarı vinç", byline: str = "Ali Veli", credit: str = "AA",
                  kind: str = "photo") -> Picture:
    """A picture taken in as from the wire and rendered as the worker does (every default format)."""
    info = PictureInfo(agency="AA", agency_id=name, kind=kind, caption=caption, alt_text=alt, byline=byline,
                       credit=credit)
    picture = receive_picture(info, picture_bytes(1600, 1000, seed=seed), story=story, queue=lambda _: None)
    render_picture(picture.pk)  # what the worker's task does once the transaction has committed
    picture.refresh_from_db()
    assert picture.status == Picture.Status.READY
    return picture


def social_file(picture: Picture) -> Rendition:
    """The picture's social JPEG as the worker stored it (its name and shape are the renditions' business)."""
    return picture.renditions.get(purpose=Rendition.Purpose.SOCIAL)


def published(agency_id: str, **kwargs: object) -> Story:
    when = timezone.now() - timedelta(minutes=5)
    return upsert_story(wire_story(agency_id=agency_id, published_at=when, **kwargs), now=when).story  # type: ignore[arg-type]


def test_page_image_has_avif_then_webp_sources_the_widest_webp_as_fallback_and_the_social_jpeg() -> None:
    picture = ready_picture(None, "aa:p:1")
    image = page_image(picture)
    assert image is not None
    assert [source.mimetype for source in image.sources] == ["image/avif", "image/webp"]
    assert image.sources[1].srcset.endswith("-1080.webp 1080w") and " 360w, " in image.sources[1].srcset
    assert (image.fallback.width, image.fallback.height, image.fallback.mimetype) == (1080, 675, "image/webp")
    stored = social_file(picture)
    assert image.social is not None and (image.social.width, image.social.height) == (1200, stored.height)
    assert image.social.url == stored.url and stored.height <= 750  # no taller than the picture's own shape
    assert image.social.mimetype == "image/jpeg" and image.social.size > 0
    assert (image.alt, image.caption, image.credit_name, image.kind) == (
        "Rıhtımda iki sarı vinç", "Limanda yeni vinçler.", "Ali Veli / AA", "photo")


def test_a_picture_without_alt_text_is_described_by_its_caption() -> None:
    picture = Picture(caption="  Ankara'da   kar.  ", alt_text="")
    assert alt_text(picture) == "Ankara'da kar."
    assert 0 < len(alt_text(Picture(caption="söz " * 200))) <= 300
    assert alt_text(Picture(caption="Ankara'da kar. Yollar kapandı.", alt_text="")) == "Ankara'da kar."


def test_lead_images_of_a_list_take_the_same_queries_for_one_story_or_many() -> None:
    stories = [published(f"aa:t:{n}") for n in range(4)]
    for number, story in enumerate(stories[:3]):
        ready_picture(story, f"aa:p:{number}", seed=number)
    provider = MediaPictures()
    with CaptureQueriesContext(connection) as one:
        provider.lead_images(stories[:1])
    with CaptureQueriesContext(connection) as many:
        found = provider.lead_images(stories)
    assert len(one) == len(many) == 2  # the links with their pictures, then every rendition
    assert set(found) == {story.pk for story in stories[:3]}


@override_settings(SITE_URL=SITE_URL)
def test_the_article_shows_its_lead_picture_with_sources_size_alt_caption_and_credit(client: Client) -> None:
    story = published("aa:t:1", language="tr")
    ready_picture(story, "aa:p:1")
    html = client.get(story.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="tr").content.decode()
    figure = re.search(r'<figure class="lead-figure">.*?</figure>', html, re.S).group(0)  # type: ignore[union-attr]
    assert figure.index('type="image/avif"') < figure.index('type="image/webp"')
    assert 'sizes="(min-width: 46rem) 44rem, calc(100vw - 2rem)"' in figure
    img = re.search(r"<img [^>]*>", figure).group(0)  # type: ignore[union-attr]
    assert 'width="1080" height="675"' in img and 'alt="Rıhtımda iki sarı vinç"' in img
    assert 'fetchpriority="high"' in img and "loading=" not in img
    assert '<span class="caption">Limanda yeni vinçler.</span>' in figure
    assert '<span class="credit" lang="tr">Fotoğraf: Ali Veli / AA</span>' in figure
    english = client.get(story.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<span class="credit" lang="en">Photo: Ali Veli / AA</span>' in english


def test_a_graphic_is_credited_as_a_graphic(client: Client) -> None:
    story = published("aa:t:1", language="tr")
    ready_picture(story, "aa:g:1", kind="graphic", byline="")
    html = client.get(story.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="tr").content.decode()
    assert '<span class="credit" lang="tr">Grafik: AA</span>' in html


@override_settings(SITE_URL=SITE_URL)
def test_the_article_names_its_picture_to_social_cards_and_json_ld(client: Client) -> None:
    story = published("aa:t:1")
    picture = ready_picture(story, "aa:p:1")
    stored = social_file(picture)
    social = SITE_URL + stored.url
    assert stored.url.startswith(f"/media/p/{picture.sha256[:2]}/{picture.sha256}-1200-social")
    html = client.get(story.get_absolute_url()).content.decode()
    assert f'<meta property="og:image" content="{social}">' in html
    assert '<meta property="og:image:width" content="1200">' in html
    assert f'<meta property="og:image:height" content="{stored.height}">' in html
    assert '<meta name="twitter:card" content="summary_large_image">' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html).group(1))  # type: ignore[union-attr]
    assert data["image"][0]["url"] == social and data["image"][0]["width"] == 1200
    assert client.get(social.removeprefix(SITE_URL)).status_code == 200  # the address serves the file


def test_a_story_without_a_ready_picture_has_no_figure_and_a_small_card(client: Client) -> None:
    story = published("aa:t:1")
    receive_picture(PictureInfo(agency="AA", agency_id="aa:p:bad"), b"not a picture", story=story)
    html = client.get(story.get_absolute_url()).content.decode()
    assert "<figure" not in html and "og:image" not in html
    assert '<meta name="twitter:card" content="summary">' in html


def test_choosing_another_lead_picture_changes_the_cached_article(
    client: Client, django_capture_on_commit_callbacks: Any,
) -> None:
    story = published("aa:t:1")
    first = ready_picture(story, "aa:p:1", seed=1)
    second = ready_picture(story, "aa:p:2", seed=2)
    assert first.sha256 in client.get(story.get_absolute_url()).content.decode()
    assert first.sha256 in client.get(story.get_absolute_url()).content.decode()  # now from the cache
    with django_capture_on_commit_callbacks(execute=True):  # the choice is announced at commit
        set_lead_picture(story, second)
    html = client.get(story.get_absolute_url()).content.decode()
    assert second.sha256 in html and first.sha256 not in html


def test_a_withdrawn_story_shows_no_picture(client: Client) -> None:
    story = published("aa:t:1")
    ready_picture(story, "aa:p:1")
    Story.objects.filter(pk=story.pk).update(status=Story.Status.WITHDRAWN)
    response = client.get(story.get_absolute_url())
    assert response.status_code == 410
    assert "<figure" not in response.content.decode() and "og:image" not in response.content.decode()


def test_home_lead_slots_show_pictures_the_first_eager_the_rest_lazy(client: Client) -> None:
    leads = [published(f"aa:t:{n}", headline=f"Lead story {n}") for n in range(3)]
    Story.objects.filter(pk__in=[s.pk for s in leads]).update(is_lead=True)
    for number, story in enumerate(leads):
        ready_picture(story, f"aa:p:{number}", seed=number)
    html = client.get("/").content.decode()
    section = html[html.index('class="leads"'):html.index('class="latest"')]
    images = re.findall(r"<img [^>]*>", section)
    assert len(images) == 3
    assert 'fetchpriority="high"' in images[0] and all('loading="lazy"' in img for img in images[1:])
    assert section.count('class="card card-wide"') == 3
    assert all('class="focus-x50-y50"' in img for img in images)  # the focal point: the centre by default


def test_a_card_crop_keeps_the_focal_point_in_view(client: Client, django_capture_on_commit_callbacks: Any) -> None:
    story = published("aa:t:1", headline="Lead story")
    Story.objects.filter(pk=story.pk).update(is_lead=True)
    with django_capture_on_commit_callbacks(execute=True):
        picture = ready_picture(story, "aa:p:1")
        Picture.objects.filter(pk=picture.pk).update(focal_x=0.85, focal_y=0.2)
        set_lead_picture(story, picture)  # announces the change, as the desk does
    html = client.get("/").content.decode()
    assert '<img class="focus-x75-y25"' in html
    css = (Path(__file__).resolve().parents[2] / "src/gazete/static/gazete/site.css").read_text("utf-8")
    assert ".card-image .focus-x75-y25 { object-position: 75% 25%; }" in css


def test_section_list_shows_thumbnails_with_one_query_for_every_picture(
    client: Client, django_capture_on_commit_callbacks: Any,
) -> None:
    section = ensure_section("Ekonomi")
    stories = [upsert_story(wire_story(agency_id=f"aa:t:{n}", published_at=timezone.now() - timedelta(minutes=n)),
                            section=section).story for n in range(1, 6)]
    with django_capture_on_commit_callbacks(execute=True):  # a ready picture is announced at commit
        ready_picture(stories[0], "aa:p:0")
    with CaptureQueriesContext(connection) as one_picture:
        assert client.get("/bolum/ekonomi/").content.decode().count('class="card card-thumb"') == 1
    with django_capture_on_commit_callbacks(execute=True):
        for number, story in enumerate(stories[1:], start=1):
            ready_picture(story, f"aa:p:{number}", seed=number)
    with CaptureQueriesContext(connection) as five_pictures:
        html = client.get("/bolum/ekonomi/").content.decode()
    assert html.count('class="card card-thumb"') == 5
    assert len(five_pictures) == len(one_picture)  # links with pictures, then renditions: never one per story
    images = re.findall(r"<img [^>]*>", html)
    assert len(images) == 5 and all('loading="lazy"' in img for img in images[1:])


@override_settings(SITE_URL=SITE_URL)
def test_rss_carries_the_picture_as_enclosure_and_media_content_and_atom_as_an_enclosure_link(
    client: Client,
) -> None:
    with_picture, without = published("aa:t:1"), published("aa:t:2", headline="No picture here")
    picture = ready_picture(with_picture, "aa:p:1")
    social = SITE_URL + social_file(picture).url
    rss = etree.fromstring(client.get("/rss/").content)
    media = "{http://search.yahoo.com/mrss/}"
    item = next(i for i in rss.iter("item") if i.findtext("title") == with_picture.headline)
    enclosure = item.find("enclosure")
    size = picture.renditions.get(purpose="social").size
    assert (enclosure.get("url"), enclosure.get("type"), enclosure.get("length")) == (social, "image/jpeg", str(size))
    content = item.find(f"{media}content")
    assert (content.get("url"), content.get("medium"), content.get("width"), content.get("height")) == (
        social, "image", "1200", str(social_file(picture).height))
    assert content.findtext(f"{media}credit") == "Ali Veli / AA"
    assert content.findtext(f"{media}description") == "Limanda yeni vinçler."
    other = next(i for i in rss.iter("item") if i.findtext("title") == without.headline)
    assert other.find("enclosure") is None and other.find(f"{media}content") is None
    atom = etree.fromstring(client.get("/atom/").content)
    links = atom.findall(".//{http://www.w3.org/2005/Atom}link[@rel='enclosure']")
    assert [link.get("href") for link in links] == [social]


@override_settings(SITE_URL=SITE_URL)
def test_stories_and_news_sitemaps_name_the_lead_picture(client: Client) -> None:
    story = published("aa:t:1")
    published("aa:t:2", headline="No picture here")
    picture = ready_picture(story, "aa:p:1")
    social = SITE_URL + social_file(picture).url
    image = "{http://www.google.com/schemas/sitemap-image/1.1}"
    for address in ("/sitemap-stories.xml", "/sitemap-news.xml"):
        document = etree.fromstring(client.get(address).content)
        assert [loc.text for loc in document.iter(f"{image}loc")] == [social], address
