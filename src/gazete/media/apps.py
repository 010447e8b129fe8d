"""App config for media: wire pictures, their renditions and their stories."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MediaConfig(AppConfig):
    """Pictures (photos, graphics, video posters) from the wire, their renditions and story links."""

    name = "gazete.media"
    verbose_name = _("Media")
