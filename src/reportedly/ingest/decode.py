"""Bytes to clean text: encoding detection and the one normalisation offsets refer to."""

from __future__ import annotations

import codecs
import re
import unicodedata

import charset_normalizer

from reportedly.errors import InputError
from reportedly.ingest.encoding import Guess, guess_encoding

# A decoded text with more than this share of control characters is binary, not text.
_MAX_CONTROL_RATIO = 0.05
_UTF16_HIGH_SHARE = 0.9
_DETECT_BYTES = 200_000  # the detector's sample: enough to judge, bounded on huge inputs
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_UNWANTED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_TRAILING_SPACE = re.compile(r"[ \t\u00a0\u3000]+$", re.M)
_EXTRA_BLANKS = re.compile(r"\n{3,}")
_HTML_SNIFF = re.compile(
    r"<\s*(?:!doctype\s+html|html|head|body|article|main|div|p|meta|title)\b", re.I
)


def check_size(size: int, *, source: str, max_bytes: int) -> None:
    """Raise ``E104`` when ``size`` (bytes, or characters for text) exceeds ``max_bytes``."""
    if size > max_bytes:
        raise InputError(
            source,
            f"input is {size:,} bytes, over the limit of {max_bytes:,}; split it or raise "
            "max_bytes",
            code="E104",
        )


def decode_bytes(
    data: bytes, *, source: str, max_bytes: int, charset: str | None = None, html: bool = False
) -> str:
    """Decode ``data`` to text (see :func:`decode_detected`)."""
    return decode_detected(
        data, source=source, max_bytes=max_bytes, charset=charset, html=html
    ).text


def decode_detected(
    data: bytes, *, source: str, max_bytes: int, charset: str | None = None, html: bool = False
) -> Guess:
    """Decode ``data`` to text: BOM, then UTF-8, then declared charsets, then the most
    plausible legacy encoding (:func:`reportedly.ingest.encoding.guess_encoding`), with
    the encoding used and a confidence in it (1.0 for a BOM or UTF-8).

    Args:
        data: the raw bytes.
        source: names the input in error messages.
        max_bytes: inputs larger than this are refused.
        charset: a charset declared outside the bytes (an HTTP header), tried after UTF-8.
        html: also try a ``<meta charset>`` declared in the first bytes.

    Raises:
        InputError: ``E101`` empty, ``E104`` too large, ``E102`` binary or undecodable.
    """
    check_size(len(data), source=source, max_bytes=max_bytes)
    if not data.strip(b" \t\r\n\x00\x0b\x0c"):
        raise InputError(source, "input is empty; nothing to read", code="E101")
    decoded = _decode(data, charset=charset, html=html)
    if decoded is None:
        raise InputError(
            source,
            "cannot decode the bytes as text (binary or unknown encoding); convert it to UTF-8",
            code="E102",
        )
    if _looks_binary(decoded.text):
        raise InputError(
            source, "input looks binary (many control characters), not text", code="E102"
        )
    return decoded


def _decode(data: bytes, *, charset: str | None, html: bool) -> Guess | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _known(data, encoding, 1.0)
    for encoding in _bomless_utf16(data):
        guess = _known(data, encoding, 0.9)
        if guess is not None:
            return guess
    guess = _known(data, "utf-8", 1.0)
    if guess is not None:
        return guess
    declared = [charset] if charset else []
    if html:
        match = _META_CHARSET.search(data[:4096])
        if match:
            declared.append(match.group(1).decode("ascii"))
    for name in declared:
        guess = _known(data, name, 0.9)
        if guess is not None:
            return guess
    detected = charset_normalizer.from_bytes(data[:_DETECT_BYTES]).best()
    return guess_encoding(data, () if detected is None else (detected.encoding,))


def _known(data: bytes, encoding: str, confidence: float) -> Guess | None:
    text = _try(data, encoding)
    return None if text is None else Guess(text=text, encoding=encoding, confidence=confidence)


def _bomless_utf16(data: bytes) -> tuple[str, ...]:
    """UTF-16 without a BOM, recognised for Latin and Cyrillic text: nearly every high byte
    of a code unit is 0x00 (ASCII, Latin-1) or 0x04 (Cyrillic)."""
    sample = data[:4096]
    if len(sample) < 4:
        return ()
    for encoding, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if sum(1 for b in high if b in (0, 4)) >= _UTF16_HIGH_SHARE * len(high):
            return (encoding,)
    return ()


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_binary(text: str) -> bool:
    sample = text[:100_000]
    controls = sum(1 for ch in sample if ch < " " and ch not in "\n\r\t\x0b\x0c")
    return controls > _MAX_CONTROL_RATIO * max(len(sample), 1)


def normalize_text(text: str) -> str:
    """Normalise text once, before any offset is taken.

    Line breaks become ``\\n``; control characters (except ``\\n`` and ``\\t``) and stray BOMs
    go; trailing spaces on each line go; three or more line breaks become one blank line;
    the text is NFC-normalised and stripped.
    """
    text = _LINE_BREAKS.sub("\n", text)
    text = _UNWANTED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _EXTRA_BLANKS.sub("\n\n", text)
    return text.strip()


def looks_like_html(text: str) -> bool:
    """Whether ``text`` starts like an HTML document or fragment (a sniffing heuristic)."""
    head = text[:2048].lstrip()
    return head.startswith("<") and _HTML_SNIFF.search(head) is not None
