"""The event lexicon: trigger verbs, phrases, event nouns and frames, read from a data file."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError
from reportedly.events.model import EVENT_TYPES, EventType
from reportedly.events.plover import load_ontology
from reportedly.events.stance_lexicon import StanceLexicon

RULES_FILE = "event_rules.yaml"


@dataclass(frozen=True, slots=True, kw_only=True)
class Rule:
    """What a trigger codes and the constraints it puts on its clause.

    ``objects``/``objects_not`` constrain the lemma of the trigger's object; ``object_labels``
    its entity label; ``particle`` requires a particle or preposition child ("call on"),
    ``particle_not`` forbids one ("asked about the war" is a question, no request).
    ``place_object`` reads the object as a location; ``inverted_object`` lets a "demand that X
    do Y" complement's subject be the target; ``direct_object`` requires a direct object (or a
    passive subject), not a prepositional one ("returned the bodies", not "returned to Kyiv"),
    ``no_object`` forbids a direct object ("thousands rallied", not "rallied his supporters");
    ``subjects``/``subjects_not`` require / forbid subject lemmas ("thousands protested" is
    a demonstration; "prices rallied" is no protest), ``subject_labels`` a subject's entity
    label ("the US will boycott the ceremony": a state's boycott is a sanction);
    ``conditional_content`` requires the verb's reported clause to state a condition
    ("warned that if X attacks, Y will respond");
    ``infinitive`` requires an infinitive complement ("agreed to provide"); ``partner`` a
    second party: a "with" object or a subject that is several ("discussed it with Kyiv",
    "Biden and Scholz discussed").
    """

    name: str
    type: EventType
    mode: str | None = None
    context: tuple[str, ...] = ()
    cameo: str | None = None
    needs_object: bool = False
    direct_object: bool = False
    no_object: bool = False
    objects: frozenset[str] = frozenset()
    objects_not: frozenset[str] = frozenset()
    subjects: frozenset[str] = frozenset()
    subjects_not: frozenset[str] = frozenset()
    subject_labels: frozenset[str] = frozenset()
    object_labels: frozenset[str] = frozenset()
    particle: frozenset[str] = frozenset()
    particle_not: frozenset[str] = frozenset()
    place_object: bool = False
    inverted_object: bool = False
    modifiers: frozenset[str] = frozenset()
    conditional_content: bool = False
    infinitive: bool = False
    partner: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class PhraseRule:
    """A contiguous lemma sequence ("rule out") and the rule it fires."""

    lemmas: tuple[str, ...]
    rule: Rule


@dataclass(frozen=True, slots=True, kw_only=True)
class NounRule:
    """An event noun with its support verbs ("impose sanctions") and the rule it fires.

    ``rule.modifiers``, when set, requires one of these modifier lemmas on the noun
    ("joint exercises"); ``preps`` lets the noun be the object of one of these prepositions
    on the support verb ("placed troops *on* alert", "taken *into* custody");
    ``subject_support`` are verbs the noun is the subject of ("Russia's invasion began"): the
    doer is then the noun's possessor or nationality adjective.
    """

    lemmas: frozenset[str]
    support: frozenset[str]
    rule: Rule
    preps: frozenset[str] = frozenset()
    subject_support: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True, kw_only=True)
class Flip:
    """How a cooperative type reads when refused (REJECT mode, CAMEO) or intended (AGREE)."""

    mode: str
    cameo: str
    intent_cameo: str


@dataclass(frozen=True, slots=True, kw_only=True)
class EventLexicon:
    """Everything the coder knows about words, read from ``events/data/event_rules.yaml``."""

    version: str
    verbs: dict[str, tuple[Rule, ...]]
    adjectives: dict[str, tuple[Rule, ...]]
    phrases: tuple[PhraseRule, ...]
    nouns: tuple[NounRule, ...]
    speech_verbs: frozenset[str]
    belief_verbs: frozenset[str]
    hypothetical_modals: frozenset[str]
    future_auxiliaries: frozenset[str]
    condition_marks: frozenset[str]
    negators: frozenset[str]
    first_person: frozenset[str]
    third_person: frozenset[str]
    target_preps: frozenset[str]
    people_nouns: frozenset[str]
    negation_flip: dict[str, Flip]
    negated_past_stays: frozenset[str]
    intent_heads: frozenset[str]
    intent_nouns: frozenset[str]
    threat_heads: frozenset[str]
    anaphora: frozenset[str]
    obligation_verbs: frozenset[str]
    obligation_modals: frozenset[str]
    obligation_adjectives: frozenset[str] = frozenset()
    obligation_nouns: frozenset[str] = frozenset()  # "it is time for Congress to act"
    refusal_heads: frozenset[str] = frozenset()  # negated intents that refuse any act
    # lemma sequences that are no event although a trigger is in them ("make ends meet")
    idioms: tuple[tuple[str, ...], ...] = ()
    # words opening a clause that states a condition ("if", "unless", "until"): shown as
    # the condition of the event the clause hangs under (the positions view)
    condition_clause_marks: frozenset[str] = frozenset()
    not_actors: frozenset[str] = frozenset()  # pronouns that never name an event's source
    question_marks: frozenset[str] = frozenset()  # "whether": an indirect question
    # verb + object + one of these + gerund: the object's act ("accused Moscow of shelling")
    object_control_preps: frozenset[str] = frozenset()
    # "against"/"from" + gerund: an act warned against or kept from happening
    averting_preps: frozenset[str] = frozenset()
    alleging_verbs: frozenset[str] = frozenset()  # "accused X of …": X's act is alleged
    # "talks about deploying weapons": a gerund after these is a topic, not an event
    topic_preps: frozenset[str] = frozenset()
    # "areas safe to occupy": the adjective's subject is the infinitive's object
    tough_adjectives: frozenset[str] = frozenset()
    # "73 percent say the US is doing too little to support Ukraine": a poll's answer
    poll_words: frozenset[str] = frozenset()
    # "promised Kyiv to deliver tanks": the subject, not the object, does the infinitive
    subject_control_verbs: frozenset[str] = frozenset()
    # "would be allowed to deny": the act a permission verb allows is not asserted
    permission_verbs: frozenset[str] = frozenset()
    # "court documents show that ...": a belief verb whose subject is evidence asserts
    evidence_subjects: frozenset[str] = frozenset()
    # reporting verbs that are never nouns ("autocrats allege" misread as a noun phrase)
    verb_only_reporting: frozenset[str] = frozenset()
    # verbs that deny their infinitive ("failed to reach agreement"): the event is negated
    negating_verbs: frozenset[str] = frozenset()
    # an amount whose "of" names what an object is ("millions of refugees")
    amount_nouns: frozenset[str] = frozenset()
    # "its fighters", "members of the party": people who act for their possessor
    member_nouns: frozenset[str] = frozenset()
    leaning_words: frozenset[str] = frozenset()
    helping_verbs: frozenset[str] = frozenset()
    unreal_auxiliaries: frozenset[str] = frozenset()
    # "his hesitation in providing aid": an act under a noun of reluctance is not done
    reluctance_nouns: frozenset[str] = frozenset()
    # "the prospect of Ukraine joining NATO": an act a noun of prospect names is not done
    prospect_nouns: frozenset[str] = frozenset()
    # "nearly unleashed a war": an act all but done is not done
    near_miss_adverbs: frozenset[str] = frozenset()
    # "released a statement that condemned ...": who issues such a document says what it says
    issued_documents: frozenset[str] = frozenset()
    issuing_verbs: frozenset[str] = frozenset()
    # people no model event may have as its source uncoded (events.learned.with_model)
    model_person_nouns: frozenset[str] = frozenset()
    # verbs the learned model adds no event on (events.learned.with_model)
    model_not_predicates: frozenset[str] = frozenset()
    # the stance cues of data/stance.yaml (events.stance)
    stance: StanceLexicon = field(default_factory=StanceLexicon)
    source: str = field(default="", compare=False)
    # read once from the phrases: the matcher tests every word of every sentence against them
    phrase_openers: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        openers = frozenset(p.lemmas[0] for p in self.phrases if p.lemmas)
        object.__setattr__(self, "phrase_openers", openers)

    @classmethod
    def load(cls, path: Path | None = None) -> EventLexicon:
        """Read the lexicon from ``path`` or the bundled data file.

        Raises:
            ConfigError: the file is missing, malformed or names an unknown type or mode.
        """
        if path is None:
            ref = resources.files("reportedly.events") / "data" / RULES_FILE
            where = str(ref)
            try:
                text = ref.read_text(encoding="utf-8")
            except OSError as e:
                raise ConfigError(f"cannot read the event rules {where}: {e}", code="E510") from e
        else:
            where = str(path)
            try:
                text = path.read_text(encoding="utf-8")
            except OSError as e:
                raise ConfigError(f"cannot read the event rules {where}: {e}", code="E510") from e
        try:
            raw = load_yaml(text)
        except yaml.YAMLError as e:
            raise ConfigError(f"{where}: invalid YAML: {e}", code="E510") from e
        if not isinstance(raw, dict):
            raise ConfigError(f"{where}: expected a mapping", code="E510")
        return replace(_build(raw, where), stance=StanceLexicon.load())


def _strings(value: Any, where: str, key: str) -> list[str]:
    """A list of words; YAML's bare on/off/yes/no (booleans) are caught, not read as text."""
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(
            f"{where}: {key!r} must be a list of words (quote on/off/yes/no)", code="E510"
        )
    return [v.lower() for v in value]


def _words(raw: dict[str, Any], key: str, where: str = "") -> frozenset[str]:
    return frozenset(_strings(raw.get(key), where, key))


def _rule(name: str, body: Any, where: str) -> Rule:
    if not isinstance(body, dict) or body.get("type") not in EVENT_TYPES:
        raise ConfigError(f"{where}: rule {name!r} needs a PLOVER type", code="E510")
    context = tuple(str(c) for c in body.get("context", ()))
    mode = body.get("mode")
    problems = load_ontology().check(str(body["type"]), mode, context)
    if problems:
        raise ConfigError(f"{where}: rule {name!r}: {'; '.join(problems)}", code="E510")

    def words(key: str) -> frozenset[str]:
        return frozenset(_strings(body.get(key), where, f"{name}.{key}"))

    return Rule(
        name=name,
        type=body["type"],
        mode=str(mode) if mode else None,
        context=context,
        cameo=str(body["cameo"]) if body.get("cameo") else None,
        needs_object=bool(body.get("needs_object", False)),
        direct_object=bool(body.get("direct_object", False)),
        no_object=bool(body.get("no_object", False)),
        objects=words("objects"),
        objects_not=words("objects_not"),
        subjects=words("subjects"),
        subjects_not=words("subjects_not"),
        subject_labels=frozenset(str(v) for v in body.get("subject_labels", ())),
        object_labels=frozenset(str(v) for v in body.get("object_labels", ())),
        particle=words("particle"),
        particle_not=words("particle_not"),
        place_object=bool(body.get("place_object", False)),
        inverted_object=bool(body.get("inverted_object", False)),
        modifiers=words("modifiers"),
        conditional_content=bool(body.get("conditional_content", False)),
        infinitive=bool(body.get("infinitive", False)),
        partner=bool(body.get("partner", False)),
    )


def _build(raw: dict[str, Any], where: str) -> EventLexicon:
    verbs: dict[str, tuple[Rule, ...]] = {}
    for lemma, body in (raw.get("verbs") or {}).items():
        bodies = body if isinstance(body, list) else [body]
        verbs[str(lemma).lower()] = tuple(_rule(f"verb:{lemma}", b, where) for b in bodies)
    adjectives: dict[str, tuple[Rule, ...]] = {}
    for lemma, body in (raw.get("adjectives") or {}).items():
        bodies = body if isinstance(body, list) else [body]
        adjectives[str(lemma).lower()] = tuple(
            _rule(f"adjective:{lemma}", b, where) for b in bodies
        )
    phrases = []
    for body in raw.get("phrases") or ():
        lemmas = tuple(_strings(body.get("lemmas"), where, "phrase lemmas"))
        if not lemmas:
            raise ConfigError(f"{where}: a phrase has no lemmas", code="E510")
        phrases.append(
            PhraseRule(lemmas=lemmas, rule=_rule(f"phrase:{' '.join(lemmas)}", body, where))
        )
    nouns = []
    for body in raw.get("nouns") or ():
        noun_lemmas = frozenset(_strings(body.get("lemmas"), where, "noun lemmas"))
        support = frozenset(_strings(body.get("support"), where, "noun support"))
        name = f"noun:{'/'.join(sorted(noun_lemmas))}+{body.get('type')}"
        nouns.append(
            NounRule(
                lemmas=noun_lemmas,
                support=support,
                rule=_rule(name, body, where),
                preps=frozenset(_strings(body.get("preps"), where, "noun preps")),
                subject_support=frozenset(
                    _strings(body.get("subject_support"), where, "noun subject_support")
                ),
            )
        )
    intent = raw.get("intent") or {}
    obligation = raw.get("obligation") or {}
    flip: dict[str, Flip] = {}
    for name, body in (raw.get("negation_flip") or {}).items():
        if name not in EVENT_TYPES or not isinstance(body, dict):
            raise ConfigError(f"{where}: negation_flip entry {name!r} is invalid", code="E510")
        flip[str(name)] = Flip(
            mode=str(body.get("mode", "")),
            cameo=str(body.get("cameo", "")),
            intent_cameo=str(body.get("intent_cameo", "")),
        )
    return EventLexicon(
        version=str(raw.get("version", "")),
        verbs=verbs,
        adjectives=adjectives,
        phrases=tuple(sorted(phrases, key=lambda p: -len(p.lemmas))),
        nouns=tuple(nouns),
        speech_verbs=_words(raw, "speech_verbs", where),
        belief_verbs=_words(raw, "belief_verbs", where),
        hypothetical_modals=_words(raw, "hypothetical_modals", where),
        future_auxiliaries=_words(raw, "future_auxiliaries", where),
        condition_marks=_words(raw, "condition_marks", where),
        negators=_words(raw, "negators", where),
        first_person=_words(raw, "first_person", where),
        third_person=_words(raw, "third_person", where),
        target_preps=_words(raw, "target_preps", where),
        people_nouns=_words(raw, "people_nouns", where),
        negation_flip=flip,
        negated_past_stays=frozenset(str(v) for v in raw.get("negated_past_stays") or ()),
        intent_heads=_words(intent, "heads", where),
        intent_nouns=_words(intent, "nouns", where),
        threat_heads=_words(intent, "threat_heads", where),
        refusal_heads=_words(intent, "refusal_heads", where),
        anaphora=_words(intent, "anaphora", where),
        obligation_verbs=_words(obligation, "verbs", where),
        obligation_modals=_words(obligation, "modals", where),
        obligation_adjectives=_words(obligation, "adjectives", where),
        obligation_nouns=_words(obligation, "nouns", where),
        condition_clause_marks=_words(raw, "condition_clause_marks", where),
        not_actors=_words(raw, "not_actors", where),
        question_marks=_words(raw, "question_marks", where),
        object_control_preps=_words(raw, "object_control_preps", where),
        averting_preps=_words(raw, "averting_preps", where),
        alleging_verbs=_words(raw, "alleging_verbs", where),
        topic_preps=_words(raw, "topic_preps", where),
        tough_adjectives=_words(raw, "tough_adjectives", where),
        poll_words=_words(raw, "poll_words", where),
        subject_control_verbs=_words(raw, "subject_control_verbs", where),
        permission_verbs=_words(raw, "permission_verbs", where),
        evidence_subjects=_words(raw, "evidence_subjects", where),
        verb_only_reporting=_words(raw, "verb_only_reporting", where),
        negating_verbs=_words(raw, "negating_verbs", where),
        amount_nouns=_words(raw, "amount_nouns", where),
        member_nouns=_words(raw, "member_nouns", where),
        leaning_words=_words(raw, "leaning_words", where),
        helping_verbs=_words(raw, "helping_verbs", where),
        unreal_auxiliaries=_words(raw, "unreal_auxiliaries", where),
        reluctance_nouns=_words(raw, "reluctance_nouns", where),
        prospect_nouns=_words(raw, "prospect_nouns", where),
        near_miss_adverbs=_words(raw, "near_miss_adverbs", where),
        issued_documents=_words(raw, "issued_documents", where),
        issuing_verbs=_words(raw, "issuing_verbs", where),
        model_person_nouns=_words(raw, "model_person_nouns", where),
        model_not_predicates=_words(raw, "model_not_predicates", where),
        idioms=tuple(tuple(_strings(idiom, where, "idioms")) for idiom in raw.get("idioms") or ()),
        source=where,
    )
