"""The desk's photo screens for one story: choose, upload, fill in the text, set the focal point.

Every change goes through the photo actions of ``gazete.media.actions`` (logged in the story's
log, refused with a coded reason), so the provenance guard holds here as everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gazete.backoffice.access import desk_permission_required
from gazete.backoffice.forms import FocalPointForm, PictureTextForm, UploadPictureForm
from gazete.backoffice.roles import EDIT_STORIES
from gazete.media.actions import (
    ChooseLeadPicture,
    ClearLeadPicture,
    DetachPicture,
    EditPictureText,
    PictureText,
    SetFocalPoint,
    UploadPicture,
)
from gazete.media.choices import picture_choice, recent_pictures, social_crop, story_choices
from gazete.media.models import Picture
from gazete.media.renditions import DEFAULT_LIMITS
from gazete.newsroom.models import Story
from gazete.newsroom.refusal import Refusal

QUERY_MAX = 100


def _story(pk: int) -> Story:
    return get_object_or_404(Story, pk=pk)


def _picture(picture_id: int) -> Picture:
    return get_object_or_404(Picture, pk=picture_id)


def _run(request: HttpRequest, action: Callable[[], object], done: str) -> bool:
    """Take the action and say how it went; True when it was not refused."""
    try:
        action()
    except Refusal as refusal:
        messages.error(request, _("Refused: %(reason)s") % {"reason": refusal.text})
        return False
    messages.success(request, done)
    return True


@desk_permission_required(EDIT_STORIES)
def photos(request: HttpRequest, pk: int) -> HttpResponse:
    """The story's photos (the lead marked, what each lacks), recent wire photos to choose from, upload."""
    story = _story(pk)
    query = request.GET.get("q", "").strip()[:QUERY_MAX]
    return _photos_page(request, story, UploadPictureForm(), query=query)


def _photos_page(request: HttpRequest, story: Story, upload_form: UploadPictureForm, *, query: str = "",
                 status: int = 200) -> HttpResponse:
    own = story_choices(story)
    return render(request, "backoffice/photos.html", {
        "story": story,
        "own": own,
        "has_choice": any(choice.chosen for choice in own),
        "recent": recent_pictures(story, query=query),
        "query": query,
        "upload_form": upload_form,
    }, status=status)


@desk_permission_required(EDIT_STORIES)
def picture(request: HttpRequest, pk: int, picture_id: int) -> HttpResponse:
    """One photo for the story: large, with its focal point, its text form and what it lacks."""
    story, chosen = _story(pk), _picture(picture_id)
    text_form = PictureTextForm(initial={name: getattr(chosen, name) for name in PictureText.FIELDS})
    return _picture_page(request, story, chosen, text_form)


def _picture_page(request: HttpRequest, story: Story, chosen: Picture, text_form: PictureTextForm, *,
                  status: int = 200) -> HttpResponse:
    choice = picture_choice(story, chosen)
    return render(request, "backoffice/picture.html", {
        "story": story,
        "choice": choice,
        "social": social_crop(chosen),
        "text_form": text_form,
        "focal_form": FocalPointForm(initial={"focal_x": choice.picture.focal_x, "focal_y": choice.picture.focal_y}),
    }, status=status)


@desk_permission_required(EDIT_STORIES)
@require_POST
def choose_lead(request: HttpRequest, pk: int, picture_id: int) -> HttpResponse:
    """Make a photo the story's lead (refused while it lacks caption, credit or alt text)."""
    story, chosen = _story(pk), _picture(picture_id)
    if _run(request, ChooseLeadPicture(story, request.user, chosen).execute, _("Lead photo chosen.")):
        return redirect("desk:photos", pk=story.pk)
    return redirect("desk:picture", pk=story.pk, picture_id=chosen.pk)


@desk_permission_required(EDIT_STORIES)
@require_POST
def clear_lead(request: HttpRequest, pk: int) -> HttpResponse:
    """Drop the editor's choice of lead photo."""
    story = _story(pk)
    _run(request, ClearLeadPicture(story, request.user).execute,
         _("The lead photo is no longer chosen; the first photo that came with the story leads."))
    return redirect("desk:photos", pk=story.pk)


@desk_permission_required(EDIT_STORIES)
@require_POST
def remove(request: HttpRequest, pk: int, picture_id: int) -> HttpResponse:
    """Take a photo off the story."""
    story, chosen = _story(pk), _picture(picture_id)
    _run(request, DetachPicture(story, request.user, chosen).execute, _("Photo removed from the story."))
    return redirect("desk:photos", pk=story.pk)


@desk_permission_required(EDIT_STORIES)
@require_POST
def text(request: HttpRequest, pk: int, picture_id: int) -> HttpResponse:
    """Save a photo's caption, credit, photographer and alt text."""
    story, chosen = _story(pk), _picture(picture_id)
    form = PictureTextForm(request.POST)
    if not form.is_valid():
        return _picture_page(request, story, chosen, form, status=400)
    _run(request, EditPictureText(story, request.user, chosen, form.picture_text()).execute, _("Photo text saved."))
    return redirect("desk:picture", pk=story.pk, picture_id=chosen.pk)


@desk_permission_required(EDIT_STORIES)
@require_POST
def focal(request: HttpRequest, pk: int, picture_id: int) -> HttpResponse:
    """Set the focal point (the worker remakes the crops)."""
    story, chosen = _story(pk), _picture(picture_id)
    form = FocalPointForm(request.POST)
    if not form.is_valid():
        errors = " ".join(str(error) for field in form.errors.values() for error in field)
        messages.error(request, _("Focal point not set: %(errors)s") % {"errors": errors})
    else:
        _run(request, SetFocalPoint(story, request.user, chosen, form.cleaned_data["focal_x"],
                                    form.cleaned_data["focal_y"]).execute,
             _("Focal point set; the crops are being made again."))
    return redirect("desk:picture", pk=story.pk, picture_id=chosen.pk)


@desk_permission_required(EDIT_STORIES)
@require_POST
def upload(request: HttpRequest, pk: int) -> HttpResponse:
    """Take in a photo from the editor's computer for the story (checked like a wire photo)."""
    story = _story(pk)
    form = UploadPictureForm(request.POST, request.FILES)
    if form.is_valid():
        data = form.cleaned_data["file"].read(DEFAULT_LIMITS.max_bytes + 1)
        action = UploadPicture(story, request.user, data, form.picture_text())
        if _run(request, action.execute, _("Photo uploaded; its renditions are being made.")):
            assert action.picture is not None
            return redirect("desk:picture", pk=story.pk, picture_id=action.picture.pk)
        return redirect("desk:photos", pk=story.pk)
    return _photos_page(request, story, form, status=400)
