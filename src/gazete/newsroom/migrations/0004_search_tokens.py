"""Rebuild the search index with whole tokens (G-7, suffixes after an apostrophe) and positions.

SQLite: the FTS5 table now holds searchtokens' tokens, without column sizes (no bm25), beside a
second FTS5 table of the headline and standfirst only. PostgreSQL: ``document`` holds the same
tokens with positions and weights, ``head`` the headline and standfirst alone, and stems move to
their own ``stems`` column, so an exact word never matches through a stem. The old table is
dropped and every story indexed again. Going back leaves the new index in place.
"""

from django.db import migrations

from gazete.newsroom import search


def rebuild(apps, schema_editor):
    conn = schema_editor.connection
    if not search.supported(conn):
        return
    search.drop_schema(conn)
    search.create_schema(conn)
    Story = apps.get_model("newsroom", "Story")
    search.rebuild_index(conn, Story.objects.using(conn.alias))


class Migration(migrations.Migration):

    dependencies = [("newsroom", "0003_story_search_index")]

    operations = [migrations.RunPython(rebuild, migrations.RunPython.noop)]
