"""The desk's comment screens under /desk/comments/: queues, one comment, visitors, policy and numbers.

They live in the desk (above the comments app in the layers) and use the comments app's services,
selectors, forms and permissions; who may open them is the comments app's own rule
(``permissions.may_use_comment_desk``), checked by the desk's one decorator.
"""

from __future__ import annotations

from datetime import date

from django.contrib import messages
from django.core.exceptions import BadRequest, PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language, gettext_lazy, pgettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from gazete.backoffice.access import desk_permission_required
from gazete.comments import services
from gazete.comments.charts import rule_chart_svg
from gazete.comments.forms import BlockForm, BulkActionForm, PolicyForm
from gazete.comments.highlight import highlighted
from gazete.comments.models import BlockedVisitor, Comment, ModerationAction
from gazete.comments.permissions import (
    can_change_policy,
    comments_visible_to,
    may_use_comment_desk,
    moderated_section_ids,
    moderates_everything,
)
from gazete.comments.policy import current_policy, published_policy_text
from gazete.comments.selectors import QUEUES, QueueFilter, daily_counts_by_rule, queue, queue_sizes, visitor_history
from gazete.comments.verdicts import reasons_for_reader
from gazete.moderation.policy import OTHER_LANGUAGE_CODE, POLICY_RULES
from gazete.newsroom.models import Section
from gazete.params import ParamError, parse_int

PAGE_SIZE = 50
FILTER_CODES = [*(rule.code for rule in POLICY_RULES), OTHER_LANGUAGE_CODE]
"""Reason codes a queue can be filtered by: the policy's rules and comments in another script's language."""
RULE_LABELS = {"*": gettext_lazy("all comments"), **{code: code for code in FILTER_CODES}}

# Stored codes shown on the desk, in the interface language (English: the code itself).
QUEUE_LABELS: dict[str, Promise] = {
    "held": pgettext_lazy("comment queue", "held"),
    "reported": pgettext_lazy("comment queue", "reported"),
    "rejected": pgettext_lazy("comment queue", "rejected"),
    "approved": pgettext_lazy("comment queue", "approved"),
    "removed": pgettext_lazy("comment queue", "removed"),
}
STATUS_LABELS: dict[str, Promise] = {
    "approved": pgettext_lazy("comment status", "approved"),
    "held": pgettext_lazy("comment status", "held"),
    "rejected": pgettext_lazy("comment status", "rejected"),
    "removed": pgettext_lazy("comment status", "removed"),
}
DECISION_LABELS: dict[str, Promise] = {
    "approve": pgettext_lazy("engine decision", "approve"),
    "review": pgettext_lazy("engine decision", "review"),
    "reject": pgettext_lazy("engine decision", "reject"),
}
SEVERITY_LABELS: dict[str, Promise] = {
    "reject": pgettext_lazy("reason severity", "reject"),
    "review": pgettext_lazy("reason severity", "review"),
    "note": pgettext_lazy("reason severity", "note"),
}
ACTION_LABELS: dict[str, Promise] = {
    "approve": pgettext_lazy("moderation action", "approve"),
    "reject": pgettext_lazy("moderation action", "reject"),
    "remove": pgettext_lazy("moderation action", "remove"),
    "dismiss": pgettext_lazy("moderation action", "dismiss"),
}
# Not CommentReport.Reason's own labels: the reader's comment block turns those into English text
# once, when its template tags load, so they stay out of the catalogue.
REPORT_REASON_LABELS: dict[str, Promise] = {
    "profanity": pgettext_lazy("report reason", "profanity"),
    "insult": pgettext_lazy("report reason", "insult"),
    "offensive": pgettext_lazy("report reason", "offensive or hateful"),
    "belief_attack": pgettext_lazy("report reason", "attack on beliefs"),
    "spam": pgettext_lazy("report reason", "spam or advertising"),
    "other": pgettext_lazy("report reason", "other"),
}
ACTION_DONE: dict[str, Promise] = {
    "approve": pgettext_lazy("moderation action done", "approve"),
    "reject": pgettext_lazy("moderation action done", "reject"),
    "remove": pgettext_lazy("moderation action done", "remove"),
    "dismiss": pgettext_lazy("moderation action done", "dismiss"),
}


comment_desk_required = desk_permission_required(test=may_use_comment_desk)
"""Desk sign-in, then the desk's 403 page unless the user moderates comments (``may_use_comment_desk``)."""
desk_staff_required = desk_permission_required()
"""Desk sign-in only (the view checks the rest itself)."""


def label(table: dict[str, Promise], code: object) -> str:
    """``code`` in the interface language through ``table``; an unknown or empty code as it is."""
    text = "" if code is None else str(code)
    return str(table[text]) if text in table else text


def interface_lang() -> str:
    """The engine-message language matching the interface: ``en`` or ``tr``."""
    return "en" if (get_language() or "").lower().startswith("en") else "tr"


def _date(raw: str | None) -> date | None:
    try:
        return date.fromisoformat(raw) if raw else None
    except ValueError:
        return None


def _sections(user) -> list[Section]:
    sections = Section.objects.all()
    if not moderates_everything(user):
        sections = sections.filter(pk__in=moderated_section_ids(user))
    return list(sections)


def _with_severity(reasons: list[dict]) -> list[dict]:
    return [{**reason, "severity_label": label(SEVERITY_LABELS, reason.get("severity"))} for reason in reasons]


def _rows(comments: list[Comment]) -> list[dict]:
    rows = []
    for comment in comments:
        reasons = _with_severity(reasons_for_reader(comment.verdict, interface_lang()))
        rows.append({"comment": comment, "reasons": reasons, "text": highlighted(comment.text, reasons),
                     "status": label(STATUS_LABELS, comment.status),
                     "decision": label(DECISION_LABELS, comment.decision)})
    return rows


@comment_desk_required
def queue_view(request: HttpRequest, name: str = "held") -> HttpResponse:
    """A queue (held, reported, rejected, approved, removed) with filters and bulk actions."""
    if name not in QUEUES:
        raise Http404(_("no such queue"))
    filters = QueueFilter(
        code=request.GET.get("code", ""), section=request.GET.get("section", ""),
        date_from=_date(request.GET.get("from")), date_to=_date(request.GET.get("to")),
        visitor=request.GET.get("visitor", ""), query=request.GET.get("q", "").strip(),
    )
    page = Paginator(queue(request.user, name, filters), PAGE_SIZE).get_page(request.GET.get("page"))
    context = {
        "queue_name": name, "queue_label": label(QUEUE_LABELS, name), "filters": filters, "page": page,
        "queues": [(code, label(QUEUE_LABELS, code), size) for code, size in queue_sizes(request.user).items()],
        "rows": _rows(list(page.object_list)), "codes": FILTER_CODES,
        "sections": _sections(request.user), "actions": ModerationAction.Action.choices,
        "next": request.get_full_path(), "no_sections": not moderates_everything(request.user)
        and not moderated_section_ids(request.user),
    }
    return render(request, "backoffice/comments/queue.html", context)


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("desk:comments:desk")


@comment_desk_required
@require_POST
def bulk_action(request: HttpRequest) -> HttpResponse:
    """Apply one action to the ticked comments, recording who, when and why for each."""
    form = BulkActionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Tick at least one comment and choose an action."))
        return HttpResponseRedirect(_next_url(request))
    ids = form.cleaned_data["ids"]
    comments = list(comments_visible_to(request.user, Comment.objects.filter(pk__in=ids).select_related("story")))
    if len(comments) != len(set(ids)):
        raise PermissionDenied(_("some of these comments are not yours to moderate"))
    changed = services.apply_action(request.user, comments, form.cleaned_data["action"], form.cleaned_data["note"])
    done = label(ACTION_DONE, form.cleaned_data["action"])
    messages.success(request, _("%(action)s: %(count)s comment(s).") % {"action": done, "count": changed})
    return HttpResponseRedirect(_next_url(request))


@comment_desk_required
def comment_detail(request: HttpRequest, comment_id: int) -> HttpResponse:
    """One comment: the verdict in both languages, reports, the audit trail and the actions."""
    comments = comments_visible_to(request.user, Comment.objects.select_related("story", "parent"))
    comment = get_object_or_404(comments, pk=comment_id)
    reasons = _with_severity(reasons_for_reader(comment.verdict, "en"))
    context = {
        "comment": comment, "text": highlighted(comment.text, reasons),
        "status": label(STATUS_LABELS, comment.status), "decision": label(DECISION_LABELS, comment.decision),
        "reason_pairs": list(zip(reasons, reasons_for_reader(comment.verdict, "tr"), strict=True)),
        "suggestion": comment.verdict.get("suggestion"), "engine_lang": comment.verdict.get("lang"),
        "reports": [{"report": report, "reason": label(REPORT_REASON_LABELS, report.reason)}
                    for report in comment.reports.all()],
        "audit": [{"entry": entry, "action": label(ACTION_LABELS, entry.action),
                   "from_status": label(STATUS_LABELS, entry.from_status),
                   "to_status": label(STATUS_LABELS, entry.to_status)}
                  for entry in comment.actions.select_related("user")],
        "actions": ModerationAction.Action.choices, "next": request.get_full_path(),
        "blocked": BlockedVisitor.objects.filter(visitor_hash=comment.visitor_hash).first(),
        "visitor_total": Comment.objects.filter(visitor_hash=comment.visitor_hash).count(),
    }
    return render(request, "backoffice/comments/detail.html", context)


@comment_desk_required
def visitor_view(request: HttpRequest, visitor_hash: str) -> HttpResponse:
    """A visitor's history, with block and unblock."""
    history = visitor_history(request.user, visitor_hash)
    if not history.exists() and not moderates_everything(request.user):
        raise Http404(_("no comments of this visitor in your sections"))
    if request.method == "POST":
        if not can_change_policy(request.user):
            raise PermissionDenied(_("blocking a visitor site-wide needs the change_commentpolicy permission"))
        form = BlockForm(request.POST)
        if form.is_valid():
            if form.cleaned_data["action"] == "block":
                services.block_visitor(request.user, visitor_hash, form.cleaned_data["reason"])
                messages.success(request, _("Visitor blocked."))
            else:
                services.unblock_visitor(visitor_hash, request.user)
                messages.success(request, _("Block lifted."))
        return HttpResponseRedirect(request.path)
    page = Paginator(history, PAGE_SIZE).get_page(request.GET.get("page"))
    statuses = [(label(STATUS_LABELS, status), history.filter(status=status).count())
                for status in Comment.Status.values]
    context = {
        "visitor_hash": visitor_hash, "page": page, "rows": _rows(list(page.object_list)), "statuses": statuses,
        # not "block": inside {% block %} that name is the template block itself, always true
        "visitor_block": BlockedVisitor.objects.filter(visitor_hash=visitor_hash).first(),
        "actions": ModerationAction.Action.choices, "next": request.get_full_path(),
        "may_block": can_change_policy(request.user),
    }
    return render(request, "backoffice/comments/visitor.html", context)


@comment_desk_required
def blocked_view(request: HttpRequest) -> HttpResponse:
    """Every blocked visitor (for those who may block: ``can_change_policy``)."""
    if not can_change_policy(request.user):
        raise PermissionDenied(_("the list of blocked visitors needs the change_commentpolicy permission"))
    blocks = BlockedVisitor.objects.select_related("blocked_by").order_by("-created_at")
    return render(request, "backoffice/comments/blocked.html", {"blocks": blocks})


@desk_staff_required
def policy_view(request: HttpRequest) -> HttpResponse:
    """The comment policy: rules on or off, thresholds, words, limits, pre-moderation per section."""
    if not can_change_policy(request.user):
        raise PermissionDenied(_("changing the comment policy needs the change_commentpolicy permission"))
    policy = current_policy()
    form = PolicyForm(request.POST or None, instance=policy)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Policy saved; it applies to the next comment."))
        return HttpResponseRedirect(request.path)
    context = {"form": form, "policy_tr": published_policy_text(policy, "tr"),
               "policy_en": published_policy_text(policy, "en")}
    return render(request, "backoffice/comments/policy.html", context)


def _days(request: HttpRequest) -> int:
    """``?days=`` of the numbers pages, 1–90 (14 when absent); 400 (BadRequest) for anything else."""
    try:
        return parse_int(request.GET.get("days"), default=14, minimum=1, maximum=90, name="days")
    except ParamError as exc:
        raise BadRequest(str(exc)) from None


@comment_desk_required
def numbers_view(request: HttpRequest) -> HttpResponse:
    """Approvals and rejections per rule per day: an SVG chart and the table behind it."""
    days = _days(request)
    series = daily_counts_by_rule([rule.code for rule in POLICY_RULES], days=days, user=request.user)
    totals = {code: (sum(d.approved for d in rows), sum(d.rejected for d in rows)) for code, rows in series.items()}
    context = {"days": days, "series": series, "totals": totals, "labels": RULE_LABELS,
               "chart": rule_chart_svg(series, RULE_LABELS), "dates": [d.day for d in series["*"]]}
    return render(request, "backoffice/comments/numbers.html", context)


@comment_desk_required
def chart_svg(request: HttpRequest) -> HttpResponse:
    """The numbers chart as an SVG file."""
    series = daily_counts_by_rule([rule.code for rule in POLICY_RULES], days=_days(request), user=request.user)
    return HttpResponse(rule_chart_svg(series, RULE_LABELS), content_type="image/svg+xml")
