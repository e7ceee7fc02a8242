"""Tests for reportedly.ingest.sections: the labelled-paragraph heuristic."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportedly.errors import ConfigError
from reportedly.ingest.sections import find_sections, label_length, load_label_rules
from reportedly.model import Span

PESKOV_LABEL = "Quote from Peskov, press secretary of the Russian President"


@pytest.mark.parametrize(
    ("paragraph", "label"),
    [
        ("Source: RIA Novosti", "Source"),
        ("Details: According to Peskov, Putin is open.", "Details"),
        ("Background: US President Joe Biden has stated …", "Background"),
        (f'{PESKOV_LABEL}: "You have quoted only part."', PESKOV_LABEL),
        ('Quote:\n"We will not leave."', "Quote"),
        ("Quote:", "Quote"),
        ("Update: 12:30 Kyiv time", "Update"),
        ("Reminder: on 1 December Biden said …", "Reminder"),
        ("U.S. response: none", "U.S. response"),
        ("Kremlin’s reply: no", "Kremlin’s reply"),
        ("Джерело: Українська правда", "Джерело"),
        ("Подробности: по словам Пескова …", "Подробности"),
    ],
)
def test_sections_label_length_accepts_labels(paragraph: str, label: str) -> None:
    assert label_length(paragraph) == len(label)


@pytest.mark.parametrize(
    "paragraph",
    [
        "source: lower-case start",
        'He said: "We will not leave."',
        'Peskov added: "It was the President."',
        "Зеленский заявил: войска не уйдут",
        'The "special operation": a euphemism',
        "The talks failed. Officials: none",
        "Talks resume at 10:30 in Geneva",
        "See https://example.com for more",
        "One two three four five six seven eight nine ten eleven twelve thirteen: x",
        "A" * 120 + ": too far",
        "No colon at all in this paragraph",
        ": starts with a colon",
        "Source:no space after colon",
    ],
)
def test_sections_label_length_rejects_sentences(paragraph: str) -> None:
    assert label_length(paragraph) is None


def test_sections_find_sections_on_sample(sample_text: str) -> None:
    body_start = sample_text.index("\n")
    sections = find_sections(sample_text, start=body_start)
    labels = [s.label for s in sections]
    assert labels == ["Source", PESKOV_LABEL, "Details", "Background"]
    for section in sections:
        start = sample_text.index(f"\n{section.label}:") + 1
        assert section.label_span == Span(start, start + len(section.label))
        assert section.body.start == section.label_span.end + 2  # ": "
    source, quote, details, background = sections
    assert source.body.text(sample_text).startswith("Kremlin-aligned news outlet RIA Novosti;")
    assert source.body.text(sample_text).endswith("posting Peskov’s comment")
    assert quote.body.text(sample_text).endswith('ground for mutual discussion."')
    assert details.body.text(sample_text).endswith("Peskov summed up.")
    assert background.body.end == len(sample_text.rstrip())


def test_sections_title_line_not_a_section(sample_text: str) -> None:
    assert find_sections(sample_text)[0].label.startswith("Kremlin")
    assert all(not s.label.startswith("Kremlin") for s in find_sections(sample_text, start=87))


def test_sections_label_without_body_before_next_label() -> None:
    text = "Intro.\n\nQuote:\n\nSource: TASS"
    quote, source = find_sections(text)
    assert quote.body == Span(text.index("Source"), text.index("Source"))
    assert source.body.text(text) == "TASS"


def test_sections_one_paragraph_per_line() -> None:
    text = "Intro line.\nSource: TASS\nDetails: more\nfollow-up line"
    sections = find_sections(text)
    assert [s.label for s in sections] == ["Source", "Details"]
    assert sections[0].body.text(text) == "TASS"
    assert sections[1].body.text(text) == "more\nfollow-up line"


def test_sections_rules_file_is_loaded(tmp_path: Path) -> None:
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(
        "max_label_chars: 100\nmax_label_words: 1\nsentence_words: []\nsentence_starts: []\n",
        encoding="utf-8",
    )
    rules = load_label_rules(rules_file)
    assert label_length("Source: x", rules) == 6
    assert label_length("Quote from Peskov: x", rules) is None


@pytest.mark.parametrize("content", ["max_label_chars: [1]\n", "just a string\n", ": : :\n"])
def test_sections_bad_rules_file_raises_config_error(tmp_path: Path, content: str) -> None:
    rules_file = tmp_path / "rules.yaml"
    rules_file.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"rules\.yaml"):
        load_label_rules(rules_file)


_LINE_TEXT = st.text(alphabet=st.sampled_from(list("Ab :\"'.Зз")), max_size=40)
# a paragraph is either ("label", body) — which must be found — or free text
_PARAGRAPHS = st.lists(
    st.tuples(
        st.sampled_from(["Source", "Quote from Peskov", "Background", "Зз", "U.S. reply"]),
        _LINE_TEXT,
    )
    | _LINE_TEXT.filter(str.strip),
    max_size=6,
)


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, set[Span]]:
    """A text of labelled and free paragraphs, with the label spans it was built with."""
    separator = draw(st.sampled_from(["\n", "\n\n"]))
    text, labels = "", set()
    for n, paragraph in enumerate(draw(_PARAGRAPHS)):
        if n:
            text += separator
        if isinstance(paragraph, tuple):
            labels.add(Span(len(text), len(text) + len(paragraph[0])))
            paragraph = f"{paragraph[0]}: {paragraph[1]}"
        text += paragraph
    return text, labels


@given(_texts())
def test_sections_find_sections_spans_are_consistent(case: tuple[str, set[Span]]) -> None:
    text, labels = case
    sections = find_sections(text)
    # by construction most texts have a label: the checks below run on real sections
    assert labels <= {s.label_span for s in sections}
    previous = 0
    for section in sections:
        assert section.label_span.text(text) == section.label
        assert section.label_span.start >= previous
        assert section.label_span.end < section.body.start or section.body.start == len(text)
        assert section.body.end <= len(text)
        previous = section.body.end
