"""The learned span model's statements combined with the rules': which reading of the same
words stands, whole clauses over the model's cut pieces, one statement of two readings."""

from __future__ import annotations

import pytest
from tests.attribution.learned_drafts import MODEL, content_only, drafted

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.learned import combine
from reportedly.model import Span
from reportedly.nlp import annotate


def test_combine_keeps_framed_quotes_and_prefers_the_model_elsewhere() -> None:
    framed = Draft(kind="direct", content=[Span(0, 10)], via="frame-after")
    rule = Draft(kind="indirect", content=[Span(20, 30)], via="clause")
    model_same = Draft(kind="indirect", content=[Span(22, 32)], via="model")
    model_in_quote = Draft(kind="indirect", content=[Span(2, 8)], via="model")
    tagged = content_only("", Span(20, 30), 0.9)
    kept = combine([framed, rule], [model_same, model_in_quote], tagged)
    assert kept == [framed, model_same]


def test_combine_keeps_a_rule_statement_the_model_supports_but_missed() -> None:
    rule = Draft(kind="indirect", content=[Span(20, 30)], via="clause")
    assert combine([rule], [], content_only("", Span(20, 30), 0.9)) == [rule]
    assert combine([rule], [], content_only("", Span(20, 30), 0.1)) == []


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "model", "whole"),
    [
        # an apposition or a relative clause of the content is still what was said
        (
            "Putin announced that Russia would leave the New START treaty, a key arms pact.",
            "that Russia would leave the New START treaty",
            "that Russia would leave the New START treaty, a key arms pact",
        ),
        (
            "He announced that his country did not want a war, which could explode soon.",
            "that his country did not want a war",
            "that his country did not want a war, which could explode soon",
        ),
        # a clause of the circumstances is not
        (
            "Macron reaffirmed that he would not rule out troops, as he warned of the risks.",
            "that he would not rule out troops",
            "that he would not rule out troops",
        ),
    ],
)
def test_combine_gives_a_model_content_cut_short_its_whole_clause(
    text: str, model: str, whole: str
) -> None:
    parse = Parse(annotate(text, model=MODEL))
    cue = text.split(" ")[1]
    rule = drafted(text, "ccomp", cue, text[text.index("that") : -1])
    learned = drafted(text, "model", cue, model)
    kept = combine([rule], [learned], content_only(text, Span(0, 1), 0.9), parse)
    assert [c.text(text) for d in kept if d.via == "model" for c in d.content] == [whole]


def test_dedupe_takes_said_that_x_and_x_for_one_statement() -> None:
    from reportedly.attribution._tidy import _dedupe

    text = 'Riabkow stated that "a narrow margin separates us from war." - Russia is able.'
    that = text.index("that")
    quote = text.index("a narrow")
    end = text.index('."') + 1
    framed = Draft(kind="direct", content=[Span(that, end)], cue=Span(8, 14), via="ccomp")
    dashed = Draft(kind="direct", content=[Span(quote, end)], cue=Span(end + 2, end + 3))
    framed.speaker = Span(0, 7)
    dashed.speaker = Span(end + 4, end + 10)
    assert _dedupe(text, [framed, dashed]) == [framed]


def test_combine_nests_a_rule_statement_in_a_quote_only_when_its_cue_is_inside() -> None:
    framed = Draft(kind="direct", content=[Span(10, 60)], via="dash-frame", sure=True)
    nested = Draft(kind="indirect", content=[Span(30, 50)], cue=Span(20, 24), via="ccomp")
    misread = Draft(kind="indirect", content=[Span(10, 30)], cue=Span(0, 7), via="ccomp")
    tagged = content_only("", Span(10, 60), 0.9)
    kept = combine([framed, nested, misread], [], tagged)
    assert kept == [framed, nested]


def test_combine_keeps_the_rules_reading_of_a_content_the_model_gave_a_cue_a_paragraph_away() -> (
    None
):
    # the model paired "According to the general" with the "Read also" line above it
    text = (
        "Read also: Berlin says another air defence system will be sent soon\n\n"
        "According to the general, the ministers agreed on the extent of the support."
    )

    def at(words: str) -> Span:
        return Span(text.index(words), text.index(words) + len(words))

    says = Draft(
        kind="indirect",
        content=[at("another air defence system will be sent soon")],
        cue=at("says"),
        via="ccomp",
    )
    model = Draft(
        kind="indirect",
        content=[at("Berlin says another air defence system")],
        cue=at("According to"),
        via="model",
    )
    tagged = content_only(text, model.content[0], 0.9)
    assert combine([says], [model], tagged) == [model]  # without the text, as before
    assert combine([says], [model], tagged, text=text) == [says]


def test_combine_takes_the_whole_according_to_clause_the_model_cut_short() -> None:
    rule = Draft(
        kind="indirect", content=[Span(18, 90)], cue=Span(0, 12), via="according-to", sure=True
    )
    model = Draft(kind="indirect", content=[Span(18, 38)], cue=Span(0, 12), via="model")
    elsewhere = Draft(kind="indirect", content=[Span(120, 150)], cue=Span(100, 104), via="model")
    tagged = content_only("", Span(18, 38), 0.9)
    assert combine([rule], [model, elsewhere], tagged) == [rule, elsewhere]


def test_combine_keeps_a_final_according_to_over_a_model_cue_inside_its_clause() -> None:
    # "A firm also [appears] [as a buyer of …], according to filings": the model's cue is no
    # rule's, and it lies inside what the phrase reports; a rule's own cue there stays
    rule = Draft(kind="indirect", content=[Span(0, 80)], cue=Span(82, 94), via="according-to")
    appears = Draft(kind="indirect", content=[Span(20, 60)], cue=Span(12, 19), via="model")
    tagged = content_only("", Span(20, 60), 0.9)
    assert combine([rule], [appears], tagged) == [rule]
    said = Draft(kind="indirect", content=[Span(20, 60)], cue=Span(12, 19), via="ccomp")
    assert rule not in combine([rule, said], [appears], tagged)


def test_combine_takes_the_whole_clause_a_parenthetical_frame_interrupts() -> None:
    # "But, she added, [equipment like body armor] … are unlikely to …": the model stops at
    # the subject, the rule holds the clause the frame sits in
    rule = Draft(kind="indirect", content=[Span(16, 120)], cue=Span(9, 14), via="parenthetical")
    model = Draft(kind="indirect", content=[Span(16, 40)], cue=Span(9, 14), via="model")
    tagged = content_only("", Span(16, 40), 0.9)
    assert combine([rule], [model], tagged) == [rule]


def test_combine_keeps_the_rule_statement_a_model_one_with_a_garbled_cue_overlaps() -> None:
    text = "Steele stated in an interview with the BBC that the talks would fail."
    parse = Parse(annotate(text, model=MODEL))
    rule = drafted(text, "ccomp", "stated", "that the talks would fail")
    garbled = drafted(text, "model", " an ", "that the talks would fail")
    garbled.cue = Span(text.index(" an ") + 1, text.index(" an ") + 3)
    tagged = content_only(text, Span(0, 1), 0.1)
    assert combine([rule], [garbled], tagged, parse) == [rule]
    # a model statement with a reporting word for a cue is kept
    model = drafted(text, "model", "stated", "that the talks would fail")
    assert model in combine([rule], [model], tagged, parse)


def test_combine_takes_the_rules_whole_that_clause_the_model_broke_into_pieces() -> None:
    text = "He adds that in the case of the bank, news about boycotts appeared again."
    rule = drafted(text, "ccomp", "adds", "that in the case of the bank, news about boycotts")
    rule.content = [Span(rule.content[0].start, len(text) - 1)]
    rule.sure = True
    pieces = drafted(text, "model", "adds", "news about")
    pieces.content.append(Span(text.index("boycotts"), text.index("boycotts") + 8))
    tagged = content_only(text, Span(0, 1), 0.9)
    assert combine([rule], [pieces], tagged) == [rule]
    # one part inside the clause is the model's own cut of it
    part = drafted(text, "model", "adds", "news about boycotts appeared again")
    assert combine([rule], [part], tagged) == [part]


def test_combine_keeps_an_as_frame_statement_over_the_models_reading_of_its_words() -> None:
    # "As Reuters reported, a court ruled to remand him": the comma hands the frame the rest
    # of the sentence; the model's "court ruled" reading of the same words goes
    framed = Draft(kind="indirect", content=[Span(22, 60)], cue=Span(10, 18), via="as-frame")
    model = Draft(kind="indirect", content=[Span(40, 60)], cue=Span(30, 35), via="model")
    kept = combine([framed], [model], content_only("", Span(40, 60), 0.9))
    assert kept == [framed]


@pytest.mark.needs_model
def test_combine_keeps_a_rule_statement_whose_words_hold_the_model_cue_and_its_speaker() -> None:
    text = "Daniel Russel said ahead of the talks a key aim for the meeting would be to explore it."
    parse = Parse(annotate(text, model=MODEL))
    rule = drafted(text, "ccomp", "said", text[text.index("a key") : -1])
    model = drafted(text, "model", "key aim for", text[text.index("the meeting") : -1])
    nested = drafted(text, "model", "would", text[text.index("to explore") : -1])
    rule.speaker = model.speaker = Span(0, len("Daniel Russel"))
    nested.speaker = Span(text.index("the meeting"), text.index(" would"))
    tagged = content_only(text, Span(0, 1), 0.9)
    assert combine([rule], [model], tagged, parse) == [rule]  # the model misread it
    assert combine([rule], [nested], tagged, parse) == [nested]  # another speaker: its own
    # the model read the rule's statement too (its own cue "said"): its readings stand
    own = drafted(text, "model", "said", text[text.index("a key") : text.index(" for")])
    own.speaker = rule.speaker
    assert combine([rule], [model, own], tagged, parse) == [model, own]


@pytest.mark.needs_model
def test_combine_keeps_a_model_statement_whose_verb_cue_lies_in_a_rule_frame() -> None:
    text = "The FBI decided after a long inquiry not to recommend charges against her aides."
    parse = Parse(annotate(text, model=MODEL))
    rule = drafted(text, "intent", "decided", text[text.index("not to") : -1])
    model = drafted(text, "model", "not to recommend", text[text.index("charges") : -1])
    rule.speaker = model.speaker = Span(0, len("The FBI"))
    tagged = content_only(text, Span(0, 1), 0.9)
    assert combine([rule], [model], tagged, parse) == [model]


def test_combine_keeps_the_rule_statement_where_the_model_finds_its_speaker_in_the_words() -> None:
    # "Itar-Tass said Sergey Gorenko, the prosecutor general, died at the scene.": the model's
    # "said" with speaker "the prosecutor general" and content "Sergey Gorenko"
    text = "Itar-Tass said Sergey Gorenko, the prosecutor general, died at the scene."
    rule = Draft(
        kind="indirect",
        content=[Span(15, len(text) - 1)],
        cue=Span(10, 14),
        speaker=Span(0, 9),
        via="ccomp",
    )
    model = Draft(
        kind="indirect",
        content=[Span(15, 29)],
        cue=Span(10, 14),
        speaker=Span(31, 53),
        via="model",
    )
    tagged = content_only(text, Span(15, 29), 0.9)
    assert combine([rule], [model], tagged) == [rule]
    # a looser frame than a verb's clause ("As Obama appears set to veto …, Clinton …": the
    # intent rule's content runs over the next clause's subject) leaves the model's reading
    rule.via = "intent"
    assert combine([rule], [model], tagged) == [model]
    # a speaker outside the rule's words (the same reading) leaves the model's statement
    rule.via = "ccomp"
    model.speaker = Span(0, 9)
    assert combine([rule], [model], tagged) == [model]
