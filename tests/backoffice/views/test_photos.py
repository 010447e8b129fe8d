"""Tests for the desk's photo screens (backoffice.views.photos) with the test client."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from huey.contrib.djhuey import HUEY

from gazete.media.models import Picture, StoryPicture
from gazete.newsroom.models import Story, StoryLogEntry
from tests.media.conftest import media_root, ready_picture
from tests.media.images import picture_bytes

__all__ = ["media_root"]  # every test here stores files under a temporary MEDIA_ROOT

pytestmark = pytest.mark.django_db


def _upload_data(data: bytes, name: str = "park.jpg", **changes: str) -> dict[str, Any]:
    fields: dict[str, Any] = {"file": SimpleUploadedFile(name, data, content_type="image/jpeg"),
                              "caption": "Test photo: the park from the air", "credit": "Gazete",
                              "byline": "Test Photographer", "alt_text": "A green park between roofs"}
    fields.update(changes)
    return fields


def test_the_story_page_shows_the_lead_photo_and_the_way_to_the_photos(editor_client: Client, draft: Story) -> None:
    picture = ready_picture(draft, alt_text="")
    html = editor_client.get(reverse("desk:story", args=[draft.pk])).content.decode()
    assert "The lead photo lacks: alt text." in html
    assert reverse("desk:picture", args=[draft.pk, picture.pk]) in html
    assert reverse("desk:photos", args=[draft.pk]) in html
    assert picture.renditions.get(format="webp", width=360).url in html


def test_the_photos_page_lists_the_storys_photos_recent_wire_photos_and_the_upload_form(
    editor_client: Client, draft: Story,
) -> None:
    own = ready_picture(draft, agency_id="own", caption="Test photo: the council meets", credit="")
    ready_picture(None, agency_id="recent-snow", seed=2, caption="Test photo: snow in Erzurum")
    ready_picture(None, agency_id="recent-ferry", seed=3, caption="Test photo: a ferry in İzmir")
    response = editor_client.get(reverse("desk:photos", args=[draft.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Test photo: the council meets" in html and "Missing: credit" in html
    assert "lead photo (first that came)" in html
    assert "snow in Erzurum" in html and "ferry in İzmir" in html
    assert 'enctype="multipart/form-data"' in html and 'name="alt_text"' in html
    assert reverse("desk:remove_photo", args=[draft.pk, own.pk]) in html
    searched = editor_client.get(reverse("desk:photos", args=[draft.pk]), {"q": "erzurum"}).content.decode()
    assert "snow in Erzurum" in searched and "ferry in İzmir" not in searched


def test_choosing_a_recent_wire_photo_makes_it_the_lead(editor_client: Client, draft: Story) -> None:
    ready_picture(draft, agency_id="came")
    recent = ready_picture(None, agency_id="recent", seed=5)
    response = editor_client.post(reverse("desk:lead_photo", args=[draft.pk, recent.pk]), follow=True)
    assert "Lead photo chosen." in response.content.decode()
    assert StoryPicture.objects.get(story=draft, is_lead=True).picture == recent
    assert StoryLogEntry.objects.get(story=draft).action == "lead photo"
    editor_client.post(reverse("desk:clear_lead_photo", args=[draft.pk]))
    assert not StoryPicture.objects.filter(is_lead=True).exists()


def test_an_incomplete_photo_is_refused_and_its_page_shows_the_form_to_fill_it_in(editor_client: Client,
                                                                                 draft: Story) -> None:
    picture = ready_picture(draft, caption="", alt_text="")
    response = editor_client.post(reverse("desk:lead_photo", args=[draft.pk, picture.pk]), follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("desk:picture", args=[draft.pk, picture.pk])
    assert "Refused: This photo lacks: caption, alt text." in html
    assert "This photo cannot lead a story until it has: caption, alt text." in html
    assert 'name="caption"' in html and 'name="alt_text"' in html
    saved = editor_client.post(reverse("desk:photo_text", args=[draft.pk, picture.pk]), {
        "caption": "Test photo: the square", "credit": "AA", "byline": "", "alt_text": "People in a square"},
        follow=True)
    assert "Photo text saved." in saved.content.decode()
    picture.refresh_from_db()
    assert (picture.caption, picture.alt_text) == ("Test photo: the square", "People in a square")
    editor_client.post(reverse("desk:lead_photo", args=[draft.pk, picture.pk]))
    assert StoryPicture.objects.get(picture=picture).is_lead


def test_the_text_form_requires_caption_credit_and_alt_text(editor_client: Client, draft: Story) -> None:
    picture = ready_picture(draft)
    response = editor_client.post(reverse("desk:photo_text", args=[draft.pk, picture.pk]),
                                  {"caption": "", "credit": "", "byline": "", "alt_text": ""})
    assert response.status_code == 400 and "This field is required." in response.content.decode()
    picture.refresh_from_db()
    assert picture.caption == "Test photo: the new park from the air"


def test_the_focal_point_form_saves_the_point_and_refuses_one_outside(editor_client: Client, draft: Story) -> None:
    picture = ready_picture(draft)
    page = editor_client.get(reverse("desk:picture", args=[draft.pk, picture.pk])).content.decode()
    assert 'class="focal-image"' in page and 'name="focal_x"' in page and 'value="0.5"' in page
    assert "<script>" not in page and " style=" not in page  # CSP: no inline script or style
    editor_client.post(reverse("desk:photo_focal", args=[draft.pk, picture.pk]), {"focal_x": "0.3", "focal_y": "0.25"})
    picture.refresh_from_db()
    assert (picture.focal_x, picture.focal_y) == (0.3, 0.25)
    refused = editor_client.post(reverse("desk:photo_focal", args=[draft.pk, picture.pk]),
                                 {"focal_x": "1.5", "focal_y": "0.2"}, follow=True)
    assert "Focal point not set:" in refused.content.decode()
    picture.refresh_from_db()
    assert (picture.focal_x, picture.focal_y) == (0.3, 0.25)


def test_an_upload_is_stored_and_queued_never_rendered_in_the_request(
    editor_client: Client, draft: Story, media_root: Path, django_capture_on_commit_callbacks: Any,
) -> None:
    HUEY.flush()
    data = picture_bytes(900, 600, seed=9)
    with django_capture_on_commit_callbacks(execute=True):
        response = editor_client.post(reverse("desk:upload_photo", args=[draft.pk]), _upload_data(data),
                                      follow=True)
    picture = Picture.objects.get()
    assert response.redirect_chain[-1][0] == reverse("desk:picture", args=[draft.pk, picture.pk])
    assert "Photo uploaded; its renditions are being made." in response.content.decode()
    assert picture.status == Picture.Status.PENDING and not picture.renditions.exists()
    assert (media_root / picture.original.name).read_bytes() == data
    assert StoryPicture.objects.get(story=draft).picture == picture
    assert [task.args for task in HUEY.pending()] == [(picture.pk,)]
    HUEY.flush()


def test_a_bad_upload_is_refused_with_its_reason(editor_client: Client, draft: Story) -> None:
    response = editor_client.post(reverse("desk:upload_photo", args=[draft.pk]),
                                  _upload_data(b"<html>Try again later</html>", name="photo.jpg"), follow=True)
    assert "Refused: The file is not a picture." in response.content.decode()
    assert not Picture.objects.exists()
    missing = editor_client.post(reverse("desk:upload_photo", args=[draft.pk]),
                                 _upload_data(picture_bytes(300, 200), alt_text=""))
    assert missing.status_code == 400 and not Picture.objects.exists()


def test_removing_a_photo_from_the_story(editor_client: Client, draft: Story) -> None:
    picture = ready_picture(draft)
    response = editor_client.post(reverse("desk:remove_photo", args=[draft.pk, picture.pk]), follow=True)
    assert "Photo removed from the story." in response.content.decode()
    assert not StoryPicture.objects.exists()


def test_a_moderator_gets_the_desks_403_on_every_photo_screen(moderator_client: Client, draft: Story,
                                                             moderator: User) -> None:
    picture = ready_picture(draft)
    for name, args in [("photos", [draft.pk]), ("picture", [draft.pk, picture.pk])]:
        assert moderator_client.get(reverse(f"desk:{name}", args=args)).status_code == 403
    for name, args in [("lead_photo", [draft.pk, picture.pk]), ("clear_lead_photo", [draft.pk]),
                       ("remove_photo", [draft.pk, picture.pk]), ("photo_text", [draft.pk, picture.pk]),
                       ("photo_focal", [draft.pk, picture.pk]), ("upload_photo", [draft.pk])]:
        assert moderator_client.post(reverse(f"desk:{name}", args=args), {}).status_code == 403
    assert StoryPicture.objects.get().is_lead is False and not StoryLogEntry.objects.exists()
    turkish = Client(HTTP_ACCEPT_LANGUAGE="tr")
    turkish.force_login(moderator)
    html = turkish.get(reverse("desk:photos", args=[draft.pk])).content.decode()
    assert "Bu ekran haber masasındaki görevinize açık değil" in html


def test_the_photo_screens_in_turkish(draft: Story, editor: User) -> None:
    picture = ready_picture(draft, credit="")
    turkish = Client(HTTP_ACCEPT_LANGUAGE="tr")
    turkish.force_login(editor)
    html = turkish.get(reverse("desk:photos", args=[draft.pk])).content.decode()
    assert "Haberin fotoğrafları" in html and "Eksik: kaynak / hak sahibi" in html and "Fotoğraf yükle" in html
    page = turkish.get(reverse("desk:picture", args=[draft.pk, picture.pk])).content.decode()
    assert "Odak noktası" in page and "Bu fotoğraf şunlar girilmeden ana fotoğraf olamaz" in page


def test_a_signed_out_visitor_is_sent_to_the_desk_sign_in(client: Client, draft: Story) -> None:
    response = client.get(reverse("desk:photos", args=[draft.pk]))
    assert response.status_code == 302 and response["Location"].startswith("/desk/login/")
