"""Browser tests of comments in Chromium against a live gunicorn server: as a reader and a moderator would."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from tests.comments.test_rendering import XSS_PAYLOADS
from tests.conftest import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

MODERATOR = ("desk-moderator", "pass-for-browser-tests-1")
ALL_RULES = ["profanity", "insult", "offensive", "belief_attack", "spelling", "no_turkish_chars", "all_caps"]


def policy(server: LiveServer, *args: str) -> None:
    server.gazete("manage", "comments_policy", *args)


SETUP = f"""
from django.contrib.auth.models import User
from django.core.management import call_command
from gazete.newsroom.models import Story
stories = list(Story.objects.published().filter(language="tr").exclude(section=None).order_by("id")[:4])
call_command("comments_policy", "--min-interval", "0", "--daily-cap", "1000", "--enable", *{ALL_RULES!r},
             "--premoderate", stories[2].section.slug, stdout=open("/dev/null", "w"))
User.objects.filter(username="{MODERATOR[0]}").exists() or User.objects.create_superuser(
    "{MODERATOR[0]}", "desk@example.org", "{MODERATOR[1]}")
print(stories[2].section.slug, *[story.get_absolute_url() for story in stories])
"""


@pytest.fixture(scope="module")
def server(live_server_process: LiveServer) -> Iterator[LiveServer]:
    """The live server with no waiting between comments and the third story's section pre-moderated;
    the default policy is put back afterwards."""
    premoderated, *paths = live_server_process.gazete("manage", "shell", "-c", SETUP).stdout.split()[-5:]
    live_server_process.story_urls = [live_server_process.url + path for path in paths]
    yield live_server_process
    policy(live_server_process, "--min-interval", "30", "--daily-cap", "50", "--enable", *ALL_RULES,
           "--postmoderate", premoderated)


def story_url(server: LiveServer, offset: int) -> str:
    """The URL of the ``offset``-th published Turkish sample story (each test uses its own)."""
    return server.story_urls[offset]


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="tr-TR")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def fill_form(page, name: str, text: str) -> None:
    form = page.locator("#comments .comment-form")
    form.locator("input[name=name]").fill(name)
    form.locator("textarea[name=text]").fill(text)


def test_a_clean_comment_appears_at_once(server, page) -> None:
    page.goto(story_url(server, 0))
    assert page.locator("#comments .comment-policy").inner_text().startswith("UYARI: Küfür, hakaret")
    fill_form(page, "Okur Ayşe", "Haberi paylaştığınız için teşekkürler, çok faydalı oldu.")
    page.locator("#comments button.send").click()
    page.locator("#comments .form-status.result-approved").wait_for()
    assert page.locator("#comments .comment-list").get_by_text("çok faydalı oldu").is_visible()
    page.reload()
    assert page.locator("#comments .comment-list").get_by_text("çok faydalı oldu").is_visible()


def test_a_posted_comment_counts_and_has_its_time_reply_and_report_without_a_reload(server, page) -> None:
    page.goto(story_url(server, 0))
    count = page.locator("#comments .comment-count")
    before = int(count.get_attribute("data-count"))
    fill_form(page, "Okur Deniz", "Haberin devamını merakla bekliyoruz, elinize sağlık.")
    page.locator("#comments button.send").click()
    posted = page.locator("#comments .comment-list > li.just-posted")
    posted.wait_for()
    assert count.inner_text() == f"({before + 1})"
    time = posted.locator("header time")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+03:00", time.get_attribute("datetime"))
    label = time.inner_text()
    assert re.fullmatch(r"\d{1,2} \w+ \d{4} \d\d:\d\d", label)
    assert posted.locator(":scope > .comment-body .report summary").inner_text() == "Bildir"

    posted.locator(":scope > .comment-body .reply-button").click()
    assert page.locator("#comments .replying-name").inner_text() == "Okur Deniz"
    fill_form(page, "Okur Ece", "Katılıyorum, özellikle ikinci bölüm çok açıklayıcı.")
    page.locator("#comments button.send").click()
    reply = posted.locator(".replies > li.reply.just-posted")
    reply.wait_for()
    assert count.inner_text() == f"({before + 2})"
    assert reply.locator("header time").count() == 1
    assert reply.locator(".reply-button").count() == 0  # replies are not answered, as on the server's page

    comment_id = posted.get_attribute("data-id")
    own = posted.locator(":scope > .comment-body")
    own.locator(".report summary").click()
    own.locator(".report-form button[type=submit]").click()
    own.locator(".report-status").filter(has_text=re.compile(r"\S")).wait_for()
    assert own.locator(".report-form").get_attribute("action").endswith(f"/yorum/bildir/{comment_id}/")

    page.reload()
    assert count.inner_text() == f"({before + 2})"
    served = page.locator(f"#comment-{comment_id} > .comment-body")
    assert served.locator("header time").inner_text() == label
    assert served.locator(".reply-button").get_attribute("data-name") == "Okur Deniz"


def test_all_caps_shows_its_reason_and_the_accepted_suggestion_is_approved(server, page) -> None:
    page.goto(story_url(server, 1))
    fill_form(page, "Okur Ali", "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!")
    reason = page.locator("#comments .precheck-reasons li[data-code=all_caps]")
    reason.wait_for()
    assert reason.inner_text().startswith("Yorumunuz büyük harflerle yazılmış.")
    assert page.locator("#comments .precheck-preview mark").first.inner_text() == "BU"
    page.locator("#comments .accept-suggestion").click()
    textarea = page.locator("#comments textarea[name=text]")
    assert textarea.input_value() == "Bu karar çok yanlış, herkes bunu görüyor!"
    page.locator("#comments button.send").click()
    page.locator("#comments .form-status.result-approved").wait_for()
    assert page.locator("#comments .comment-list").get_by_text("herkes bunu görüyor!").is_visible()


def test_a_disguised_word_is_marked_where_it_was_typed_and_the_suggestion_is_plain(server, page) -> None:
    page.goto(story_url(server, 1))
    typed = "Sen tam bir 𝐨𝐫𝐨𝐬𝐩𝐮 çocuğusun, s\u200bi\u200bk\u200bt\u200bi\u200br git."
    fill_form(page, "Okur Ali", typed)
    page.locator("#comments .precheck-reasons li[data-code=profanity]").wait_for()
    marks = [mark.inner_text() for mark in page.locator("#comments .precheck-preview mark").all()]
    assert marks == ["𝐨𝐫𝐨𝐬𝐩𝐮", "s\u200bi\u200bk\u200bt\u200bi\u200br"]  # astral letters and zero-width spaces kept
    # The insult stays in the comment whatever its words: no suggestion is offered that would launder it.
    assert page.locator("#comments .suggestion").is_hidden()


def test_masked_profanity_is_rejected_and_never_published(server, page) -> None:
    page.goto(story_url(server, 1))
    fill_form(page, "Okur Ali", "Haber çok kötü, s***** git.")
    page.locator("#comments .precheck-reasons li[data-code=profanity]").wait_for()
    page.locator("#comments button.send").click()
    status = page.locator("#comments .form-status[class*=result-]")
    status.wait_for()
    assert "result-approved" not in (status.get_attribute("class") or "")
    page.reload()
    assert page.locator("#comments .comment-list").get_by_text("s***** git").count() == 0
    fill_form(page, "Okur Ali", "Haber çok kötü, s***** git.")
    page.locator("#comments .precheck-reasons li[data-code=profanity]").wait_for()
    if page.locator("#comments .suggestion").is_visible():  # offered only when approved, never masked
        page.locator("#comments .accept-suggestion").click()
        assert "*" not in page.locator("#comments textarea[name=text]").input_value()


def test_a_held_comment_is_approved_by_a_moderator_and_appears(server, page) -> None:
    url = story_url(server, 2)  # its section is pre-moderated
    page.goto(url)
    fill_form(page, "Okur Can", "Bu konuda daha fazla haber bekliyoruz, teşekkürler.")
    page.locator("#comments button.send").click()
    status = page.locator("#comments .form-status.result-held")
    status.wait_for()
    assert status.inner_text() == "Yorumunuz onay bekliyor."
    assert page.locator("#comments .comment-list").get_by_text("daha fazla haber").count() == 0
    page.goto(server.url + "/desk/comments/")
    page.locator("input[name=username]").fill(MODERATOR[0])
    page.locator("input[name=password]").fill(MODERATOR[1])
    page.locator("input[type=submit]").click()
    row = page.locator("table.queue tbody tr", has_text="daha fazla haber")
    row.locator("input[name=ids]").check()
    page.locator("select[name=action]").select_option("approve")
    page.locator("input[name=note]").fill("fine")
    page.get_by_role("button", name="Uygula").click()  # the browser is Turkish (tr-TR), so is the desk
    page.get_by_text("Onaylandı: 1 yorum.").wait_for()
    page.goto(url)
    assert page.locator("#comments .comment-list").get_by_text("daha fazla haber bekliyoruz").is_visible()


def test_no_xss_payload_runs_in_the_form_the_page_or_the_api(server, page) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.add_init_script("window.__xss = 0;")
    url = story_url(server, 3)
    policy(server, "--disable", *ALL_RULES)  # let every payload through the engine so that it is shown
    try:
        page.goto(url)
        for number, payload in enumerate(XSS_PAYLOADS):
            fill_form(page, payload[:80], payload)
            page.locator("#comments button.send").click()
            page.locator(f"#comments .comment-list li.just-posted >> nth={number}").wait_for()
    finally:
        policy(server, "--enable", *ALL_RULES)
    assert page.evaluate("window.__xss") == 0
    page.reload()
    page.wait_for_load_state("load")
    texts = page.locator("#comments .comment-list .comment-text").all_inner_texts()
    assert all(any(payload.strip() in text for text in texts) for payload in XSS_PAYLOADS if "\n" not in payload)
    links = page.locator("#comments .comment-list .comment-text a")
    for index in range(links.count()):
        assert links.nth(index).get_attribute("rel") == "nofollow ugc noopener"
        assert re.match(r"https?://", links.nth(index).get_attribute("href"))
    story_id = re.search(r"/haber/(\d+)/", url).group(1)
    page.goto(f"{server.url}/api/stories/{story_id}/comments")
    page.wait_for_timeout(200)
    for probe in ("window.__xss", "document.querySelectorAll('script, img, svg, iframe').length"):
        assert page.evaluate(probe) == 0
    assert dialogs == []
