"""The permissions the story actions ask of a person (declared on the desk's log model in backoffice).

The codenames belong to the ``backoffice`` app, whose roles hand them out
(``gazete.backoffice.roles``); they are named here because the actions that check them live in
the newsroom, below the desk.
"""

from __future__ import annotations

USE_DESK = "backoffice.use_desk"
EDIT_STORIES = "backoffice.edit_stories"
MANAGE_FRONT_PAGE = "backoffice.manage_front_page"
MODERATE_COMMENTS = "backoffice.moderate_comments"
