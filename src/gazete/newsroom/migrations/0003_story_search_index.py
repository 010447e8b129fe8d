"""Create the full-text search table (FTS5 on SQLite, tsvector + GIN on PostgreSQL) and fill it."""

from django.db import migrations

from gazete.newsroom import search


def create_and_fill(apps, schema_editor):
    conn = schema_editor.connection
    if not search.supported(conn):
        return
    search.create_schema(conn)
    Story = apps.get_model("newsroom", "Story")
    for story in Story.objects.using(conn.alias).prefetch_related("authors").iterator(chunk_size=200):
        entry = search.entry_for(
            story.pk, story.language, story.headline, story.standfirst, story.body or [],
            [a.name for a in story.authors.all()], story.dateline_place,
        )
        search.write_entry(entry, conn)


def drop(apps, schema_editor):
    search.drop_schema(schema_editor.connection)


class Migration(migrations.Migration):

    dependencies = [("newsroom", "0002_desk_revisions_corrections")]

    operations = [migrations.RunPython(create_and_fill, drop)]
