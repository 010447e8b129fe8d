"""``gazete manage create_desk_user --role editor --username ayse --password ...``: a desk account."""

import os

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from gazete.backoffice.roles import ROLES, assign_role


class Command(BaseCommand):
    """Create a desk user with one role, or update an existing user's role and password."""

    help = ("Create (or update) a desk user with one role: editor, moderator or administrator. "
            "The password comes from --password or the GAZETE_DESK_PASSWORD environment variable.")

    def add_arguments(self, parser) -> None:  # type: ignore[no-untyped-def]
        parser.add_argument("--role", required=True, choices=ROLES)
        parser.add_argument("--username", required=True)
        parser.add_argument("--password", help="the password (else GAZETE_DESK_PASSWORD)")
        parser.add_argument("--email", default="")

    def handle(self, *args: object, **options: object) -> None:
        username = str(options["username"]).strip()
        password = options["password"] or os.environ.get("GAZETE_DESK_PASSWORD", "")
        if not username:
            raise CommandError("--username must not be empty")
        user_model = get_user_model()
        if password:
            # Django's password validators (settings.AUTH_PASSWORD_VALIDATORS), before anything is stored.
            existing = user_model.objects.filter(username=username).first()
            candidate = existing or user_model(username=username, email=str(options["email"]))
            try:
                validate_password(str(password), user=candidate)
            except ValidationError as exc:
                raise CommandError("password refused: " + " ".join(exc.messages)) from None
        user, created = user_model.objects.get_or_create(
            username=username, defaults={"email": options["email"]})
        if created and not password:
            user.delete()
            raise CommandError("a new user needs a password: --password or GAZETE_DESK_PASSWORD")
        if password:
            user.set_password(str(password))
        if options["email"]:
            user.email = str(options["email"])
        user.is_active = True
        user.save()
        assign_role(user, str(options["role"]))
        verb = "created" if created else "updated"
        self.stdout.write(f"{verb} desk user {username} with role {options['role']}")
