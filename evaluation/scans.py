"""Scanned letters the project renders itself (SYNTHETIC): text drawn into a page image with
speckle noise, a slight skew and optional blur, as a flatbed scanner or a phone camera leaves
it. The tests, the OCR measurement (``python -m evaluation.measure_intake``) and the examples
of ``make run`` use them; nothing here is real correspondence.
"""

from __future__ import annotations

import io
import random
import textwrap

from PIL import Image, ImageDraw, ImageFilter, ImageFont

#: page width and margins in pixels (an A4 page at about 150 dpi)
PAGE_WIDTH, MARGIN = 1240, 90


def _font(size: int):
    for path in (
        "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ):
        try:
            return ImageFont.truetype(path, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)  # Pillow's own font (FreeType builds)


def render_page(
    text: str,
    *,
    seed: int = 0,
    noise: float = 0.02,
    skew_degrees: float = 1.2,
    blur: float = 0.0,
    font_size: int = 26,
    contrast: int = 0,
):
    """A greyscale page image of ``text``: ``noise`` is the share of pixels flipped to random
    greys, ``skew_degrees`` the rotation (sign chosen by ``seed``), ``blur`` a Gaussian radius,
    ``contrast`` how far the ink is lightened (0 black - 200 faint)."""
    rng = random.Random(seed)
    font = _font(font_size)
    chars = max(20, int((PAGE_WIDTH - 2 * MARGIN) / (font_size * 0.52)))
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(textwrap.wrap(paragraph, chars) or [""])
    line_height = int(font_size * 1.45)
    height = max(PAGE_WIDTH * 1414 // 1000, 2 * MARGIN + line_height * len(lines))
    page = Image.new("L", (PAGE_WIDTH, height), 255)
    draw = ImageDraw.Draw(page)
    y = MARGIN
    for line in lines:
        draw.text((MARGIN + rng.randint(-2, 2), y), line, fill=contrast, font=font)
        y += line_height
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        pixels = page.load()
        for _ in range(int(page.width * page.height * noise)):
            x, yy = rng.randrange(page.width), rng.randrange(page.height)
            pixels[x, yy] = rng.choice((0, 60, 120, 200, 255))
    angle = skew_degrees * rng.choice((-1, 1))
    return page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=255)


def image_bytes(image, fmt: str = "PNG", **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, **options)
    return buffer.getvalue()


def render_scan(text: str, fmt: str = "PNG", **kwargs) -> bytes:
    """``text`` as a scanned page in ``fmt`` (PNG, JPEG, TIFF, or PDF: an image-only PDF, i.e.
    a PDF without a text layer)."""
    page = render_page(text, **kwargs)
    if fmt.upper() == "JPEG":
        return image_bytes(page, "JPEG", quality=80)
    if fmt.upper() == "PDF":
        return image_bytes(page.convert("RGB"), "PDF", resolution=150.0)
    return image_bytes(page, fmt.upper())


def character_error_rate(reference: str, hypothesis: str) -> float:
    """Levenshtein distance of the two texts (spaces and line breaks folded to one space) over
    the reference's length."""
    ref = " ".join(reference.split())
    hyp = " ".join(hypothesis.split())
    if not ref:
        return 0.0 if not hyp else 1.0
    previous = list(range(len(hyp) + 1))
    for i, a in enumerate(ref, start=1):
        current = [i] + [0] * len(hyp)
        for j, b in enumerate(hyp, start=1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a != b))
        previous = current
    return previous[-1] / len(ref)
