"""Fetch the pictures a story's wire copy names, and hand them to whoever keeps pictures.

After a story is stored, :func:`deliver_pictures` fetches each ``Media`` of its ``WireStory`` and
sends ``newsroom.signals.picture_delivered`` with the bytes (or the reason there are none). Where
the bytes come from:

- an AA id with no address (``aa:picture:…``, a text item's link): the AA API's document call,
  format ``web`` (a source's ``picture_format`` option may ask for ``print``), through the
  poller's client, so the 500 ms rule and the 429 backoff hold for pictures too; the search hit
  of the picture, when the poll saw one, gives its title (the caption) and series group id;
- an ``http(s)`` address: a GET with a time-out, refused past the size limit while reading;
- a relative path (``gazete ingest`` of a folder): a file beside the payload, never outside its folder.

Nothing here decides whether a file is a good picture: the receiver checks and quarantines it.
Every failure is reported with the picture, never raised: the story is already in.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import requests

from gazete.newsroom.models import Story
from gazete.newsroom.signals import picture_delivered
from gazete.wire.aa import USER_AGENT, AAClient, AAError
from gazete.wireformats.model import Media, WireStory

logger = logging.getLogger(__name__)

FETCH_TIMEOUT = 30.0
# A little over the media app's 40 MB limit, so an oversized file is still named as too large there.
MAX_FETCH_BYTES = 41 * 1024 * 1024
AA_PICTURE_FORMATS = ("web", "print")


@dataclass
class PictureFetcher:
    """Gets the bytes of a story's media: from the AA API, over HTTP, or beside the payload's file."""

    aa_client: AAClient | None = None
    aa_format: str = "web"
    session: requests.Session | None = None
    max_bytes: int = MAX_FETCH_BYTES
    timeout: float = FETCH_TIMEOUT
    # AA search hits of photos, graphics and videos by id: their title and group id describe a
    # picture a text item links to only by its id.
    aa_items: dict[str, dict[str, Any]] = field(default_factory=dict)
    fetched: int = field(default=0, init=False)

    def described(self, media: Media) -> Media:
        """``media`` with what the AA search said about it (title as caption, series group id) filled in."""
        item = self.aa_items.get(media.id or "")
        if item is None:
            return media
        title = str(item.get("title") or "").strip() or None
        group = str(item.get("group_id") or "").strip() or None
        return replace(media, caption=media.caption or title, group_id=media.group_id or group)

    def fetch(self, media: Media, *, base_dir: Path | None = None, base_url: str | None = None,
              ) -> tuple[bytes | None, str, str]:
        """``(bytes or None, error, source)`` for one media; ``source`` is the address or path used."""
        href = media.href.strip()
        if not href and media.id:
            return self._from_aa(media)
        if not href:
            return None, "the wire names the picture but gives no address or id", ""
        if base_url and not urlsplit(href).scheme:
            href = urljoin(base_url, href)
        scheme = urlsplit(href).scheme.lower()
        if scheme in ("http", "https"):
            return self._over_http(href)
        if scheme == "" and base_dir is not None:
            return self._beside(base_dir, href)
        return None, f"cannot fetch {href[:200]!r}: only http(s) addresses and files beside the payload", href

    def _from_aa(self, media: Media) -> tuple[bytes | None, str, str]:
        document_id = media.id or ""
        if self.aa_client is None:
            return None, f"{document_id} is known by its AA id only: it is fetched by an AA source's poll", ""
        if media.type == "video":
            return None, f"{document_id}: the AA API offers no poster image for a video", ""
        source = f"{self.aa_client.credentials.base_url}/abone/document/{document_id}/{self.aa_format}"
        try:
            data = self.aa_client.document(document_id, self.aa_format)
        except AAError as error:
            return None, str(error), source
        self.fetched += 1
        return data, "", source

    def _over_http(self, url: str) -> tuple[bytes | None, str, str]:
        http = self.session or requests.Session()
        try:
            with http.get(url, headers={"User-Agent": USER_AGENT}, timeout=self.timeout, stream=True) as response:
                if response.status_code >= 400:
                    return None, f"GET {url} answered HTTP {response.status_code}", url
                chunks, size = [], 0
                for chunk in response.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > self.max_bytes:
                        return None, f"GET {url}: more than {self.max_bytes:,} bytes, not read further", url
                    chunks.append(chunk)
        except requests.RequestException as error:
            return None, f"GET {url} failed: {error}", url
        self.fetched += 1
        return b"".join(chunks), "", url

    def _beside(self, base_dir: Path, href: str) -> tuple[bytes | None, str, str]:
        folder = base_dir.resolve()
        path = (folder / href).resolve()
        if not path.is_relative_to(folder):
            return None, f"{href[:200]!r} points outside the payload's folder", href
        try:
            if path.stat().st_size > self.max_bytes:
                return None, f"{path.name}: more than {self.max_bytes:,} bytes", str(path)
            data = path.read_bytes()
        except OSError as error:
            return None, f"cannot read {href[:200]!r}: {error.strerror or error}", str(path)
        self.fetched += 1
        return data, "", str(path)


def deliver_pictures(
    wire: WireStory, story_id: int, fetcher: PictureFetcher, *, base_dir: Path | None = None,
    base_url: str | None = None,
) -> int:
    """Fetch each media of ``wire`` and send ``picture_delivered`` for it; return how many were sent.

    Nothing is fetched when nobody listens (the media app is not installed).
    """
    return deliver_media(wire.media, [story_id], wire.agency or "", fetcher, base_dir=base_dir, base_url=base_url)


def deliver_media(
    media_list: Iterable[Media], story_ids: Iterable[int], agency: str, fetcher: PictureFetcher, *,
    base_dir: Path | None = None, base_url: str | None = None,
) -> int:
    """Fetch each media once and send ``picture_delivered`` for it with each story; return how many were sent."""
    story_ids = list(story_ids)
    if not picture_delivered.has_listeners(Story):
        return 0
    sent = 0
    for media in map(fetcher.described, media_list):
        data, error, source = fetcher.fetch(media, base_dir=base_dir, base_url=base_url)
        for story_id in story_ids:
            replies = picture_delivered.send_robust(
                sender=Story, story_id=story_id, agency=agency, media=media, data=data, error=error,
                source_url=source,
            )
            for _receiver, reply in replies:
                if isinstance(reply, Exception):
                    logger.error("picture %s of story %s not stored: %s", media.id or media.href, story_id, reply)
        sent += 1
    return sent


def aa_series_media(item: dict[str, Any]) -> Media | None:
    """A photo or graphic of an AA search hit as a Media known by its id (None for text, video, the rest)."""
    kind = str(item.get("type") or "").lower()
    document_id = str(item.get("id") or "")
    if kind in ("2", "photo", "picture") or (not kind and ":picture:" in document_id):
        media_type = "picture"
    elif kind in ("5", "graphic") or (not kind and ":graphic:" in document_id):
        media_type = "graphic"
    else:
        return None
    return Media(href="", type=media_type, id=document_id, caption=str(item.get("title") or "").strip() or None,
                 group_id=str(item.get("group_id") or "").strip() or None)
