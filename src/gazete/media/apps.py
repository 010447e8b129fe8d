"""App config for media: wire pictures, their renditions and their stories."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """Pictures (photos, graphics, video posters) from the wire, their renditions and story links."""

    name = "gazete.media"
    verbose_name = _("Media")

    def ready(self) -> None:
        """Receive the pictures the wire app delivers with its stories; guard publishing (the lead photo)."""
        from gazete.media.provenance import CHECK_NAME, lead_picture_problem
        from gazete.media.receivers import on_picture_delivered
        from gazete.newsroom import publish_checks
        from gazete.newsroom.signals import picture_delivered

        picture_delivered.connect(on_picture_delivered, dispatch_uid="media-picture-delivered")
        publish_checks.register(CHECK_NAME, lead_picture_problem)
