"""Files as a mailroom receives them, made by the project (SYNTHETIC) for the tests, the
measurements and the examples: PDFs with a text layer (and outlines), Word files with heading
styles, web pages, RTF, e-mails with attachments, and zip bombs. Scans: :mod:`evaluation.scans`.
"""

from __future__ import annotations

import io
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from html import escape


def pdf_bytes(sections: list[tuple[str | None, str]], *, title: str = "") -> bytes:
    """A PDF with a text layer: each (heading, text) section on its own page, headings in the
    outline (bookmarks) when given."""
    # deferred: fpdf2 is in the [eval] extra
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_title(title)
    font = _unicode_font(pdf)
    for heading, text in sections:
        pdf.add_page()
        if heading:
            pdf.set_font(font, size=16)
            pdf.start_section(heading)
            pdf.multi_cell(0, 9, heading)
            pdf.ln(2)
        pdf.set_font(font, size=11)
        pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def _unicode_font(pdf) -> str:
    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",):
        try:
            pdf.add_font("DejaVu", "", path)
            return "DejaVu"
        except (OSError, RuntimeError, FileNotFoundError):
            continue
    return "Helvetica"  # Latin-1 only


def docx_bytes(blocks: list[tuple[int, str]]) -> bytes:
    """A Word file: (level, text) blocks, level 1-4 styled "Heading n", 0 a paragraph."""
    # deferred: python-docx loads lxml; only .docx examples need it
    import docx

    document = docx.Document()
    for level, text in blocks:
        if level:
            document.add_heading(text, level=level)
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def html_bytes(title: str, blocks: list[tuple[int, str, str | None]]) -> bytes:
    """A web page: (level, text, id) blocks, level 1-4 headings (with the id), 0 paragraphs."""
    body = []
    for level, text, anchor in blocks:
        if level:
            ident = f' id="{escape(anchor)}"' if anchor else ""
            body.append(f"<h{level}{ident}>{escape(text)}</h{level}>")
        else:
            body.append(f"<p>{escape(text)}</p>")
    return (
        f"<!doctype html><html lang=en><head><title>{escape(title)}</title>"
        f"<style>p{{color:#000}}</style><script>var x=1;</script></head><body><nav>Menu</nav>"
        f"<main>{''.join(body)}</main></body></html>"
    ).encode()


def rtf_bytes(text: str) -> bytes:
    """A minimal RTF document (non-ASCII as \\uN? escapes)."""
    out = []
    for char in text:
        if char == "\n":
            out.append("\\par\n")
        elif char in "\\{}":
            out.append("\\" + char)
        elif ord(char) > 127:
            out.append(f"\\u{ord(char) if ord(char) < 32768 else ord(char) - 65536}?")
        else:
            out.append(char)
    return (
        "{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs24 " + "".join(out) + "}"
    ).encode("ascii")


def eml_bytes(
    body: str,
    attachments: list[tuple[str, str, bytes]] = (),
    *,
    subject: str = "Letter",
    sender: str = "resident@example.com",
) -> bytes:
    """An e-mail with a plain body and (name, media type, bytes) attachments."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "casework@example.gov.uk"
    message["Subject"] = subject
    message.set_content(body)
    for name, media, data in attachments:
        if media == "message/rfc822":
            inner = BytesParser(policy=policy.default).parsebytes(data)
            message.add_attachment(inner, filename=name)
            continue
        main, _, sub = media.partition("/")
        message.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return message.as_bytes()


def zip_bomb_docx(expanded_bytes: int = 200_000_000) -> bytes:
    """A '.docx' whose document.xml would expand to ``expanded_bytes`` of zeros (a few hundred
    KB compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as handle:
            chunk = b"\0" * 1_000_000
            for _ in range(expanded_bytes // len(chunk)):
                handle.write(chunk)
    return buffer.getvalue()
