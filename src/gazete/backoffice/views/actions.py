"""The desk's actions on a story (all POST): publish, schedule, unpublish, withdraw, hold, spike, correct."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gazete.backoffice import queue
from gazete.backoffice.access import desk_permission_required
from gazete.backoffice.forms import BreakingForm, CorrectionForm, ScheduleForm, WithdrawForm
from gazete.backoffice.refusals import translated_reason
from gazete.backoffice.roles import EDIT_STORIES, MANAGE_FRONT_PAGE
from gazete.newsroom import publishing
from gazete.newsroom.models import Story


def _back(request: HttpRequest, story: Story) -> HttpResponse:
    """Go back where the action was taken (the queue or the story page)."""
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("desk:story", pk=story.pk)


def _form_errors(form: object) -> str:
    errors = getattr(form, "errors", {})
    return " ".join(str(message) for messages_ in errors.values() for message in messages_)


def _run(request: HttpRequest, story: Story, action: Callable[[], object], done: str, log: str,
         note: str = "") -> HttpResponse:
    try:
        action()
    except publishing.PublishRefused as refusal:
        messages.error(request, _("Refused: %(reason)s") % {"reason": translated_reason(refusal.reason)})
        queue.log_action(story, request.user, "refused", f"{log}: {refusal.reason}")
    else:
        messages.success(request, done)
        queue.log_action(story, request.user, log, note)
    return _back(request, story)


@desk_permission_required(EDIT_STORIES)
@require_POST
def publish(request: HttpRequest, pk: int) -> HttpResponse:
    """Publish now (refused while the credit is missing or a placeholder)."""
    story = get_object_or_404(Story, pk=pk)

    def act() -> None:
        publishing.publish_now(story)
        queue.release(story, request.user, "left the queue")

    return _run(request, story, act, _("Published."), "published")


@desk_permission_required(EDIT_STORIES)
@require_POST
def schedule(request: HttpRequest, pk: int) -> HttpResponse:
    """Schedule for a time; the worker publishes it then."""
    story = get_object_or_404(Story, pk=pk)
    form = ScheduleForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Not scheduled: %(errors)s") % {"errors": _form_errors(form)})
        return _back(request, story)
    when = form.cleaned_data["publish_at"]
    label = timezone.localtime(when).strftime("%Y-%m-%d %H:%M:%S")

    def act() -> None:
        publishing.schedule(story, when)
        queue.release(story, request.user, "left the queue")

    return _run(request, story, act, _("Scheduled for %(time)s.") % {"time": label}, "scheduled", label)


@desk_permission_required(EDIT_STORIES)
@require_POST
def unpublish(request: HttpRequest, pk: int) -> HttpResponse:
    """Take the story off the site, back to draft."""
    story = get_object_or_404(Story, pk=pk)
    return _run(request, story, lambda: publishing.unpublish(story), _("Unpublished."), "unpublished")


@desk_permission_required(EDIT_STORIES)
@require_POST
def withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    """Withdraw with a reason readers see."""
    story = get_object_or_404(Story, pk=pk)
    form = WithdrawForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Not withdrawn: %(errors)s") % {"errors": _form_errors(form)})
        return _back(request, story)
    reason = form.cleaned_data["reason"]
    return _run(request, story, lambda: publishing.withdraw(story, reason), _("Withdrawn."), "withdrawn",
                reason)


@desk_permission_required(EDIT_STORIES)
@require_POST
def hold(request: HttpRequest, pk: int) -> HttpResponse:
    """Keep a wire draft in the queue, marked held."""
    story = get_object_or_404(Story, pk=pk)
    try:
        queue.hold(story, request.user)
    except ValueError as error:
        messages.error(request, translated_reason(str(error)))
    else:
        messages.success(request, _("Held in the queue."))
    return _back(request, story)


@desk_permission_required(EDIT_STORIES)
@require_POST
def spike(request: HttpRequest, pk: int) -> HttpResponse:
    """Take a wire draft out of the queue without publishing it (kept, never deleted)."""
    story = get_object_or_404(Story, pk=pk)
    try:
        queue.spike(story, request.user)
    except ValueError as error:
        messages.error(request, translated_reason(str(error)))
    else:
        messages.success(request, _("Spiked: out of the queue, kept in the archive."))
    return _back(request, story)


@desk_permission_required(EDIT_STORIES)
@require_POST
def unspike(request: HttpRequest, pk: int) -> HttpResponse:
    """Bring a held or spiked draft back to the queue as new."""
    story = get_object_or_404(Story, pk=pk)
    queue.release(story, request.user)
    messages.success(request, _("Back in the queue."))
    return _back(request, story)


@desk_permission_required(EDIT_STORIES)
@require_POST
def correction(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a correction note shown on the article with its time."""
    story = get_object_or_404(Story, pk=pk)
    form = CorrectionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("No correction added: %(errors)s") % {"errors": _form_errors(form)})
        return _back(request, story)
    text = form.cleaned_data["text"]
    return _run(request, story, lambda: publishing.add_correction(story, text, editor=request.user),
                _("Correction added."), "correction", text)


@desk_permission_required(MANAGE_FRONT_PAGE)
@require_POST
def lead(request: HttpRequest, pk: int) -> HttpResponse:
    """Put the story among the lead stories (manşet), or take it off (``lead=0``)."""
    story = get_object_or_404(Story, pk=pk)
    on = request.POST.get("lead") == "1"
    done = _("Now a lead story.") if on else _("No longer a lead story.")
    log = "lead" if on else "lead removed"
    return _run(request, story, lambda: publishing.set_lead(story, on), done, log)


@desk_permission_required(MANAGE_FRONT_PAGE)
@require_POST
def breaking(request: HttpRequest, pk: int) -> HttpResponse:
    """Show the story in the breaking-news bar until a time, or take it off (``clear``)."""
    story = get_object_or_404(Story, pk=pk)
    if request.POST.get("clear"):
        return _run(request, story, lambda: publishing.set_breaking(story, None),
                    _("Taken off the breaking-news bar."), "breaking removed")
    form = BreakingForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Not set as breaking: %(errors)s") % {"errors": _form_errors(form)})
        return _back(request, story)
    until = form.cleaned_data["breaking_until"]
    label = timezone.localtime(until).strftime("%Y-%m-%d %H:%M")
    return _run(request, story, lambda: publishing.set_breaking(story, until),
                _("Breaking news until %(time)s.") % {"time": label}, "breaking", label)
