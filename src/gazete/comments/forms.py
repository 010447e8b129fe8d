"""Forms of the moderators' desk: bulk actions, blocking and the comment policy."""

from __future__ import annotations

from django import forms
from django.utils.functional import lazy
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from gazete.comments.models import CommentPolicy, ModerationAction
from gazete.moderation.policy import POLICY_RULES, PolicyRule


def _rule_choice(rule: PolicyRule) -> str:
    """``code — policy words`` with the words in the interface language (English or Turkish)."""
    english = (get_language() or "").lower().startswith("en")
    return f"{rule.code} — {rule.policy_words_en if english else rule.policy_words_tr}"


rule_choice = lazy(_rule_choice, str)


class BulkActionForm(forms.Form):
    """Approve, reject, remove or keep (dismiss reports) the ticked comments, saying why."""

    ids = forms.TypedMultipleChoiceField(coerce=int, choices=(), required=True)
    action = forms.ChoiceField(choices=ModerationAction.Action.choices)
    note = forms.CharField(max_length=300, required=False, label=gettext_lazy("Why (recorded with the decision)"))

    def __init__(self, *args, **kwargs) -> None:
        """Accept any comment id; the view checks the moderator's rights on each."""
        super().__init__(*args, **kwargs)
        submitted = self.data.getlist("ids") if hasattr(self.data, "getlist") else self.data.get("ids", [])
        self.fields["ids"].choices = [(value, value) for value in submitted]


class BlockForm(forms.Form):
    """Block or unblock one visitor."""

    action = forms.ChoiceField(choices=[("block", gettext_lazy("block")), ("unblock", gettext_lazy("unblock"))])
    reason = forms.CharField(max_length=300, required=False, label=gettext_lazy("Why"))


class PolicyForm(forms.ModelForm):
    """The comment policy: rules, thresholds, words, limits and pre-moderation."""

    enabled_codes = forms.MultipleChoiceField(
        choices=[(rule.code, rule_choice(rule)) for rule in POLICY_RULES],
        widget=forms.CheckboxSelectMultiple, required=False, label=gettext_lazy("Rules switched on"),
    )

    class Meta:
        model = CommentPolicy
        fields = ["enabled_codes", "review_threshold", "reject_threshold", "other_language", "spelling_blocks",
                  "allowed_words",
                  "banned_words", "max_length", "min_interval_seconds", "daily_cap", "premoderate_all",
                  "premoderated_sections"]
        widgets = {
            "allowed_words": forms.Textarea(attrs={"rows": 4}),
            "banned_words": forms.Textarea(attrs={"rows": 4}),
            "premoderated_sections": forms.CheckboxSelectMultiple,
        }

    def clean(self) -> dict:
        """Thresholds must satisfy 0 <= hold <= reject <= 1."""
        data = super().clean()
        review, reject = data.get("review_threshold"), data.get("reject_threshold")
        if review is not None and reject is not None and not 0.0 <= review <= reject <= 1.0:
            raise forms.ValidationError(_("Need 0 ≤ hold threshold ≤ reject threshold ≤ 1."))
        if data.get("max_length") is not None and data["max_length"] < 1:
            self.add_error("max_length", _("At least 1 character."))
        return data
