"""Tests for events.coder: PLOVER events from parses, statements and the sample article."""

from __future__ import annotations

from datetime import date

import pytest

from conftest import MODEL
from reportedly.events.actors import AliasResolver
from reportedly.events.coder import code_events
from reportedly.events.lexicon import EventLexicon
from reportedly.events.model import Event
from reportedly.model import Annotation, Article, Entity, Mention, Span, Statement, Token

LEXICON = EventLexicon.load()
RESOLVER = AliasResolver.bundled()

# (text, lemma, pos, tag, dep, head, ent_type) — a hand-built parse, no model needed
_REJECTED = [
    ("Moscow", "Moscow", "PROPN", "NNP", "nsubj", 1, "GPE"),
    ("rejected", "reject", "VERB", "VBD", "ROOT", 1, ""),
    ("Kyiv", "Kyiv", "PROPN", "NNP", "poss", 4, "GPE"),
    ("'s", "'s", "PART", "POS", "case", 2, ""),
    ("plan", "plan", "NOUN", "NN", "dobj", 1, ""),
    (".", ".", "PUNCT", ".", "punct", 1, ""),
]


def _build(rows: list[tuple[str, str, str, str, str, int, str]]) -> tuple[str, Annotation]:
    text, tokens, entities = "", [], []
    for i, (word, lemma, pos, tag, dep, head, ent) in enumerate(rows):
        if text and word not in (".", "'s"):
            text += " "
        start = len(text)
        text += word
        tokens.append(
            Token(
                i=i,
                start=start,
                end=len(text),
                text=word,
                lemma=lemma,
                pos=pos,
                tag=tag,
                dep=dep,
                head=head,
                sent=0,
                ent_type=ent,
                ent_iob="B" if ent else "O",
            )
        )
        if ent:
            entities.append(Mention(span=Span(start, len(text)), text=word, label=ent))
    annotation = Annotation(
        tokens=tuple(tokens), sentences=(Span(0, len(text)),), entities=tuple(entities)
    )
    return text, annotation


def _article(text: str, published: date | None = None) -> Article:
    return Article(id=Article.make_id(text), text=text, published=published)


def test_coder_hand_built_parse_needs_no_model() -> None:
    text, annotation = _build(_REJECTED)
    (event,) = code_events(_article(text), annotation, (), resolver=RESOLVER, lexicon=LEXICON)
    assert (event.type, event.modality, event.rule) == ("REJECT", "asserted", "verb:reject")
    assert event.source is not None
    assert event.source.code == "RUS"
    assert event.target is not None
    assert (event.target.text, event.target.code) == ("Kyiv", "UKR")
    assert event.trigger.text(text) == "rejected"
    assert event.evidence.text(text) == text
    assert event.cameo == "120"


def test_coder_without_resolver_keeps_text_only() -> None:
    text, annotation = _build(_REJECTED)
    (event,) = code_events(_article(text), annotation, (), resolver=None, lexicon=LEXICON)
    assert event.source is not None
    assert (event.source.text, event.source.code) == ("Moscow", None)


def test_coder_statement_speaker_is_default_source() -> None:
    rows = [
        ("We", "we", "PRON", "PRP", "nsubj", 1, ""),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 1, ""),
        ("the", "the", "DET", "DT", "det", 3, ""),
        ("plan", "plan", "NOUN", "NN", "dobj", 1, ""),
    ]
    text, annotation = _build(rows)
    statement = Statement(
        id="s1",
        kind="direct",
        content=(Span(0, len(text)),),
        speaker=Mention(span=Span(0, 0), text="Peskov", label="PERSON"),
    )
    (event,) = code_events(
        _article(text), annotation, (statement,), resolver=RESOLVER, lexicon=LEXICON
    )
    assert event.statement == "s1"
    assert event.source is not None
    assert (event.source.text, event.source.code) == ("Peskov", "RUS")


def test_coder_statement_speaker_entity_code_resolves_pronoun_speakers() -> None:
    rows = [
        ("We", "we", "PRON", "PRP", "nsubj", 1, ""),
        ("rejected", "reject", "VERB", "VBD", "ROOT", 1, ""),
        ("the", "the", "DET", "DT", "det", 3, ""),
        ("plan", "plan", "NOUN", "NN", "dobj", 1, ""),
    ]
    text, annotation = _build(rows)
    statement = Statement(
        id="s1",
        kind="direct",
        content=(Span(0, len(text)),),
        speaker=Mention(span=Span(0, 0), text="he", label="PRON"),
        speaker_entity="joe-biden",
    )
    biden = Entity(id="joe-biden", name="Joe Biden", actor_id="biden-joe", code="USA GOV")
    (event,) = code_events(
        _article(text),
        annotation,
        (statement,),
        resolver=RESOLVER,
        lexicon=LEXICON,
        entities=(biden,),
    )
    assert event.source is not None
    assert (event.source.actor_id, event.source.code, event.source.sector) == (
        "biden-joe",
        "USA",
        "GOV",
    )


# ---------------------------------------------------------------------------------------
# with the spaCy model


def _code(text: str, published: date | None = None) -> tuple[Event, ...]:
    from reportedly.nlp import annotate

    annotation = annotate(text, model=MODEL)
    return code_events(
        _article(text, published), annotation, (), resolver=RESOLVER, lexicon=LEXICON
    )


def _summary(events: tuple[Event, ...]) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (
            e.type,
            e.modality,
            e.source.code if e.source else None,
            e.target.code if e.target else None,
        )
        for e in events
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Kremlin rejected the peace plan.", [("REJECT", "asserted", "RUS", None)]),
        # a refusal of a cooperative act is a REJECT, not a negated CONSULT
        (
            "Biden said he does not intend to speak with Putin.",
            [("REJECT", "asserted", "USA", "RUS")],
        ),
        ("Russia has no plans to withdraw its troops.", [("REJECT", "asserted", "RUS", None)]),
        ("Putin is ready for talks with Kyiv.", [("AGREE", "asserted", "RUS", "UKR")]),
        # a condition is not the event itself
        (
            "Kyiv will talk to Moscow if Russia withdraws its troops.",
            [("CONSULT", "asserted", "UKR", "RUS"), ("RETREAT", "conditional", "RUS", None)],
        ),
        # a negated past act stays itself, marked negated
        ("Belarus did not attack Ukraine.", [("ASSAULT", "negated", "BLR", "UKR")]),
        ("Russia could attack Kyiv.", [("ASSAULT", "hypothetical", "RUS", "UKR")]),
        # an obligation in reported speech is a demand of the speaker's on the subject
        (
            "Zelensky said that Russia must withdraw its troops.",
            [("REQUEST", "asserted", "UKR", "RUS"), ("RETREAT", "demanded", "RUS", None)],
        ),
        ("Kuleba accused Moscow of lying.", [("ACCUSE", "asserted", "UKR", "RUS")]),
        ("The EU imposed sanctions on Russia.", [("SANCTION", "asserted", "IGO", "RUS")]),
        ("Journalists fight on their own frontline.", []),
    ],
)
def test_coder_frames_table(
    text: str, expected: list[tuple[str, str, str | None, str | None]]
) -> None:
    assert _summary(_code(text)) == expected


@pytest.mark.needs_model
def test_coder_sample_acceptance(sample_text: str) -> None:
    events = _code(sample_text, published=date(2022, 12, 2))
    counted = [e for e in events if e.counts]
    rejects = [e for e in counted if e.type == "REJECT"]
    assert any(
        e.source and e.source.code == "RUS" and e.target and e.target.code == "USA" for e in rejects
    )
    (demand,) = [e for e in counted if e.type == "REQUEST" and e.source and e.source.code == "USA"]
    assert demand.target is not None
    assert demand.target.code == "RUS"
    assert demand.date is not None
    assert demand.date.value == date(2022, 12, 1)
    agrees = [e for e in counted if e.type == "AGREE" and e.source and e.source.code == "RUS"]
    assert any("open" in e.trigger.text(sample_text) for e in agrees)
    appeal = sample_text.index("Journalists fight")
    assert not [e for e in events if e.trigger.start >= appeal]


@pytest.mark.needs_model
def test_coder_sample_unknown_publication_leaves_demand_yearless(sample_text: str) -> None:
    events = _code(sample_text, published=None)
    (demand,) = [e for e in events if e.type == "REQUEST" and e.source and e.source.code == "USA"]
    assert demand.date is not None
    assert demand.date.value is None
    assert not demand.date.year_known
    assert demand.date.iso() == "--12-01"


@pytest.mark.needs_model
def test_coder_events_are_stable_and_anchored(sample_text: str) -> None:
    first, second = _code(sample_text), _code(sample_text)
    assert first == second
    for event in first:
        assert event.evidence.contains(event.trigger)
        assert 0 < event.confidence <= 1


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "trigger", "condition"),
    [
        (
            "Biden said he will be prepared to talk to Putin if Russia withdraws its troops.",
            "prepared",
            "if Russia withdraws its troops",
        ),
        (
            "Kyiv will not negotiate until Russia withdraws its troops from all occupied land.",
            "negotiate",
            "until Russia withdraws its troops from all occupied land",
        ),
        (
            "Zelensky said Ukraine would agree to a truce unless Russia keeps shelling Kherson.",
            "agree",
            "unless Russia keeps shelling Kherson",
        ),
        ("Russia rejected the plan.", "rejected", None),
    ],
)
def test_coder_condition_clause(text: str, trigger: str, condition: str | None) -> None:
    (event,) = [e for e in _code(text) if e.trigger.text(text) == trigger]
    assert (event.condition.text(text) if event.condition else None) == condition


@pytest.mark.needs_model
def test_coder_event_inside_a_condition_has_that_clause() -> None:
    text = "Biden said he will be prepared to talk to Putin if Russia withdraws its troops."
    (inner,) = [e for e in _code(text) if e.type == "RETREAT"]
    assert inner.modality == "conditional"
    assert inner.condition is not None
    assert inner.condition.text(text) == "if Russia withdraws its troops"


@pytest.mark.needs_model
def test_coder_us_is_not_the_pronoun_us() -> None:
    # spaCy may lemmatise "US" as "us": inside Peskov's quote, the country (not the speaker)
    # is who does not recognise the territories
    from reportedly.nlp import annotate

    text = 'Peskov said: "The US, as before, does not recognise the new territories."'
    start = text.index("The US")
    content = Span(start, text.index('."') + 1)
    speaker = Span(0, 6)
    statement = Statement(
        id="s1",
        kind="direct",
        content=(content,),
        quotes=(content,),
        speaker=Mention(span=speaker, text="Peskov", label="PERSON"),
    )
    events = code_events(
        _article(text),
        annotate(text, model=MODEL),
        (statement,),
        resolver=RESOLVER,
        lexicon=LEXICON,
    )
    (event,) = [e for e in events if e.type == "REJECT"]
    assert event.statement == "s1"
    assert event.source is not None
    assert (event.source.text, event.source.code) == ("The US", "USA")


@pytest.mark.needs_model
def test_coder_codes_no_event_whose_doer_is_no_actor() -> None:
    text = "The debt, much of which had shot up during the recession, worried voters."
    assert [e for e in _code(text) if e.type == "ASSAULT"] == []


@pytest.mark.needs_model
def test_coder_still_codes_an_actor_s_shooting() -> None:
    (event,) = [e for e in _code("Russian soldiers shot two civilians in Bucha.") if e.counts]
    assert event.type == "ASSAULT"
    assert event.source is not None
    assert event.source.code == "RUS"


@pytest.mark.needs_model
def test_coder_reads_dropped_objections_as_a_concession() -> None:
    events = [e for e in _code("Turkey dropped its objections to Sweden's bid.") if e.counts]
    assert _summary(tuple(events)) == [("CONCEDE", "asserted", "TUR", None)]


@pytest.mark.needs_model
def test_coder_takes_no_actor_from_a_dateline() -> None:
    # the parse makes the dateline the subject of "charged" and of "said"
    text = "THE HAGUE, Netherlands -- A United Nations prosecutor has charged a Rwandan official."
    (event,) = _code(text)
    assert event.source is not None
    assert event.source.text == "A United Nations prosecutor"
    text = (
        "ISLAMABAD -- Pakistani Prime Minister Yousaf Raza Gilani said on Monday that he has "
        "rejected a request from his British counterpart Gordon Brown."
    )
    assert all(
        "ISLAMABAD" not in (side.text if side else "")
        for e in _code(text)
        for side in (e.source, e.target)
    )
