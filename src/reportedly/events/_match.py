"""Match a sentence's tokens against the event lexicon: trigger verbs, adjectives, phrases,
nouns and frames (`_sentence_match` keeps one per token and links them)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace

from reportedly.events._control import no_obligation
from reportedly.events._objects import (
    OBJECT_DEPS,
    counted_by,
    noun_modifiers,
    trigger_objects,
)
from reportedly.events._reported import asks_a_question, mandative, states_condition
from reportedly.events._tree import Sentence, has_partner
from reportedly.events.lexicon import EventLexicon, Rule
from reportedly.model import Span, Token

COMPLEMENT_DEPS = ("xcomp", "ccomp", "acl", "pcomp")
PRIORITY = {"phrase": 5, "intent": 4, "obligation": 4, "noun": 3, "verb": 2, "adjective": 2}


@dataclass(slots=True, kw_only=True)
class Match:
    """A rule firing on some tokens of a sentence (mutable while frames are linked)."""

    kind: str
    rule: Rule
    trigger: tuple[Token, ...]
    anchor: Token  # where the clause walk for the subject starts
    head: Token  # whose objects are candidate targets
    complement: Token | None = None
    inner: Match | None = None
    inner_type: str | None = None
    anaphoric: bool = False
    noun: Token | None = None  # the event noun of a noun rule ("sanctions")
    governor: Match | None = None
    consumed: bool = False
    inverted: bool = False
    pair: tuple[Span, Span] | None = None  # a model candidate's (source, target) phrases

    @property
    def token_ids(self) -> frozenset[int]:
        return frozenset(t.i for t in self.trigger)


# ---------------------------------------------------------------------------------------
# Matching


def fitting_rule(
    sentence: Sentence,
    token: Token,
    table: Mapping[str, tuple[Rule, ...]],
    lexicon: EventLexicon,
    *,
    relaxed: bool = False,
) -> Rule | None:
    """The first rule ``table`` (lemma -> rules) holds for ``token``'s lemma that fits it."""
    rules = table.get(token.lemma.lower(), ())
    return next((r for r in rules if rule_fits(sentence, token, r, lexicon, relaxed=relaxed)), None)


def rule_fits(
    sentence: Sentence, token: Token, rule: Rule, lexicon: EventLexicon, *, relaxed: bool = False
) -> bool:
    objects = trigger_objects(sentence, token, lexicon.amount_nouns)
    if rule.objects and not any(o.lemma.lower() in rule.objects for o in objects):
        return False
    if rule.objects_not and any(o.lemma.lower() in rule.objects_not for o in objects):
        return False
    if rule.object_labels and not any(o.ent_type in rule.object_labels for o in objects):
        return False
    if rule.needs_object and not objects and not relaxed:
        return False
    if rule.conditional_content and not states_condition(sentence, token):
        return False
    if rule.type == "REQUEST" and asks_a_question(sentence, token):
        return False
    doers = _doers(sentence, token)
    subjects = {s.lemma.lower() for s in doers}
    if rule.subjects and not subjects & rule.subjects:
        return False
    if rule.subject_labels and not any(s.ent_type in rule.subject_labels for s in doers):
        return False
    if subjects & rule.subjects_not:
        return False
    if rule.direct_object and not sentence.children(token, *OBJECT_DEPS, "nsubjpass"):
        return False
    if rule.no_object and sentence.children(token, "dobj"):
        return False
    if rule.infinitive and not sentence.children(token, "xcomp"):
        return False
    if rule.partner and not has_partner(sentence, token, _doers(sentence, token)):
        return False
    if rule.particle_not and any(
        k.lemma.lower() in rule.particle_not for k in sentence.children(token, "prt", "prep")
    ):
        return False
    if rule.particle:
        if sentence.children(token, "oprd"):
            return False  # "what the Times called a rough week for Trump": naming, no call for
        marks = {
            k.lemma.lower()
            for k in sentence.children(token, "prt", "prep", "agent")
            if not _temporal(sentence, k)
        }
        for clause in sentence.children(token, "ccomp"):
            if mandative(sentence, clause):
                marks.update(k.lemma.lower() for k in sentence.children(clause, "mark"))
        if not marks & rule.particle:
            return False
    return True


def _doers(sentence: Sentence, token: Token) -> list[Token]:
    """The subject of ``token``, or of the verb an infinitive depends on ("farmers blocked
    roads to protest")."""
    found = sentence.children(token, "nsubj")
    head = sentence.head(token)
    if not found and token.dep in ("xcomp", "advcl") and head is not None:
        found = sentence.children(head, "nsubj")
    return found


def _temporal(sentence: Sentence, prep: Token) -> bool:
    """ "on Saturday", "for a week": a preposition whose object is a date or time, not a
    particle ("called *on* Saturday" is no call on anyone)."""
    return any(o.ent_type in ("DATE", "TIME") for o in sentence.children(prep, "pobj"))


def _with_particle(sentence: Sentence, token: Token) -> tuple[Token, ...]:
    return (token, *sentence.children(token, "prt"))


def _reduced_relative(token: Token) -> bool:
    """ "German tanks deployed in Ukraine", "officials sanctioned by the US": a participle that
    only describes its noun reports no event (docs/events-gold.md)."""
    return token.tag == "VBN" and token.dep in ("acl", "amod")


def match_verbs(sentence: Sentence, lexicon: EventLexicon) -> Iterator[Match]:
    for token in sentence:
        if token.pos != "VERB" or _reduced_relative(token):
            continue
        rule = fitting_rule(sentence, token, lexicon.verbs, lexicon)
        if rule is None:
            continue
        yield Match(
            kind="verb",
            rule=rule,
            trigger=_with_particle(sentence, token),
            anchor=token,
            head=token,
        )


def match_adjectives(sentence: Sentence, lexicon: EventLexicon) -> Iterator[Match]:
    """ "I'm sorry", "he was grateful for the work": a predicate adjective with no infinitive."""
    for token in sentence:
        if token.pos != "ADJ" or token.dep != "acomp" or sentence.children(token, "xcomp"):
            continue
        rule = fitting_rule(sentence, token, lexicon.adjectives, lexicon)
        if rule is not None:
            yield Match(kind="adjective", rule=rule, trigger=(token,), anchor=token, head=token)


def match_phrases(sentence: Sentence, lexicon: EventLexicon) -> Iterator[Match]:
    tokens = [t for t in sentence if t.pos != "SPACE"]
    lemmas = [t.lemma.lower() for t in tokens]
    for start in range(len(tokens)):
        # most words begin no phrase: skip the phrase list
        if lemmas[start] not in lexicon.phrase_openers:
            continue
        for phrase in lexicon.phrases:
            end = start + len(phrase.lemmas)
            if tuple(lemmas[start:end]) != phrase.lemmas:
                continue
            words = tuple(tokens[start:end])
            anchor = next((t for t in words if t.pos == "VERB"), words[0])
            if not rule_fits(sentence, anchor, replace(phrase.rule, particle=frozenset()), lexicon):
                continue
            yield Match(kind="phrase", rule=phrase.rule, trigger=words, anchor=anchor, head=anchor)


def match_nouns(sentence: Sentence, lexicon: EventLexicon) -> Iterator[Match]:
    verbs = [t for t in sentence if t.pos in ("VERB", "AUX")]
    for noun in sentence:
        if noun.pos not in ("NOUN", "PROPN"):
            continue
        lemma = noun.lemma.lower()
        for rule in lexicon.nouns:
            if lemma not in rule.lemmas:
                continue
            if rule.rule.modifiers and not any(
                k.lemma.lower() in rule.rule.modifiers for k in noun_modifiers(sentence, noun)
            ):
                continue
            # "sent thousands of troops": the amount stands where the noun would
            place = counted_by(sentence, noun, lexicon.amount_nouns)
            head = sentence.head(place)
            support: Token | None = None
            if (
                head is not None
                and place.dep in ("dobj", "dative", "nsubjpass", "attr", "conj")
                and head.lemma.lower() in rule.support
            ):
                support = head
            elif (
                head is not None
                and noun.dep == "nsubj"
                and head.lemma.lower() in rule.subject_support
            ):
                support = head  # "Russia's invasion of Ukraine began"
            elif (
                rule.preps
                and head is not None
                and noun.dep == "pobj"
                and head.lemma.lower() in rule.preps
                and (verb := sentence.head(head)) is not None
                and verb.lemma.lower() in rule.support
            ):
                support = verb  # "placed an Army brigade on alert"
            else:
                # "the conditions that Biden put forward": the support verb is a relative clause
                support = next(
                    (
                        v
                        for v in verbs
                        if v.dep == "relcl"
                        and v.lemma.lower() in rule.support
                        and not sentence.children(v, "dobj")
                        and (h := sentence.head(v)) is not None
                        and sentence.is_within(h, noun)
                    ),
                    None,
                )
            if support is None or not _direction_fits(sentence, support, rule.rule):
                continue
            yield Match(
                kind="noun",
                rule=rule.rule,
                trigger=_with_particle(sentence, support),
                anchor=support,
                head=support,
                noun=noun,
            )


def _direction_fits(sentence: Sentence, support: Token, rule: Rule) -> bool:
    """A noun rule's ``particle``/``particle_not`` read the support verb's particles and
    adverbs: "moving troops away / pulling them back" withdraws, it does not deploy."""
    words = {k.lemma.lower() for k in sentence.children(support, "prt", "advmod")}
    if rule.particle and not words & rule.particle:
        return False
    return not words & rule.particle_not


def complement_of(sentence: Sentence, head: Token) -> Token | None:
    for kid in sentence.children(head, *COMPLEMENT_DEPS):
        if kid.pos in ("VERB", "AUX"):
            return kid
    # "no intention of returning", "commitment to holding talks"
    for prep in sentence.children(head, "prep"):
        if prep.lemma.lower() in ("of", "to"):
            for kid in sentence.children(prep, "pcomp"):
                if kid.pos in ("VERB", "AUX"):
                    return kid
    return None


def _intent_noun(sentence: Sentence, head: Token, lexicon: EventLexicon) -> Token | None:
    """ "open for talks", "offered negotiations", an intent noun's "readiness of meeting": the
    intent's object noun, when it is one."""
    # "of" names the act of a noun with no possessor ("Moscow's offer of a truce": the thing)
    own = head.pos == "NOUN" and not sentence.children(head, "poss")
    preps = ("for", "to", "of") if own else ("for", "to")
    for prep in sentence.children(head, "prep"):
        if prep.lemma.lower() in preps:
            for obj in sentence.children(prep, "pobj"):
                if obj.lemma.lower() in lexicon.intent_nouns:
                    return obj
    for obj in sentence.children(head, "dobj"):
        if obj.lemma.lower() in lexicon.intent_nouns:
            return obj
    return None


def _own_rule_differs(sentence: Sentence, head: Token, lexicon: EventLexicon) -> bool:
    """Whether a verb head's own lexicon rule fits and codes another type than AGREE."""
    rule = fitting_rule(sentence, head, lexicon.verbs, lexicon) if head.pos == "VERB" else None
    return rule is not None and rule.type != "AGREE"


def match_intents(sentence: Sentence, lexicon: EventLexicon) -> Iterator[Match]:
    agree = Rule(name="intent", type="AGREE", context=("diplomatic",))
    for head in sentence:
        if head.lemma.lower() not in lexicon.intent_heads:
            continue
        if head.pos not in ("VERB", "ADJ", "NOUN"):
            continue
        complement = complement_of(sentence, head)
        noun = None if complement is not None else _intent_noun(sentence, head, lexicon)
        if complement is None and noun is None:
            continue
        if noun is not None and _own_rule_differs(sentence, head, lexicon):
            continue  # "agreed a deal": concluding it is the verb's own event, not an intent
        anaphoric = complement is not None and (
            complement.lemma.lower() in lexicon.anaphora
            and any(k.lemma.lower() == "so" for k in sentence.children(complement))
        )
        yield Match(
            kind="intent",
            rule=replace(agree, name=f"intent:{head.lemma.lower()}"),
            trigger=(head,),
            anchor=head,
            head=complement if complement is not None else head,
            complement=complement,
            inner_type="CONSULT" if noun is not None else None,
            anaphoric=anaphoric,
        )


def _expletive_complement(sentence: Sentence, word: Token) -> Token | None:
    """ "it is important that X do Y" / "it is necessary (for X) to do Y" / "it is time for X
    to do Y": the clause Y, when the subject of "is" is an expletive "it"."""
    verb = sentence.head(word)
    if verb is None or verb.lemma.lower() != "be":
        return None
    if not any(s.lemma.lower() == "it" for s in sentence.children(verb, "nsubj")):
        return None
    for head in (verb, word):
        for clause in sentence.children(head, "ccomp", "xcomp", "advcl", "relcl", "acl"):
            if clause.pos not in ("VERB", "AUX"):
                continue
            # "for Europe to impose sanctions": an infinitive the parser hangs as a modifier
            if clause.dep in ("ccomp", "xcomp") or any(
                a.lemma.lower() == "to" for a in sentence.children(clause, "aux")
            ):
                return clause
    return None


def _backshifted(sentence: Sentence, token: Token, lexicon: EventLexicon) -> bool:
    """Whether a past "had to" is the reported clause itself ("said Russia had to withdraw":
    "has to", shifted back), not a past necessity told of ("since he had to discuss them")."""
    head = sentence.head(token)
    said = head is not None and head.lemma.lower() in lexicon.speech_verbs
    return said and token.dep in ("ccomp", "parataxis")


def match_obligations(sentence: Sentence, lexicon: EventLexicon) -> Iterator[Match]:
    request = Rule(name="obligation", type="REQUEST", cameo="100")
    for token in sentence:
        lemma = token.lemma.lower()
        complement: Token | None = None
        trigger: Token | None = None
        if lemma in lexicon.obligation_verbs and token.pos in ("VERB", "AUX"):
            if any(
                a.lemma.lower() in lexicon.future_auxiliaries | lexicon.unreal_auxiliaries
                for a in sentence.children(token, "aux")
            ):
                continue  # "America will have to get involved": a forecast, not a demand
            if token.tag == "VBD" and not _backshifted(sentence, token, lexicon):
                continue  # "since he had to discuss them five years ago": a past necessity
            complement = next(
                (k for k in sentence.children(token, "xcomp") if k.pos in ("VERB", "AUX")), None
            )
            trigger = token
        elif lemma in lexicon.obligation_modals and token.dep == "aux":
            complement = sentence.head(token)
            trigger = token
        elif (lemma in lexicon.obligation_adjectives and token.dep == "acomp") or (
            lemma in lexicon.obligation_nouns and token.dep == "attr"
        ):
            complement = _expletive_complement(sentence, token)
            trigger = token
        if complement is None or trigger is None:
            continue
        holder = complement if trigger.dep == "aux" else trigger
        if no_obligation(sentence, trigger, holder):
            continue
        if trigger.dep in ("acomp", "attr"):
            holder = sentence.head(trigger) or trigger
        yield Match(
            kind="obligation",
            rule=replace(request, name=f"obligation:{lemma}"),
            trigger=(trigger,),
            anchor=holder,
            head=complement,
            complement=complement,
            inverted=True,
        )
