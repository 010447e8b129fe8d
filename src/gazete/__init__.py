"""gazete: a self-hosted news portal for newsrooms that live on wire-agency copy."""

__version__ = "0.1.0"
