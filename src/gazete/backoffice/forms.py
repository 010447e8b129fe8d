"""Forms of the desk: the story editor, scheduling, withdrawal, corrections, the front page and photos."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gazete.backoffice.bodytext import blocks_to_text, text_to_blocks
from gazete.media.actions import PictureText
from gazete.newsroom.models import Section, Story
from gazete.newsroom.publishing import StoryText

LOCAL_DATETIME_FORMATS = ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M"]
BODY_HELP = _("Paragraphs separated by a blank line. A line starting with “- ” is a subhead, "
              "“> ” a quote. Start a paragraph with “\\” to keep a leading “- ” or “>”.")


def _names(value: str) -> list[str]:
    """Split a comma- or line-separated list of names, dropping empties and repeats."""
    seen: list[str] = []
    for part in value.replace("\n", ",").split(","):
        name = " ".join(part.split())
        if name and name not in seen:
            seen.append(name)
    return seen


class LocalDateTimeInput(forms.DateTimeInput):
    """A browser date-time picker (``datetime-local``, to the second) in the site's time zone."""

    input_type = "datetime-local"

    def __init__(self) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M:%S", attrs={"step": "1"})


class StoryEditForm(forms.Form):
    """The editor's text and filing of one story."""

    headline = forms.CharField(label=_("Headline"), max_length=400)
    standfirst = forms.CharField(label=_("Standfirst"), required=False,
                                 widget=forms.Textarea(attrs={"rows": 3}))
    body = forms.CharField(label=_("Body"), help_text=BODY_HELP, widget=forms.Textarea(attrs={"rows": 18}))
    authors = forms.CharField(label=_("Authors"), required=False, help_text=_("Separated by commas."))
    section = forms.ModelChoiceField(label=_("Section"), queryset=Section.objects.all(), required=False)
    tags = forms.CharField(label=_("Tags"), required=False, help_text=_("Separated by commas."))
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    source = forms.CharField(label=_("Source (credit)"), max_length=120, required=False,
                             help_text=_("The real source readers see, e.g. Anadolu Ajansı. "
                                         "Never a placeholder."))
    note = forms.CharField(label=_("Note on this revision"), max_length=300, required=False)

    @classmethod
    def for_story(cls, story: Story) -> StoryEditForm:
        """An unbound form showing the story's current text."""
        text = StoryText.of(story)
        return cls(initial={
            "headline": text.headline,
            "standfirst": text.standfirst,
            "body": blocks_to_text(text.body),
            "authors": ", ".join(text.authors),
            "section": text.section,
            "tags": ", ".join(text.tags),
            "language": text.language,
            "source": text.source,
        })

    def clean_body(self) -> list[dict[str, str]]:
        """The body text as blocks; it must hold at least one paragraph."""
        blocks = text_to_blocks(self.cleaned_data["body"])
        if not any(b["type"] == "paragraph" for b in blocks):
            raise forms.ValidationError(_("The body needs at least one paragraph."))
        return blocks

    def story_text(self) -> StoryText:
        """The cleaned form as a StoryText for the publishing services."""
        data = self.cleaned_data
        return StoryText(
            headline=" ".join(data["headline"].split()),
            standfirst=data["standfirst"].strip(),
            body=data["body"],
            authors=_names(data["authors"]),
            section=data["section"],
            tags=_names(data["tags"]),
            language=data["language"],
            source=" ".join(data["source"].split()),
        )


class FutureDateTimeField(forms.DateTimeField):
    """A date-time (site time zone) that must lie in the future."""

    def __init__(self, **kwargs: object) -> None:
        super().__init__(input_formats=LOCAL_DATETIME_FORMATS, widget=LocalDateTimeInput(), **kwargs)

    def clean(self, value: object) -> object:
        """Refuse a time that has already passed."""
        when = super().clean(value)
        if when is not None and when <= timezone.now():
            raise forms.ValidationError(_("Choose a time in the future."))
        return when


class ScheduleForm(forms.Form):
    """When the worker should publish the story."""

    publish_at = FutureDateTimeField(label=_("Publish at"))


class WithdrawForm(forms.Form):
    """Why a story is withdrawn (readers see it on the page)."""

    reason = forms.CharField(label=_("Reason shown to readers"), max_length=1000,
                             widget=forms.TextInput(attrs={"size": 60}))


class CorrectionForm(forms.Form):
    """A correction note shown on the article with its time."""

    text = forms.CharField(label=_("Correction"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2}))


class BreakingForm(forms.Form):
    """Until when a story stays in the breaking-news bar."""

    breaking_until = FutureDateTimeField(label=_("Breaking until"))


class PictureTextForm(forms.Form):
    """What a photo says: caption, credit and alt text are required (the provenance guard), photographer not."""

    caption = forms.CharField(label=_("Caption"), widget=forms.Textarea(attrs={"rows": 3}))
    credit = forms.CharField(label=_("Credit (agency or owner)"), max_length=200,
                             help_text=_("Shown under the photo, e.g. AA."))
    byline = forms.CharField(label=_("Photographer"), max_length=200, required=False)
    alt_text = forms.CharField(label=_("Alt text"), max_length=300,
                               help_text=_("What the photo shows, for readers who cannot see it."))

    def picture_text(self) -> PictureText:
        """The cleaned values as the photo actions take them."""
        data = self.cleaned_data
        return PictureText(data["caption"], data["credit"], data["byline"], data["alt_text"])


class UploadPictureForm(PictureTextForm):
    """A photo from the editor's computer with its text (the file is checked by the upload action)."""

    file = forms.FileField(label=_("Photo file"), help_text=_("JPEG, PNG, WebP, GIF, TIFF or AVIF, up to 40 MB."),
                           widget=forms.ClearableFileInput(attrs={"accept": "image/*"}))

    field_order = ["file", "caption", "credit", "byline", "alt_text"]


class FocalPointForm(forms.Form):
    """Where a photo's crops keep their eye: across and down, from 0 to 1 (the no-script way; a click sets them)."""

    focal_x = forms.FloatField(label=_("Focal point across (0 = left, 1 = right)"), min_value=0, max_value=1,
                               widget=forms.NumberInput(attrs={"step": "0.01", "min": "0", "max": "1"}))
    focal_y = forms.FloatField(label=_("Focal point down (0 = top, 1 = bottom)"), min_value=0, max_value=1,
                               widget=forms.NumberInput(attrs={"step": "0.01", "min": "0", "max": "1"}))
