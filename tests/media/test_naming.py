"""Content-addressed names: renditions under p/, originals apart, and the check before serving."""

from __future__ import annotations

from gazete.media.naming import is_public_name, original_name, rendition_name, sha256_hex

SHA = sha256_hex(b"picture")


def test_names_carry_the_hash_width_and_format() -> None:
    assert rendition_name(SHA, 720, "webp") == f"p/{SHA[:2]}/{SHA}-720.webp"
    assert rendition_name(SHA, 1200, "jpeg", social=True) == f"p/{SHA[:2]}/{SHA}-1200-social.jpg"
    assert rendition_name(SHA, 360, "avif") == f"p/{SHA[:2]}/{SHA}-360.avif"
    assert original_name(SHA, "png") == f"originals/{SHA[:2]}/{SHA}.png"


def test_only_rendition_names_are_public() -> None:
    assert is_public_name(rendition_name(SHA, 720, "webp").removeprefix("p/"))
    assert is_public_name(rendition_name(SHA, 1200, "jpeg", social=True).removeprefix("p/"))
    assert not is_public_name(original_name(SHA, "jpg"))
    assert not is_public_name(f"{SHA[:2]}/{SHA}.jpg")
    assert not is_public_name(f"zz/{SHA}-720.webp")
    assert not is_public_name(f"../{SHA[:2]}/{SHA}-720.webp")


def test_a_crop_around_a_focal_point_carries_the_point_in_its_name() -> None:
    cropped = rendition_name(SHA, 1200, "jpeg", social=True, focal=(0.25, 0.7))
    assert cropped == f"p/{SHA[:2]}/{SHA}-1200-social-c25-70.jpg"
    assert cropped != rendition_name(SHA, 1200, "jpeg", social=True, focal=(0.5, 0.5))
    assert is_public_name(cropped.removeprefix("p/"))
    assert not is_public_name(f"{SHA[:2]}/{SHA}-1200-c25-70.jpg")  # only the social card is cropped
