"""A batch survives its worst article: texts over spaCy's length limit and failing analyses."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import reportedly.nlp.spacy_pipeline as spacy_pipeline
import reportedly.pipeline as pipeline_module
from reportedly.config import DEFAULT_MODEL, Settings
from reportedly.ingest import read_text
from reportedly.nlp.spacy_pipeline import annotate_many, load_pipeline, split_pieces
from reportedly.pipeline import Pipeline

pytestmark = pytest.mark.needs_model

PARAGRAPH = (
    "Dmitry Peskov said on Friday that the talks in Geneva were over. "
    '"We will not return to the table," he told reporters.\n\n'
)


def long_text(paragraphs: int) -> str:
    return "".join(PARAGRAPH.replace("Friday", f"day {n}") for n in range(paragraphs)).strip()


@pytest.fixture
def short_limit() -> Iterator[int]:
    """spaCy's own length limit lowered to 1,000 characters for one test (E088 above it)."""
    nlp = load_pipeline(DEFAULT_MODEL)
    saved = nlp.max_length
    nlp.max_length = 1000
    yield 1000
    nlp.max_length = saved


def test_split_pieces_cover_the_text_at_boundaries() -> None:
    text = long_text(30)
    pieces = split_pieces(text, 700)
    assert pieces[0][0] == 0
    assert pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))
    assert all(0 < end - start <= 700 for start, end in pieces)
    assert all(text[end - 2 : end] == "\n\n" for _, end in pieces[:-1])
    assert split_pieces("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]
    # a long run without spaces is cut too: spaCy's tokenizer is quadratic in its length
    assert split_pieces("ab " + "&" * 250, 1000) == [(0, 103), (103, 203), (203, 253)]


def test_a_long_run_of_punctuation_is_annotated_in_pieces() -> None:
    text = "Peskov said: " + "&" * 3000 + " and left."
    [annotation] = annotate_many([text], model=DEFAULT_MODEL)
    assert all(t.text == text[t.start : t.end] for t in annotation.tokens)
    assert annotation.tokens[-1].end == len(text)


def test_annotation_in_pieces_keeps_offsets_and_matches_a_whole_parse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = long_text(12)
    [whole] = annotate_many([text], model=DEFAULT_MODEL)
    monkeypatch.setattr(spacy_pipeline, "PIECE_CHARS", 500)
    [pieced] = annotate_many([text], model=DEFAULT_MODEL)
    assert all(t.text == text[t.start : t.end] for t in pieced.tokens)
    assert [t.i for t in pieced.tokens] == list(range(len(pieced.tokens)))
    assert all(0 <= t.head < len(pieced.tokens) for t in pieced.tokens)
    assert all(m.text == text[m.span.start : m.span.end] for m in pieced.entities)
    assert [(t.start, t.text) for t in pieced.tokens if not t.text.isspace()] == [
        (t.start, t.text) for t in whole.tokens if not t.text.isspace()
    ]
    assert pieced.sentences[-1].end == whole.sentences[-1].end


def test_text_over_spacy_limit_is_analysed_and_the_batch_goes_on(short_limit: int) -> None:
    big = read_text(long_text(25), source="big.txt")
    assert len(big.text) > short_limit
    good = read_text("Title\n\nLavrov said the proposal was unacceptable.", source="good.txt")
    analyses = list(Pipeline().analyze_many([good, big, good]))
    assert [a.article.source for a in analyses] == ["good.txt", "big.txt", "good.txt"]
    assert all(not a.skipped for a in analyses)
    late = [s for s in analyses[1].statements if s.content[0].start > short_limit]
    assert late  # statements past the first piece, with offsets into the whole text
    assert all(s.content[0].text(big.text) for s in late)


def test_text_over_max_chars_is_cut_with_a_warning_naming_the_limit() -> None:
    big = read_text(long_text(25), source="big.txt")
    [analysis] = Pipeline(Settings(max_chars=2000)).analyze_many([big])
    [skip] = analysis.skipped
    assert skip.code == "W201"
    assert f"text of {len(big.text):,} characters cut to 2,000" in skip.reason
    assert all(s.content[0].end <= 2000 for s in analysis.statements)


def _boom_on(marker: str) -> Any:
    real = pipeline_module.annotate_many

    def annotate(texts: Any, **kw: Any) -> Any:
        items = list(texts)
        if any(marker in text for text, _ in items):
            raise RuntimeError("the parser broke")
        return real(items, **kw)

    return annotate


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_article_is_a_skip_and_the_rest_is_analysed(
    monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    monkeypatch.setattr(pipeline_module, "annotate_many", _boom_on("BOOM"))
    texts = [f"Story {n}\n\nLavrov said talks number {n} were useful." for n in range(6)]
    texts[2] = "Bad\n\nBOOM said nothing."
    items = [read_text(t, source=f"in{n}.txt") for n, t in enumerate(texts)]
    analyses = list(Pipeline(Settings(batch_size=4)).analyze_many(items, workers=workers))
    assert [a.article.source for a in analyses] == [f"in{n}.txt" for n in range(6)]
    [bad] = [a for a in analyses if a.skipped]
    assert bad.article.source == "in2.txt"
    assert bad.skipped[0].code == "E201"
    assert "RuntimeError: the parser broke" in bad.skipped[0].reason
    assert all(a.statements for a in analyses if a is not bad)


def test_cli_run_stores_the_rest_and_names_the_bad_input(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    import reportedly.cli.run as run_module
    from reportedly.cli import cli
    from reportedly.store import Store

    monkeypatch.setattr(pipeline_module, "annotate_many", _boom_on("BOOM"))
    monkeypatch.setattr(
        run_module, "_settings", lambda *a, **k: Settings(max_chars=2000, batch_size=4)
    )
    (tmp_path / "a.txt").write_text("A\n\nLavrov said talks were useful.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("B\n\nBOOM said nothing.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(long_text(25), encoding="utf-8")
    db = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["run", "--db", str(db), str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert f"skipped: [E201] {tmp_path / 'b.txt'}: analysis failed" in result.stderr
    assert f"warning: [W201] {tmp_path / 'c.txt'}: text of" in result.stderr
    with Store.open(db) as store:
        assert {a["source"] for a in store.articles().items} == {
            str(tmp_path / "a.txt"),
            str(tmp_path / "c.txt"),
        }
    again = CliRunner().invoke(cli, ["run", "--db", str(db), str(tmp_path / "b.txt")])
    assert "skipped: [E201]" in again.stderr  # not stored: a later run tries it again
