"""The S3 storage pictures use when ``GAZETE_MEDIA_S3_URL`` is set: django-storages' S3Storage, plus
an optional public-read ACL on renditions only.

Renditions (``p/…``) must be readable by anyone; originals (``originals/…``) must not. A bucket
with ACLs turned off (Amazon's default) does that with a bucket policy granting ``s3:GetObject``
on ``p/*``; a server that works with object ACLs (``?public_acl=1`` in the URL) gets a
``public-read`` ACL on each rendition, and originals stay private.
"""

from __future__ import annotations

from typing import Any

from storages.backends.s3 import S3Storage

from gazete.media.naming import PUBLIC_PREFIX


class PictureS3Storage(S3Storage):
    """S3Storage that can mark public rendition files ``public-read`` (``public_acl`` option)."""

    def get_default_settings(self) -> dict[str, Any]:
        """django-storages' settings plus ``public_acl`` (off)."""
        return {**super().get_default_settings(), "public_acl": False}

    def get_object_parameters(self, name: str) -> dict[str, Any]:
        """The upload parameters of ``name``: a public-read ACL for renditions when ``public_acl`` is on."""
        parameters = dict(super().get_object_parameters(name))
        if self.public_acl and name.startswith(f"{PUBLIC_PREFIX}/"):
            parameters["ACL"] = "public-read"
        return parameters
