"""Back-office screens for wire sources, their section rules, and the quarantine."""

from __future__ import annotations

from django.contrib import admin, messages
from django.db import models
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from gazete.wire.models import QuarantinedPayload, SectionRule, SeenDocument, WireSource
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


@admin.register(QuarantinedPayload)
class QuarantinedPayloadAdmin(admin.ModelAdmin):
    """The quarantine: what failed, why, the raw payload, and a retry action."""

    class Media:
        css = {"all": ("wire/admin.css",)}

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
        return format_html('<pre class="raw-payload">{}</pre>',
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
