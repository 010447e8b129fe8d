"""Signals the newsroom sends so caches and feeds can follow story changes."""

from django.dispatch import Signal

# Sent after commit with ``story`` and ``outcome`` ("new", "updated", "withdrawn", "published"…).
story_changed = Signal()

# Sent INSIDE the transaction that stores a new story carried over from another portal's page,
# with ``story_id`` and ``count`` (the reads that page showed): the readership app starts the
# story's counter there. The wire app sends it and does not import readership (they are siblings).
read_count_carried = Signal()

# Sent after commit, once per action that succeeded (gazete.newsroom.actions, gazete.comments.actions),
# with ``sender`` the action's class, ``action`` (the action object: its actor, its target) and
# ``entry`` (the audit entry it wrote). Whoever called the action (desk, admin, worker, command),
# the same one event follows.
action_done = Signal()

# Sent by the wire app after it stored a story, once per picture (graphic, video poster) the wire
# copy brought, with ``story_id``, ``agency`` (the story's agency code or ""), ``media`` (a
# ``gazete.wireformats.Media``), ``data`` (the file's bytes, or None), ``error`` (why there are no
# bytes) and ``source_url`` (the address or path the bytes came from). The media app stores the
# picture; the wire app does not import media (they are siblings), and sends it robustly: a
# picture that fails never costs the story.
picture_delivered = Signal()

# Sent by ``load_sample_stories`` after it stored the sample stories, with ``stories`` (the sample
# Story rows, in the order of the samples file) and ``pictures`` (False for ``load_samples
# --no-pictures``). The media app draws the samples' pictures; a receiver returns how many it added.
samples_loaded = Signal()

# Sent by ``remove_sample_stories`` after it deleted the sample stories: the media app deletes the
# sample pictures too (a receiver returns how many it removed).
samples_removed = Signal()
