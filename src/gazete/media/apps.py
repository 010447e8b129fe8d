"""App config for media: wire pictures, their renditions and their stories."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """Pictures (photos, graphics, video posters) from the wire, their renditions and story links."""

    name = "gazete.media"
    verbose_name = _("Media")

    def ready(self) -> None:
        """Receive the wire's pictures and the samples' signals; give pages their pictures; guard publishing."""
        from gazete.media.page_images import MediaPictures
        from gazete.media.provenance import CHECK_NAME, lead_picture_problem
        from gazete.media.receivers import on_picture_delivered
        from gazete.media.sample_pictures import on_samples_loaded, on_samples_removed
        from gazete.newsroom import publish_checks
        from gazete.newsroom.pictures import register_provider
        from gazete.newsroom.signals import picture_delivered, samples_loaded, samples_removed

        picture_delivered.connect(on_picture_delivered, dispatch_uid="media-picture-delivered")
        samples_loaded.connect(on_samples_loaded, dispatch_uid="media-sample-pictures")
        samples_removed.connect(on_samples_removed, dispatch_uid="media-sample-pictures-removed")
        register_provider(MediaPictures())
        publish_checks.register(CHECK_NAME, lead_picture_problem)
