"""Reader-facing messages of the comments app in Turkish and English (no compiled catalogue needed)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "approved": ("Yorumunuz yayımlandı.", "Your comment has been published."),
    "held": ("Yorumunuz onay bekliyor.", "Your comment is awaiting approval."),
    "rejected": (
        "Yorumunuz yorum kurallarımıza uymadığı için onaylanmadı.",
        "Your comment was not approved because it breaks our comment policy.",
    ),
    "rate_limited": (
        "Çok sık yorum gönderiyorsunuz. Lütfen {seconds} saniye sonra yeniden deneyin.",
        "You are commenting too often. Please try again in {seconds} seconds.",
    ),
    "daily_cap": (
        "Bugün için yorum sınırına ({cap}) ulaştınız. Yarın yeniden yorum yazabilirsiniz.",
        "You have reached today's limit of {cap} comments. You can comment again tomorrow.",
    ),
    "duplicate": ("Bu yorumu zaten gönderdiniz.", "You have already posted this comment."),
    "duplicate_elsewhere": (
        "Bu yorumu başka bir habere zaten gönderdiniz: “{headline}”.",
        "You have already posted this comment on another story: “{headline}”.",
    ),
    "blocked": (
        "Yorum yazmanız moderatörlerimiz tarafından engellendi.",
        "Our moderators have blocked you from commenting.",
    ),
    "spam": ("Yorumunuz otomatik gönderim olarak algılandı.", "Your comment looked like an automated post."),
    "closed": ("Bu habere yorum yapılamaz.", "Comments are closed for this story."),
    "too_long": (
        "Yorumunuz en fazla {max_length} karakter olabilir ({length} karakter yazdınız).",
        "A comment may be at most {max_length} characters long (yours has {length}).",
    ),
    "empty": ("Lütfen bir yorum yazın.", "Please write a comment."),
    "name_required": ("Lütfen adınızı yazın.", "Please enter your name."),
    "bad_email": ("E-posta adresi geçerli değil.", "The e-mail address is not valid."),
    "bad_parent": ("Yanıtladığınız yorum bulunamadı.", "The comment you are replying to was not found."),
    "reported": ("Bildiriminiz için teşekkürler.", "Thank you for your report."),
    "already_reported": ("Bu yorumu zaten bildirdiniz.", "You have already reported this comment."),
    "too_many_checks": (
        "Çok fazla denetim isteği. Lütfen biraz bekleyin.",
        "Too many checks. Please wait a moment.",
    ),
}


def message(key: str, lang: str = "tr", **values: object) -> str:
    """Return the message ``key`` in ``lang`` (English for ``en``, Turkish otherwise), filled in."""
    turkish, english = MESSAGES[key]
    return (english if lang == "en" else turkish).format(**values)


def reader_lang(lang: str | None) -> str:
    """Map any language code to the two the messages exist in."""
    return "en" if (lang or "").lower().startswith("en") else "tr"
