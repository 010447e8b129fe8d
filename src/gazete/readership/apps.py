"""App config for read counting and most-read lists."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    """Exact, bot-free read counts."""

    name = "gazete.readership"
    verbose_name = _("Readership")
