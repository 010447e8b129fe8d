"""Make a picture's renditions from its bytes: a few WebP (and AVIF) widths for srcset, a social JPEG.

A pure function over bytes (:func:`make_renditions`), run by the worker, never in a request. It
checks the file before decoding it (size, that it is an image of a known format, its pixel count
against decompression bombs, that it is complete) and returns either the files or a
:class:`Refusal` with a reason code and a plain message, which the caller turns into a quarantine.

Every rendition is turned upright (EXIF orientation applied), has its colours in sRGB (a picture
in another ICC profile, such as a CMYK press photo, is converted) and carries no metadata of the
original (no camera, no GPS, no thumbnail) except the caption (``ImageDescription``), the
photographer (``Artist``) and the credit (``Copyright``), in UTF-8.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageCms, ImageOps, UnidentifiedImageError, features

# Refusal reason codes (Picture.reason_code).
EMPTY = "empty"
TOO_LARGE = "too_large"
NOT_AN_IMAGE = "not_an_image"
UNSUPPORTED_FORMAT = "unsupported_format"
DECOMPRESSION_BOMB = "decompression_bomb"
TRUNCATED = "truncated"
UNREADABLE = "unreadable"
REASON_CODES = (EMPTY, TOO_LARGE, NOT_AN_IMAGE, UNSUPPORTED_FORMAT, DECOMPRESSION_BOMB, TRUNCATED, UNREADABLE)

# Formats the wire sends pictures in (Pillow's names) and the MIME type of each.
ACCEPTED_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp", "GIF": "image/gif",
                    "TIFF": "image/tiff", "AVIF": "image/avif", "MPO": "image/jpeg"}
EXTENSIONS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "TIFF": "tif", "AVIF": "avif",
              "MPO": "jpg"}

# EXIF tags written into renditions (TIFF tag numbers).
IMAGE_DESCRIPTION, ARTIST, COPYRIGHT = 0x010E, 0x013B, 0x8298
MAX_TEXT_BYTES = 2000


@dataclass(frozen=True)
class Limits:
    """What a picture may be: at most ``max_bytes`` of file and ``max_pixels`` pixels once decoded.

    40 MB and 100 million pixels take a print-size agency photo (AA's ``print`` format, ~24 MP) and
    any panorama, and stop a decompression bomb before it is decoded (Pillow's own warning starts at
    about 89 million pixels).
    """

    max_bytes: int = 40 * 1024 * 1024
    max_pixels: int = 100_000_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Spec:
    """One rendition to make: a format (``webp``, ``avif``, ``jpeg``), a width and a purpose.

    ``height`` 0 keeps the picture's shape; otherwise the rendition is cropped to ``width`` × ``height``
    (that shape, at most that size) around the picture's focal point.
    """

    format: str
    width: int
    purpose: str = "srcset"
    height: int = 0

    @property
    def is_cropped(self) -> bool:
        """True when the rendition is cut to a fixed shape around the focal point."""
        return self.height > 0


SRCSET_WIDTHS = (360, 720, 1080)
SOCIAL_WIDTH = 1200
SOCIAL_HEIGHT = 630  # 1.91:1, the shape social cards (og:image, summary_large_image) show
CENTRE = (0.5, 0.5)


def default_specs(*, avif: bool | None = None) -> tuple[Spec, ...]:
    """WebP at 360/720/1080 px, AVIF at the same widths when Pillow here can write it, and a 1200×630
    social JPEG cropped around the focal point."""
    with_avif = features.check("avif") if avif is None else avif
    specs = [Spec("webp", width) for width in SRCSET_WIDTHS]
    if with_avif:
        specs += [Spec("avif", width) for width in SRCSET_WIDTHS]
    specs.append(social_spec())
    return tuple(specs)


def social_spec() -> Spec:
    """The social card: a 1200×630 JPEG cut around the focal point (smaller when the picture is)."""
    return Spec("jpeg", SOCIAL_WIDTH, "social", SOCIAL_HEIGHT)


def rounded_focal(focal_x: float, focal_y: float) -> tuple[float, float]:
    """The focal point to the hundredth, inside the frame (crops and their file names use this)."""
    return (min(max(round(focal_x, 2), 0.0), 1.0), min(max(round(focal_y, 2), 0.0), 1.0))


def focal_crop_box(width: int, height: int, shape: tuple[int, int],
                   focal: tuple[float, float] = CENTRE) -> tuple[int, int, int, int]:
    """The largest box of ``shape`` (width, height ratio) inside a ``width`` × ``height`` picture,
    centred on ``focal`` (0..1 across, 0..1 down) as far as the edges allow: (left, top, right, bottom)."""
    wanted = shape[0] / shape[1]
    if width / height > wanted:
        box_w, box_h = max(1, min(width, round(height * wanted))), height
    else:
        box_w, box_h = width, max(1, min(height, round(width / wanted)))
    left = min(max(round(focal[0] * width - box_w / 2), 0), width - box_w)
    top = min(max(round(focal[1] * height - box_h / 2), 0), height - box_h)
    return left, top, left + box_w, top + box_h


# Encoder settings: WebP and AVIF at a quality that keeps news photos clean at page sizes; the social
# JPEG a little higher (platforms recompress it).
ENCODER_OPTIONS: dict[str, dict[str, object]] = {
    "webp": {"quality": 80, "method": 4},
    "avif": {"quality": 60, "speed": 8},
    "jpeg": {"quality": 85, "optimize": True, "progressive": True},
}
PIL_FORMATS = {"webp": "WEBP", "avif": "AVIF", "jpeg": "JPEG"}


@dataclass(frozen=True)
class Refusal:
    """Why a file is no usable picture: a reason code from :data:`REASON_CODES` and a plain message."""

    code: str
    message: str

    def __str__(self) -> str:
        return f"{self.code}: {self.message}"


@dataclass(frozen=True)
class Inspection:
    """What the file is, read from its header and a full decode check: format, MIME type, upright size."""

    format: str
    mimetype: str
    extension: str
    width: int
    height: int


@dataclass(frozen=True)
class RenderedFile:
    """One rendition's bytes and what they are."""

    format: str
    purpose: str
    width: int
    height: int
    data: bytes
    cropped: bool = False  # cut to a fixed shape around the focal point (its file name carries the point)


@dataclass(frozen=True)
class Rendered:
    """The result of :func:`make_renditions` for a usable picture."""

    inspection: Inspection
    files: tuple[RenderedFile, ...]


def inspect(data: bytes, limits: Limits = DEFAULT_LIMITS) -> Inspection | Refusal:
    """Check ``data`` from its header: an image of an accepted format within ``limits``, structurally sound.

    Cheap (no pixels decoded), for the moment a file arrives. A JPEG cut short passes here (its
    header is whole) and is refused as ``truncated`` by :func:`make_renditions`, which decodes it.
    """
    opened = _open_checked(data, limits)
    if isinstance(opened, Refusal):
        return opened
    image, inspection = opened
    image.close()
    return inspection


def make_renditions(
    data: bytes,
    specs: tuple[Spec, ...] | None = None,
    *,
    caption: str = "",
    byline: str = "",
    credit: str = "",
    limits: Limits = DEFAULT_LIMITS,
    focal: tuple[float, float] = CENTRE,
) -> Rendered | Refusal:
    """Every rendition of ``specs`` (default: :func:`default_specs`) made from ``data``, or a Refusal.

    A width wider than the picture is not made (no upscaling); the picture's own width is made
    instead when it is narrower than every width asked for, so each format and purpose gets one file.
    A cropped spec (the social card) is cut around ``focal`` (x, y in 0..1 of the upright picture).
    """
    specs = default_specs() if specs is None else specs
    opened = _open_checked(data, limits)
    if isinstance(opened, Refusal):
        return opened
    image, inspection = opened
    try:
        widest = min(max(_decoded_width(spec, inspection) for spec in specs), inspection.width) if specs \
            else inspection.width
        if image.format == "JPEG":
            # Let the JPEG decoder scale down by 1/2, 1/4 or 1/8 while decoding (much faster than a full decode).
            image.draft("RGB", _upright_box(image, widest, inspection))
        problem = _decode(image)
        if problem is not None:
            return problem
        upright = _without_transparency_issues(_in_srgb(ImageOps.exif_transpose(image)))
        exif = _credit_exif(caption, byline, credit)
        files = tuple(_render(upright, spec, width, exif, focal) for spec, width in _planned(specs, inspection.width))
    finally:
        image.close()
    return Rendered(inspection, files)


def _decoded_width(spec: Spec, inspection: Inspection) -> int:
    """How wide the decoded picture must be for ``spec``: its width, or more when a crop cuts the sides."""
    if not spec.is_cropped:
        return spec.width
    left, _, right, _ = focal_crop_box(inspection.width, inspection.height, (spec.width, spec.height))
    return -(-spec.width * inspection.width // max(1, right - left))


def _planned(specs: tuple[Spec, ...], original_width: int) -> list[tuple[Spec, int]]:
    """The (spec, width) pairs to make: widths no wider than the original, and the original's own width when it
    falls between two of them (one per format and purpose at least)."""
    planned: list[tuple[Spec, int]] = []
    groups: dict[tuple[str, str], list[Spec]] = {}
    for spec in specs:
        groups.setdefault((spec.format, spec.purpose), []).append(spec)
    for group in groups.values():
        fitting = [spec for spec in group if spec.width <= original_width]
        wider = [spec for spec in group if spec.width > original_width]
        if fitting:
            planned += [(spec, spec.width) for spec in fitting]
            if wider:
                # A 1000 px photo gets a 1000 px file too, so wide and dense screens do not stretch the 720.
                planned.append((min(wider, key=lambda spec: spec.width), original_width))
        else:
            planned.append((min(group, key=lambda spec: spec.width), original_width))
    return planned


def _open_checked(data: bytes, limits: Limits) -> tuple[Image.Image, Inspection] | Refusal:
    if not data:
        return Refusal(EMPTY, "the file is empty")
    if len(data) > limits.max_bytes:
        return Refusal(TOO_LARGE, f"{len(data):,} bytes, over the limit of {limits.max_bytes:,}")
    try:
        with warnings.catch_warnings():
            # Pillow warns from ~89 million pixels; the limit here is ours (Limits.max_pixels), checked below.
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError as error:
        return Refusal(DECOMPRESSION_BOMB, f"too many pixels to decode safely: {error}")
    except UnidentifiedImageError:
        return Refusal(NOT_AN_IMAGE, f"not an image file (starts with {data[:12]!r})")
    except (OSError, ValueError, SyntaxError) as error:
        return Refusal(UNREADABLE, f"cannot read the image: {error}")
    if image.format not in ACCEPTED_FORMATS:
        return Refusal(UNSUPPORTED_FORMAT, f"{image.format} pictures are not accepted")
    width, height = image.size
    if width * height > limits.max_pixels:
        return Refusal(DECOMPRESSION_BOMB,
                       f"{width}×{height} = {width * height:,} pixels, over the limit of {limits.max_pixels:,}")
    try:
        Image.open(io.BytesIO(data)).verify()  # structure and checksums, without decoding pixels
    except (OSError, SyntaxError, ValueError, Image.DecompressionBombError) as error:
        return Refusal(TRUNCATED, f"the file is damaged or incomplete: {error}")
    orientation = image.getexif().get(0x0112, 1)
    upright = (height, width) if orientation in (5, 6, 7, 8) else (width, height)
    fmt = image.format
    return image, Inspection(fmt, ACCEPTED_FORMATS[fmt], EXTENSIONS[fmt], *upright)


def _decode(image: Image.Image) -> Refusal | None:
    """Decode the pixels (first frame of an animation); a file that ends early is refused as truncated."""
    try:
        image.load()
    except OSError as error:
        return Refusal(TRUNCATED, f"the file ends before the picture does: {error}")
    except (ValueError, SyntaxError) as error:
        return Refusal(UNREADABLE, f"cannot decode the image: {error}")
    return None


def _upright_box(image: Image.Image, width: int, inspection: Inspection) -> tuple[int, int]:
    """The size to ask the JPEG decoder for so the upright picture is still at least ``width`` wide."""
    height = max(1, round(inspection.height * width / inspection.width))
    rotated = image.size != (inspection.width, inspection.height)
    return (height, width) if rotated else (width, height)


def _in_srgb(image: Image.Image) -> Image.Image:
    """The picture's colours in sRGB when it carries another colour profile (Adobe RGB, a CMYK press profile).

    Renditions carry no profile, and browsers read an untagged picture as sRGB; without this a print
    photo in a wide-gamut or CMYK profile would show dull or shifted colours. A profile that cannot
    be read is ignored (the pixels are converted as if untagged).
    """
    profile = image.info.get("icc_profile")
    if not profile or image.mode not in ("RGB", "RGBA", "CMYK"):
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(profile))
        if image.mode == "CMYK" or "srgb" not in (ImageCms.getProfileDescription(source) or "").lower():
            output = "RGBA" if image.mode == "RGBA" else "RGB"
            converted = ImageCms.profileToProfile(image, source, _SRGB, outputMode=output)
            return converted if converted is not None else image
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image
    return image


_SRGB = ImageCms.createProfile("sRGB")


def _without_transparency_issues(image: Image.Image) -> Image.Image:
    """RGB, or RGBA when the picture has transparency (graphics); palettes and CMYK converted."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info)
    wanted = "RGBA" if has_alpha else "RGB"
    return image if image.mode == wanted else image.convert(wanted)


def _credit_exif(caption: str, byline: str, credit: str) -> bytes:
    """EXIF holding only the caption, photographer and credit (UTF-8), or nothing when all are empty."""
    exif = Image.Exif()
    for tag, text in ((IMAGE_DESCRIPTION, caption), (ARTIST, byline), (COPYRIGHT, credit)):
        if text.strip():
            exif[tag] = text.strip().encode("utf-8")[:MAX_TEXT_BYTES]
    return exif.tobytes() if len(exif) else b""


def _render(image: Image.Image, spec: Spec, width: int, exif: bytes,
            focal: tuple[float, float] = CENTRE) -> RenderedFile:
    """Resize ``image`` to ``width`` (keeping its shape, or cut to the spec's shape around ``focal``)
    and encode it as ``spec`` says."""
    if spec.is_cropped:
        box = focal_crop_box(image.width, image.height, (spec.width, spec.height), focal)
        image = image.crop(box)
        width = min(width, image.width)
    height = max(1, round(image.height * width / image.width))
    resized = image if (width, height) == image.size else image.resize(
        (width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    if spec.format == "jpeg" and resized.mode != "RGB":
        flattened = Image.new("RGB", resized.size, (255, 255, 255))
        flattened.paste(resized, mask=resized.getchannel("A"))
        resized = flattened
    out = io.BytesIO()
    options = dict(ENCODER_OPTIONS[spec.format])
    if exif:
        options["exif"] = exif
    resized.save(out, format=PIL_FORMATS[spec.format], **options)
    return RenderedFile(spec.format, spec.purpose, width, height, out.getvalue(), spec.is_cropped)
