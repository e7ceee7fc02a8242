"""Names and the titles written with them, whatever the tagger made of them: a title and a
name it took whole as a body ("Minister of Foreign Affairs Serbia Ivica Daczic", ORG), a
title right before a name, a given name it cut from its surname ("Sergei" of "Sergei
Lavrov.-")."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportedly.actors._doc import Doc
from reportedly.actors._resolution_data import ResolutionData
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.model import Entity, Span

_JOINS = frozenset({"of", "for", "the", "and", "to", "in", "on"})
_NEXT_NAME = re.compile(r"[ \t]+([A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?)")


def titled_person(
    name: str, data: ResolutionData, registry: ActorRegistry
) -> tuple[str, str] | None:
    """(the title, the person's name) when ``name`` is a title followed by a two-word proper
    name; None for a body's own name ("Minister of Defence Office", "President's Office")."""
    words = name.split()
    if len(words) < 3 or words[-3].lower() in _JOINS:
        return None
    given, last = words[-2], words[-1]
    if not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in (given, last)):
        return None
    if not any(w.lower() in data.title_heads for w in words[:-2]) and not given_name(given, data):
        return None  # "… Ministry of Foreign Affairs Oleh Nikołenko": a title or a given name
    known = (
        data.title_heads
        | data.organisation_nouns
        | data.person_nouns
        | data.document_nouns
        | registry.honorifics
    )
    for w in (given, last):
        if fold(w) in known or registry.country_token(w) is not None:
            return None
    return " ".join(words[:-2]), f"{given} {last}"


def given_name(word: str, data: ResolutionData) -> bool:
    """Whether ``word`` is a given name the name lists know ("Oleg", "Maryna")."""
    return fold(word) in data.male_names or fold(word) in data.female_names


def given_named(name: str, data: ResolutionData, registry: ActorRegistry) -> bool:
    """Whether ``name`` is a person's by its form, whatever the tagger labelled it: a given
    name the lists know and one capitalised surname ("Oleg Nikolenko"), no word of a body."""
    words = name.split()
    if len(words) != 2 or not given_name(words[0], data):
        return False
    last = words[1]
    known = data.organisation_nouns | data.document_nouns | data.title_heads
    return (
        last[:1].isupper()
        and last.replace("-", "").isalpha()
        and fold(last) not in known
        and registry.country_token(last) is None
    )


def title_before(doc: Doc | None, data: ResolutionData, span: Span, text: str) -> str | None:
    """A capitalised title written right before a name, whatever the parse made of it:
    "Minister of Foreign Affairs of Belarus" of "… Belarus Vladimir Makei"."""
    if doc is None:
        return None
    inside = doc.tokens_in(span)
    if not inside:
        return None
    k = inside[0] - 1
    sent = doc.tokens[inside[0]].sent
    lo = None
    while k >= 0 and doc.tokens[k].sent == sent:
        t = doc.tokens[k]
        if not (t.text[:1].isupper() or t.text.lower() in {"of", "for", "the", "and"}):
            break
        if t.ent_type == "PERSON":
            break  # another's name: "Jens Stoltenberg and British Prime Minister Boris Johnson"
        if t.text[:1].isupper():
            lo = k
        k -= 1
    if lo is None:
        return None
    words = doc.tokens[lo : inside[0]]
    if not any(t.text.lower() in data.title_heads for t in words):
        return None
    return doc.span(lo, inside[0] - 1).text(text)


def office_before(doc: Doc | None, data: ResolutionData, span: Span, text: str) -> str | None:
    """The office whose "for"/"of" a mention is the object of ("spokesman for" of "a
    spokesman for [the Ukrainian Ministry of Foreign Affairs Oleh Nikołenko]", which the
    tagger took whole as a body): the title word, with its adjectives, and the preposition."""
    inside = doc.tokens_in(span) if doc is not None else range(0)
    if doc is None or not inside or inside[0] == 0:
        return None
    k = inside[0] - 1
    if k > 0 and doc.tokens[k].dep == "det":
        k -= 1  # "the" left out of the tagged name
    prep = doc.tokens[k]
    if prep.text.lower() not in {"for", "of"} or prep.dep != "prep":
        return None
    office = doc.tokens[prep.head]
    if office.pos != "NOUN" or office.lemma_or_word not in data.title_heads:
        return None
    lo = office.i
    while (
        lo > 0
        and doc.tokens[lo - 1].dep in {"amod", "compound"}
        and doc.tokens[lo - 1].head == office.i
    ):
        lo -= 1
    return doc.span(lo, prep.i).text(text)


def with_office(
    doc: Doc | None, data: ResolutionData, mentions: Iterable[Span], role: str, text: str
) -> str:
    """``role`` with the office one of ``mentions`` is the object of, when ``role`` names
    none ("spokesman for" + "Ukrainian Ministry of Foreign Affairs")."""
    if any(w in data.title_heads for w in fold(role).split()):
        return role
    for m in mentions:
        office = office_before(doc, data, m, text)
        if office is not None:
            return f"{office} {role}"
    return role


def completed_by(name: str, names: Iterable[str]) -> str:
    """``name`` completed by the fuller written name it begins: "Ursula von der" of "Ursula
    von der Leyen", whose surname the tagger cut off (and called a place)."""
    key = fold(name)
    longer = [n for n in names if fold(n).startswith(key + " ")]
    return max(longer, key=lambda n: (len(n.split()), len(n))) if longer else name


def completed_name(text: str, mentions: Iterable[Span]) -> str:
    """A one-word name with the capitalised word written right after it, at its first
    mention followed by one ("Sergei" + "Lavrov"); "" when none is."""
    for m in sorted(mentions):
        found = _NEXT_NAME.match(text, m.end)
        if found is not None:
            return f"{m.text(text)} {found.group(1)}"
    return ""


def described_person(doc: Doc, data: ResolutionData, span: Span, text: str) -> bool:
    """Whether the name at ``span`` is a person's, whatever the tagger labelled it: a name of
    two or three capitalised words set off by an apposition a person noun heads ("Maciej
    Padzikiewicz, a member of the Wikimedia Polska management team")."""
    words = span.text(text).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words):
        return False
    return bool(_apposition_heads(doc, span) & (data.person_nouns | data.title_heads))


def aged_name(doc: Doc, span: Span) -> bool:
    """Whether the name at ``span`` is given an age in apposition ("Oleksii Vlasenko, 32,
    a Kyiv-based entrepreneur"): only a person's, whatever the tagger labelled it."""
    head = doc.head_of(span)
    if head is None:
        return False
    for c in doc.children[head]:
        t = doc.tokens[c]
        if t.dep == "appos" and t.pos == "NUM" and t.text.isdigit() and 0 < int(t.text) < 120:
            return True
    return False


def described_body(doc: Doc, data: ResolutionData, span: Span) -> bool:
    """Whether the name at ``span`` is a body's, whatever the tagger labelled it: set off by
    an apposition an organisation noun heads ("Silva, a company headquartered in Buryatia")."""
    return bool(_apposition_heads(doc, span) & data.organisation_nouns)


def _apposition_heads(doc: Doc, span: Span) -> set[str]:
    """The lemmas heading the appositions set off from the name at ``span``."""
    head = doc.head_of(span)
    if head is None:
        return set()
    appositions = (doc.tokens[c] for c in doc.children[head])
    return {t.lemma_or_word for t in appositions if t.dep == "appos"}


def without_group_nouns(entity: Entity, data: ResolutionData) -> str:
    """The entity's name without the plural person nouns the tagger glued before a person's
    name ("Oligarchs Mikhail Fridman and Oleg Deripaska"): a group is no one's name."""
    name = entity.name.rstrip(" ([{")  # "the Assembly (" of "… (PACE)"
    if entity.kind != "person":
        return name
    words = name.split()
    cut = 0
    while len(words) - cut > 2 and _plural_person_noun(words[cut], data):
        cut += 1
    return " ".join(words[cut:])


def _plural_person_noun(word: str, data: ResolutionData) -> bool:
    low = word.casefold()
    return low.endswith("s") and low[:-1] in data.person_nouns


def is_demonym(registry: ActorRegistry, text: str) -> bool:
    """Whether ``text`` is a country's adjective and none of its names ("Polish" of
    "Polish, Lithuanian and Latvian politicians", as the parser cut it): it qualifies the
    people who speak, it names no one."""
    found = registry.match_name(text)
    return bool(found) and all(demonym_of(a, text) for a in found)


def demonym_of(actor: Actor, text: str) -> bool:
    return actor.type == "country" and fold(text) not in {fold(n) for n in actor.names}


def predicate_role(doc: Doc | None, data: ResolutionData, span: Span, text: str) -> str | None:
    """A definite role the article's clause gives a name as its predicate: "Donald Trump would
    become the Republican presidential candidate" -> "Republican presidential candidate";
    never a negated one ("is not the nominee") nor an indefinite one ("a candidate")."""
    head = doc.head_of(span) if doc is not None else None
    if doc is None or head is None:
        return None
    j = doc.nominal_head(head)
    if doc.tokens[j].dep != "nsubj":
        return None
    verb = doc.tokens[doc.tokens[j].head]
    if (verb.lemma.lower() or verb.text.lower()) not in data.role_verbs:
        return None
    kids = [doc.tokens[c] for c in doc.children[verb.i]]
    if any(k.dep == "neg" for k in kids):
        return None
    for attr in kids:
        if attr.dep not in {"attr", "oprd"} or attr.i < j:
            continue
        if attr.text.lower() not in data.title_heads:
            return None
        mods = [doc.tokens[c] for c in doc.children[attr.i] if c < attr.i]
        if not any(m.dep == "det" and m.text.lower() == "the" for m in mods):
            return None
        lo = min((m.i for m in mods if m.dep != "det"), default=attr.i)
        return doc.span(lo, attr.i).text(text)
    return None
