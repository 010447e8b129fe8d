"""Back-office screens for wire sources, their section rules, the categories-to-sections table, the quarantine."""

from __future__ import annotations

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from gazete.newsroom.models import Section
from gazete.wire.models import CategoryMapping, QuarantinedPayload, SectionRule, SeenDocument, WireSource
from gazete.wire.services import retry_quarantined

PREVIEW_BYTES = 20000


class SectionRuleInline(admin.TabularInline):
    """Section routing and per-section publish modes, edited on the source's page."""

    model = SectionRule
    extra = 1


@admin.register(WireSource)
class WireSourceAdmin(admin.ModelAdmin):
    """Sources: publish mode, default section, polling interval and state."""

    list_display = ("name", "kind", "enabled", "publish_mode", "default_section", "poll_interval",
                    "last_polled_at", "last_error")
    list_filter = ("kind", "enabled", "publish_mode")
    prepopulated_fields = {"slug": ("name",)}
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    inlines = [SectionRuleInline]
    readonly_fields = ("checkpoint", "etag", "last_modified", "last_polled_at", "next_poll_at", "last_error",
                       "lease_until")
    fieldsets = (
        (None, {"fields": ("name", "slug", "kind", "url", "enabled", "options")}),
        (_("Publishing"), {"fields": ("publish_mode", "default_section")}),
        (_("Polling"), {"fields": ("poll_interval", "checkpoint", "etag", "last_modified", "last_polled_at",
                                    "next_poll_at", "last_error", "lease_until")}),
    )


class CategoryMappingForm(forms.ModelForm):
    """The section is chosen among the portal's sections (a default row may name one not made yet)."""

    section_slug = forms.ChoiceField(label=_("section"))

    class Meta:
        model = CategoryMapping
        fields = ("code", "label", "section_slug", "order", "enabled")

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        choices = [(section.slug, f"{section.name} ({section.slug})") for section in Section.objects.all()]
        current = self.instance.section_slug if self.instance.pk else ""
        if current and current not in dict(choices):
            choices.append((current, _("%(slug)s (no such section yet)") % {"slug": current}))
        self.fields["section_slug"].choices = choices


@admin.register(CategoryMapping)
class CategoryMappingAdmin(admin.ModelAdmin):
    """The desk's table: agency categories (AA, IPTC subject and media-topic codes, names) to sections."""

    form = CategoryMappingForm
    list_display = ("code", "label", "section_slug", "order", "enabled")
    list_editable = ("order", "enabled")
    list_filter = ("enabled", "section_slug")
    search_fields = ("code", "label")


@admin.register(QuarantinedPayload)
class QuarantinedPayloadAdmin(admin.ModelAdmin):
    """The quarantine: what failed, why, the raw payload, and a retry action."""

    list_display = ("id", "received_at", "source", "location", "entry_index", "short_reason", "attempts",
                    "resolved")
    list_filter = ("resolved", "source", "format")
    search_fields = ("location", "reason")
    readonly_fields = ("source", "location", "entry_index", "content_hash", "format", "reason", "received_at",
                       "attempts", "resolved_at", "story", "raw_preview")
    exclude = ("raw",)
    actions = ["retry", "mark_resolved"]

    @admin.display(description=_("reason"))
    def short_reason(self, item: QuarantinedPayload) -> str:
        return item.reason[:120]

    @admin.display(description=_("raw payload"))
    def raw_preview(self, item: QuarantinedPayload) -> str:
        return format_html("<pre style='white-space:pre-wrap;max-height:40em;overflow:auto'>{}</pre>",
                           item.raw_text(PREVIEW_BYTES))

    @admin.action(description=_("Retry the selected payloads"))
    def retry(self, request: HttpRequest, queryset: QuerySet[QuarantinedPayload]) -> None:
        stored = failed = 0
        for item in queryset.filter(resolved=False):
            retry_quarantined(item)
            item.refresh_from_db()
            if item.resolved:
                stored += 1
            else:
                failed += 1
        self.message_user(request, _("%(stored)d stored, %(failed)d still quarantined") %
                          {"stored": stored, "failed": failed},
                          messages.SUCCESS if not failed else messages.WARNING)

    @admin.action(description=_("Mark the selected payloads resolved"))
    def mark_resolved(self, request: HttpRequest, queryset: QuerySet[QuarantinedPayload]) -> None:
        count = queryset.update(resolved=True)
        self.message_user(request, _("%(count)d marked resolved") % {"count": count})


@admin.register(SeenDocument)
class SeenDocumentAdmin(admin.ModelAdmin):
    """AA documents already downloaded (per source and version)."""

    list_display = ("document_id", "version", "source", "seen_at")
    list_filter = ("source",)
    search_fields = ("document_id",)
