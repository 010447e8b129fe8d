"""Fixtures for the comments tests: stories, sections, visitors and moderators (written for gazete tests)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.contrib.auth.models import User
from django.utils import timezone

from gazete.comments.policy import current_policy
from gazete.comments.visitors import Visitor
from gazete.newsroom.models import Section, Story


@pytest.fixture
def section() -> Section:
    """A section written for the tests."""
    return Section.objects.create(name="Dünya", name_en="World", slug="dunya")


@pytest.fixture
def make_story(section: Section) -> Callable[..., Story]:
    """Build published stories (sample text written for gazete tests)."""
    counter = iter(range(1, 10_000))

    def build(*, language: str = "tr", story_section: Section | None = section, **fields: object) -> Story:
        number = next(counter)
        values = {
            "slug": f"test-story-{number}",
            "headline": "Örnek haber: Peskov Vilnius zirvesini değerlendirdi",
            "standfirst": "Sample written for gazete tests.",
            "body": [{"type": "paragraph", "text": "Kremlin sözcüsü Dmitriy Peskov, NATO ve G-7 hakkında konuştu."}],
            "language": language,
            "section": story_section,
            "status": Story.Status.PUBLISHED,
            "published_at": timezone.now() - timezone.timedelta(hours=1),
        }
        values.update(fields)
        return Story.objects.create(**values)

    return build


@pytest.fixture
def story(make_story: Callable[..., Story]) -> Story:
    """One published Turkish story."""
    return make_story()


@pytest.fixture
def visitor() -> Visitor:
    """A visitor known by a test hash."""
    return Visitor(hash="a" * 32)


@pytest.fixture
def no_interval() -> None:
    """Let a visitor comment without waiting (other limits stay)."""
    policy = current_policy()
    policy.min_interval_seconds = 0
    policy.save()


@pytest.fixture
def superuser() -> User:
    """A site administrator, who moderates every section."""
    return User.objects.create_superuser("chief", "chief@example.org", "pass-for-tests-1")


@pytest.fixture
def section_moderator(section: Section) -> User:
    """A staff user who moderates only ``section``."""
    from gazete.comments.models import SectionModerator

    user = User.objects.create_user("worlddesk", "world@example.org", "pass-for-tests-1", is_staff=True)
    SectionModerator.objects.create(user=user, section=section)
    return user
