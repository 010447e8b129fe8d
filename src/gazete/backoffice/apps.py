"""App config for the editors' and moderators' back office."""

from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    """The desk: editor and moderator screens."""

    name = "gazete.backoffice"
    verbose_name = _("Back office")

    def ready(self) -> None:
        """Keep the role groups (editor, moderator, administrator) up to date after every migrate."""
        from gazete.backoffice.roles import setup_roles_after_migrate

        post_migrate.connect(setup_roles_after_migrate, sender=self, dispatch_uid="backoffice-setup-roles")
