"""Words of the comment block (form labels, buttons) in Turkish and English."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "heading": ("Yorumlar", "Comments"),
    "name": ("Adınız", "Your name"),
    "email": ("E-posta (isteğe bağlı, yayımlanmaz)", "E-mail (optional, never published)"),
    "website": ("Web siteniz (boş bırakın)", "Your website (leave empty)"),
    "text": ("Yorumunuz", "Your comment"),
    "send": ("Gönder", "Send"),
    "reply": ("Yanıtla", "Reply"),
    "replying_to": ("Yanıtlanan:", "Replying to:"),
    "cancel_reply": ("Yanıtı iptal et", "Cancel reply"),
    "report": ("Bildir", "Report"),
    "report_reason": ("Neden?", "Why?"),
    "report_note": ("Not (isteğe bağlı)", "Note (optional)"),
    "report_send": ("Bildirimi gönder", "Send report"),
    "no_comments": ("Henüz yorum yok. İlk yorumu siz yazın.", "No comments yet. Be the first."),
    "closed": ("Bu habere yorum yapılamaz.", "Comments are closed for this story."),
    "precheck_title": ("Yorum kurallarımıza göre:", "Under our comment policy:"),
    "suggestion": ("Önerilen metin:", "Suggested text:"),
    "accept": ("Öneriyi kullan", "Use the suggestion"),
    "checking": ("Denetleniyor…", "Checking…"),
    "looks_fine": ("Yorumunuz kurallara uygun görünüyor.", "Your comment looks fine."),
    "sending": ("Gönderiliyor…", "Sending…"),
    "network_error": ("Bağlantı hatası; lütfen yeniden deneyin.", "Network error; please try again."),
    "characters": ("karakter", "characters"),
    "back": ("Habere dön", "Back to the story"),
    "try_again": ("Düzeltip yeniden gönderin:", "Correct it and send again:"),
    "confirm": ("Henüz gönderilmedi: göndermek için düğmeye bir kez daha basın.",
                "Not sent yet: press the button once more to send it."),
}


def labels(lang: str) -> dict[str, str]:
    """Return every label in ``lang`` (English for ``en``, Turkish otherwise)."""
    index = 1 if lang == "en" else 0
    return {key: pair[index] for key, pair in LABELS.items()}
