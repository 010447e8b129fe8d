"""Who takes an action: a person (signed in on the desk or the admin) or a named part of the system.

Every audit entry records its actor: the user for a person, else the system actor's name
(``scheduler`` for the worker's scheduled publishing, ``cli`` for a command, ``wire`` for an
embargo ingest scheduled or a withdrawal by the agency, ``system`` for code calling
the publishing shortcuts), and ``via``, the door the action came through (``desk``,
``admin``, ``worker``, ``cli``…).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Actor:
    """A person (``user``) or a system actor (``system``), and where the action was taken (``via``)."""

    user: Any = None
    system: str = ""
    via: str = ""

    @classmethod
    def person(cls, user: Any, via: str = "desk") -> Actor:
        """A signed-in user acting through ``via`` (the desk unless said otherwise)."""
        return cls(user=user, via=via)

    @classmethod
    def named(cls, system: str, via: str = "") -> Actor:
        """A part of the system acting on its own (``scheduler``, ``cli``, ``wire``…)."""
        return cls(system=system, via=via or system)

    @property
    def is_system(self) -> bool:
        """True for a system actor, which is trusted with every action."""
        return bool(self.system)

    @property
    def db_user(self) -> Any:
        """The user to store in an audit entry's foreign key (None for a system actor or anonymous)."""
        return self.user if getattr(self.user, "pk", None) else None

    def may(self, permission: str) -> bool:
        """True when the actor holds ``permission`` (a system actor holds every one)."""
        if self.is_system:
            return True
        user = self.user
        return bool(user is not None and user.is_active and user.has_perm(permission))

    def __str__(self) -> str:
        if self.is_system:
            return self.system
        return str(getattr(self.user, "get_username", lambda: "?")())


def as_actor(actor: Any) -> Actor:
    """``actor`` if it is an Actor already, else a person acting on the desk (a user object)."""
    return actor if isinstance(actor, Actor) else Actor.person(actor)


SCHEDULER = Actor.named("scheduler", via="worker")
CLI = Actor.named("cli")
WIRE = Actor.named("wire")
SYSTEM = Actor.named("system", via="code")
