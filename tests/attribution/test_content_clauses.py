"""Where a statement's content clause starts and ends (runs the spaCy English pipeline)."""

from __future__ import annotations

import pytest
from tests.attribution.attributed_sentences import MODEL, run, triples

from reportedly.attribution import CueLexicon
from reportedly.model import Span
from reportedly.nlp import annotate

pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def test_attribution_object_content_does_not_end_in_a_conjunction(lexicon: CueLexicon) -> None:
    text = (
        "This week, the president declined to threaten Moscow or even directly declare it "
        "responsible."
    )
    contents = [s.content_text(text) for s in run(text, lexicon).statements]
    assert contents
    assert not any(c.rstrip().endswith((" or", " and", " but")) for c in contents), contents


@pytest.mark.needs_model
def test_a_semicolon_ends_the_clause_before_a_mixed_quote(lexicon: CueLexicon) -> None:
    text = "Airstrikes near Kharkiv kill 11; Blackouts will continue “for months,” Ukrenergo says."
    found = triples(text, lexicon)
    assert ("mixed", "Ukrenergo", "says", "Blackouts will continue “for months,”") in found


@pytest.mark.needs_model
def test_a_fronted_clause_goes_on_past_its_quoted_words_to_the_frame(lexicon: CueLexicon) -> None:
    text = 'The next target of the "western masters" is Poland, the minister said.'
    found = triples(text, lexicon)
    assert (
        "mixed",
        "the minister",
        "said",
        'The next target of the "western masters" is Poland',
    ) in found
    # a quote that ends the clause ends the content, as before
    text = 'Talks with Kyiv are "not on the agenda", Peskov said.'
    assert ("mixed", "Peskov", "said", 'Talks with Kyiv are "not on the agenda"') in triples(
        text, lexicon
    )


def test_a_participle_of_saying_after_a_comma_ends_the_content(lexicon: CueLexicon) -> None:
    from reportedly.attribution._draft import Draft
    from reportedly.attribution._parse import Parse
    from reportedly.attribution._tidy import _cut_participle

    text = (
        "Blinken said his visit was not about countering Russia on the continent, telling "
        "the broadcaster that the focus is on providing a choice."
    )
    parse = Parse(annotate(text, model=MODEL))
    start = text.index("his visit")
    draft = Draft(kind="indirect", content=[Span(start, len(text) - 1)])
    _cut_participle(parse, lexicon, draft)
    assert (
        draft.content[0].text(text) == "his visit was not about countering Russia on the continent"
    )


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the verb's object is who was told: what was said starts after "that"
        (
            "National Security Adviser Jake Sullivan told Friday's daily White House briefing "
            'that officials "recognise the cluster munitions create a risk of civilian harm" '
            "from unexploded bombs.",
            'officials "recognise the cluster munitions create a risk of civilian harm"',
        ),
        # the object the quote describes is part of what was said
        (
            'Clinton called half of his supporters "deplorables" in a speech.',
            'half of his supporters "deplorables"',
        ),
    ],
)
def test_a_quote_argument_s_content_leaves_out_the_addressee(
    text: str, content: str, lexicon: CueLexicon
) -> None:
    assert any(t[3].startswith(content) for t in triples(text, lexicon))


def test_attribution_that_clause_hung_on_the_setting_is_the_content(lexicon: CueLexicon) -> None:
    # the parser hangs the that-clause on "Friday" as a relative clause; "that" is its
    # conjunction (the clause has its own subject), so it is what was told
    text = "Mr Biden told CNN in an interview on Friday that he had spoken to allies about it."
    found = [t for t in triples(text, lexicon) if t[3].startswith("that")]
    assert found == [("indirect", "Mr Biden", "told", "that he had spoken to allies about it")]
    # a real relative clause ("that" stands for the meeting) is no content
    text = "The minister told reporters at a meeting that the army had organised in Kyiv."
    assert not [t for t in triples(text, lexicon) if "organised" in t[3]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As Reuters reported earlier, a court in Moscow ruled to remand the officer in "
            "custody for two months.",
            (
                "Reuters",
                "reported",
                "a court in Moscow ruled to remand the officer in custody for two months",
            ),
        ),
        (
            "As the minister underscored, the bravery of the Ukrainian people continues to "
            "inspire the world.",
            (
                "the minister",
                "underscored",
                "the bravery of the Ukrainian people continues to inspire the world",
            ),
        ),
        # words the parser hangs on the verb past its own comma are the main clause's
        (
            "As the expert points out, two weeks before February 24 in Russia, the public was "
            "said that there would be no war.",
            (
                "the expert",
                "points out",
                "two weeks before February 24 in Russia, the public was said that there would "
                "be no war",
            ),
        ),
        # the addressee of "told" is no content of its own
        (
            "As he told reporters, the talks failed on Monday.",
            ("he", "told", "the talks failed on Monday"),
        ),
    ],
)
def test_attribution_an_opening_as_clause_reports_the_main_clause_after_its_comma(
    text: str, expected: tuple[str, str, str], lexicon: CueLexicon
) -> None:
    assert ("indirect", *expected) in triples(text, lexicon)


@pytest.mark.parametrize(
    "text",
    [
        "As he walked in, the crowd cheered loudly.",
        "As expected, the talks failed on Monday.",
        # a verb with a content of its own: the "as" clause tells a time, not a source
        "As Biden orders the 82nd Airborne Division to Europe, Putin is chilling with Xi.",
        "As military analysts warn of a possible invasion, they are watching the weather.",
    ],
)
def test_attribution_an_as_clause_that_names_no_source_frames_nothing(
    text: str, lexicon: CueLexicon
) -> None:
    main = text.split(", ", 1)[1].rstrip(".")
    assert not [t for t in triples(text, lexicon) if t[3] == main]


def test_a_clause_before_a_verb_that_acts_on_its_object_is_no_content(
    lexicon: CueLexicon,
) -> None:
    # "they threaten us": the object is who is threatened, so the clause before is the
    # speaker's own words, not a threat; "warned them" addresses them and keeps its clause
    text = (
        '"We do not want to threaten anyone, they threaten us," he said. '
        '"Russia is weak," he warned them.'
    )
    assert [(s.cue.text(text) if s.cue else "") for s in run(text, lexicon).statements] == [
        "said",
        "warned",
    ]
