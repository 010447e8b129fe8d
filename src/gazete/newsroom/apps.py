"""App config for the newsroom: stories, their versions, authors and sections."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """Stories and everything readers see of them."""

    name = "gazete.newsroom"
    verbose_name = _("Newsroom")

    def ready(self) -> None:
        """Connect the receivers that keep the page cache and the search index in step with stories."""
        from gazete.newsroom import receivers

        receivers.connect()
