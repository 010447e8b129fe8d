"""App config for the newsroom: stories, their versions, authors and sections."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    """Stories and everything readers see of them."""

    name = "gazete.newsroom"
    verbose_name = _("Newsroom")
