"""Grammatical number by either tagger's tags, and whether a cue verb's number and gender allow
a phrase as its subject."""

from __future__ import annotations

from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.model import Span, Token


def agrees(parse: SlavicParse, k: int, speaker: Span) -> bool:
    """Whether cue verb ``k`` may have ``speaker`` as its subject by number: a singular verb
    has no plural subject ("…, попросила західні країни про притулок"). A plural verb may
    have a singular first word ("Путин и Лавров заявили"), so only that case is refused."""
    if number(parse.tokens[k]) != "sing":
        return True
    words = [parse.tokens[j] for j in parse.tokens_in(speaker)]
    first = next((t for t in words if t.pos in {"NOUN", "PROPN", "ADJ", "PRON", "DET"}), None)
    if first is None or first.text.isupper() or {"Abbr", "Fixd"} & grams(first):
        return True  # "УНН", "РИА": an acronym's number is the dictionary's guess
    return number(first) != "plur"


def grams(t: Token) -> set[str]:
    return set(t.tag.replace(" ", ",").split(","))


def first_person(t: Token) -> bool:
    """Whether ``t`` is in the first person, by either tagger's reading (pymorphy's "1per",
    the parse's "Person=1")."""
    return "1per" in t.tag or "Person=1" in t.morph


def number(t: Token) -> str | None:
    """A token's grammatical number; a past-tense verb with a gender is singular."""
    found = grams(t)
    if "Number=Plur" in t.morph or "plur" in found:
        return "plur"
    if "Number=Sing" in t.morph or "sing" in found or (found & {"masc", "femn", "neut"}):
        return "sing"
    return None


def gender_allows(parse: SlavicParse, noun: Token, verb: Token) -> bool:
    """Whether a past-tense verb's gender allows ``noun`` as its subject (other verbs: yes)."""
    verb_gender = parse.gender(verb)
    if verb_gender is None or "Number=Plur" in verb.morph:
        return True
    return parse.gender(noun) in (None, verb_gender)


def same_form(parse: SlavicParse, a: Token, b: Token) -> bool:
    """Whether two verbs agree in number and gender, as two predicates of one subject do
    ("заявив … і закликав"; not "заявила … і закликав")."""
    return number(a) == number(b) and parse.gender(a) == parse.gender(b)
