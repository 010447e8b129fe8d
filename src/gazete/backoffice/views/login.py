"""Signing in and out of the desk at /desk/login/ and /desk/logout/, in the desk's own look.

Django's LoginView and LogoutView with the desk's template: ``?next=`` is honoured (only for
addresses on this site, as Django checks), a signed-in visitor is sent straight on, and only
staff accounts (every desk role is staff, see ``backoffice.roles``) may sign in here.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _


class DeskAuthenticationForm(AuthenticationForm):
    """The sign-in form, refusing active accounts that have no desk role (not staff)."""

    error_messages = {
        **AuthenticationForm.error_messages,
        "no_desk_role": _("This account has no desk role. Ask an administrator to give it one."),
    }

    def confirm_login_allowed(self, user: object) -> None:
        """Let in active staff only; say why anyone else is turned away."""
        super().confirm_login_allowed(user)
        if not getattr(user, "is_staff", False):
            raise forms.ValidationError(self.error_messages["no_desk_role"], code="no_desk_role")


class DeskLoginView(auth_views.LoginView):
    """``/desk/login/``: sign in, then go to ``?next=`` (on this site) or the desk's front page."""

    template_name = "backoffice/login.html"
    authentication_form = DeskAuthenticationForm
    next_page = reverse_lazy("desk:home")

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        """Send a signed-in desk user straight on; show anyone else the form (sending a signed-in
        account without a desk role on would bounce it between here and the page it may not open)."""
        user = request.user
        self.redirect_authenticated_user = bool(user.is_authenticated and user.is_active and user.is_staff)
        return super().dispatch(request, *args, **kwargs)


class DeskLogoutView(auth_views.LogoutView):
    """``/desk/logout/`` (POST, as Django requires): sign out and come back to the sign-in page."""

    next_page = reverse_lazy("desk:login")
