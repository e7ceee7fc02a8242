"""A reported content ends before the next report, the speaker's next verb or a dangling and
(runs the spaCy English pipeline)."""

from __future__ import annotations

import pytest
from tests.attribution.bounds_settled import MODEL, settled

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.bounds import settle_bounds
from reportedly.model import Article, Span
from reportedly.nlp import annotate

pytestmark = pytest.mark.needs_model


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
