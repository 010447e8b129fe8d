"""Sample pictures for the sample stories, drawn here with Pillow: shapes, a gradient, ``ÖRNEK / SAMPLE``.

Never a photograph and never an agency's: every picture is made by this code, carries the credit
``gazete (örnek)`` and is marked as a sample by its agency, :data:`SAMPLE_AGENCY`, which no wire
source uses. ``gazete manage load_samples`` draws one for each sample story (``--no-pictures`` skips
them) and makes its renditions at once, so the samples show pictures before the worker has run;
``remove_samples`` deletes them with their files.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from typing import Any

from PIL import Image, ImageDraw, ImageFont

from gazete.media.files import media_storage
from gazete.media.ingest import PictureInfo, receive_picture, render_picture
from gazete.media.models import Picture
from gazete.newsroom.models import Story

logger = logging.getLogger(__name__)

SAMPLE_AGENCY = "gazete-sample"
SAMPLE_CREDIT = "gazete (örnek)"
SAMPLE_WORDS = "ÖRNEK / SAMPLE"
WIDTH, HEIGHT = 1600, 900
# Two gradient ends and an accent per picture, chosen in turn (sky, sea, sunset, forest, dusk…).
PALETTES: tuple[tuple[tuple[int, int, int], tuple[int, int, int], tuple[int, int, int]], ...] = (
    ((32, 84, 160), (120, 190, 230), (250, 200, 60)),
    ((20, 110, 100), (170, 220, 180), (240, 120, 70)),
    ((150, 50, 70), (250, 180, 110), (60, 40, 110)),
    ((40, 90, 40), (200, 220, 120), (230, 80, 60)),
    ((60, 50, 120), (220, 160, 200), (250, 230, 120)),
    ((90, 70, 40), (230, 210, 160), (40, 120, 170)),
    ((30, 30, 60), (100, 150, 200), (240, 170, 40)),
)
TEXT: dict[str, dict[str, str]] = {
    "tr": {
        "caption": "Örnek resim: gazete projesinin kodla çizdiği bir resim; gerçek bir fotoğraf değildir.",
        "alt": "Renkli bir zemin üzerinde geometrik şekiller ve ÖRNEK / SAMPLE yazısı",
    },
    "en": {
        "caption": "Sample picture: drawn by code of the gazete project; not a real photograph.",
        "alt": "Geometric shapes on a coloured background with the words ÖRNEK / SAMPLE",
    },
}


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.load_default(size=size)  # Pillow's own scalable font (needs FreeType)
    except (ImportError, OSError, TypeError):
        return ImageFont.load_default()


_DOTTED = {"Ö": "O", "ö": "o", "Ü": "U", "ü": "u"}


def _draw_text(
    draw: ImageDraw.ImageDraw,
    xy: tuple[int, int],
    text: str,
    font: ImageFont.FreeTypeFont | ImageFont.ImageFont,
    fill: tuple[int, int, int],
) -> None:
    """Draw ``text``, putting the two dots on Ö and Ü by hand (Pillow's own font has no such letters)."""
    plain = "".join(_DOTTED.get(char, char) for char in text)
    draw.text(xy, plain, font=font, fill=fill)
    for index, char in enumerate(text):
        if char not in _DOTTED:
            continue
        left = xy[0] + draw.textlength(plain[:index], font=font)
        box = draw.textbbox((left, xy[1]), plain[index], font=font)
        glyph_width = box[2] - box[0]
        dot = max(2, round(glyph_width / 6))
        top = box[1] - dot * 2
        for centre in (box[0] + glyph_width * 0.3, box[0] + glyph_width * 0.7):
            draw.ellipse((centre - dot / 2, top, centre + dot / 2, top + dot), fill=fill)


def _blend(start: tuple[int, int, int], end: tuple[int, int, int], share: float) -> tuple[int, int, int]:
    return (
        round(start[0] + (end[0] - start[0]) * share),
        round(start[1] + (end[1] - start[1]) * share),
        round(start[2] + (end[2] - start[2]) * share),
    )


def draw_sample_picture(number: int, width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """Sample picture ``number`` as a JPEG: a gradient, a few shapes and ``ÖRNEK / SAMPLE`` (deterministic)."""
    top, bottom, accent = PALETTES[number % len(PALETTES)]
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for y in range(height):
        draw.line((0, y, width, y), fill=_blend(top, bottom, y / max(1, height - 1)))
    unit = min(width, height)
    shift = (number * 137) % max(1, width // 3)
    draw.ellipse(
        (width // 10 + shift, height // 8, width // 10 + shift + unit // 3, height // 8 + unit // 3), fill=accent
    )
    draw.polygon(
        [(width * 3 // 5, height), (width * 4 // 5 - shift // 3, height * 2 // 5), (width, height)],
        fill=_blend(top, (0, 0, 0), 0.35),
    )
    draw.rectangle((0, height * 4 // 5, width, height), fill=_blend(top, (255, 255, 255), 0.15))
    font = _font(unit // 9)
    plain_words = "".join(_DOTTED.get(char, char) for char in SAMPLE_WORDS)
    box = draw.textbbox((0, 0), plain_words, font=font)
    text_width, text_height = box[2] - box[0], box[3] - box[1]
    left, top_edge = (width - text_width) // 2, (height - text_height) // 2
    pad = unit // 30
    draw.rectangle(
        (left - pad, top_edge - pad * 2, left + text_width + pad, top_edge + text_height + pad * 2),
        fill=(255, 255, 255),
    )
    _draw_text(draw, (round(left - box[0]), round(top_edge - box[1] + pad // 2)), SAMPLE_WORDS, font, (20, 20, 20))
    small = _font(unit // 24)
    _draw_text(draw, (pad, height - pad - unit // 24), SAMPLE_CREDIT, small, (255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=88)
    return out.getvalue()


def sample_picture_info(story: Story, number: int) -> PictureInfo:
    """How a sample picture is described: the sample agency, our credit, text in the story's language."""
    text = TEXT.get(story.language, TEXT["en"])
    return PictureInfo(
        agency=SAMPLE_AGENCY,
        agency_id=f"sample:picture:{story.agency_id.removeprefix('sample:text:') or story.pk}",
        kind="graphic",
        caption=text["caption"],
        alt_text=text["alt"],
        credit=SAMPLE_CREDIT,
    )


def is_sample_picture(picture: Picture) -> bool:
    """True for a picture drawn for the samples (never a wire picture)."""
    return picture.agency == SAMPLE_AGENCY


def _render_here(picture_id: int) -> None:
    """Queue nothing: :func:`add_sample_pictures` makes the renditions itself."""


def add_sample_pictures(stories: Sequence[Story]) -> int:
    """Give each sample story its drawn picture and make the renditions now; return how many were new.

    Running it again changes nothing: the same drawing has the same bytes, already stored and ready.
    """
    added = 0
    for number, story in enumerate(stories):
        if not story.is_sample:
            continue
        info = sample_picture_info(story, number)
        added += not Picture.objects.filter(agency=info.agency, agency_id=info.agency_id).exists()
        picture = receive_picture(info, draw_sample_picture(number), story=story, queue=_render_here)
        if picture.status == Picture.Status.PENDING:
            render_picture(picture.pk)  # here and now, not after commit: the samples need no worker
    return added


def remove_sample_pictures() -> int:
    """Delete every sample picture with its files (originals and renditions); return how many."""
    storage = media_storage()
    removed = 0
    for picture in Picture.objects.filter(agency=SAMPLE_AGENCY).prefetch_related("renditions"):
        names = [rendition.file.name for rendition in picture.renditions.all()]
        if picture.original:
            names.append(picture.original.name)
        picture.delete()
        for name in names:
            try:
                storage.delete(name)
            except OSError as error:  # a file already gone, a bucket that refuses: the rows are what count
                logger.warning("could not delete sample picture file %s: %s", name, error)
        removed += 1
    return removed


def on_samples_loaded(sender: Any, *, stories: Sequence[Story], pictures: bool = True, **kwargs: Any) -> int:
    """``newsroom.signals.samples_loaded``: draw the samples' pictures unless they were not wanted."""
    return add_sample_pictures(stories) if pictures else 0


def on_samples_removed(sender: Any, **kwargs: Any) -> int:
    """``newsroom.signals.samples_removed``: delete the sample pictures too."""
    return remove_sample_pictures()
