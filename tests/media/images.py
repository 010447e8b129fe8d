"""Test images made with Pillow on the spot (never agency photos): gradients with a few shapes."""

from __future__ import annotations

import io

from PIL import Image, ImageDraw


def picture_bytes(width: int = 1600, height: int = 1000, *, format: str = "JPEG", exif: bytes | None = None,
                  orientation: int | None = None, seed: int = 0) -> bytes:
    """A deterministic test image of ``width`` × ``height`` encoded as ``format``."""
    image = Image.new("RGB", (width, height))
    draw = ImageDraw.Draw(image)
    for x in range(0, width, max(1, width // 64)):
        shade = (x * 255 // max(1, width) + seed * 37) % 256
        draw.rectangle((x, 0, x + width // 64, height), fill=(shade, 120, 255 - shade))
    draw.ellipse((width // 4, height // 4, width // 2, height // 2), fill=(250, 220, 40))
    draw.rectangle((width * 2 // 3, height // 2, width - 10, height - 10), outline=(0, 0, 0), width=5)
    out = io.BytesIO()
    options: dict[str, object] = {}
    if format == "JPEG":
        options["quality"] = 85
    if exif is not None or orientation is not None:
        data = Image.Exif()
        if exif is not None:
            data.load(exif)
        if orientation is not None:
            data[0x0112] = orientation
        options["exif"] = data.tobytes()
    image.save(out, format=format, **options)
    return out.getvalue()


def exif_with(**tags: str) -> bytes:
    """EXIF bytes carrying the given tags by name (``Artist``, ``ImageDescription``, ``Make``, ``GPSInfo``…)."""
    from PIL import ExifTags

    data = Image.Exif()
    for name, value in tags.items():
        data[ExifTags.Base[name].value] = value
    return data.tobytes()
