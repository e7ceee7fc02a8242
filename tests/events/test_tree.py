"""The dependency-tree helpers of the events coder, on hand-built and random trees."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reportedly.events._tree import Sentence
from reportedly.model import Annotation, Span, Token

_POS = ("PUNCT", "PART", "PROPN", "NOUN", "VERB", "ADP", "DET")
_DEPS = ("punct", "nsubj", "prep", "pobj", "det", "compound", "relcl", "conj")


def _annotation(words: list[tuple[str, str, str, int]]) -> tuple[Annotation, str]:
    """An annotation of one sentence from (text, pos, dep, head) tuples."""
    tokens, start = [], 0
    for i, (text, pos, dep, head) in enumerate(words):
        tokens.append(
            Token(
                i=i, start=start, end=start + len(text), text=text, lemma=text.lower(),
                pos=pos, tag=pos, dep=dep, head=head, sent=0, whitespace=" ",
            )
        )  # fmt: skip
        start += len(text) + 1
    text = " ".join(w[0] for w in words)
    sentence = Span(0, len(text))
    return Annotation(tokens=tuple(tokens), sentences=(sentence,), entities=()), text


def test_tree_phrase_keeps_a_punctuation_head() -> None:
    # a fuzzed page once parsed "," as the head of a name: the phrase must not lose its head
    annotation, text = _annotation([(",", "PUNCT", "ROOT", 0), ("Putin", "PROPN", "nsubj", 0)])
    sentence = Sentence(annotation, 0, text)
    head = annotation.tokens[0]
    assert sentence.phrase(head) == Span(0, len(text))


def test_tree_phrase_of_a_name_with_trailing_punctuation() -> None:
    annotation, text = _annotation(
        [
            ("Putin", "PROPN", "ROOT", 0),
            ("Vladimir", "PROPN", "compound", 0),
            ("!", "PUNCT", "punct", 0),
        ]
    )
    span = Sentence(annotation, 0, text).phrase(annotation.tokens[0])
    assert text[span.start : span.end] == "Putin Vladimir"


@st.composite
def _trees(draw: st.DrawFn) -> list[tuple[str, str, str, int]]:
    size = draw(st.integers(min_value=1, max_value=8))
    words = []
    for i in range(size):
        head = draw(st.integers(min_value=0, max_value=i)) if i else 0
        words.append((f"w{i}", draw(st.sampled_from(_POS)), draw(st.sampled_from(_DEPS)), head))
    return words


@given(_trees(), st.data())
def test_tree_phrase_always_covers_its_head(
    words: list[tuple[str, str, str, int]], data: st.DataObject
) -> None:
    annotation, text = _annotation(words)
    sentence = Sentence(annotation, 0, text)
    token = annotation.tokens[data.draw(st.integers(min_value=0, max_value=len(words) - 1))]
    span = sentence.phrase(token)
    assert span.start <= token.start
    assert token.end <= span.end
    assert 0 <= span.start < span.end <= len(text)
