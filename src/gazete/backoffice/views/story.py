"""The desk's screens for one story: overview, editor, preview, versions side by side, revisions."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods, require_POST

from gazete.backoffice.access import desk_permission_required
from gazete.backoffice.diffs import body_changes, line_change
from gazete.backoffice.forms import BreakingForm, CorrectionForm, ScheduleForm, StoryEditForm, WithdrawForm
from gazete.backoffice.preview import render_preview
from gazete.backoffice.roles import EDIT_STORIES
from gazete.media.choices import lead_choice
from gazete.media.provenance import lead_picture_problem
from gazete.newsroom import publishing
from gazete.newsroom.actions import ApplyWireUpdate, DismissWireUpdate, EditStoryText, RestoreRevision
from gazete.newsroom.models import Story, StoryRevision, StoryVersion
from gazete.newsroom.refusal import Refusal
from gazete.newsroom.services import story_versions


def _story(pk: int) -> Story:
    stories = Story.objects.select_related("section").prefetch_related("authors", "tags")
    return get_object_or_404(stories, pk=pk)


def _pending(version_id: int) -> StoryVersion:
    versions = StoryVersion.objects.select_related("story")
    return get_object_or_404(versions, pk=version_id, pending_review=True)


def _pending_with_changes(story: Story) -> list[dict[str, object]]:
    return [
        {
            "version": version,
            "headline": line_change(story.headline, version.headline),
            "standfirst": line_change(story.standfirst, version.standfirst),
            "changes": body_changes(story.body, version.body),
        }
        for version in publishing.pending_versions(story)
    ]


@desk_permission_required(EDIT_STORIES)
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Everything the desk does with one story: status, provenance, actions, updates, revisions."""
    story = _story(pk)
    versions = story_versions(story)
    mark = getattr(story, "queue_mark", None)  # the reverse one-to-one raises AttributeError when absent
    return render(request, "backoffice/story.html", {
        "story": story,
        "mark": mark,
        "provenance_problem": problem.text if (problem := publishing.provenance_problem(story)) else None,
        "lead_photo": lead_choice(story),
        "photo_problem": photo_problem.text if (photo_problem := lead_picture_problem(story)) else None,
        "versions": versions,
        "pending": _pending_with_changes(story),
        "revisions": story.revisions.select_related("editor")[:30],
        "corrections": story.corrections.all(),
        "log": story.desk_log.select_related("user")[:30],
        "schedule_form": ScheduleForm(),
        "withdraw_form": WithdrawForm(),
        "correction_form": CorrectionForm(),
        "breaking_form": BreakingForm(),
    })


@desk_permission_required(EDIT_STORIES)
@require_http_methods(["GET", "POST"])
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Edit the text, filing and credit of a story; every save is a new revision."""
    story = _story(pk)
    if request.method == "POST":
        form = StoryEditForm(request.POST)
        if form.is_valid():
            try:
                revision = EditStoryText(
                    story, request.user, form.story_text(), note=form.cleaned_data["note"],
                ).execute()
            except Refusal as refusal:
                messages.error(request, refusal.text)
            else:
                if revision is None:
                    messages.info(request, _("Nothing changed, so no revision was saved."))
                else:
                    messages.success(request, _("Saved as a new revision."))
                return redirect("desk:story", pk=story.pk)
    else:
        form = StoryEditForm.for_story(story)
    return render(request, "backoffice/edit.html", {"story": story, "form": form})


@never_cache
@desk_permission_required(EDIT_STORIES)
@require_POST
def preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The reader's story page with the editor's unsaved text (posted from the editor)."""
    story = _story(pk)
    form = StoryEditForm(request.POST)
    if not form.is_valid():
        return render(request, "backoffice/edit.html", {"story": story, "form": form}, status=400)
    return render_preview(request, story, form.story_text())


@desk_permission_required(EDIT_STORIES)
def versions(request: HttpRequest, pk: int) -> HttpResponse:
    """Two wire versions of a story side by side, with what changed between them."""
    story = _story(pk)
    chain = story_versions(story)
    by_id = {str(v.pk): v for v in chain}
    right = by_id.get(request.GET.get("b", "")) or (chain[-1] if chain else None)
    default_left = chain[-2] if len(chain) > 1 else right
    left = by_id.get(request.GET.get("a", "")) or default_left
    context: dict[str, object] = {"story": story, "chain": chain, "left": left, "right": right}
    if left is not None and right is not None:
        context.update(
            headline=line_change(left.headline, right.headline),
            standfirst=line_change(left.standfirst, right.standfirst),
            changes=body_changes(left.body, right.body),
        )
    return render(request, "backoffice/versions.html", context)


@desk_permission_required(EDIT_STORIES)
def revision(request: HttpRequest, pk: int, revision_id: int) -> HttpResponse:
    """One saved revision compared with the story's current text, with a restore button."""
    story = _story(pk)
    saved = get_object_or_404(StoryRevision.objects.select_related("editor"), pk=revision_id, story=story)
    return render(request, "backoffice/revision.html", {
        "story": story,
        "revision": saved,
        "headline": line_change(saved.headline, story.headline),
        "standfirst": line_change(saved.standfirst, story.standfirst),
        "changes": body_changes(saved.body, story.body),
    })


@desk_permission_required(EDIT_STORIES)
@require_POST
def restore(request: HttpRequest, pk: int, revision_id: int) -> HttpResponse:
    """Make a saved revision the story's text again (as a new revision)."""
    saved = get_object_or_404(StoryRevision, pk=revision_id, story_id=pk)
    try:
        restored = RestoreRevision(saved, request.user).execute()
    except Refusal as refusal:
        messages.error(request, refusal.text)
    else:
        if restored is None:
            messages.info(request, _("The story already reads like that revision."))
        else:
            messages.success(request, _("Revision restored."))
    return redirect("desk:story", pk=pk)


@desk_permission_required(EDIT_STORIES)
@require_POST
def apply_version(request: HttpRequest, version_id: int) -> HttpResponse:
    """Apply a wire update that was held for review."""
    version = _pending(version_id)
    try:
        ApplyWireUpdate(version, request.user).execute()
    except Refusal as refusal:  # settled meanwhile by another editor
        messages.error(request, refusal.text)
    else:
        messages.success(request, _("Wire update applied."))
    return redirect("desk:story", pk=version.story_id)


@desk_permission_required(EDIT_STORIES)
@require_POST
def dismiss_version(request: HttpRequest, version_id: int) -> HttpResponse:
    """Keep the desk's text and dismiss a wire update held for review (it stays in the history)."""
    version = _pending(version_id)
    try:
        DismissWireUpdate(version, request.user).execute()
    except Refusal as refusal:  # settled meanwhile by another editor
        messages.error(request, refusal.text)
    else:
        messages.success(request, _("Wire update dismissed; the desk's text stays."))
    return redirect("desk:story", pk=version.story_id)
