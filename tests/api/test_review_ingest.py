"""Letters from JSON, .txt and .eml (plain, multipart, HTML-only) with the standard library."""

from __future__ import annotations

import pytest

from api.errors import BadEncoding, EmptyLetter, Invalid, TooLarge, UnsupportedType, as_http
from api.ingest import from_text, from_upload
from contracts.errors import CaseworkError
from intake.documents import html_text

LIMITS = {"max_chars": 10_000, "max_bytes": 50_000}

MULTIPART = b"""From: Jane Smith <jane@example.org>
To: enquiries@council.example
Subject: My Universal Credit payment
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary="b1"

--b1
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

My payment is late and I cannot pay the rent =E2=80=93 please help.
--b1
Content-Type: text/html; charset="utf-8"

<p>My payment is <b>late</b></p>
--b1--
"""

HTML_ONLY = b"""From: someone@example.org
Subject: =?utf-8?q?School_place_=E2=80=93_appeal?=
MIME-Version: 1.0
Content-Type: text/html; charset="iso-8859-1"
Content-Transfer-Encoding: quoted-printable

<html><head><style>p {color: red}</style><script>alert(1)</script></head>
<body><p>Dear Sir,</p><p>My son was refused a school place. Caf=E9 &amp; more.</p>
<div>Regards<br>Mrs Smith</div></body></html>
"""

ATTACHMENT_ONLY = b"""From: a@example.org
Subject: scan
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="x"

--x
Content-Type: application/pdf
Content-Disposition: attachment; filename="a.pdf"
Content-Transfer-Encoding: base64

JVBERi0xLjQK
--x--
"""


def test_plain_json_text_is_cleaned():
    incoming = from_text("  Hello\r\nthere\x00 ", max_chars=100)
    assert incoming.text == "Hello\nthere" and incoming.channel == "json"


def test_multipart_email_prefers_plain_text():
    incoming = from_upload(
        MULTIPART, filename="letter.eml", content_type="message/rfc822", **LIMITS
    )
    assert incoming.channel == "eml"
    assert incoming.subject == "My Universal Credit payment"
    assert incoming.text.startswith("My Universal Credit payment\n\n")
    assert "cannot pay the rent – please help" in incoming.text
    assert "<b>" not in incoming.text


def test_html_only_email_becomes_visible_text():
    incoming = from_upload(HTML_ONLY, filename="x.eml", content_type=None, **LIMITS)
    assert incoming.subject == "School place – appeal"
    assert "My son was refused a school place. Café & more." in incoming.text
    assert "alert" not in incoming.text and "color" not in incoming.text
    assert "Regards\nMrs Smith" in incoming.text


def test_html_to_text_blocks():
    assert html_text("<p>a</p><p>b<br>c</p>") == "a\n\nb\nc"


@pytest.mark.parametrize(
    "data, filename, ctype, error",
    [
        (b"", "a.txt", "text/plain", EmptyLetter),
        (b"   \n ", "a.txt", "text/plain", EmptyLetter),
        (b"caf\xe9", "a.txt", "text/plain", BadEncoding),
        (b"\x00\x01binary", "a.txt", "text/plain", BadEncoding),
        (b"%PDF-1.4", "a.pdf", "application/pdf", Invalid),  # a damaged PDF (422 unreadable)
        (b"hello", "a.docx", "application/octet-stream", Invalid),  # not a Word file
        (b"hello", "a.xlsx", "application/octet-stream", UnsupportedType),
        (b"just words, no headers", "a.eml", "message/rfc822", UnsupportedType),
        (ATTACHMENT_ONLY, "a.eml", "message/rfc822", EmptyLetter),
        (b"x" * 60_000, "a.txt", "text/plain", TooLarge),
        ("é".encode() * 6000, "a.txt", "text/plain", TooLarge),  # bytes fit, characters do not
    ],
)
def test_bad_uploads_are_refused(data, filename, ctype, error):
    """Refused with the service error expected (errors of intake, a layer below, are mapped
    to it by type: api.errors.as_http)."""
    with pytest.raises(CaseworkError) as caught:
        from_upload(data, filename=filename, content_type=ctype, max_chars=5_000, max_bytes=50_000)
    assert isinstance(as_http(caught.value), error)


def test_utf8_bom_and_utf16_text_files():
    assert (
        from_upload("\ufeffHello".encode(), filename="a.txt", content_type=None, **LIMITS).text
        == "Hello"
    )
    assert (
        from_upload("Hello".encode("utf-16"), filename="a.txt", content_type=None, **LIMITS).text
        == "Hello"
    )
