"""One cue reports one statement: drafts of one cue become one, or the nearest piece stays."""

from __future__ import annotations

from reportedly.attribution import find_quotes
from reportedly.attribution._draft import Draft
from reportedly.attribution.direct import top_level
from reportedly.attribution.one_cue import one_statement_per_cue
from reportedly.model import Span, StatementKind


def draft(
    text: str, cue: str, content: str, kind: StatementKind = "indirect", confidence: float = 0.8
) -> Draft:
    """A draft of speaker "X" (where the text has one) over the first occurrences of ``cue``
    and ``content``."""
    c, k = text.index(cue), text.index(content)
    x = text.find("X")
    quotes = [q.inner for q in find_quotes(text) if Span(k, k + len(content)).contains(q.inner)]
    return Draft(
        kind=kind,
        content=[Span(k, k + len(content))],
        cue=Span(c, c + len(cue)),
        speaker=Span(x, x + 1) if x >= 0 else None,
        quotes=quotes,
        confidence=confidence,
    )


def merged(text: str, *drafts: Draft) -> list[tuple[str, str]]:
    """(kind, content parts) of what ``one_statement_per_cue`` leaves."""
    tops = top_level(find_quotes(text))
    return [
        (d.kind, " | ".join(p.text(text) for p in d.content))
        for d in one_statement_per_cue(text, list(drafts), tops)
    ]


def test_a_that_clause_and_the_quote_its_colon_opens_stay_two_statements() -> None:
    # the war-news gold: a statement, and a quote with no frame of its own
    text = 'X declared that every country had to decide: "Either you are with us, or not."'
    that = draft(text, "declared", "that every country had to decide", confidence=0.58)
    quote = draft(text, "declared", "Either you are with us, or not.", "direct", 0.96)
    assert merged(text, that, quote) == [
        ("indirect", "that every country had to decide"),
        ("direct", "Either you are with us, or not."),
    ]


def test_overlapping_drafts_of_one_cue_are_one_content() -> None:
    text = 'X said he was "grateful for the work. But I trust my intelligence."'
    said = draft(text, "said", 'he was "grateful for the work', confidence=0.77)
    quote = draft(text, "said", "grateful for the work. But I trust my intelligence.", "direct")
    assert merged(text, said, quote) == [
        ("mixed", 'he was "grateful for the work. But I trust my intelligence."')
    ]


def test_drafts_of_one_cue_touching_with_no_mark_between_are_one_content() -> None:
    # the parse hung the clause's last words on the cue: one content, kind by its quote
    text = 'X rejected it, calling them a "red line" for Putin, who might strike were Kyiv hit.'
    called = draft(text, "calling", 'them a "red line" for Putin, who might strike', "mixed")
    rest = draft(text, "calling", "were Kyiv hit", confidence=0.6)
    assert merged(text, called, rest) == [
        ("mixed", 'them a "red line" for Putin, who might strike were Kyiv hit')
    ]


def test_a_touching_draft_that_tells_when_it_was_said_stays_apart() -> None:
    text = 'X blamed Putin, citing "Putin\'s price hike" whenever he speaks of prices.'
    quote = draft(text, "citing", "Putin's price hike", "direct")
    when = draft(text, "citing", "whenever he speaks of prices", confidence=0.6)
    assert len(merged(text, quote, when)) == 2


def test_drafts_of_one_cue_overlapping_across_a_sentence_stay_apart() -> None:
    text = "As the secretary said, the army holds.- We see no attack - he noted."
    run_on = draft(text, "noted", "the army holds.- We", confidence=0.83)
    quote = draft(text, "noted", "We see no attack", "direct")
    assert len(merged(text, run_on, quote)) == 2


def test_two_quotes_of_one_cue_in_one_paragraph_are_one_statement_of_two_parts() -> None:
    text = 'X said, "There were warnings," and this teaches us a lesson: "Borders cannot protect."'
    first = draft(text, "said", "There were warnings,", "direct")
    second = draft(text, "said", "Borders cannot protect.", "direct")
    assert merged(text, first, second) == [
        ("direct", "There were warnings, | Borders cannot protect.")
    ]


def test_drafts_of_different_cues_stay_apart() -> None:
    text = "X said the talks failed. X added that the war goes on."
    said = draft(text, "said", "the talks failed")
    added = draft(text, "added", "that the war goes on")
    assert merged(text, said, added) == [
        ("indirect", "the talks failed"),
        ("indirect", "that the war goes on"),
    ]


def test_a_content_that_is_a_speaker_s_words_gives_way() -> None:
    text = "- We did not start this war - said the agency Belta, quoting Lukashenko."
    quote = draft(text, "said", "We did not start this war", "direct", 0.8)
    quote.speaker = Span(text.index("the agency"), text.index(", quoting"))
    piece = draft(text, "said", "the agency Belta", confidence=0.9)
    assert merged(text, piece, quote) == [("direct", "We did not start this war")]


def test_a_content_of_a_word_or_two_gives_way() -> None:
    text = "According to reports in Newsmax, as well as others, the Kremlin pushed the US."
    near = draft(text, "According to", "well as", confidence=0.9)
    whole = draft(text, "According to", "the Kremlin pushed the US", confidence=0.6)
    near.speaker = whole.speaker = Span(text.index("reports"), text.index(", as"))
    assert merged(text, near, whole) == [("indirect", "the Kremlin pushed the US")]


def test_two_readings_of_a_frame_with_a_speaker_inside_the_other_s_cue_stay_apart() -> None:
    text = "Kissinger issued a statement that recommended talks begin soon."
    short = draft(text, "issued", "a statement that recommended talks begin soon", "indirect")
    short.speaker = Span(0, len("Kissinger"))
    long = draft(text, "issued a statement that recommended", "talks begin soon", "indirect")
    long.speaker = Span(text.index("a statement"), text.index(" that"))
    assert len(merged(text, short, long)) == 2


def test_of_overlapping_drafts_the_one_whose_content_holds_the_other_s_cue_gives_way() -> None:
    text = "X continues to maintain that total victory is the only outcome."
    short = draft(text, "continues", "to maintain that total victory is the only outcome")
    whole = draft(text, "continues to maintain", "that total victory is the only outcome")
    assert merged(text, short, whole) == [("indirect", "that total victory is the only outcome")]


def test_a_reading_a_paragraph_away_from_its_cue_gives_way_to_the_one_beside_it() -> None:
    # the model paired "According to the general" with the "Read also" line above it
    text = (
        "Read also: Berlin says another air defence system will be sent soon\n\n"
        "According to X, the ministers agreed on the extent of the support."
    )
    above = draft(text, "According to", "Berlin says another air defence system will be sent")
    beside = draft(text, "According to", "the ministers agreed on the extent of the support")
    assert merged(text, above, beside) == [
        ("indirect", "the ministers agreed on the extent of the support")
    ]


def test_a_reading_in_the_sentence_before_the_one_its_cue_opens_gives_way() -> None:
    # the model paired "According to X" with the end of the (glued) sentence before it
    text = (
        "Troops gathered near the border, which can be an announcement of an invasion."
        "According to X, the Russians can look for an excuse to attack."
    )
    before = draft(text, "According to", "can be an announcement of an invasion")
    after = draft(text, "According to", "the Russians can look for an excuse to attack")
    assert merged(text, before, after) == [
        ("indirect", "the Russians can look for an excuse to attack")
    ]


def test_a_quote_before_a_frame_that_goes_on_stays_its_statement() -> None:
    # '"…," X said, adding that …': the cue does not open its sentence; both stay
    text = '"We are ready," X said, adding that the talks would go on.'
    quote = draft(text, "said", "We are ready", kind="direct")
    clause = draft(text, "said", "the talks would go on")
    assert len(merged(text, quote, clause)) == 2


def test_a_second_quote_joined_on_by_a_connective_is_more_of_the_framed_one() -> None:
    text = 'But as X told me, "neither side can win by force" so "it will end at a table."'
    framed = draft(text, "told", "neither side can win by force", "direct")
    assert merged(text, framed) == [
        ("mixed", '"neither side can win by force" so "it will end at a table."')
    ]


def test_a_second_quote_after_a_sentence_or_in_another_statement_stays_apart() -> None:
    text = 'X told me, "neither side can win." So "it will end at a table," Y said.'
    framed = draft(text, "told", "neither side can win.", "direct")
    other = draft(text, "said", "it will end at a table,", "direct")
    assert merged(text, framed, other) == [
        ("direct", "neither side can win."),
        ("direct", "it will end at a table,"),
    ]
