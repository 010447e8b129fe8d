"""The desk's photo screens in Chromium against a live gunicorn server.

An editor finds the story's own photo refused as its lead (no alt text: publishing is refused
with the reason), chooses a recent wire photo as the lead instead, then sets its focal point by
clicking on the photo (the small script of ``desk.js``, under the site's strict CSP) and saves
it; the queued task, run from the queue as the worker runs it, remakes the social card around
that point, and the photo's page shows the new crop. The pictures are drawn by the tests.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import pytest

from tests.conftest import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

EDITOR = ("photo-browser-editor", "cobalt-pier-Wm3-gull")
RUN = uuid.uuid4().hex[:8]

MAKE_STORY = f"""
import io
from PIL import Image, ImageDraw
from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.newsroom.services import upsert_story
from gazete.wireformats.model import Block, Dateline, WireStory

def drawn(seed):
    image = Image.new("RGB", (1600, 1000), (40 + seed * 50, 120, 200))
    ImageDraw.Draw(image).ellipse((300, 200, 800, 700), fill=(250, 220, 40))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85)
    return out.getvalue()

story = upsert_story(WireStory(
    format="test", headline="Photo desk test {RUN}: a park opens", language="en", agency="AA",
    agency_id="photo-browser:{RUN}:1", authors=("Desk Tester",), dateline=Dateline(place="ANKARA", agency="AA"),
    body=(Block("paragraph", "A sample story written for the gazete photo desk tests."),),
), publish=False).story
came = receive_picture(PictureInfo(agency="AA", agency_id="photo-browser:{RUN}:came",
                                   caption="Test photo {RUN}: the gate", credit="AA"),
                       drawn(1), story=story, queue=lambda _: None)
recent = receive_picture(PictureInfo(agency="AA", agency_id="photo-browser:{RUN}:recent",
                                     caption="Test photo {RUN}: the pond from the air", credit="AA",
                                     alt_text="A round yellow pond in a blue park"), drawn(2), queue=lambda _: None)
render_picture(came.pk)
render_picture(recent.pk)
print(story.pk, came.pk, recent.pk)
"""

# What the worker does with the queue (huey's consumer: take each task, run it), once, here.
RUN_QUEUE = """
from django.utils.module_loading import autodiscover_modules
from huey.contrib.djhuey import HUEY
autodiscover_modules("tasks")  # what the consumer does first: every app's tasks known by name
task = HUEY.dequeue()
while task is not None:
    HUEY.execute(task)
    task = HUEY.dequeue()
"""

SOCIAL_NAME = """
from gazete.media.models import Rendition
print(Rendition.objects.get(picture_id={picture}, purpose="social").file.name)
"""

REMOVE_STORY = f"""
from gazete.media.models import Picture
from gazete.newsroom.models import Story
Story.objects.filter(agency_id__startswith="photo-browser:{RUN}:").delete()
Picture.objects.filter(agency_id__startswith="photo-browser:{RUN}:").delete()
"""


@pytest.fixture(scope="module")
def desk(live_server_process: LiveServer) -> Iterator[LiveServer]:
    """The live server with an editor, a draft with a photo lacking alt text, and a complete wire photo."""
    server = live_server_process
    server.gazete("manage", "create_desk_user", "--role", "editor", "--username", EDITOR[0], "--password", EDITOR[1])
    story, came, recent = server.gazete("manage", "shell", "-c", MAKE_STORY).stdout.split()[-3:]
    server.photo_ids = {"story": int(story), "came": int(came), "recent": int(recent)}
    yield server
    server.gazete("manage", "shell", "-c", REMOVE_STORY)


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="en-GB", viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    yield context
    context.close()


def test_an_editor_chooses_a_lead_photo_and_sets_its_focal_point_by_clicking(desk: LiveServer, context) -> None:
    from playwright.sync_api import expect

    ids = desk.photo_ids
    story_url = f"/desk/stories/{ids['story']}/"
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.goto(f"{desk.url}/desk/login/?next={story_url}")
    page.fill("input[name=username]", EDITOR[0])
    page.fill("input[name=password]", EDITOR[1])
    page.click('form[action="/desk/login/"] [type=submit]')
    page.wait_for_url(re.compile(re.escape(desk.url + story_url) + "$"))

    # The photo that came with the story has no alt text: the guard says so and publishing is refused.
    expect(page.locator(".photo-provenance")).to_contain_text("The lead photo lacks: alt text.")
    page.click("button[name=publish]")
    expect(page.locator(".messages .error")).to_contain_text("Refused: The lead photo lacks: alt text.")
    expect(page.locator("[data-status]")).to_have_attribute("data-status", "draft")

    # Choose the recent wire photo instead.
    page.get_by_role("link", name="Choose, upload or edit photos").click()
    page.wait_for_url(f"{desk.url}{story_url}photos/")
    card = page.locator(f".photo-card[data-picture='{ids['recent']}']")
    expect(card).to_contain_text("the pond from the air")
    card.locator("button[name=lead]").click()
    expect(page.locator(".messages")).to_contain_text("Lead photo chosen.")
    expect(page.locator(f".photo-card.lead[data-picture='{ids['recent']}']")).to_contain_text("lead photo")
    page.goto(desk.url + story_url)
    expect(page.locator(".photo-provenance")).to_have_count(0)

    # Set the focal point by clicking on the photo: the fields follow, the mark moves; then save.
    page.goto(f"{desk.url}{story_url}photos/{ids['recent']}/")
    image = page.locator("img.focal-image")
    expect(page.locator(".focal-mark")).to_be_visible()  # drawn at the saved point (the centre) by the script
    box = image.bounding_box()
    assert box is not None
    image.click(position={"x": box["width"] * 0.25, "y": box["height"] * 0.75})
    expect(page.locator("input[name=focal_x]")).to_have_value("0.25")
    expect(page.locator("input[name=focal_y]")).to_have_value("0.75")
    mark = page.locator(".focal-mark").bounding_box()
    assert mark is not None
    assert abs(mark["x"] + mark["width"] / 2 - (box["x"] + box["width"] * 0.25)) < 3
    assert abs(mark["y"] + mark["height"] / 2 - (box["y"] + box["height"] * 0.75)) < 3
    page.click("button[name=focal]")
    expect(page.locator(".messages")).to_contain_text("Focal point set")
    expect(page.locator("input[name=focal_x]")).to_have_value("0.25")

    # The worker's turn: the queued task remakes the social card around the point.
    before = desk.gazete("manage", "shell", "-c", SOCIAL_NAME.format(picture=ids["recent"])).stdout.strip()
    assert before.endswith("-1200-social-c50-50.jpg")
    ran = desk.gazete("manage", "shell", "-c", RUN_QUEUE, check=False)
    assert ran.returncode == 0, ran.stderr[-2000:]
    after = desk.gazete("manage", "shell", "-c", SOCIAL_NAME.format(picture=ids["recent"])).stdout.strip()
    assert after.endswith("-1200-social-c25-75.jpg")
    page.reload()
    crop = page.locator(".social-crop img")
    expect(crop).to_have_attribute("src", re.compile(r"-1200-social-c25-75\.jpg$"))
    crop.scroll_into_view_if_needed()
    page.wait_for_function("document.querySelector('.social-crop img').naturalWidth === 1200")
    assert problems == []  # no script error, no CSP violation
