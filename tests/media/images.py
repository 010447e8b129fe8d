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


def rgb_icc_profile(description: str, red: tuple[float, float, float], green: tuple[float, float, float],
                    blue: tuple[float, float, float], gamma: float = 2.2) -> bytes:
    """A minimal ICC v2 RGB display profile (matrix + gamma) with the given D50 primaries, built here.

    For tests of colour conversion: Pillow can only make sRGB, LAB and XYZ profiles, and the
    machine ships no ICC files.
    """
    import struct

    def s15(value: float) -> bytes:
        return struct.pack(">i", round(value * 65536))

    def xyz(values: tuple[float, float, float]) -> bytes:
        return b"XYZ " + b"\0" * 4 + b"".join(s15(v) for v in values)

    curve = b"curv" + b"\0" * 4 + struct.pack(">IH", 1, round(gamma * 256)) + b"\0\0"
    text = description.encode("ascii") + b"\0"
    desc = b"desc" + b"\0" * 4 + struct.pack(">I", len(text)) + text + b"\0" * 8 + b"\0\0\0" + b"\0" * 67
    desc += b"\0" * (-len(desc) % 4)
    tags = [(b"desc", desc), (b"wtpt", xyz((0.9642, 1.0, 0.8249))), (b"rXYZ", xyz(red)), (b"gXYZ", xyz(green)),
            (b"bXYZ", xyz(blue)), (b"rTRC", curve), (b"gTRC", curve), (b"bTRC", curve)]
    offset = 128 + 4 + 12 * len(tags)
    table, data = b"", b""
    for signature, body in tags:
        table += signature + struct.pack(">II", offset + len(data), len(body))
        data += body
    size = offset + len(data)
    header = (struct.pack(">I", size) + b"\0" * 4 + bytes([2, 0x10, 0, 0]) + b"mntrRGB XYZ " + b"\0" * 12
              + b"acsp" + b"\0" * 24 + b"\0" * 4 + s15(0.9642) + s15(1.0) + s15(0.8249) + b"\0" * 48)
    assert len(header) == 128
    return header + struct.pack(">I", len(tags)) + table + data


def photo_like_bytes(width: int = 3000, height: int = 2000, *, seed: int = 0) -> bytes:
    """A JPEG that compresses about as badly as a photograph: blurred shapes under sensor-like noise."""
    from PIL import ImageFilter

    base = Image.linear_gradient("L").resize((width, height)).convert("RGB")
    draw = ImageDraw.Draw(base)
    step = max(8, width // 12)
    for index, x in enumerate(range(0, width, step)):
        shade = (index * 41 + seed * 59) % 256
        top = (index * 89) % height
        draw.ellipse((x, top, x + step * 2, top + step * 2), fill=(shade, 255 - shade, (shade * 5) % 256))
    noise = Image.effect_noise((width, height), 40).convert("RGB")
    image = Image.blend(base.filter(ImageFilter.GaussianBlur(2)), noise, 0.15)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=90)
    return out.getvalue()
