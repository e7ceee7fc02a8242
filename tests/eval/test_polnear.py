"""Tests for the PolNeAR reader and the streaming evaluation runner."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import shared_path
from reportedly.cli.eval_cmd import eval_group
from reportedly.errors import ConfigError
from reportedly.eval import polnear
from reportedly.eval.brat import mismatched_text_bounds, read_ann
from reportedly.model import Analysis, Article, Mention, Skip, Span, Statement

TEXT = 'Smith said "we will win." Jones said the polls were wrong.\n'
ANN_A = (
    'T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 25\t"we will win."\n'
    "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tSource 26 31\tJones\nT6\tCue 32 36\tsaid\nT7\tContent 37 58\tthe polls were wrong\n"
    "T8\tAttribution 32 36\tsaid\nE2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n"
)
ANN_B = (
    'T1\tContent 11 25\t"we will win."\nT2\tAttribution 6 10\tsaid\nE1\tAttribution:T2 Content:T1\n'
)
META = (
    "compartment\tfilename\tlevel\tannotators\tpublisher\n"
    "dev\tdoc-one\t1\tff00|aa11\tx\n"
    "dev\tdoc-two\t1\tbb22\tx\n"
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    (tmp_path / "dev" / "text").mkdir(parents=True)
    (tmp_path / "dev" / "attributions").mkdir(parents=True)
    (tmp_path / "metadata.tsv").write_text(META, encoding="utf-8")
    for name in ("doc-one", "doc-two"):
        (tmp_path / "dev" / "text" / f"{name}.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc-one_aa11.ann").write_text(ANN_A, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc-one_ff00.ann").write_text(ANN_B, encoding="utf-8")
    (tmp_path / "dev" / "attributions" / "doc-two_bb22.ann").write_text(ANN_A, encoding="utf-8")
    return tmp_path


class GoldEchoPipeline:
    """Predicts exactly the gold of each article: a stand-in for the real pipeline."""

    def __init__(self, corpus: Path) -> None:
        self.corpus = corpus
        self.seen = 0

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        for article in articles:
            self.seen += 1
            name = Path(article.source).stem
            entry = next(e for e in polnear.iter_entries(self.corpus) if e.name == name)
            statements = tuple(
                Statement(
                    id=g.id,
                    kind="direct",
                    content=g.content,
                    cue=g.cue[0] if g.cue else None,
                    speaker=Mention(span=g.source[0], text="", label="PERSON")
                    if g.source
                    else None,
                )
                for g in polnear.read_gold(entry)
            )
            yield Analysis(article=article, statements=statements)


def test_polnear_chooses_first_annotator_by_id(corpus: Path) -> None:
    entries = list(polnear.iter_entries(corpus))
    assert [(e.name, e.annotator) for e in entries] == [("doc-one", "aa11"), ("doc-two", "bb22")]


def test_polnear_limit(corpus: Path) -> None:
    assert [e.name for e in polnear.iter_entries(corpus, limit=1)] == ["doc-one"]


def test_polnear_evaluate_streams_and_scores(corpus: Path) -> None:
    pipe = GoldEchoPipeline(corpus)
    errors: list[dict[str, object]] = []
    report = polnear.evaluate(polnear.iter_entries(corpus), pipe, on_error=errors.append)  # type: ignore[arg-type]
    assert pipe.seen == 2
    assert report.documents == 2
    overlap = report.scores["content.overlap"]["all"]
    assert (overlap.gold, overlap.f1) == (4, 1.0)
    assert report.scores["source.exact"]["all"].f1 == 1.0
    assert errors == []


class FailingOnTwoPipeline(GoldEchoPipeline):
    """The gold echo, except that attribution raises on doc-two (recorded as a skip)."""

    def analyze_many(
        self, articles: Iterable[Article], *, workers: int | None = None
    ) -> Iterator[Analysis]:
        for analysis in super().analyze_many(articles, workers=workers):
            if Path(analysis.article.source).stem == "doc-two":
                skip = Skip(stage="attribution", code="E301", reason="ValueError: odd")
                analysis = Analysis(article=analysis.article, skipped=(skip,))
            yield analysis


def test_polnear_lists_a_document_a_stage_failed_on(corpus: Path) -> None:
    report = polnear.evaluate(polnear.iter_entries(corpus), FailingOnTwoPipeline(corpus))  # type: ignore[arg-type]
    assert report.as_dict()["skipped"] == [
        {"doc_id": "doc-two", "stages": ["E301 attribution: ValueError: odd"]}
    ]
    assert report.scores["content.overlap"]["all"].recall == 0.5  # scored with what was left


@pytest.mark.parametrize("split", ["test", "nope", "../dev", ""])
def test_polnear_missing_split_names_those_present(corpus: Path, split: str) -> None:
    with pytest.raises(ConfigError, match=r"split .*present: dev$"):
        list(polnear.iter_entries(corpus, split=split))


def test_polnear_any_split_folder_is_read(corpus: Path) -> None:
    shutil.copytree(corpus / "dev", corpus / "test")
    assert polnear.available_splits(corpus) == ("dev", "test")
    # metadata.tsv does not list the test articles: their .ann files are found by name
    entries = list(polnear.iter_entries(corpus, split="test"))
    assert [(e.name, e.annotator) for e in entries] == [("doc-one", "aa11"), ("doc-two", "bb22")]
    result = CliRunner().invoke(eval_group, ["polnear", "--data", str(corpus), "--split", "x"])
    assert result.exit_code == 1
    assert "no PolNeAR split 'x'" in result.output
    assert "present: dev, test" in result.output


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ('He said: "We will win." Then', "We will win.", '"We will win."'),
        # a reported clause wholly quoted: PolNeAR's content starts at its "that"
        ('He said that "We will win." Then', "We will win.", 'that "We will win."'),
        ('He said "that we will win." Then', "that we will win.", '"that we will win."'),
        ("“We will win,” he said.", "We will win,", "“We will win,”"),
        ("“We will win,” he said.", "We will win", "“We will win,”"),  # closing stop trimmed
        ("“We will win,” he said.", "will win,", "will win,”"),  # starts inside: start kept
        ("It was “a disgrace” today.", "It was “a disgrace", "It was “a disgrace”"),
        ("It was “a disgrace” today.", "It was “a disgrace” today", "It was “a disgrace” today"),
        ("He said the polls were wrong.", "the polls were wrong", "the polls were wrong"),
        ("He said ''it is over,'' then left.", "it is over,", "''it is over,''"),
    ],
)
def test_polnear_contents_take_quote_marks_like_the_corpus(
    text: str, content: str, expected: str
) -> None:
    start = text.lower().index(content.lower())
    spans = polnear.with_quote_marks(
        text, [Span(start, start + len(content))], polnear.find_quotes(text)
    )
    assert [s.text(text) for s in spans] == [expected]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a name with its apposition ends with the comma that closes it, as PolNeAR's do
        (
            "Jane Roe, director of the institute, said the rules would fail.",
            "Jane Roe, director of the institute",
            "Jane Roe, director of the institute,",
        ),
        # a source without a comma inside ends before the comma
        ("Jane Roe, for her part, said so.", "Jane Roe", "Jane Roe"),
        ("Jane Roe, director, said so.", "Jane Roe, director,", "Jane Roe, director,"),
        (
            "Jane Roe, director of the institute said so.",
            "Jane Roe, director",
            "Jane Roe, director",
        ),
    ],
)
def test_polnear_sources_take_the_apposition_comma_like_the_corpus(
    text: str, source: str, expected: str
) -> None:
    start = text.index(source)
    span = polnear.with_apposition_comma(text, Span(start, start + len(source)))
    assert span.text(text) == expected


def test_polnear_data_dir_not_polnear(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"metadata\.tsv"):
        polnear.resolve_data_dir(tmp_path)


def test_polnear_cli_bad_data_dir(tmp_path: Path) -> None:
    result = CliRunner().invoke(eval_group, ["polnear", "--data", str(tmp_path)])
    assert result.exit_code == 1
    assert "metadata.tsv" in result.output


@pytest.mark.needs_shared
def test_polnear_real_dev_files_read() -> None:
    data = shared_path("data", "polnear")
    entries = list(polnear.iter_entries(data, split="dev", limit=3))
    assert len(entries) == 3
    for entry in entries:
        text = polnear.read_text(entry)
        gold = polnear.read_gold(entry)
        assert gold, entry.name
        assert mismatched_text_bounds(read_ann(entry.ann_path), text) == ()
        assert all(g.content and g.cue for g in gold)


@pytest.mark.needs_shared
def test_polnear_real_multi_annotator_article() -> None:
    data = shared_path("data", "polnear")
    entry = next(
        e for e in polnear.iter_entries(data) if e.name.startswith("politico_2016-09-08_flynn")
    )
    assert entry.annotator == "4b22"  # the first of 4b22|4e07|5fec|6b86|d473|ef2d


@pytest.mark.needs_shared
@pytest.mark.needs_model
@pytest.mark.slow
def test_polnear_cli_json_on_two_articles(tmp_path: Path) -> None:
    data = shared_path("data", "polnear")
    errors = tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        eval_group,
        ["polnear", "--data", str(data), "--limit", "2", "--json", "--errors", str(errors)],
    )
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert payload["documents"] == 2
    assert 0.0 <= payload["scores"]["content.overlap"]["all"]["f1"] <= 1.0
    assert payload["scores"]["content.overlap"]["all"]["gold"] > 0
    for line in errors.read_text(encoding="utf-8").splitlines():
        assert json.loads(line)["error"]


def test_polnear_calibration_reads_contents_in_the_corpus_convention() -> None:
    # a statement is judged right by the spans it is scored by: 'that "…"', as PolNeAR has it
    text = 'He said that "We will win." Then he left.'
    start = text.index("We")
    statement = Statement(
        id="s", kind="direct", content=(Span(start, start + len("We will win.")),)
    )
    article = Article(id=Article.make_id(text), text=text)
    found = polnear.in_convention(Analysis(article=article, statements=(statement,)))
    assert [c.text(text) for s in found for c in s.content] == ['that "We will win."']
