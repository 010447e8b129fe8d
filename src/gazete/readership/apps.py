"""App config for read counting and most-read lists."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadershipConfig(AppConfig):
    """Exact, bot-free read counts."""

    name = "gazete.readership"
    verbose_name = _("Readership")

    def ready(self) -> None:
        """Flush buffered reads when a server process stops gracefully; seed carried-over counts."""
        from gazete.readership import receivers
        from gazete.readership.tasks import flush_on_shutdown
        from gazete.shutdown import on_shutdown

        on_shutdown(flush_on_shutdown)
        receivers.connect()
