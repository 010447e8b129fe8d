"""Offline tools of the moderation engine: training, lexicon and word-model builders, validation and scoring.

They run by hand or from ``gazete moderation ...`` (``python -m gazete.moderation.tools.evaluate``
and the like), never inside the site: the runtime modules of :mod:`gazete.moderation` do not import
this package (an import-linter contract checks it).
"""
