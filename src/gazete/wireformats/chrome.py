"""Recognise portal chrome and credit lines in republished page text.

Chrome is text that belongs neither to the story nor to its credits: navigation, view counters,
comment-policy notices, timestamps, section labels, site names, photo credits. Credit lines
(``Kaynak: AA``, ``Source: Anadolu Agency``, a bare ``Anadolu Agency``) say who wrote the story.
Each helper looks at one stripped line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Whole lines, compared lower-cased, that are navigation or labels.
CHROME_PHRASES = frozenset(
    """contact us|subscribe|home|home page|menu|search|share|tweet|print|e-mail|email|advertisement|
    reklam|ana sayfa|anasayfa|paylaş|yazdır|abone ol|giriş yap|üye ol|iletişim|künye|tümü|devamı|
    read more|devamını oku|haberin devamı|close|kapat|next|previous|sonraki|önceki|skip to content|
    facebook|twitter|whatsapp|linkedin|telegram|instagram|youtube|google news|google haberler|
    abone olun|bizi takip edin|follow us|news|haber|haberler|son dakika|breaking news|gündem|
    photo gallery|video gallery|foto galeri|video galeri|log in|sign in|register|cookie policy|
    çerez politikası|gizlilik politikası|privacy policy|terms of use|kullanım koşulları|accept|accept all|
    kabul et|kabul ediyorum|tamam|reddet|anladım|got it|ok|listen|dinle|sesli dinle|listen to this article|
    haberi dinle|yazı boyutu|font size|a+|a-|kopyala|copy link|bağlantıyı kopyala|e-posta|e-bülten|
    newsletter|back to top|yukarı çık|göster|gizle|more|daha fazla|load more|daha fazla yükle""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)
# Lines after which nothing more of the story follows (start of the page's footer or lists).
TERMINATOR_PHRASES = frozenset(
    """previous and next news|önceki ve sonraki haberler|latest news|top news|related news|more news|
    most read|most popular|editor's picks|you may also like|also read|recommended|popular news|
    i̇lgili haberler|ilgili haberler|benzer haberler|son haberler|diğer haberler|çok okunanlar|
    en çok okunanlar|yorumlar|yorum yap|yorum yazın|comments|leave a comment|leave a reply|
    add comment|tags|etiketler|keywords|anahtar kelimeler|bu haberi paylaş|share this|
    share this article|haberi paylaş""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)

# Chrome lines are short; longer lines are story text (checked first, to keep parsing fast).
CHROME_MAX_CHARS = 160

AA_NAMES = frozenset(
    {
        "aa",
        "anadolu agency",
        "anadolu ajansı",
        "anadolu ajansi",
        "anadolu haber ajansı",
        "anadolu haber ajansi",
        "aa.com.tr",
        "anadolu ajansı (aa)",
        "anadolu agency (aa)",
        "anadolu",
        "(aa)",
    }
)
# Template text a portal prints when the source field was never filled in.
PLACEHOLDER_SOURCES = frozenset({"source of news", "haber kaynağı", "kaynak", "source", "news source"})

_READ_COUNT_RES = (
    re.compile(r"this news has been read\s+(?P<n>\d[\d.,]*)\s+times?", re.IGNORECASE),
    re.compile(r"bu haber toplam\s+(?P<n>\d[\d.,]*)\s+kez okundu", re.IGNORECASE),
    re.compile(r"^(?:okunma(?: sayısı)?|görüntülenme|views?|reads?|hit)\s*:?\s*(?P<n>\d[\d.,]*)$", re.IGNORECASE),
    re.compile(r"^(?P<n>\d[\d.,]*)\s+(?:kez okundu|okunma|views|reads|times read)$", re.IGNORECASE),
)
_DIGIT_RE = re.compile(r"\d")
# Every timestamp has a year or a clock time; lines without one skip the costly check.
_STAMP_HINT_RE = re.compile(r"\d{4}|\d[:.]\d\d")
_POLICY_RE = re.compile(
    r"^uyarı\s*:|yorumlar onaylanmamaktadır|yorumlar yayınlanmamaktadır|"
    r"küfür,? hakaret|comments? (?:are|is) moderated|comment policy",
    re.IGNORECASE,
)
_CREDIT_RE = re.compile(r"^(?:Kaynak|Source|Haber Kaynağı|Credit)\s*:\s*(?P<value>.*)$", re.IGNORECASE)
_BARE_AA_RE = re.compile(
    r"^(?:[-–—]\s*)?(?:Anadolu Agency|Anadolu Ajansı|AA|\(AA\)|\(Anadolu Agency\)|\(Anadolu Ajansı\))"
    r"(?:\s+(?P<label>[A-ZÇĞİÖŞÜ&' ]{2,30}))?$"
)

_DATE = r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
_TIME = r"\d{1,2}[:.]\d{2}(?::\d{2})?"
_MONTH_NAME = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|"
    r"Ağustos|Eylül|Ekim|Kasım|Aralık)\.?"
)
_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Pazartesi|Salı|Çarşamba|Perşembe|"
    r"Cuma|Cumartesi|Pazar)"
)
_CHROME_RES = (
    re.compile(r"^\s*<\?.*$|^\?>$"),
    re.compile(r"^[\W_]+$"),
    # dates and times alone, or with a label
    re.compile(
        rf"^(?:(?:published|updated|posted|last updated|date|yayınlanma|yayın tarihi|güncelleme|"
        rf"son güncelleme|güncellenme|oluşturulma|tarih)\b.*)?\s*:?\s*(?:{_WEEKDAY},?\s*)?"
        rf"(?:{_DATE}|\d{{1,2}}\s+{_MONTH_NAME}\s+\d{{4}}|{_MONTH_NAME}\s+\d{{1,2}},?\s*\d{{4}})"
        rf"(?:\s*{_WEEKDAY})?(?:\s*[,|-]?\s*{_TIME})?\s*(?:\(?(?:GMT|UTC|TSİ|TSI)[+\d:]*\)?)?$",
        re.IGNORECASE,
    ),
    re.compile(r"^(?:published|updated|posted|last updated|yayınlanma|güncelleme)\b.{0,40}\d{4}.{0,12}$", re.I),
    re.compile(rf"^{_TIME}$"),
    # "Dünya - 6 yıl önce", "World - 2 years ago"
    re.compile(
        r"^(?:[^\W\d_][\w ]{0,25}\s*[-–|•]\s*)?\d+\s+(?:yıl|ay|hafta|gün|saat|dakika|saniye|years?|months?|"
        r"weeks?|days?|hours?|minutes?|seconds?)\s+(?:önce|ago)$",
        re.IGNORECASE,
    ),
    # site names and addresses: "dikGAZETE.com", "En.Haberler.Com - Latest News"
    re.compile(r"^(?:\S+\.)?[\w-]+\.(?:com|net|org|info|tv|us|co|tr|uk)(?:\.tr|\.uk)?\b.{0,40}$", re.IGNORECASE),
    re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE),
    # breadcrumbs "News  >" and menus of words separated by wide gaps
    re.compile(r"^.{0,60}\s[>»›]\s*$|^(?:[^>\n]{1,25}\s[>»›]\s){1,5}[^>\n]{1,40}$"),
    re.compile(r"^\S[^\n]{0,30}(?: {3,}\S[^\n]{0,30}){2,}$"),
    # an all-caps label such as "SEARCH IN NEWS:", "HOME PAGE 23/04/2024 12:37"
    re.compile(r"^[A-ZÇĞİÖŞÜ][A-ZÇĞİÖŞÜ &'/-]{1,30}:$"),
    re.compile(r"^(?:HOME PAGE|ANA SAYFA|ANASAYFA)\b.*$", re.IGNORECASE),
    # calls to action: "Subscribe to our newsletter", "Follow us on X"
    re.compile(
        r"^(?:subscribe|sign up|follow us|download (?:our|the) app|abone ol|bültenimize|bizi takip edin|"
        r"haberleri takip|click here|buraya tıklayın)\b[^.!?]{0,60}$",
        re.IGNORECASE,
    ),
    # photo and video credits
    re.compile(r"^\(?(?:photo|photos|fotoğraf|foto|video|görsel|image)\s*:.{0,80}$", re.IGNORECASE),
    re.compile(r"^(?:all rights reserved|tüm hakları saklıdır|copyright|©).*$", re.IGNORECASE),
)
# A row of share buttons: "Facebook Twitter WhatsApp", "Paylaş: Facebook | X | E-posta".
_SHARE_WORDS = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|instagram|youtube|pinterest|reddit|messenger|"
    r"e-?mail|e-?posta|print|yazdır|share|paylaş|tweet|flipboard|copy link|kopyala|sms)"
)
_SHARE_ROW_RE = re.compile(rf"^(?:{_SHARE_WORDS}\s*:?\s*)(?:[|•·/,]?\s*{_SHARE_WORDS}\s*){{1,12}}$", re.IGNORECASE)
# Reading-time and listening labels: "3 min read", "3 dk okuma süresi", "Okuma süresi: 3 dakika".
_READING_TIME_RE = re.compile(
    r"^(?:(?:okuma süresi|reading time|read time|tahmini okuma süresi)\s*:?\s*)?\d{1,3}\s*(?:dk\.?|dak\.?|dakika|"
    r"min\.?|mins\.?|minutes?)\s*(?:okuma(?: süresi)?|read|reading time|de okunur|okunur)?$",
    re.IGNORECASE,
)
# Cookie banners (which may be longer than other chrome lines): a cookie word and a site/consent word.
_COOKIE_WORD_RE = re.compile(r"\b(?:cookies?|çerez(?:ler|leri|lerden|lere|ler\w*)?)\b", re.IGNORECASE)
_COOKIE_CONTEXT_RE = re.compile(
    r"\b(?:site|website|web|sitemiz\w*|sitesi\w*|experience|deneyim\w*|browsing|polic\w*|politika\w*|"
    r"consent|onay\w*|accept|kabul\w*|aydınlatma|kvkk|gdpr)\b",
    re.IGNORECASE,
)
COOKIE_MAX_CHARS = 400
# Substrings every cookie notice has (a cheap test before the regular expressions).
_COOKIE_HINTS = ("ookie", "OOKIE", "erez", "EREZ")


def _combined(patterns: tuple[re.Pattern[str], ...]) -> re.Pattern[str]:
    """Join line patterns into one alternation (one ``match`` call per line instead of one per pattern)."""
    parts = [
        f"(?i:{pattern.pattern})" if pattern.flags & re.IGNORECASE else f"(?:{pattern.pattern})"
        for pattern in patterns
    ]
    return re.compile("|".join(parts))


_CHROME_LINE_RE = _combined(
    (*_CHROME_RES, _SHARE_ROW_RE, _READING_TIME_RE)
)
_TERMINATOR_RES = (
    re.compile(r"^(?:tags|etiketler|keywords|anahtar kelimeler|ilgili konular|related topics)\s*:", re.I),
)
# Tokens a timestamp line is made of; a short line with nothing else left is a timestamp.
_STAMP_TOKENS_RE = re.compile(
    rf"{_DATE}|{_TIME}|\b\d{{1,4}}\b|{_MONTH_NAME}|{_WEEKDAY}|\b(?:published|updated|posted|last|on|at|"
    r"modified|created|date|yayınlanma|yayın|tarihi|güncelleme|güncellenme|son|oluşturulma|tarih|saat|giriş|"
    r"eklenme|düzenleme|gmt|utc|tsi|tsİ|am|pm)\b",
    re.IGNORECASE,
)
_EDITOR_NOTE_PAREN_RE = re.compile(
    r"^\((?:updates?|adds|adding|recasts|corrects|changes|rewrites|refiles|güncellendi|güncelleme)\b.*\)$",
    re.IGNORECASE,
)
_EDITOR_NOTE_WORDS = re.compile(
    r"\b(?:UPDATES?|UPDATED|ADDS|ADDING|REVISES|REVISED|RECASTS|CORRECTS|CORRECTED|CHANGES|REWRITES|"
    r"REFILES|WRITETHRU|REPLACES|FIXES|INSERTS|DELETES|REMOVES|EXPANDS)\b"
)


@dataclass(frozen=True)
class Credit:
    """What a credit line says: the agency code (``AA``), another source's name, or a placeholder."""

    agency: str | None = None
    name: str | None = None
    placeholder: bool = False
    labelled: bool = True
    # A bare credit with a section label after it (``Anadolu Agency WORLD``): the label is chrome.
    section_label: bool = False


def normalise_for_match(line: str) -> str:
    """Lower-case a line and collapse its spaces for phrase look-ups."""
    return " ".join(line.lower().split()).strip(" .:>")


def is_chrome_line(line: str) -> bool:
    """Tell whether a stripped line is portal chrome (navigation, stamps, labels, site names)."""
    text = line.strip()
    if not text:
        return False
    if len(text) > CHROME_MAX_CHARS:
        return text.startswith("<?") or (len(text) <= COOKIE_MAX_CHARS and is_cookie_notice(text))
    if len(text) <= 2 and not text.isdigit():
        return True
    if normalise_for_match(text) in CHROME_PHRASES:
        return True
    if _CHROME_LINE_RE.match(text) or is_cookie_notice(text):
        return True
    return is_timestamp_line(text)


def is_cookie_notice(line: str) -> bool:
    """Tell whether a line is a cookie-consent banner (``This website uses cookies ...``)."""
    if not any(hint in line for hint in _COOKIE_HINTS):
        return False
    return bool(_COOKIE_WORD_RE.search(line)) and bool(_COOKIE_CONTEXT_RE.search(line))


def is_timestamp_line(line: str) -> bool:
    """Tell whether a short line holds nothing but dates, times and their labels.

    >>> is_timestamp_line("Yayınlanma: 16 Aralık 2017 - 14:25 | Güncelleme: 16 Aralık 2017 - 15:30")
    True
    """
    if len(line) > 110 or not _STAMP_HINT_RE.search(line):
        return False
    rest = _STAMP_TOKENS_RE.sub(" ", line)
    return sum(char.isalpha() for char in rest) == 0


def match_read_count(line: str) -> int | None:
    """Return the number of a read counter line (``This news has been read 65 times in total``)."""
    text = line.strip()
    if not _DIGIT_RE.search(text):
        return None
    for pattern in _READ_COUNT_RES:
        match = pattern.search(text)
        if match:
            digits = re.sub(r"\D", "", match.group("n"))
            return int(digits) if digits else None
    return None


def is_comment_policy(line: str) -> bool:
    """Tell whether a line belongs to a comment-policy notice (``UYARI: Küfür, hakaret ...``)."""
    return bool(_POLICY_RE.search(line.strip()))


def is_terminator(line: str) -> bool:
    """Tell whether a line starts the page footer, after which no story text follows."""
    text = line.strip()
    if len(text) > CHROME_MAX_CHARS * 2:
        return False
    return (
        normalise_for_match(text) in TERMINATOR_PHRASES
        or any(pattern.match(text) for pattern in _TERMINATOR_RES)
        or match_read_count(text) is not None
        or is_comment_policy(text)
    )


def match_credit(line: str) -> Credit | None:
    """Read a credit line: ``Kaynak: AA``, ``Source: Anadolu Agency``, bare ``Anadolu Agency WORLD``.

    >>> match_credit("Kaynak:Source of News")
    Credit(agency=None, name=None, placeholder=True, labelled=True)
    >>> match_credit("Source: Anadolu Agency").agency
    'AA'
    """
    text = line.strip()
    match = _CREDIT_RE.match(text)
    if match:
        value = match.group("value").strip(" .")
        lowered = value.lower()
        if not value:
            return Credit()
        if lowered in AA_NAMES or lowered.startswith(("aa ", "anadolu ajans", "anadolu agency")):
            return Credit(agency="AA")
        if lowered in PLACEHOLDER_SOURCES:
            return Credit(placeholder=True)
        return Credit(name=value)
    bare = _BARE_AA_RE.match(text)
    if bare:
        return Credit(agency="AA", labelled=False, section_label=bool(bare.group("label")))
    return None


def is_editor_note(line: str) -> bool:
    """Tell whether a line is an editor's all-caps update note (``UPDATES NUMBER INJURED, ADDS DETAILS``)."""
    text = line.strip()
    if _EDITOR_NOTE_PAREN_RE.match(text):
        return True
    if not text.isupper() or len(text) < 8:
        return False
    return bool(_EDITOR_NOTE_WORDS.search(text))
