"""make_renditions and inspect on pictures made here: widths, formats, orientation, metadata, refusals."""

from __future__ import annotations

import io

import pytest
from PIL import ExifTags, Image, features

from gazete.media.renditions import (
    DECOMPRESSION_BOMB,
    EMPTY,
    NOT_AN_IMAGE,
    TOO_LARGE,
    TRUNCATED,
    UNSUPPORTED_FORMAT,
    Inspection,
    Limits,
    Refusal,
    Rendered,
    Spec,
    default_specs,
    focal_crop_box,
    inspect,
    make_renditions,
    rounded_focal,
    social_spec,
)
from tests.media.images import exif_with, picture_bytes, rgb_icc_profile


def _rendered(data: bytes, specs: tuple[Spec, ...] | None = None, **kwargs: str) -> Rendered:
    result = make_renditions(data, specs, **kwargs)
    assert isinstance(result, Rendered), result
    return result


def test_default_specs_are_three_webp_widths_avif_when_available_and_a_social_jpeg() -> None:
    specs = default_specs(avif=False)
    assert [(s.format, s.width, s.purpose) for s in specs] == [
        ("webp", 360, "srcset"), ("webp", 720, "srcset"), ("webp", 1080, "srcset"), ("jpeg", 1200, "social")]
    assert sum(s.format == "avif" for s in default_specs(avif=True)) == 3
    assert any(s.format == "avif" for s in default_specs()) == features.check("avif")


def test_each_rendition_has_its_width_the_pictures_shape_and_its_format() -> None:
    result = _rendered(picture_bytes(1600, 1000))
    assert result.inspection == Inspection("JPEG", "image/jpeg", "jpg", 1600, 1000)
    seen = set()
    for made in result.files:
        decoded = Image.open(io.BytesIO(made.data))
        assert decoded.format == {"webp": "WEBP", "avif": "AVIF", "jpeg": "JPEG"}[made.format]
        shape = 630 / 1200 if made.purpose == "social" else 1000 / 1600  # the social card is cut to 1.91:1
        assert decoded.size == (made.width, made.height) == (made.width, round(made.width * shape))
        seen.add((made.format, made.width, made.purpose))
    assert {("webp", 360, "srcset"), ("webp", 720, "srcset"), ("webp", 1080, "srcset"),
            ("jpeg", 1200, "social")} <= seen


def test_a_small_picture_is_not_upscaled_but_every_format_still_gets_one_file() -> None:
    result = _rendered(picture_bytes(500, 300), default_specs(avif=False))
    assert [(f.format, f.width, f.purpose) for f in result.files] == [
        ("webp", 360, "srcset"), ("webp", 500, "srcset"), ("jpeg", 500, "social")]
    tiny = _rendered(picture_bytes(200, 100), default_specs(avif=False))
    # 200×100 is wider than a social card (1.91:1): its card is the 190×100 middle.
    assert [(f.format, f.width, f.height) for f in tiny.files] == [("webp", 200, 100), ("jpeg", 190, 100)]


def test_the_exif_orientation_is_applied_and_the_size_reported_upright() -> None:
    # Stored 1200×800 with "rotate 90° clockwise to view" (6): readers see it 800 wide, 1200 high.
    data = picture_bytes(1200, 800, orientation=6)
    result = _rendered(data, (Spec("webp", 720),))
    assert (result.inspection.width, result.inspection.height) == (800, 1200)
    made = result.files[0]
    assert (made.width, made.height) == (720, 1080)
    assert Image.open(io.BytesIO(made.data)).getexif().get(ExifTags.Base.Orientation) is None


def test_camera_and_location_metadata_are_dropped_and_caption_credit_kept_in_utf8() -> None:
    data = picture_bytes(1000, 700, exif=exif_with(Make="CameraMaker", Model="X100", ImageDescription="old",
                                                    Software="editor 1.0"))
    result = _rendered(data, (Spec("webp", 720), Spec("jpeg", 1200, "social")),
                       caption="Ankara'da kar yağışı", byline="Ayşe Fotoğrafçı", credit="AA")
    for made in result.files:
        exif = Image.open(io.BytesIO(made.data)).getexif()
        assert set(exif) == {ExifTags.Base.ImageDescription, ExifTags.Base.Artist, ExifTags.Base.Copyright}
        assert exif[ExifTags.Base.ImageDescription].encode("latin-1").decode("utf-8") == "Ankara'da kar yağışı"
        assert exif[ExifTags.Base.Artist].encode("latin-1").decode("utf-8") == "Ayşe Fotoğrafçı"
    bare = _rendered(data, (Spec("webp", 360),))
    assert len(Image.open(io.BytesIO(bare.files[0].data)).getexif()) == 0


def test_a_graphic_with_transparency_keeps_it_in_webp_and_is_flattened_on_white_in_jpeg() -> None:
    image = Image.new("RGBA", (800, 400), (0, 0, 0, 0))
    image.paste((200, 30, 30, 255), (100, 100, 300, 300))
    out = io.BytesIO()
    image.save(out, format="PNG")
    result = _rendered(out.getvalue(), (Spec("webp", 360), Spec("jpeg", 1200, "social")))
    webp, jpeg = (Image.open(io.BytesIO(f.data)) for f in result.files)
    assert webp.mode == "RGBA" and webp.getpixel((5, 5))[3] == 0
    assert jpeg.mode == "RGB" and min(jpeg.getpixel((5, 5))) > 240


@pytest.mark.parametrize(("data", "code"), [
    (b"", EMPTY),
    (b"<html><body>Try again in 0.3 seconds</body></html>", NOT_AN_IMAGE),
    (b"GIF89a" + b"\x00" * 4, NOT_AN_IMAGE),
])
def test_what_is_no_picture_is_refused_with_its_code(data: bytes, code: str) -> None:
    result = make_renditions(data)
    assert isinstance(result, Refusal) and result.code == code and result.message


def test_a_truncated_jpeg_passes_the_header_check_and_is_refused_when_decoded() -> None:
    data = picture_bytes(1200, 800)
    cut = data[: len(data) // 2]
    assert isinstance(inspect(cut), Inspection)
    refused = make_renditions(cut, (Spec("webp", 360),))
    assert isinstance(refused, Refusal) and refused.code == TRUNCATED


def test_a_truncated_png_is_refused_before_decoding() -> None:
    data = picture_bytes(800, 600, format="PNG")
    refused = inspect(data[: len(data) // 2])
    assert isinstance(refused, Refusal) and refused.code == TRUNCATED


def test_a_decompression_bomb_is_refused_from_its_header() -> None:
    # A 20000×20000 single-colour PNG: 400 million pixels in a file of a few hundred kilobytes.
    out = io.BytesIO()
    Image.new("1", (20000, 20000)).save(out, format="PNG", optimize=True)
    data = out.getvalue()
    assert len(data) < 1_000_000
    refused = make_renditions(data)
    assert isinstance(refused, Refusal) and refused.code == DECOMPRESSION_BOMB
    small_limit = make_renditions(picture_bytes(1000, 1000), limits=Limits(max_pixels=999_999))
    assert isinstance(small_limit, Refusal) and small_limit.code == DECOMPRESSION_BOMB


def test_a_file_over_the_size_limit_is_refused_unread() -> None:
    data = picture_bytes(800, 600)
    refused = make_renditions(data, limits=Limits(max_bytes=len(data) - 1))
    assert isinstance(refused, Refusal) and refused.code == TOO_LARGE and f"{len(data):,}" in refused.message
    assert isinstance(make_renditions(data, (Spec("webp", 360),), limits=Limits(max_bytes=len(data))), Rendered)


def test_an_image_format_the_wire_does_not_use_is_refused() -> None:
    out = io.BytesIO()
    Image.new("RGB", (64, 64)).save(out, format="BMP")
    refused = make_renditions(out.getvalue())
    assert isinstance(refused, Refusal) and refused.code == UNSUPPORTED_FORMAT


def test_a_cmyk_press_photo_becomes_rgb_and_no_colour_profile_is_kept() -> None:
    cmyk = Image.new("CMYK", (900, 600), (0, 255, 255, 0))  # full magenta and yellow: red on paper
    out = io.BytesIO()
    cmyk.save(out, format="JPEG", quality=90)
    result = _rendered(out.getvalue(), (Spec("webp", 360), Spec("jpeg", 1200, "social")))
    for made in result.files:
        decoded = Image.open(io.BytesIO(made.data))
        assert decoded.mode == "RGB" and "icc_profile" not in decoded.info
        red, green, blue = decoded.convert("RGB").getpixel((10, 10))
        assert red > 200 and green < 60 and blue < 60


def test_a_picture_in_another_colour_profile_is_converted_to_srgb() -> None:
    from PIL import ImageCms

    # The same numbers tagged sRGB stay; tagged with a wide-gamut profile (Adobe RGB's primaries) they
    # are converted, so a browser reading the untagged rendition as sRGB shows the intended colour.
    image = Image.new("RGB", (400, 300), (120, 60, 200))
    srgb = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    wide = rgb_icc_profile("Wide test RGB", (0.6097, 0.3111, 0.0195), (0.2053, 0.6257, 0.0609),
                           (0.1492, 0.0632, 0.7446))
    seen = {}
    for name, profile in (("srgb", srgb), ("wide", wide)):
        out = io.BytesIO()
        image.save(out, format="PNG", icc_profile=profile)
        made = _rendered(out.getvalue(), (Spec("webp", 360),)).files[0]
        decoded = Image.open(io.BytesIO(made.data))
        assert "icc_profile" not in decoded.info
        seen[name] = decoded.convert("RGB").getpixel((5, 5))
    assert all(abs(a - b) <= 3 for a, b in zip(seen["srgb"], (120, 60, 200), strict=True))
    red, _, blue = seen["wide"]
    assert red > 130 and blue > 200  # wider-gamut numbers become more saturated sRGB numbers


def test_the_crop_box_is_the_largest_of_its_shape_centred_on_the_focal_point_within_the_edges() -> None:
    assert focal_crop_box(1600, 1000, (1200, 630)) == (0, 80, 1600, 920)  # a wide picture: full width
    assert focal_crop_box(1600, 1000, (1200, 630), (0.5, 0.0)) == (0, 0, 1600, 840)  # held at the top edge
    assert focal_crop_box(1600, 1000, (1200, 630), (0.5, 1.0)) == (0, 160, 1600, 1000)
    assert focal_crop_box(3000, 1000, (1200, 630), (0.9, 0.5)) == (1095, 0, 3000, 1000)  # a panorama: full height
    assert focal_crop_box(3000, 1000, (1200, 630), (0.0, 0.5)) == (0, 0, 1905, 1000)


def test_the_focal_point_is_rounded_to_the_hundredth_and_kept_in_the_frame() -> None:
    assert rounded_focal(0.123, 0.987) == (0.12, 0.99)
    assert rounded_focal(-0.2, 1.3) == (0.0, 1.0)


def _two_colour_picture(width: int, height: int) -> bytes:
    """Top half red, bottom half blue (a picture whose crop shows where it was cut)."""
    image = Image.new("RGB", (width, height), (220, 20, 20))
    image.paste((20, 20, 220), (0, height // 2, width, height))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


@pytest.mark.parametrize(("focal_y", "colour"), [(0.0, "red"), (1.0, "blue")])
def test_the_social_card_is_cut_around_the_focal_point(focal_y: float, colour: str) -> None:
    result = _rendered(_two_colour_picture(1200, 2400), (social_spec(),), focal=(0.5, focal_y))
    (card,) = result.files
    assert (card.width, card.height, card.cropped) == (1200, 630, True)
    red, _green, blue = Image.open(io.BytesIO(card.data)).convert("RGB").resize((1, 1)).getpixel((0, 0))
    assert (red > blue) == (colour == "red")


def test_a_panorama_is_decoded_wide_enough_for_a_full_width_social_card() -> None:
    result = _rendered(picture_bytes(4000, 1000), (Spec("webp", 360), social_spec()))
    assert [(f.format, f.width, f.height) for f in result.files] == [("webp", 360, 90), ("jpeg", 1200, 630)]
