"""The desk in Chromium against a live gunicorn server, used as an editor and a moderator would.

An editor signs in at /desk/login/, opens a wire draft from the incoming queue, edits the
headline, previews it as readers will see it, schedules it a few seconds ahead and sees it on
the site once the publishing task has run (``gazete manage publish_due``, what the worker runs
every minute); publishing a story whose credit was the template placeholder is refused with the
reason; a moderator gets 403 on the story editor. The stories are written for these tests.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.conftest import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

EDITOR = ("desk-browser-editor", "violet-harbour-Kx7-tide")
MODERATOR = ("desk-browser-moderator", "amber-lantern-Qz4-quay")
SITE_TIME_ZONE = ZoneInfo("Europe/Istanbul")  # settings.TIME_ZONE: the desk's date-time inputs are in it
RUN = uuid.uuid4().hex[:8]

MAKE_DRAFTS = f"""
from django.core.management import call_command
from gazete.newsroom.services import upsert_story
from gazete.wireformats.model import Block, Dateline, WireStory

def wire(number, headline, agency, placeholder):
    return WireStory(
        format="test", headline=headline, language="en", agency=agency,
        agency_id=f"desk-browser:{RUN}:{{number}}", authors=("Desk Tester",),
        dateline=Dateline(place="ANKARA", agency=agency), credit_placeholder=placeholder,
        body=(Block("paragraph", "A sample story written for the gazete desk tests."),
              Block("paragraph", "It is not agency copy.")),
    )

credited = upsert_story(wire(1, "Desk test {RUN}: wire draft to schedule", "AA", False), publish=False).story
placeholder = upsert_story(wire(2, "Desk test {RUN}: draft with a placeholder credit", None, True),
                           publish=False).story
call_command("create_desk_user", "--role", "moderator", "--username", "{MODERATOR[0]}",
             "--password", "{MODERATOR[1]}", stdout=open("/dev/null", "w"))
print(credited.pk, placeholder.pk)
"""

REMOVE_DRAFTS = f"""
from gazete.newsroom.models import Story
for story in Story.objects.filter(agency_id__startswith="desk-browser:{RUN}:"):
    story.delete()
"""


@pytest.fixture(scope="module")
def desk(live_server_process: LiveServer) -> Iterator[LiveServer]:
    """The live server with an editor, a moderator and two wire drafts of this test run."""
    server = live_server_process
    server.gazete("manage", "create_desk_user", "--role", "editor",
                  "--username", EDITOR[0], "--password", EDITOR[1])
    # One more process makes the drafts and the moderator (with the same command, called in-process).
    credited, placeholder = server.gazete("manage", "shell", "-c", MAKE_DRAFTS).stdout.split()[-2:]
    server.desk_drafts = {"credited": int(credited), "placeholder": int(placeholder)}
    yield server
    # The server is shared by the session: a real story published here would take the lead slots
    # and the breaking bar from the sample stories the site's browser tests read.
    server.gazete("manage", "shell", "-c", REMOVE_DRAFTS)


@pytest.fixture
def context(browser):
    context = browser.new_context(locale="en-GB")
    context.set_default_timeout(15_000)
    yield context
    context.close()


def log_in(context, server: LiveServer, user: tuple[str, str], target: str = "/desk/"):
    page = context.new_page()
    page.goto(f"{server.url}/desk/login/?next={target}")
    page.fill("input[name=username]", user[0])
    page.fill("input[name=password]", user[1])
    page.click('form[action="/desk/login/"] [type=submit]')
    page.wait_for_url(re.compile(re.escape(server.url + target) + "$"))
    return page


def test_editor_edits_previews_and_schedules_a_wire_draft(desk: LiveServer, context) -> None:
    from playwright.sync_api import expect

    pk = desk.desk_drafts["credited"]
    page = log_in(context, desk, EDITOR, "/desk/incoming/")
    page.click(f"tr[data-story='{pk}'] a.headline")
    page.wait_for_url(f"{desk.url}/desk/stories/{pk}/")
    expect(page.locator("[data-status]")).to_have_attribute("data-status", "draft")

    page.click(f"a[href='/desk/stories/{pk}/edit/']")
    new_headline = f"Desk test {RUN}: edited on the desk and scheduled"
    page.fill("input[name=headline]", new_headline)

    with context.expect_page() as opened:
        page.click("button[name=preview]")
    preview = opened.value
    preview.wait_for_load_state()
    expect(preview.locator("h1")).to_have_text(new_headline)
    expect(preview.locator(".source")).to_contain_text("Anadolu Agency")
    preview.close()

    page.click("button[name=save]")
    page.wait_for_url(f"{desk.url}/desk/stories/{pk}/")
    expect(page.locator(".messages")).to_contain_text("Saved as a new revision.")
    expect(page.locator("h1.story-headline")).to_have_text(new_headline)

    when = (datetime.now(SITE_TIME_ZONE) + timedelta(seconds=4)).replace(microsecond=0)
    page.fill("input[name=publish_at]", when.strftime("%Y-%m-%dT%H:%M:%S"))
    page.click("button[name=schedule]")
    expect(page.locator(".messages")).to_contain_text("Scheduled for")
    expect(page.locator("[data-status]")).to_have_attribute("data-status", "scheduled")
    assert new_headline not in page.goto(desk.url + "/").text()

    time.sleep(max(0.0, (when - datetime.now(SITE_TIME_ZONE)).total_seconds()) + 1)
    ran = desk.gazete("manage", "publish_due")
    assert f"published #{pk}" in ran.stdout

    page.goto(desk.url + "/")
    expect(page.locator("main")).to_contain_text(new_headline)
    page.click(f"text={new_headline}")
    expect(page.locator("h1")).to_have_text(new_headline)


def test_publishing_a_placeholder_credit_is_refused_with_the_reason(desk: LiveServer, context) -> None:
    from playwright.sync_api import expect

    pk = desk.desk_drafts["placeholder"]
    page = log_in(context, desk, EDITOR, f"/desk/stories/{pk}/")
    expect(page.locator(".provenance")).to_contain_text("no source credit")
    page.click("button[name=publish]")
    expect(page.locator(".messages .error")).to_contain_text("Refused: The story has no source credit")
    expect(page.locator("[data-status]")).to_have_attribute("data-status", "draft")


def test_a_moderator_cannot_edit_stories(desk: LiveServer, context) -> None:
    from playwright.sync_api import expect

    pk = desk.desk_drafts["credited"]
    page = log_in(context, desk, MODERATOR)
    expect(page.locator("main")).not_to_contain_text("Stories in")
    response = page.goto(f"{desk.url}/desk/stories/{pk}/edit/")
    assert response is not None and response.status == 403
    response = page.goto(f"{desk.url}/desk/incoming/")
    assert response is not None and response.status == 403


def test_a_moderator_is_turned_back_inside_the_desk_and_signs_out_from_the_comment_screens(
    desk: LiveServer, context
) -> None:
    from playwright.sync_api import expect

    pk = desk.desk_drafts["credited"]
    page = log_in(context, desk, MODERATOR)
    screens = page.locator("header nav.screens a[data-screen]")
    expect(screens).to_have_count(2)
    assert [screens.nth(i).get_attribute("data-screen") for i in range(2)] == ["comments", "reads"]

    response = page.goto(f"{desk.url}/desk/stories/{pk}/edit/")
    assert response is not None and response.status == 403
    expect(page.locator("main h1")).to_have_text("This screen is not open to your desk role")
    page.get_by_role("link", name="Back to the desk").click()
    page.wait_for_url(f"{desk.url}/desk/")

    page.locator("header nav.screens a[data-screen=comments]").click()
    page.wait_for_url(f"{desk.url}/desk/comments/")
    expect(page.locator("header nav.screens a[aria-current=page]")).to_have_attribute("data-screen", "comments")
    page.get_by_role("button", name="Türkçe").click()  # the shell's language switch, on the comment screens too
    expect(page.locator("nav.subscreens strong")).to_have_text("Yorum masası")
    page.get_by_role("button", name="Çıkış yap").click()
    page.wait_for_url(f"{desk.url}/desk/login/")
    page.goto(f"{desk.url}/desk/comments/")
    page.wait_for_url(f"{desk.url}/desk/login/?next=/desk/comments/")
