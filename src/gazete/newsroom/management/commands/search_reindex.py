"""``gazete manage search_reindex``: rebuild the full-text search index of every story."""

from django.core.management.base import BaseCommand

from gazete.newsroom import search


class Command(BaseCommand):
    """Re-index every story (after a restore, or to pick up a change in how text is folded)."""

    help = "Rebuild the full-text search index (SQLite FTS5 or PostgreSQL) from the stories."

    def handle(self, *args: object, **options: object) -> None:
        if not search.supported():
            self.stdout.write("search: this database has no full-text index; nothing to do")
            return
        count = search.rebuild_index()
        self.stdout.write(f"search: {count} stories indexed")
