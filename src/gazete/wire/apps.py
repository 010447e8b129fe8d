"""App config for wire ingestion: sources, pollers and the quarantine."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WireConfig(AppConfig):
    """Agency sources, polling and the quarantine of bad payloads."""

    name = "gazete.wire"
    verbose_name = _("Wire")
