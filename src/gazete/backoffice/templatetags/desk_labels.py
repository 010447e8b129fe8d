"""Template filters of the desk: its stored codes (log actions, queue states, roles) in the interface language."""

from __future__ import annotations

from django import template

from gazete.backoffice.labels import log_action_label, queue_state_label, role_label

register = template.Library()

register.filter("log_action", log_action_label)
register.filter("queue_state", queue_state_label)
register.filter("desk_role", role_label)
