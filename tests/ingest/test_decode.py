"""Tests for reportedly.ingest.decode: encodings, binary detection, normalisation."""

from __future__ import annotations

import codecs
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportedly.errors import InputError
from reportedly.ingest.decode import decode_bytes, looks_like_html, normalize_text

RUSSIAN = (
    "Пресс-секретарь президента России Дмитрий Песков заявил, что Кремль не готов принять "
    "условия переговоров, которые выдвинул президент США Джо Байден. По его словам, Россия "
    "не собирается выводить войска с территории Украины, а специальная военная операция "
    "продолжается."
)
UKRAINIAN = (
    "Речник Кремля Дмитро Пєсков заявив, що Росія не готова прийняти умови переговорів, "
    "які висунув президент США Джо Байден. Журналісти звернули увагу на його слова."
)
LIMIT = 1_000_000


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"Hello, world", "Hello, world"),
        (codecs.BOM_UTF8 + "Привет".encode(), "Привет"),
        (codecs.BOM_UTF16_LE + "Kremlin’s «reply»".encode("utf-16-le"), "Kremlin’s «reply»"),
        (codecs.BOM_UTF16_BE + "Kremlin’s «reply»".encode("utf-16-be"), "Kremlin’s «reply»"),
        (codecs.BOM_UTF32_LE + "Київ".encode("utf-32-le"), "Київ"),
        (RUSSIAN.encode("cp1251"), RUSSIAN),
        (UKRAINIAN.encode("cp1251"), UKRAINIAN),
        (RUSSIAN.encode("koi8-r"), RUSSIAN),
        (RUSSIAN.encode("utf-16-le"), RUSSIAN),
        ("Peskov said no.".encode("utf-16-be"), "Peskov said no."),
    ],
    ids=[
        *("utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf32-bom"),
        *("cp1251-ru", "cp1251-uk", "koi8r-ru", "utf16le-nobom", "utf16be-nobom"),
    ],
)
def test_decode_bytes_detects_encoding(data: bytes, expected: str) -> None:
    assert decode_bytes(data, source="t", max_bytes=LIMIT).lstrip("\ufeff") == expected


def test_decode_bytes_prefers_declared_charset_over_guessing() -> None:
    text = "Песков: Нет."  # too short for reliable detection
    data = text.encode("koi8-r")
    assert decode_bytes(data, source="t", max_bytes=LIMIT, charset="koi8-r") == text


def test_decode_bytes_reads_html_meta_charset() -> None:
    page = '<html><head><meta charset="windows-1251"></head><body><p>Песков: «Нет».</p></body>'
    decoded = decode_bytes(page.encode("cp1251"), source="t", max_bytes=LIMIT, html=True)
    assert decoded == page


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E101"),
        (b" \n\r\n\t ", "E101"),
        (b"\x00" * 64, "E101"),
        (random.Random(7).randbytes(4096), "E102"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "E102"),
        (b"x" * (LIMIT + 1), "E104"),
    ],
    ids=["empty", "whitespace", "nuls", "random", "png", "too-large"],
)
def test_decode_bytes_rejects_bad_input(data: bytes, code: str) -> None:
    with pytest.raises(InputError) as caught:
        decode_bytes(data, source="junk.bin", max_bytes=LIMIT)
    assert caught.value.code == code
    assert "junk.bin" in str(caught.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a\r\nb\rc", "a\nb\nc"),
        ("a\x00b\x07c\x1bd", "abcd"),
        ("tab\tstays", "tab\tstays"),
        ("e\u0301", "é"),
        ("line  \nnext\u00a0\n", "line\nnext"),
        ("a\n\n\n\n b", "a\n\n b"),
        ("a\u2028b\u2029c", "a\nb\nc"),
        ("\ufeffbom\ufeff", "bom"),
        ("\n\n  padded  \n\n", "padded"),
    ],
)
def test_normalize_text_cases(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


@given(st.text())
def test_normalize_text_is_idempotent(raw: str) -> None:
    once = normalize_text(raw)
    assert normalize_text(once) == once


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<!DOCTYPE html><html><body>x</body></html>", True),
        ("  \n<html lang='en'>", True),
        ('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">', True),
        ("<p>Just a fragment</p>", True),
        ("Plain text that mentions <html> later", False),
        ("<Peskov> said nothing", False),
        ("", False),
    ],
)
def test_looks_like_html_sniffs(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@settings(max_examples=200)
@given(st.binary(max_size=2048))
def test_decode_bytes_raises_only_input_error(data: bytes) -> None:
    outcome: str | InputError
    try:
        outcome = decode_bytes(data, source="fuzz", max_bytes=LIMIT)
    except InputError as e:
        outcome = e
    if isinstance(outcome, InputError):
        assert outcome.code in {"E101", "E102"}
    else:
        controls = sum(1 for ch in outcome if ch < " " and ch not in "\n\r\t\x0b\x0c")
        assert controls <= 0.05 * len(outcome)
