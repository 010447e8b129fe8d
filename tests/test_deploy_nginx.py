"""deploy/nginx.conf in a real nginx in front of a real gazete server: pages from its cache, fresh within 2 s.

The shipped file is used as it is, with only what must differ on a test machine replaced: the
upstream servers, the listening address and the cache directory (each replacement is checked).
"""

from __future__ import annotations

import gzip
import hashlib
import http.client
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import (
    LiveServer,
    free_port,
    require,
    scaled_out,
    scratch_postgres_database,
    start_server,
    stop_server,
)
from tests.nginx_tools import NGINX, REPO, call, main_config, site_config, start_shipped_nginx

pytestmark = pytest.mark.server
NEWSML = REPO / "tests" / "fixtures" / "wire" / "newsml"
UPDATE_TEXT = b"opened two shelters"  # only in the UPDATE version's body
LIBRARY_HEADLINE = "Kütüphane haftası etkinlikleri başladı"  # aa-text-20240613-tr.xml


@pytest.fixture(scope="module")
def app_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    extra = {"GAZETE_TRUSTED_PROXIES": "127.0.0.1,::1"}
    if scaled_out():
        extra["GAZETE_DATABASE_URL"] = scratch_postgres_database("gazete_edge_proxy")
    server = start_server(tmp_path_factory.mktemp("edge-data"), workers=2, env_extra=extra)
    server.gazete("ingest", str(NEWSML / "aa-text-20240612-v1.xml"))
    server.gazete("ingest", str(NEWSML / "aa-text-20240613-tr.xml"))
    yield server
    stop_server(server)


@pytest.fixture(scope="module")
def edge(app_server: LiveServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    nginx = start_shipped_nginx(tmp_path_factory.mktemp("edge-nginx"), urlsplit(app_server.url).port)
    yield nginx.url
    nginx.stop()


def flood_story_path(base: str) -> str:
    return story_path(base, "Flood waters recede")


def story_path(base: str, headline: str) -> str:
    """The path of the story whose headline starts with ``headline`` (from the uncached API)."""
    stories = json.loads(call(base, "GET", "/api/stories?limit=50").body)  # type: ignore[attr-defined]
    return next(urlsplit(s["url"]).path for s in stories if s["headline"].startswith(headline))


def reader_pages(base: str) -> list[str]:
    """Home, an article, its author and tag pages, a section page, and the feeds."""
    article = story_path(base, LIBRARY_HEADLINE)
    html = call(base, "GET", article).body.decode()  # type: ignore[attr-defined]
    home = call(base, "GET", "/").body.decode()  # type: ignore[attr-defined]
    links = [re.search(r'<a rel="author" href="([^"]+)"', html), re.search(r'<a rel="tag" href="([^"]+)"', html),
             re.search(r'href="(/bolum/[^"]+)"', home)]
    assert all(links), "the article links its author and tag, the home page a section"
    return ["/", article, *(link.group(1) for link in links if link), "/rss/", "/atom/"]


def as_reader(n: int) -> dict[str, str]:
    """Headers of anonymous reader ``n``: an address and a browser of its own."""
    return {"X-Forwarded-For": f"198.51.100.{n}", "User-Agent": f"Mozilla/5.0 (reader-{n}) Firefox/125.0"}


def in_leads(html: bytes) -> bytes:
    """The home page's lead-stories section (empty when there is none)."""
    found = re.search(rb'<section class="leads".*?</section>', html, re.DOTALL)
    return found.group(0) if found else b""


def committed_at(server: LiveServer, code: str, started: list[subprocess.Popen]) -> float:
    """Run ``code`` in ``gazete manage shell`` on the server's data; the monotonic time it printed COMMITTED.

    The shell is left to exit on its own (added to ``started``, for the caller to wait for), so its
    shutdown is not counted in the time readers wait.
    """
    script = f"{code}\nprint('COMMITTED', flush=True)"
    shell = subprocess.Popen([sys.executable, "-m", "gazete.cli", "manage", "shell", "-c", script],
                             env=server.env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    started.append(shell)
    for line in shell.stdout:  # type: ignore[union-attr]
        if line.startswith("COMMITTED"):
            return time.monotonic()
    raise AssertionError(shell.stderr.read())  # type: ignore[union-attr]


def seen_after(base: str, path: str, shows: Callable[[http.client.HTTPResponse], bool], since: float) -> float | None:
    """Seconds from ``since`` until ``path`` through ``base`` satisfies ``shows`` (asked every 50 ms, 5 s at most)."""
    while time.monotonic() - since < 5:
        if shows(call(base, "GET", path)):
            return time.monotonic() - since
        time.sleep(0.05)
    return None


def test_the_shipped_config_passes_nginx_t(tmp_path: Path) -> None:
    require(NGINX.exists(), "nginx is not installed (apt-get install nginx)")
    conf = tmp_path / "nginx.conf"
    conf.write_text(main_config(tmp_path, site_config(8000, free_port(), tmp_path / "cache")))
    result = subprocess.run([str(NGINX), "-t", "-c", str(conf), "-p", str(tmp_path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_every_reader_page_is_the_same_bytes_for_every_reader_with_nothing_personal(
    app_server: LiveServer, edge: str
) -> None:
    for path in reader_pages(edge):
        through_proxy = [call(edge, "GET", path, as_reader(n)) for n in (1, 2)]
        from_gazete = [call(app_server.url, "GET", path, as_reader(n)) for n in (3, 4)]  # fresh renders
        for answer in through_proxy + from_gazete:
            assert answer.status == 200, path
            assert answer.getheader("Set-Cookie") is None, path
            vary = {part.strip().lower() for part in (answer.getheader("Vary") or "").split(",") if part.strip()}
            assert vary <= {"accept-language", "accept-encoding"}, (path, vary)
            body = answer.body  # type: ignore[attr-defined]
            assert b"csrfmiddlewaretoken" not in body or b'name="csrfmiddlewaretoken" value=""' in body, path
            assert b"reader-" not in body and b"198.51.100." not in body, path
        assert through_proxy[0].body == through_proxy[1].body, path  # type: ignore[attr-defined]
        assert from_gazete[0].body == from_gazete[1].body, path  # type: ignore[attr-defined]
        assert through_proxy[0].body == from_gazete[0].body, path  # type: ignore[attr-defined]


def test_reader_pages_come_from_the_cache_without_cookies_and_compressed(edge: str) -> None:
    path = flood_story_path(edge)
    statuses = [call(edge, "GET", path).getheader("X-Cache-Status") for _ in range(5)]
    assert statuses[0] in {"MISS", "EXPIRED", "STALE", "UPDATING", "HIT"}
    assert "HIT" in statuses[1:]  # the same second: served by nginx, not gazete
    page = call(edge, "GET", path, {"Accept-Encoding": "gzip"})
    assert page.status == 200 and page.getheader("Set-Cookie") is None
    assert page.getheader("Content-Encoding") == "gzip"
    assert UPDATE_TEXT not in gzip.decompress(page.body) and b"Flood waters" in gzip.decompress(page.body)  # type: ignore[attr-defined]
    for feed in ("/rss/", "/atom/"):
        answer = call(edge, "GET", feed, {"Accept-Encoding": "gzip"})
        assert answer.status == 200 and answer.getheader("Content-Encoding") == "gzip", feed


def test_the_token_beacon_api_and_desk_are_never_cached(edge: str) -> None:
    tokens = [call(edge, "GET", "/yorum/token/") for _ in range(2)]
    assert all(t.getheader("X-Cache-Status") is None for t in tokens)
    assert json.loads(tokens[0].body)["token"] != json.loads(tokens[1].body)["token"]  # type: ignore[attr-defined]
    assert all("csrftoken=" in (t.getheader("Set-Cookie") or "") for t in tokens)
    for path in ("/api/stories?limit=1", "/desk/login/"):
        assert call(edge, "GET", path).getheader("X-Cache-Status") is None, path
    assert call(edge, "GET", "/ara/?q=flood").getheader("X-Cache-Status") in {"MISS", None}


def test_a_signed_in_editor_bypasses_the_cache(edge: str) -> None:
    path = flood_story_path(edge)
    answer = call(edge, "GET", path, {"Cookie": "sessionid=abc"})
    assert answer.getheader("X-Cache-Status") == "BYPASS"


def test_a_wire_update_is_visible_through_the_proxy_within_two_seconds(app_server: LiveServer, edge: str) -> None:
    path = flood_story_path(edge)
    for _ in range(3):  # the old version is in nginx's cache
        assert UPDATE_TEXT not in call(edge, "GET", path).body  # type: ignore[attr-defined]
    update = NEWSML / "aa-text-20240612-v2-update.xml"
    ingest = subprocess.Popen([sys.executable, "-m", "gazete.cli", "ingest", str(update)],
                              env=app_server.env, stdout=subprocess.PIPE, text=True)
    line = ingest.stdout.readline()  # type: ignore[union-attr]  # printed once the version is committed
    stored = time.monotonic()
    assert "updated 1" in line, line
    seen_after = None
    while time.monotonic() - stored < 5:
        if UPDATE_TEXT in call(edge, "GET", path).body:  # type: ignore[attr-defined]
            seen_after = time.monotonic() - stored
            break
        time.sleep(0.05)
    print(f"wire UPDATE visible through nginx {seen_after} s after the ingest committed")
    ingest.wait(timeout=60)
    assert seen_after is not None and seen_after <= 2.0, f"the update appeared after {seen_after} s"


def test_picture_renditions_are_cached_by_nginx_for_a_year(app_server: LiveServer, edge: str, tmp_path: Path) -> None:
    from tests.media.images import picture_bytes

    drop = tmp_path / "drop"
    drop.mkdir()
    (drop / "story.xml").write_bytes((NEWSML / "aa-text-20241203-with-pictures.xml").read_bytes())
    photo = picture_bytes(1500, 1000)
    (drop / "palandoken-print.jpg").write_bytes(photo)
    app_server.gazete("ingest", str(drop))
    rendered = app_server.gazete("manage", "render_pictures")
    assert "ready 1" in rendered.stdout, rendered.stdout + rendered.stderr
    sha = hashlib.sha256(photo).hexdigest()
    path = f"/media/p/{sha[:2]}/{sha}-720.webp"
    answers = [call(edge, "GET", path, {"Accept-Language": language}) for language in ("tr", "en", "tr")]
    assert all(a.status == 200 and a.getheader("Content-Type") == "image/webp" for a in answers)
    assert answers[0].getheader("Cache-Control") == "public, max-age=31536000, immutable"
    assert [a.getheader("X-Cache-Status") for a in answers[1:]] == ["HIT", "HIT"]  # one copy for every language
    assert call(edge, "GET", f"/media/originals/{sha[:2]}/{sha}.jpg").status == 404


def test_only_the_desks_photo_upload_takes_a_photo_sized_body(edge: str) -> None:
    """nginx stops bodies over 1 MB (its default) except at the upload address, which takes a photo's 40 MB."""
    body = b"\xff" * (5 * 1024 * 1024)  # a 5 MB photo's worth of bytes

    def post(path: str) -> int:
        parts = urlsplit(edge)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
        conn.request("POST", path, body=body, headers={"Content-Type": "application/octet-stream"})
        response = conn.getresponse()
        response.read()
        return response.status

    # Through to gazete, whose refusal (no CSRF token) reaches the reader every time: gazete reads the
    # body it refused (gazete.request_drain), so nginx never sees a reset and answers 502 instead.
    assert [post("/desk/stories/1/photos/upload/") for _ in range(20)] == [403] * 20
    assert post("/desk/stories/1/edit/") == 413  # nginx's own limit everywhere else


def test_a_lead_change_correction_unpublish_publish_and_withdrawal_reach_readers_within_two_seconds(
    app_server: LiveServer, edge: str
) -> None:
    path = story_path(edge, LIBRARY_HEADLINE)
    headline = LIBRARY_HEADLINE.encode()
    find = f"from gazete.newsroom.models import Story\nstory = Story.objects.get(headline={LIBRARY_HEADLINE!r})\n"
    steps = [
        ("home page lead", "SetLead(story, CLI, True).execute()", "/", lambda r: headline in in_leads(r.body)),
        ("correction", "CorrectStory(story, CLI, 'Etkinlik 14 Haziran sona erecek.').execute()", path,
         lambda r: b"Etkinlik 14 Haziran sona erecek." in r.body),
        ("unpublish", "UnpublishStory(story, CLI).execute()", path, lambda r: r.status == 404),
        ("publish", "PublishStory(story, CLI).execute()", path, lambda r: r.status == 200 and headline in r.body),
        ("withdrawal", "WithdrawStory(story, CLI, 'Ajans haberi geri çekti.').execute()", path,
         lambda r: r.status == 410 and "Ajans haberi geri çekti.".encode() in r.body),
        ("withdrawn off the home page", "", "/", lambda r: headline not in r.body),
    ]
    imports = ("from gazete.newsroom.actors import CLI\n"
               "from gazete.newsroom.actions.front_page import SetLead\n"
               "from gazete.newsroom.actions.correct import CorrectStory\n"
               "from gazete.newsroom.actions.publish import PublishStory\n"
               "from gazete.newsroom.actions.unpublish import UnpublishStory, WithdrawStory\n")
    delays: dict[str, float | None] = {}
    shells: list[subprocess.Popen] = []
    since = time.monotonic()
    for name, action, page, shows in steps:
        assert not shows(call(edge, "GET", page)) or not action, f"{name}: the page shows it before the change"
        for _ in range(3):  # the page as it was is in nginx's cache
            call(edge, "GET", page)
        if action:
            since = committed_at(app_server, imports + find + action, shells)
        delays[name] = seen_after(edge, page, shows, since)
    for shell in shells:
        shell.communicate(timeout=60)
    print("seen through nginx after the commit:", {k: None if v is None else round(v, 2) for k, v in delays.items()})
    assert all(delay is not None and delay <= 2.0 for delay in delays.values()), delays
