"""OCR of scanned letters: Tesseract (Debian's ``tesseract-ocr``, with ``tesseract-ocr-cym`` for
Welsh) through ``pytesseract``.

Each page is read once with ``image_to_data``: the words give the text (lines and paragraphs
as Tesseract found them) and their confidences the page's mean word confidence (0-100), which
is stored with the case; a scan under ``ocr_min_confidence`` is flagged for a person to read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from intake.errors import IntakeError, TooBig, Unreadable


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float  # mean word confidence, 0-100 (0 when no word was read)
    words: int


class OcrUnavailable(IntakeError):
    status, code = 503, "ocr_unavailable"


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError):
        raise OcrUnavailable("this server cannot read scans: Tesseract is not installed "
                             "(make install installs Debian's tesseract-ocr)") from None


def languages(wanted: str) -> str:
    """The wanted Tesseract languages that are installed (English always)."""
    have = installed_languages()
    chosen = [code for code in wanted.split("+") if code and code in have]
    if "eng" not in chosen:
        chosen.insert(0, "eng")
    return "+".join(dict.fromkeys(chosen))


def prepare(image):
    """Greyscale, flattened onto white, at least ~1,700 pixels wide (Tesseract reads text of
    20-30 pixel capitals best)."""
    from PIL import Image, ImageFilter, ImageOps

    if image.mode in ("RGBA", "LA", "P"):
        image = image.convert("RGBA")
        background = Image.new("RGBA", image.size, "white")
        image = Image.alpha_composite(background, image)
    image = ImageOps.exif_transpose(image) if hasattr(ImageOps, "exif_transpose") else image
    image = image.convert("L")
    # speckles (dust, scanner noise) read as letters and break words: a 3x3 median removes
    # dots smaller than a stroke and keeps the strokes
    image = image.filter(ImageFilter.MedianFilter(3))
    if image.width < 1200:
        scale = 1700 / max(1, image.width)
        image = image.resize((int(image.width * scale), int(image.height * scale)),
                             Image.Resampling.LANCZOS)
    return image


def read_image(image, *, lang: str = "eng", timeout_s: float = 60.0) -> OcrResult:
    """Text and mean word confidence of one page image (a PIL image)."""
    import pytesseract

    image = prepare(image)
    try:
        data = pytesseract.image_to_data(image, lang=languages(lang), config="--psm 3",
                                         output_type=pytesseract.Output.DICT, timeout=timeout_s)
    except pytesseract.TesseractNotFoundError:
        raise OcrUnavailable("this server cannot read scans: Tesseract is not installed") from None
    except RuntimeError as error:  # pytesseract's time-out
        if "timeout" in str(error).lower():
            raise TooBig(f"a scanned page took longer than {timeout_s:.0f}s to read: send a "
                         "smaller or clearer scan", code="scan_too_slow") from None
        raise Unreadable("the scan could not be read") from None
    except pytesseract.TesseractError:
        raise Unreadable("the scan could not be read by OCR") from None
    lines: dict[tuple[int, int, int], list[str]] = {}
    confidences: list[float] = []
    for i, word in enumerate(data["text"]):
        word = (word or "").strip()
        if not word:
            continue
        try:
            conf = float(data["conf"][i])
        except (TypeError, ValueError):
            conf = -1.0
        if conf >= 0:
            confidences.append(conf)
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        lines.setdefault(key, []).append(word)
    paragraphs: list[list[str]] = []
    last_par = None
    for (block, par, _), words in lines.items():
        if (block, par) != last_par:
            paragraphs.append([])
            last_par = (block, par)
        paragraphs[-1].append(" ".join(words))
    text = "\n\n".join("\n".join(p) for p in paragraphs)
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrResult(text=text, confidence=round(confidence, 1), words=len(confidences))
