"""Admin registration for stories, versions, authors, sections and tags."""

from django.contrib import admin

from gazete.newsroom.models import Author, Section, Story, StoryVersion, Tag


class StoryVersionInline(admin.TabularInline):
    """The versions of a story, read-only."""

    model = StoryVersion
    extra = 0
    can_delete = False
    fields = ("label", "headline", "received_at", "format")
    readonly_fields = fields


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    """Stories, newest first."""

    list_display = ("headline", "section", "status", "language", "published_at", "updated_at")
    list_filter = ("status", "section", "language", "agency")
    search_fields = ("headline", "standfirst")
    inlines = [StoryVersionInline]
    date_hierarchy = "published_at"


admin.site.register(Section)
admin.site.register(Author)
admin.site.register(Tag)
