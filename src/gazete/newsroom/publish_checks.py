"""Publish checks: rules other apps add to the provenance guard without the newsroom importing them.

Every publishing action (publish now, schedule, the scheduler's publishing of a due story) asks
:func:`publish_problem`: the story's own credit first (``newsroom.provenance``), then each check an
app registered at ``ready()`` with :func:`register` (media registers its lead-photo check: no
photo without a caption, a credit and alt text). The newsroom sits below those apps in the
layers, so it only knows the registry, never the apps.
"""

from __future__ import annotations

from collections.abc import Callable

from gazete.newsroom.models import Story
from gazete.newsroom.provenance import provenance_problem
from gazete.newsroom.refusal import Refusal

PublishCheck = Callable[[Story], Refusal | None]

_checks: dict[str, PublishCheck] = {}


def register(name: str, check: PublishCheck) -> None:
    """Add (or replace) the check called ``name``: it returns a Refusal when ``story`` may not be published."""
    _checks[name] = check


def unregister(name: str) -> None:
    """Remove the check called ``name`` (nothing happens when there is none)."""
    _checks.pop(name, None)


def registered() -> tuple[str, ...]:
    """The names of the registered checks, in the order they run."""
    return tuple(_checks)


def publish_problem(story: Story) -> Refusal | None:
    """The first reason ``story`` may not be published: its credit, then the registered checks; else None."""
    problem = provenance_problem(story)
    if problem is not None:
        return problem
    for check in tuple(_checks.values()):
        problem = check(story)
        if problem is not None:
            return problem
    return None
