"""OCR of scanned letters: Tesseract (Debian's ``tesseract-ocr``, with ``tesseract-ocr-cym`` for
Welsh) through ``pytesseract``.

Each page is read once with ``image_to_data``: the words give the text (lines rebuilt from
the words' positions, top to bottom: see :func:`_in_reading_order`) and their confidences the page's mean word confidence (0-100), which
is stored with the case; a scan under ``ocr_min_confidence`` is flagged for a person to read.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from PIL import Image, ImageFilter, ImageOps

from contracts.errors import OcrUnavailable, TooBig, Unreadable


@dataclass(frozen=True)
class OcrResult:
    text: str
    confidence: float  # mean word confidence, 0-100 (0 when no word was read)
    words: int


@lru_cache(maxsize=1)
def installed_languages() -> frozenset[str]:
    # deferred: pytesseract loads pandas (~0.75 s); only scans need it
    import pytesseract

    try:
        return frozenset(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, OSError):
        raise OcrUnavailable(
            "this server cannot read scans: Tesseract is not installed "
            "(make install installs Debian's tesseract-ocr)"
        ) from None


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
        image = image.resize(
            (int(image.width * scale), int(image.height * scale)), Image.Resampling.LANCZOS
        )
    return image


@dataclass
class _Segment:
    """A run of words Tesseract put on one line of one block, with its box."""

    left: int
    top: int
    bottom: int
    words: list[str] = field(default_factory=list)

    def add(self, word: str, left: int, top: int, bottom: int) -> None:
        self.words.append(word)
        self.left, self.top = min(self.left, left), min(self.top, top)
        self.bottom = max(self.bottom, bottom)

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


def _in_reading_order(segments: list[_Segment]) -> str:
    """The page's text line by line, top to bottom, each line left to right.

    Tesseract's automatic page segmentation (``--psm 3``) is kept - it drops specks and noise
    as non-text, where reading the page as one block (``--psm 6``) spent over a minute on a
    noisy scan - but its blocks are not used for order: on rendered one-column letters it cut
    lines into side-by-side "columns" and read the right-hand one after the whole left one
    (27% of one clean page's characters out of place, every word right and so 93% confidence,
    nothing flagged). Segments whose middles lie within one another's height are one line; a
    gap of more than a line's height between lines is a paragraph break."""
    if not segments:
        return ""
    rows: list[list[_Segment]] = []
    for segment in sorted(segments, key=lambda s: (s.middle, s.left)):
        row = rows[-1] if rows else None
        if row is not None and any(
            o.top <= segment.middle <= o.bottom or segment.top <= o.middle <= segment.bottom
            for o in row
        ):
            row.append(segment)
        else:
            rows.append([segment])
    heights = sorted(max(s.bottom for s in r) - min(s.top for s in r) for r in rows)
    line_height = heights[len(heights) // 2] or 1
    out: list[str] = []
    previous_bottom = None
    for row in rows:
        top = min(s.top for s in row)
        if previous_bottom is not None and top - previous_bottom > line_height:
            out.append("")
        out.append(" ".join(" ".join(s.words) for s in sorted(row, key=lambda s: s.left)))
        previous_bottom = max(s.bottom for s in row)
    return "\n".join(out)


def read_image(image, *, lang: str = "eng", timeout_s: float = 60.0) -> OcrResult:
    """Text and mean word confidence of one page image (a PIL image)."""
    # deferred: see installed_languages
    import pytesseract

    image = prepare(image)
    try:
        data = pytesseract.image_to_data(
            image,
            lang=languages(lang),
            config="--psm 3",
            output_type=pytesseract.Output.DICT,
            timeout=timeout_s,
        )
    except pytesseract.TesseractNotFoundError:
        raise OcrUnavailable("this server cannot read scans: Tesseract is not installed") from None
    except RuntimeError as error:  # pytesseract's time-out
        if "timeout" in str(error).lower():
            raise TooBig(
                f"a scanned page took longer than {timeout_s:.0f}s to read: send a "
                "smaller or clearer scan",
                code="scan_too_slow",
            ) from None
        raise Unreadable("the scan could not be read") from None
    except pytesseract.TesseractError:
        raise Unreadable("the scan could not be read by OCR") from None
    segments: dict[tuple[int, int, int], _Segment] = {}
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
        left, top = int(data["left"][i]), int(data["top"][i])
        bottom = top + int(data["height"][i])
        segments.setdefault(key, _Segment(left, top, bottom)).add(word, left, top, bottom)
    text = _in_reading_order(list(segments.values()))
    confidence = sum(confidences) / len(confidences) if confidences else 0.0
    return OcrResult(text=text, confidence=round(confidence, 1), words=len(confidences))
