"""Tests for gazete.comments.views and the comment block on the story page (reader pages, no JavaScript)."""

from __future__ import annotations

import pytest
from django.conf import settings
from django.test import Client

from gazete.comments.models import Comment, CommentReport
from gazete.comments.policy import current_policy

pytestmark = pytest.mark.django_db

POLICY_TR = ("UYARI: Küfür, hakaret, rencide edici cümleler veya imalar, inançlara saldırı içeren, imla kuralları "
             "ile yazılmamış, Türkçe karakter kullanılmayan ve büyük harflerle yazılmış yorumlar onaylanmamaktadır.")


def test_the_story_page_shows_the_policy_form_and_approved_comments(client: Client, story, no_interval) -> None:
    Comment.objects.create(story=story, name="Ayşe", text="<b>Güzel</b> haber", status="approved",
                           text_hash="x", visitor_hash="v")
    Comment.objects.create(story=story, name="Gizli", text="bekleyen yorum", status="held",
                           text_hash="y", visitor_hash="v")
    html = client.get(story.get_absolute_url()).content.decode()
    assert POLICY_TR in html
    assert 'name="website"' in html and 'name="csrfmiddlewaretoken"' in html
    assert "&lt;b&gt;Güzel&lt;/b&gt; haber" in html and "bekleyen yorum" not in html
    assert "comments/comments.js" in html
    assert 'Yorumlar <span class="comment-count" data-count="1">(1)</span>' in html


def test_the_block_carries_a_report_template_for_comments_posted_by_script(client: Client, story) -> None:
    html = client.get(story.get_absolute_url()).content.decode()
    template = html[html.index('<template class="report-template">'):html.index("</template>")]
    assert 'action="/yorum/bildir/0/"' in template and 'name="csrfmiddlewaretoken"' in template
    assert "<summary>Bildir</summary>" in template


def test_the_policy_text_follows_the_switched_on_rules_and_the_interface_language(client: Client,
                                                                                 make_story) -> None:
    policy = current_policy()
    policy.enabled_codes = ["profanity", "all_caps"]
    policy.save()
    uyari = "UYARI: Küfür içeren ve büyük harflerle yazılmış yorumlar onaylanmamaktadır."
    warning = "WARNING: Comments that contain profanity or that are written in capital letters are not approved."
    turkish_story, english_story = make_story().get_absolute_url(), make_story(language="en").get_absolute_url()
    for url in (turkish_story, english_story):  # the interface is Turkish: the policy is, on every story
        html = client.get(url).content.decode()
        assert f'<p class="comment-policy" lang="tr">{uyari}</p>' in html and "WARNING" not in html
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    for url in (turkish_story, english_story):
        html = client.get(url).content.decode()
        assert f'<p class="comment-policy" lang="en">{warning}</p>' in html and "UYARI" not in html


def test_without_javascript_a_tokenless_post_stores_nothing_and_asks_once_more(story, no_interval) -> None:
    reader = Client(enforce_csrf_checks=True)  # a browser: Django's CSRF check is on
    form = {"name": "Ayşe", "text": "Savaşın bir an önce bitmesini diliyorum.", "lang": "tr",
            "csrfmiddlewaretoken": ""}  # what the cached story page's form sends
    first = reader.post(f"/yorum/{story.pk}/", form)
    html = first.content.decode()
    assert first.status_code == 403 and not Comment.objects.exists()
    assert "göndermek için düğmeye bir kez daha basın" in html and "Savaşın bir an önce" in html
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    assert token and reader.cookies["csrftoken"].value
    second = reader.post(f"/yorum/{story.pk}/", {**form, "csrfmiddlewaretoken": token})
    assert second.status_code == 302 and Comment.objects.get().name == "Ayşe"
    forged = Client(enforce_csrf_checks=True).post(f"/yorum/{story.pk}/", {**form, "csrfmiddlewaretoken": token})
    assert forged.status_code == 403 and Comment.objects.count() == 1  # a token without its cookie


def test_without_javascript_a_tokenless_report_records_nothing_and_asks_once_more(story) -> None:
    comment = Comment.objects.create(story=story, name="Ayşe", text="Güzel haber", status="approved",
                                     text_hash="x", visitor_hash="v")
    reader = Client(enforce_csrf_checks=True)
    first = reader.post(f"/yorum/bildir/{comment.pk}/", {"reason": "spam", "lang": "tr", "csrfmiddlewaretoken": ""})
    html = first.content.decode()
    assert first.status_code == 403 and not CommentReport.objects.exists() and "<details class=\"report\" open>" in html
    token = html.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    second = reader.post(f"/yorum/bildir/{comment.pk}/", {"reason": "spam", "lang": "tr", "csrfmiddlewaretoken": token})
    assert second.status_code == 200 and CommentReport.objects.count() == 1


def test_the_form_works_without_javascript(client: Client, story, no_interval) -> None:
    approved = client.post(f"/yorum/{story.pk}/", {"name": "Ayşe", "text": "Savaşın bir an önce bitmesini diliyorum.",
                                                   "lang": "tr"})
    comment = Comment.objects.get()
    assert approved.status_code == 302 and approved["Location"].endswith(f"#comment-{comment.pk}")
    rejected = client.post(f"/yorum/{story.pk}/", {"name": "Ali", "text": "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!"})
    html = rejected.content.decode()
    assert rejected.status_code == 200 and "Yorumunuz büyük harflerle yazılmış." in html
    assert "Bu karar çok yanlış, herkes bunu görüyor!" in html
    assert "BU KARAR ÇOK YANLIŞ, HERKES BUNU GÖRÜYOR!</textarea>" in html


def test_a_report_without_javascript(client: Client, story) -> None:
    comment = Comment.objects.create(story=story, name="Ayşe", text="metin", status="approved", text_hash="x",
                                     visitor_hash="v")
    response = client.post(f"/yorum/bildir/{comment.pk}/", {"reason": "spam"})
    assert response.status_code == 200 and "Bildiriminiz için teşekkürler." in response.content.decode()
    assert CommentReport.objects.get().reason == "spam"
