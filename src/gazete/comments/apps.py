"""App config for reader comments under the published policy."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """Reader comments, moderated by gazete.moderation."""

    name = "gazete.comments"
    verbose_name = _("Comments")

    def ready(self) -> None:
        """Drop cached comment blocks when comments or the policy change (gazete.comments.cache)."""
        from gazete.comments import cache

        cache.connect()
