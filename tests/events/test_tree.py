"""The dependency-tree helpers of the events coder, on hand-built and random trees."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reportedly.events._tree import Sentence, dateline_end
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


def _joined(words: list[tuple[str, str, str, int, bool]]) -> tuple[Annotation, str]:
    """Like :func:`_annotation`; the flag says whether a space follows the word."""
    tokens, text = [], ""
    for i, (word, pos, dep, head, space) in enumerate(words):
        start = len(text)
        tokens.append(
            Token(
                i=i, start=start, end=start + len(word), text=word, lemma=word.lower(),
                pos=pos, tag=pos, dep=dep, head=head, sent=0, whitespace=" " if space else "",
            )
        )  # fmt: skip
        text += word + (" " if space else "")
    return Annotation(tokens=tuple(tokens), sentences=(Span(0, len(text)),), entities=()), text


def test_tree_phrase_keeps_a_hyphen_inside_a_word_and_drops_a_dash() -> None:
    # the parse hangs "Russian" and "-" on "backed": the phrase was cut to "backed …"
    words = [
        ("The", "DET", "det", 5, True),
        ("Russian", "ADJ", "npadvmod", 3, False),
        ("-", "PUNCT", "punct", 3, False),
        ("backed", "VERB", "amod", 5, True),
        ("separatist", "NOUN", "compound", 5, True),
        ("authority", "NOUN", "nsubj", 6, True),
        ("left", "VERB", "ROOT", 6, False),
    ]
    annotation, text = _joined(words)
    phrase = Sentence(annotation, 0, text).phrase(annotation.tokens[5])
    assert phrase.text(text) == "The Russian-backed separatist authority"
    spaced = [(w, p, d, h, True) for w, p, d, h, _ in words]
    annotation, text = _joined(spaced)  # "The Russian - backed …": a dash, not a hyphen
    phrase = Sentence(annotation, 0, text).phrase(annotation.tokens[5])
    assert phrase.text(text) == "backed separatist authority"


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


# Datelines (session 9): where a story was filed is no actor of its events.


def test_datelines_of_the_wire_forms_are_found() -> None:
    for line, rest in [
        ("KYIV, March 3 (Reuters) -", " Russian forces shelled Kharkiv."),
        ("KABUL (Pajhwok):", " The Taliban ambushed a convoy."),
        ("KABUL (Pajhwok) :", " The OIC condemned the attack."),
        ("THE HAGUE, Netherlands --", " A U.N. prosecutor has charged him."),
        ("TEL AVIV--", " Israeli jets struck Gaza."),
        ("Harare, Zimbabwe -", " The opposition rejected the result."),
        ("Tehran, March 15, IRNA -", " Iran condemned the strike."),
        ("Lucknow:", " The state government will sign an agreement."),
        ("MOSCOW --", ""),
    ]:
        assert dateline_end(line + rest) == len(line), line


def test_sentences_without_a_dateline_have_none() -> None:
    for text in [
        "The Taliban ambushed a convoy - officials said.",
        "US President Joe Biden - who spoke on Monday - demanded a withdrawal.",
        "NATO said: no member will send troops.",
        "KABUL-based groups condemned the attack.",
        "In Kyiv, officials - who asked not to be named - said so.",
    ]:
        assert dateline_end(text) == 0, text


@given(st.text(alphabet="abcdefghij ,.-:()", min_size=1, max_size=40))
def test_a_sentence_opening_in_lower_case_has_no_dateline(text: str) -> None:
    assert dateline_end("the " + text) == 0


def test_a_dateline_the_parse_made_the_subject_gives_way_to_the_noun_hung_on_it() -> None:
    # "THE HAGUE -- prosecutors charged him", parsed: HAGUE the subject, prosecutors its appos
    annotation, text = _annotation(
        [
            ("THE", "DET", "det", 1),
            ("HAGUE", "PROPN", "nsubj", 4),
            ("--", "PUNCT", "punct", 1),
            ("prosecutors", "NOUN", "appos", 1),
            ("charged", "VERB", "ROOT", 4),
            ("him", "PRON", "dobj", 4),
        ]
    )
    sentence = Sentence(annotation, 0, text)
    assert sentence.dateline == Span(0, len("THE HAGUE --"))
    verb = annotation.tokens[4]
    assert [t.text for t in sentence.subjects(verb, "nsubj")] == ["prosecutors"]
    assert sentence.phrase(annotation.tokens[3]).text(text) == "prosecutors"
    assert not sentence.in_dateline(annotation.tokens[5])
