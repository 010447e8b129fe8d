"""Tests for gazete.params: numbers from requests read, bounded, and refused with a clear message."""

from __future__ import annotations

import pytest

from gazete.params import MAX_ID, IdConverter, ParamError, parse_int


@pytest.mark.parametrize(("raw", "expected"), [(None, 7), ("", 7), ("  ", 7), ("0", 0), ("42", 42), (" 9 ", 9),
                                              ("+3", 3), (100, 100)])
def test_whole_numbers_in_range_are_read_and_absent_ones_take_the_default(raw: object, expected: int) -> None:
    assert parse_int(raw, default=7, minimum=0, maximum=100) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["x", "1.5", "1e9", "0x10", "²", "١٢", "--1", "1 2", True])
def test_anything_but_a_whole_number_is_refused_naming_the_parameter(raw: object) -> None:
    with pytest.raises(ParamError, match=r"^offset must be a whole number"):
        parse_int(raw, default=0, minimum=0, maximum=100, name="offset")  # type: ignore[arg-type]


@pytest.mark.parametrize("raw", ["-1", "101", "99999999999999999999", "9" * 5000, -5])
def test_numbers_out_of_range_are_refused_with_the_range(raw: object) -> None:
    with pytest.raises(ParamError, match=r"^limit must be between 0 and 100"):
        parse_int(raw, default=0, minimum=0, maximum=100, name="limit")  # type: ignore[arg-type]


def test_the_id_converter_takes_database_ids_only() -> None:
    converter = IdConverter()
    assert converter.to_python("17") == 17
    assert converter.to_python(str(MAX_ID)) == MAX_ID
    for too_far in ("0", str(MAX_ID + 1), "9999999999999999999"):
        with pytest.raises(ValueError):
            converter.to_python(too_far)
    assert converter.to_url(17) == "17"


# --- every numeric parameter of the site, through real requests (SQLite here; PostgreSQL in its CI run) ---

HUGE = "99999999999999999999"  # beyond a 64-bit integer: the database would overflow
HOST = {"HTTP_HOST": "127.0.0.1",
        "HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0"}


@pytest.fixture
def published_story(db):  # type: ignore[no-untyped-def]
    from django.utils import timezone

    from gazete.newsroom.models import Section, Story

    section = Section.objects.create(name="Dünya", name_en="World", slug="dunya")
    return Story.objects.create(
        slug="sample-story", headline="Sample written for gazete tests", standfirst="Sample.",
        body=[{"type": "paragraph", "text": "Sample paragraph."}], language="en", section=section,
        status=Story.Status.PUBLISHED, published_at=timezone.now() - timezone.timedelta(hours=1))


@pytest.mark.django_db
@pytest.mark.parametrize("query", [f"offset={HUGE}", "offset=-1", "offset=x", f"limit={HUGE}", "limit=0",
                                   "limit=101", "limit=1.5", f"offset={MAX_ID}"])
def test_the_story_list_answers_422_for_paging_out_of_range(client, published_story, query: str) -> None:  # type: ignore[no-untyped-def]
    response = client.get(f"/api/stories?{query}", **HOST)
    assert response.status_code == 422, response.content
    field = query.split("=")[0]
    assert any(field in error["loc"] for error in response.json()["detail"])


@pytest.mark.django_db
def test_the_story_list_pages_within_range(client, published_story) -> None:  # type: ignore[no-untyped-def]
    assert [row["id"] for row in client.get("/api/stories?limit=100&offset=0", **HOST).json()] == [published_story.pk]
    assert client.get("/api/stories?offset=1000000000", **HOST).json() == []


@pytest.mark.django_db
@pytest.mark.parametrize("path", [f"/api/stories/{HUGE}", f"/api/stories/{HUGE}/reads", "/api/stories/-1",
                                  "/api/stories/0", f"/api/stories/{HUGE}/comments", f"/api/comments/{HUGE}/report",
                                  "/api/most-read?limit=-3", f"/api/most-read?limit={HUGE}"])
def test_api_ids_and_limits_out_of_range_answer_422(client, published_story, path: str) -> None:  # type: ignore[no-untyped-def]
    method = client.post if path.endswith(("/reads", "/report")) else client.get
    kwargs = {"data": {"reason": "spam"}, "content_type": "application/json"} if path.endswith("/report") else {}
    response = method(path, **kwargs, **HOST)
    assert response.status_code == 422, (path, response.status_code, response.content)
    assert response.json()["detail"]


@pytest.mark.django_db
@pytest.mark.parametrize("body", [{"text": "Bir yorum", "story_id": int(HUGE)}, {"text": "Bir yorum", "story_id": -1}])
def test_body_ids_out_of_range_answer_422(client, published_story, body: dict) -> None:  # type: ignore[no-untyped-def]
    response = client.post("/api/moderate", data=body, content_type="application/json", **HOST)
    assert response.status_code == 422, response.content


@pytest.mark.django_db
@pytest.mark.parametrize("path", [f"/haber/{HUGE}/", f"/haber/{HUGE}/sample-story/", f"/yorum/bildir/{HUGE}/",
                                  f"/desk/stories/{HUGE}/", f"/desk/reads/{HUGE}/", "/bolum/dunya/?page=" + HUGE,
                                  "/bolum/dunya/?page=-1", "/bolum/dunya/?page=²"])
def test_pages_with_ids_or_page_numbers_out_of_range_are_not_found(client, published_story, path: str) -> None:  # type: ignore[no-untyped-def]
    assert client.get(path, **HOST).status_code == 404, path


@pytest.mark.django_db
def test_a_comment_form_with_a_malformed_parent_is_refused_not_a_server_error(client, published_story) -> None:  # type: ignore[no-untyped-def]
    for parent in (HUGE, "²", "-4"):
        response = client.post(f"/yorum/{published_story.pk}/", {"name": "Okur", "text": "Güzel bir haber olmuş.",
                                                                  "parent": parent}, **HOST)
        assert response.status_code == 400, (parent, response.status_code)
    from gazete.comments.models import Comment

    assert not Comment.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("days", [HUGE, "-1", "x", "²"])
def test_desk_charts_refuse_malformed_day_counts_with_400(admin_client, published_story, days: str) -> None:  # type: ignore[no-untyped-def]
    assert admin_client.get(f"/desk/reads/{published_story.pk}/?days={days}", **HOST).status_code == 400
    assert admin_client.get(f"/desk/comments/numbers/?days={days}", **HOST).status_code == 400
    assert admin_client.get("/desk/comments/numbers/?days=7", **HOST).status_code == 200


@pytest.mark.django_db
def test_a_section_order_out_of_range_is_refused_and_nothing_saved(admin_client, published_story) -> None:  # type: ignore[no-untyped-def]
    from gazete.newsroom.models import Section

    section = Section.objects.get()
    response = admin_client.post("/desk/front/", {f"order-{section.pk}": HUGE}, follow=True, **HOST)
    assert response.status_code == 200 and "kaydedilmedi" in response.content.decode()
    assert Section.objects.get().order == 100
    admin_client.post("/desk/front/", {f"order-{section.pk}": "3"}, **HOST)
    assert Section.objects.get().order == 3
