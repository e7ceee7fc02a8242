"""Bytes that are not UTF-8: the plausible decoding wins, and how sure it was is recorded."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportedly.ingest import read_paths, read_text
from reportedly.ingest.encoding import guess_encoding
from reportedly.model import Article

LATIN1 = (
    b'Macron said the caf\xe9 meeting was "tr\xe8s productive", adding that Se\xf1or '
    b"S\xe1nchez agreed.\n"
)


def test_encoding_short_latin1_english_reads_as_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "l1.txt"
    path.write_bytes(LATIN1)
    [article] = list(read_paths([path]))
    assert isinstance(article, Article)
    assert '"très productive"' in article.text
    assert "Señor Sánchez" in article.text
    assert article.encoding == "cp1252"
    assert article.encoding_confidence is not None
    assert article.encoding_confidence >= 0.75


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("Wałęsa powiedział, że nie jest dobrze, a Kaczyński się zgodził.", "cp1250"),
        ("Der Minister sagte, dass die Gespräche über Öl gescheitert wären.", "cp1252"),
        ("Le ministre a déclaré que les négociations étaient terminées à Genève.", "cp1252"),
        ("Песков сказал, что переговоры окончены и не будут продолжены.", "cp1251"),
        ("Песков сказал, что переговоры окончены и не будут продолжены.", "koi8-r"),
    ],
)
def test_encoding_language_check_picks_the_right_legacy_encoding(text: str, encoding: str) -> None:
    guess = guess_encoding(text.encode(encoding))
    assert guess is not None
    assert guess.text == text
    assert guess.confidence >= 0.75


def test_encoding_utf8_and_given_text_are_recorded_as_such() -> None:
    article = read_text("Title\n\nLavrov said “no”.".encode(), source="u")
    assert (article.encoding, article.encoding_confidence) == ("utf-8", 1.0)
    article = read_text("Title\n\nLavrov said no.", source="s")
    assert (article.encoding, article.encoding_confidence) == (None, None)


def test_encoding_unsure_guess_gets_a_warning() -> None:
    from reportedly.pipeline import _encoding_warning

    article = read_text(b"Title\n\nCaf\xe9.", source="x.txt")
    assert article.encoding_confidence is not None
    assert article.encoding_confidence < 0.75  # one letter, no word to check a language on
    [skip] = _encoding_warning(article)
    assert skip.code == "W102"
    assert "encoding guessed as cp1252" in skip.reason


def test_encoding_is_stored_and_read_back(tmp_path: Path) -> None:
    from reportedly.model import Analysis
    from reportedly.store import Store

    article = read_text(LATIN1, source="l1.txt")
    with Store.open(tmp_path / "e.db") as store:
        store.save(Analysis(article=article))
        stored = store.article(article.id)
    assert stored is not None
    assert stored.article.encoding == "cp1252"
    assert stored.article.encoding_confidence == article.encoding_confidence
