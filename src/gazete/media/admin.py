"""Admin screens for pictures: their status, quarantine reason, renditions and stories."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db import transaction
from django.http import HttpRequest

from gazete.media.actions import queue_recrop
from gazete.media.models import Picture, Rendition, StoryPicture


class RenditionInline(admin.TabularInline):
    """The files made from a picture (read only: the worker makes them)."""

    model = Rendition
    extra = 0
    can_delete = False
    readonly_fields = ("format", "purpose", "width", "height", "file", "size")


@admin.register(Picture)
class PictureAdmin(admin.ModelAdmin):
    """Pictures with their agency id, status and reason; caption, credit and focal point are editable."""

    list_display = ("agency_id", "kind", "status", "reason_code", "credit", "width", "height", "created_at")
    list_filter = ("status", "kind", "agency")
    search_fields = ("agency_id", "caption", "credit", "byline")
    readonly_fields = ("sha256", "original", "width", "height", "mimetype", "status", "reason_code", "reason",
                       "created_at", "updated_at")
    inlines = [RenditionInline]

    def save_model(self, request: HttpRequest, obj: Picture, form: Any, change: bool) -> None:
        """Save; a ready picture whose focal point moved gets its crops remade by the worker, as on the desk."""
        super().save_model(request, obj, form, change)
        if change and {"focal_x", "focal_y"} & set(form.changed_data) and obj.status == Picture.Status.READY:
            transaction.on_commit(lambda: queue_recrop(obj.pk))


@admin.register(StoryPicture)
class StoryPictureAdmin(admin.ModelAdmin):
    """Which pictures belong to which story, in order, and the lead."""

    list_display = ("story", "picture", "position", "is_lead")
    raw_id_fields = ("story", "picture")
