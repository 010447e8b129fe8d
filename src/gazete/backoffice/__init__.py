"""The back office: editor and moderator screens over the other apps services."""
