"""Fault drill: an XSS corpus posted as comments and names, approved at the desk, rendered in Chromium.

Sixty payloads written for gazete (script tags, event handlers, javascript: and data: URLs, SVG
and MathML, entity and encoding tricks, Unicode tricks, attribute and script-context breaks,
mutation-XSS shapes, template syntax) are posted through the comment API as a reader's browser
posts them, each both as the comment's text and as the commenter's name, into a pre-moderated
section. A moderator sees them in the held queue and on each comment's page at the desk and
approves them; a reader then opens the story, presses every reply button (which copies the name
into the form) and reads the comments' JSON. Every payload tries to set ``window.__xss`` (or its
parent's) or to open a dialog: it must stay undefined, no dialog may open, and each payload must
be shown as the text the reader wrote.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import LiveServer, stop_server
from tests.drill_tools import start_isolated_server

pytestmark = [pytest.mark.browser, pytest.mark.server, pytest.mark.drill]

X = "window.__xss=1"
PAYLOADS = [
    # script elements
    f"<script>{X}</script>",
    f"<SCRIPT>{X}</SCRIPT>",
    f"<script src=data:text/javascript,{X}></script>",
    f"<script/src=data:,{X}></script>",
    f"<<script>script>{X}<</script>/script>",
    f"<scr<script>ipt>{X}</scr</script>ipt>",
    f"</textarea><script>{X}</script>",
    f"</title></style></noscript><script>{X}</script>",
    f"<!--<script>{X}</script>-->",
    f"<![CDATA[<script>{X}</script>]]>",
    # event handlers
    f'<img src=x onerror="{X}">',
    f"<img src=x onerror={X}//",
    f"<img/src=x\tonerror={X}>",
    f'<body onload="{X}">',
    f"<input autofocus onfocus={X}>",
    f"<details open ontoggle={X}>",
    f"<video><source onerror={X}></video>",
    f"<audio src=x onerror={X}>",
    f"<marquee onstart={X}>kayan yazı</marquee>",
    f'<div onpointerover="{X}" style="position:fixed;inset:0">hover</div>',
    f"<form><button formaction=javascript:{X}>gönder</button></form>",
    # URLs
    f"javascript:{X}",
    f'<a href="javascript:{X}">tıkla</a>',
    f'<a href=" JaVaScRiPt:{X}">tıkla</a>',
    f'<a href="java&#x09;script:{X}">sekme</a>',
    f"<a href=javascript&colon;{X}>iki nokta</a>",
    '<a href="data:text/html,<script>parent.__xss=1</script>">veri</a>',
    f"[tıkla](javascript:{X})",
    f'https://example.org/?q="><img src=x onerror={X}>',
    f"http://example.org/'onmouseover='{X}'x",
    f'http://example.org/"style="position:fixed;inset:0"onmouseover="{X}',
    f"https://example.org/#<script>{X}</script>",
    f"www.example.org/<svg/onload={X}>",
    f"<iframe src=javascript:{X}></iframe>",
    '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
    f"<object data=javascript:{X}></object>",
    f"<embed src=javascript:{X}>",
    f'<meta http-equiv="refresh" content="0;url=javascript:{X}">',
    f'<base href="javascript:{X}//">',
    # SVG and MathML
    f"<svg onload={X}>",
    f"<svg><script>{X}</script></svg>",
    f"<svg><animate onbegin={X} attributeName=x dur=1s>",
    f'<svg><a xlink:href="javascript:{X}"><text x=20 y=20>svg</text></a></svg>',
    f"<math><mtext><table><mglyph><style><img src=x onerror={X}>",
    f"<svg><style><img src=x onerror={X}></style></svg>",
    f'<noscript><p title="</noscript><img src=x onerror={X}>">',
    # entities and encodings
    f"&lt;script&gt;{X}&lt;/script&gt;",
    f"&#60;script&#62;{X}&#60;/script&#62;",
    f"&#x3C;img src=x onerror={X}&#x3E;",
    f"%3Cscript%3E{X}%3C/script%3E",
    f"+ADw-script+AD4-{X}+ADw-/script+AD4-",
    f"\\u003cscript\\u003e{X}\\u003c/script\\u003e",
    # Unicode tricks
    f"＜script＞{X}＜/script＞",
    f"﹤script﹥{X}﹤/script﹥",
    f"<scr\u200bipt>{X}</scr\u200bipt>",
    f"java\u200bscript:{X}",
    f"\u202e<script>{X}</script>\u202c",
    f"<img src=x onerror\u00a0={X}>",
    # string, attribute and script contexts, template syntax
    f'" autofocus onfocus="{X}" x="',
    f"' onmouseover='{X}' x='",
    f"</script><script>{X}</script>",
    f'";{X};//',
    f"{{{{constructor.constructor('{X}')()}}}} {{% csrf_token %}} ${{alert(1)}}",
    "<img src=x onerror=alert(1)> <svg onload=confirm(1)> <body onload=prompt(1)>",
]
MODERATOR = ("drill-moderator", "xss-drill-password-1")
SETUP = f"""
from django.contrib.auth.models import User
from django.core.management import call_command
from gazete.moderation.policy import POLICY_RULES
from gazete.newsroom.models import Story
story = Story.objects.published().filter(language="tr").exclude(section=None).order_by("id").first()
call_command("comments_policy", "--min-interval", "0", "--daily-cap", "1000",
             "--disable", *[rule.code for rule in POLICY_RULES], "--premoderate", story.section.slug,
             stdout=open("/dev/null", "w"))
User.objects.filter(username="{MODERATOR[0]}").exists() or User.objects.create_superuser(
    "{MODERATOR[0]}", "desk@example.org", "{MODERATOR[1]}")
print(story.pk, story.get_absolute_url())
"""
NAME_MAX = 80  # what the form lets a reader type


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    live = start_isolated_server(Path(tmp_path_factory.mktemp("xss-data")), "drills_xss")
    yield live
    stop_server(live)


def signature(number: int) -> str:
    """A line of letters that makes each comment distinct (two payloads may read alike to the duplicate check)."""
    return "deneme " + "".join("abcçdefgğhıijklmnoöprsştuüvyz"[int(digit)] for digit in f"{number:03d}")


def visible(text: str) -> str:
    """Text as a reader sees it: runs of white space as one space, invisible format characters gone."""
    return " ".join(re.sub(r"[\u200b-\u200f\u202a-\u202e\u2066-\u2069]", "", text).split())


def xss_probe(page) -> object:  # type: ignore[no-untyped-def]
    """What the payloads tried to set, in the page and in every frame (undefined everywhere, or they ran)."""
    return [
        frame.evaluate("typeof window.__xss === 'undefined' ? null : String(window.__xss)")
        for frame in page.frames
        if not frame.is_detached()
    ]


def test_no_payload_runs_in_the_queue_the_desk_the_story_or_the_api(server: LiveServer, chromium_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    from tests.conftest import launch_chromium

    assert len(PAYLOADS) >= 60 and len(set(PAYLOADS)) == len(PAYLOADS)
    story_id, story_path = server.gazete("manage", "shell", "-c", SETUP).stdout.split()[-2:]
    story_url = server.url + story_path
    dialogs: list[str] = []
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright, chromium_path)
        try:
            reader = browser.new_context(locale="tr-TR")
            moderator = browser.new_context(locale="tr-TR")
            for context in (reader, moderator):
                context.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page = reader.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            page.goto(story_url)

            # The reader posts every payload, as text and as name, the way comments.js does.
            token = reader.request.get(server.url + "/yorum/token/").json()["token"]
            ids = []
            for number, payload in enumerate(PAYLOADS):
                answer = reader.request.post(
                    f"{server.url}/api/stories/{story_id}/comments",
                    headers={"X-CSRFToken": token},
                    data=json.dumps({"name": payload[:NAME_MAX], "text": f"{payload}\n{signature(number)}"}),
                )
                body = answer.json()
                assert answer.status == 201 and body["status"] == "held", (payload, answer.status, body)
                ids.append(body["id"])

            # The moderator sees them held, opens each one, and approves them all.
            desk = moderator.new_page()
            desk.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            desk.goto(server.url + "/desk/comments/queue/held/")
            desk.locator("input[name=username]").fill(MODERATOR[0])
            desk.locator("input[name=password]").fill(MODERATOR[1])
            desk.locator("input[type=submit]").click()
            desk.wait_for_load_state("load")
            assert xss_probe(desk) == [None] * len(desk.frames)
            for comment_id in ids:
                desk.goto(f"{server.url}/desk/comments/{comment_id}/")
                assert xss_probe(desk) == [None] * len(desk.frames), comment_id
            approved = 0
            while approved < len(ids):
                desk.goto(server.url + "/desk/comments/queue/held/")
                desk.wait_for_load_state("load")
                assert xss_probe(desk) == [None] * len(desk.frames)
                boxes = desk.locator("table.queue tbody input[name=ids]")
                ticked = boxes.count()
                assert ticked, f"{len(ids) - approved} comments not in the held queue"
                for index in range(ticked):
                    boxes.nth(index).check()
                desk.locator("select[name=action]").select_option("approve")
                desk.locator("input[name=note]").fill("XSS drill")
                desk.locator("fieldset.actions button[type=submit]").click()
                desk.wait_for_load_state("load")
                approved += ticked
            desk.goto(server.url + "/desk/comments/queue/approved/")
            assert xss_probe(desk) == [None] * len(desk.frames)

            # The reader reads them on the story page, replies to each (the name goes into the form).
            page.goto(story_url)
            page.wait_for_load_state("load")
            texts = page.locator("#comments .comment-list .comment-text").all_inner_texts()
            names = page.locator("#comments .comment-list .comment-name").all_inner_texts()
            shown_texts, shown_names = [visible(text) for text in texts], [visible(name) for name in names]
            for payload in PAYLOADS:
                assert any(visible(payload) in text for text in shown_texts), payload
                assert visible(payload[:NAME_MAX]) in shown_names, payload
            buttons = page.locator("#comments .comment-list .reply-button")
            assert buttons.count() == len(PAYLOADS)
            for index in range(buttons.count()):
                buttons.nth(index).click()
                replying = page.locator("#comments .replying-name").inner_text()
                assert replying == names[index]
            page.mouse.move(10, 10)
            page.mouse.move(400, 300)
            page.wait_for_timeout(300)  # let any load/error/animation handler a payload smuggled in fire
            assert xss_probe(page) == [None] * len(page.frames)
            links = page.locator("#comments .comment-list .comment-text a")
            for index in range(links.count()):
                assert re.match(r"https?://", links.nth(index).get_attribute("href") or "")

            page.goto(f"{server.url}/api/stories/{story_id}/comments")
            assert len(json.loads(page.locator("body").inner_text())) == len(PAYLOADS)
            assert xss_probe(page) == [None] * len(page.frames)
        finally:
            browser.close()
    assert dialogs == []
