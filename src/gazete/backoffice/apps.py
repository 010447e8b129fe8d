"""App config for the editors' and moderators' back office."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackofficeConfig(AppConfig):
    """The desk: editor and moderator screens."""

    name = "gazete.backoffice"
    verbose_name = _("Back office")
