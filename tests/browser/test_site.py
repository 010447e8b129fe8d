"""The reader's site in Debian's Chromium (Playwright): home, article, next/previous, search, language.

Saves home.png and article.png only when asked: into the folder named by GAZETE_SCREENSHOTS_DIR,
which `make screenshots` sets to docs/screenshots (used in README.md and docs/site.md). A plain
test run writes nothing into the checkout.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.server]

SCREENSHOTS_ENV = "GAZETE_SCREENSHOTS_DIR"
LEAD_HEADLINE = "Örnek haber: Liman kentinde ihracat rekoru"
NEXT_HEADLINE = "Örnek haber: Kooperatiflere yeni kredi desteği"


def save_screenshot(page: object, name: str) -> Path | None:
    """Save a full-page screenshot as ``name`` in $GAZETE_SCREENSHOTS_DIR when it is set; else nothing."""
    folder = os.environ.get(SCREENSHOTS_ENV, "").strip()
    if not folder:
        return None
    path = Path(folder) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)  # type: ignore[attr-defined]
    return path


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="tr-TR")  # type: ignore[attr-defined]
    yield context.new_page()
    context.close()


def test_reader_opens_home_then_an_article_and_walks_next_and_previous(
    page: object, live_server_process: LiveServer
) -> None:
    from playwright.sync_api import expect

    page.goto(live_server_process.url + "/")
    expect(page.locator("#leads-h")).to_have_text("Manşet")
    expect(page.locator(".breaking")).to_contain_text("Son dakika")
    save_screenshot(page, "home.png")

    page.get_by_role("link", name=LEAD_HEADLINE).first.click()
    expect(page.locator("h1")).to_have_text(LEAD_HEADLINE)
    assert page.locator("h1").count() == 1
    assert page.title() == f"{LEAD_HEADLINE} | gazete"
    expect(page.locator(".dateline")).to_have_text("İZMİR (AA) -")
    expect(page.locator(".story .body h2")).to_have_text(["Yeni rıhtım yolda"])
    expect(page.locator(".source")).to_have_text("Kaynak: Anadolu Ajansı (AA)")
    expect(page.locator(".history")).to_contain_text("Güncelleme geçmişi")
    expect(page.locator(".history ins").first).to_be_visible()
    save_screenshot(page, "article.png")

    page.locator('a[rel="next"]').click()
    expect(page.locator("h1")).to_have_text(NEXT_HEADLINE)
    expect(page.locator(".prev-next .next")).to_contain_text("Bu, bölümün en son haberi.")
    page.locator('a[rel="prev"]').click()
    expect(page.locator("h1")).to_have_text(LEAD_HEADLINE)
    expect(page.locator(".prev-next .prev")).to_contain_text("Bu, bölümün ilk haberi.")


def test_reader_searches_and_sees_matches_highlighted(page: object, live_server_process: LiveServer) -> None:
    from playwright.sync_api import expect

    page.goto(live_server_process.url + "/")
    page.get_by_role("searchbox").first.fill("izmir")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/ara/\?q=izmir$"))
    expect(page.locator("mark").first).to_have_text("İZMİR")
    expect(page.locator(".result-count")).to_contain_text("1 haber bulundu")
    page.get_by_role("link", name=LEAD_HEADLINE).click()
    expect(page.locator("h1")).to_have_text(LEAD_HEADLINE)


def test_reader_switches_the_interface_language(page: object, live_server_process: LiveServer) -> None:
    from playwright.sync_api import expect

    page.goto(live_server_process.url + "/")
    page.get_by_role("button", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("#latest-h")).to_have_text("Latest news")
    expect(page.get_by_role("button", name="English")).to_have_attribute("aria-pressed", "true")
    page.get_by_role("link", name=LEAD_HEADLINE).first.click()
    expect(page.locator("article.story")).to_have_attribute("lang", "tr")
    expect(page.locator("#history-h")).to_have_text("Update history")
    page.get_by_role("button", name="Türkçe").click()
    expect(page.locator("html")).to_have_attribute("lang", "tr")
    expect(page.locator("#history-h")).to_have_text("Güncelleme geçmişi")


def test_keyboard_reader_can_skip_to_the_content(page: object, live_server_process: LiveServer) -> None:
    from playwright.sync_api import expect

    page.goto(live_server_process.url + "/")
    page.keyboard.press("Tab")
    expect(page.locator(".skip")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))


def open_lead_story(page: object, server: LiveServer) -> str:
    """Open the lead sample story; return its full address as the site names it."""
    page.goto(server.url + "/")
    page.get_by_role("link", name=LEAD_HEADLINE).first.click()
    return page.locator(".share-button").get_attribute("data-url")


def test_share_copies_the_link_where_the_browser_has_no_share_sheet(browser: object,
                                                                    live_server_process: LiveServer) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="tr-TR")  # type: ignore[attr-defined]
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.add_init_script("delete Navigator.prototype.share; delete navigator.share;")
    try:
        page = context.new_page()
        address = open_lead_story(page, live_server_process)
        assert address.endswith(page.url.removeprefix(live_server_process.url))
        page.get_by_role("button", name="Paylaş").click()
        expect(page.locator(".share-status")).to_have_text("Bağlantı kopyalandı.")
        assert page.evaluate("navigator.clipboard.readText()") == address
    finally:
        context.close()


def test_share_shows_the_link_to_copy_when_the_clipboard_refuses(browser: object,
                                                                 live_server_process: LiveServer) -> None:
    from playwright.sync_api import expect

    context = browser.new_context(locale="tr-TR")  # type: ignore[attr-defined]
    context.add_init_script("delete Navigator.prototype.share; delete navigator.share;"
                            "navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));")
    try:
        page = context.new_page()
        address = open_lead_story(page, live_server_process)
        page.get_by_role("button", name="Paylaş").click()
        expect(page.locator(".share-status")).to_have_text("Bağlantıyı kopyalayın:")
        link = page.locator(".share-link")
        expect(link).to_be_visible()
        expect(link).to_be_focused()
        assert link.input_value() == address
        assert page.evaluate("document.activeElement.selectionEnd - document.activeElement.selectionStart") \
            == len(address)
    finally:
        context.close()


def test_share_uses_the_share_sheet_where_there_is_one(browser: object, live_server_process: LiveServer) -> None:
    context = browser.new_context(locale="tr-TR")  # type: ignore[attr-defined]
    context.add_init_script("navigator.share = (data) => { window.__shared = data; return Promise.resolve(); };")
    try:
        page = context.new_page()
        address = open_lead_story(page, live_server_process)
        page.get_by_role("button", name="Paylaş").click()
        page.wait_for_function("window.__shared !== undefined")
        assert page.evaluate("window.__shared") == {"title": LEAD_HEADLINE, "url": address}
        assert page.locator(".share-link").is_hidden() and page.locator(".share-status").inner_text() == ""
    finally:
        context.close()


def test_the_printed_story_is_the_story_alone_with_its_address(page: object,
                                                               live_server_process: LiveServer) -> None:
    address = open_lead_story(page, live_server_process)
    page.emulate_media(media="print")
    for hidden in (".site-header", ".breaking", ".site-footer", "nav.prev-next", "#comments", ".share",
                   ".read-counter", ".related"):
        assert page.locator(hidden).first.is_hidden(), hidden
    for shown in ("h1", ".story .body", ".source", ".print-url"):
        assert page.locator(shown).first.is_visible(), shown
    assert page.locator(".print-url").inner_text() == address
    page.emulate_media(media="screen")
    assert page.locator(".print-url").is_hidden() and page.locator(".site-header").is_visible()


def test_screenshots_are_saved_only_when_asked(page: object, live_server_process: LiveServer,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page.goto(live_server_process.url + "/")
    monkeypatch.delenv(SCREENSHOTS_ENV, raising=False)
    assert save_screenshot(page, "home.png") is None
    monkeypatch.setenv(SCREENSHOTS_ENV, str(tmp_path / "shots"))
    saved = save_screenshot(page, "home.png")
    assert saved == tmp_path / "shots" / "home.png"
    assert saved.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
