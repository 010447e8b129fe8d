"""Reader pages of the comments app: the form's and the report button's answers without JavaScript."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from gazete.comments.messages import reader_lang
from gazete.comments.models import Comment
from gazete.comments.policy import current_policy, published_policy_text
from gazete.comments.services import report_comment, submit_comment
from gazete.comments.templatetags.comments_tags import report_reasons
from gazete.comments.visitors import visitor_from_request
from gazete.form_tokens import csrf_refusal
from gazete.newsroom.models import Story
from gazete.params import MAX_ID, ParamError, parse_int


def _parent_id(raw: str) -> int | None:
    """The comment answered, None for a new thread; 0 (no such comment: refused as bad_parent) when malformed."""
    try:
        return parse_int(raw, default=0, minimum=1, maximum=MAX_ID, name="parent") or None
    except ParamError:
        return 0


def _confirm_page(request: HttpRequest, story: Story, lang: str, template: str, context: dict) -> HttpResponse:
    """A POST without a valid CSRF token stored nothing: the form again, filled in, with a real token."""
    policy = current_policy()
    context = {"story": story, "lang": lang, "values": request.POST, "max_length": policy.max_length,
               "policy_text": published_policy_text(policy, lang), **context}
    return render(request, template, context, status=403)


@csrf_exempt  # checked below with Django's own check, so that a token-less POST gets the form back
@require_POST
def post_comment(request: HttpRequest, story_id: int) -> HttpResponse:
    """Submit the comment form; an approved comment redirects to itself, anything else shows why.

    The form on the (cached) story page has a token only when its script fetched one; a POST
    without a valid token stores nothing and answers with the form filled in and a fresh token.
    """
    story = get_object_or_404(Story, pk=story_id)
    data = request.POST
    lang = reader_lang(data.get("lang") or story.language)
    if csrf_refusal(request) is not None:
        return _confirm_page(request, story, lang, "comments/confirm.html", {})
    result = submit_comment(
        story, data.get("name", ""), data.get("text", ""), visitor=visitor_from_request(request),
        email=data.get("email", ""), parent_id=_parent_id(data.get("parent", "")),
        honeypot=data.get("website", ""), lang=lang,
    )
    if result.outcome == "approved" and result.comment is not None:
        return HttpResponseRedirect(f"{story.get_absolute_url()}#comment-{result.comment.pk}")
    policy = current_policy()
    context = {
        "story": story, "result": result, "reasons": result.reasons(), "lang": lang, "values": data,
        "policy_text": published_policy_text(policy, lang), "max_length": policy.max_length,
        "suggestion": result.comment.verdict.get("suggestion") if result.comment else None,
    }
    status = 200 if result.outcome in ("held", "rejected") else (429 if result.retry_after else 400)
    return render(request, "comments/result.html", context, status=status)


@csrf_exempt  # checked below with Django's own check, as post_comment does
@require_POST
def report(request: HttpRequest, comment_id: int) -> HttpResponse:
    """Record a reader's report and show the thank-you message (without a valid token: confirm first)."""
    comment = get_object_or_404(Comment.objects.select_related("story"), pk=comment_id,
                                status=Comment.Status.APPROVED)
    lang = reader_lang(request.POST.get("lang") or comment.story.language)
    if csrf_refusal(request) is not None:
        return _confirm_page(request, comment.story, lang, "comments/confirm_report.html",
                             {"comment": comment, "reasons": report_reasons(lang)})
    result = report_comment(comment, visitor_from_request(request), request.POST.get("reason", ""),
                            request.POST.get("note", ""), lang)
    return render(request, "comments/reported.html", {"story": comment.story, "message": result.message,
                                                       "lang": lang})
