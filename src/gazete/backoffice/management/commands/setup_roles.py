"""``gazete manage setup_roles``: create or update the desk's role groups (also done after every migrate)."""

from django.core.management.base import BaseCommand

from gazete.backoffice.roles import setup_roles


class Command(BaseCommand):
    """Create the editor, moderator and administrator groups with their permissions (idempotent)."""

    help = "Create or update the desk's role groups: editor, moderator, administrator (idempotent)."

    def handle(self, *args: object, **options: object) -> None:
        for role, count in setup_roles().items():
            self.stdout.write(f"{role}: {count} permissions")
