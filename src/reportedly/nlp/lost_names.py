"""Sentence starts after an outlet's verb whose name was lost with its link in scraping
("…, повідомляє Співробітники лоукостера Ryanair проводять страйки", "Про це пише
Повідомлення про скасування рейсів з'явилося …", "…, сообщает
Законопроект об изоляции … направлен на …"): the splitters keep the next sentence on, and a
frame would take that sentence's subject for the outlet and its words for its own."""

from __future__ import annotations

import functools
import re
from importlib import resources

from reportedly._yaml import load_yaml
from reportedly.nlp.slavic_morph import Lang, parses

# an outlet's verb after a comma or an anaphoric "Про це" / "Об этом", then a capital: the
# name or, when lost, the next sentence ("Про це повідомляє Активи лишатимуться …")
_AFTER_COMMA = re.compile(
    r"(?:,|(?<!\w)(?:[Пп]ро[^\S\n]+це|[Оо]б[^\S\n]+этом))[^\S\n]+([^\W\d_]+)[^\S\n]+"
    r"(?=[A-ZА-ЯЁІЇЄҐ])"
)
_CLAUSE = re.compile(r"[^,.;:!?()«»\"“”„—–\n]*")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_REACH = 10  # words: a name is shorter; the next sentence's verb comes within them
_PREDICATES = {"VERB", "PRTS"}  # finite verbs and short participles ("направлен")


@functools.cache
def _verbs(lang: Lang) -> frozenset[str]:
    raw = (resources.files("reportedly.nlp") / "data" / "glued.yaml").read_text(encoding="utf-8")
    return frozenset(str(w) for w in (load_yaml(raw) or {})["lost_name_verbs"][lang])


def lost_name_starts(text: str, lang: Lang) -> set[int]:
    """The offsets where a sentence starts right after an outlet's verb whose name was lost:
    the capitalised words after it run, before any punctuation, into a finite verb of their
    own ("повідомляє США вимагають", "пише Він заявив"), which no outlet's name holds."""
    starts: set[int] = set()
    for m in _AFTER_COMMA.finditer(text):
        if m.group(1).casefold() not in _verbs(lang):
            continue
        clause = _CLAUSE.match(text, m.end())
        words = _WORD.findall(clause.group() if clause else "")[:_REACH]
        if words and _named(words[0]):
            continue  # "Про це повідомляє The Guardian На зустрічі …": the name is there
        if any(_predicate(lang, w) for w in words[1:]):
            starts.add(m.end())
    return starts


def _named(word: str) -> bool:
    """Whether ``word`` opens an outlet's name, not a sentence: Latin script ("The",
    "Reuters"), which the next sentence's subject rarely is (an acronym may be: "повідомляє
    США вимагають …")."""
    return word.isascii()


def _predicate(lang: Lang, word: str) -> bool:
    """Whether ``word`` is lower-case and its likeliest reading a finite verb or a short
    participle ("проводять", "заявив", "направлен")."""
    if not word.islower():
        return False
    found = parses(lang, word)
    return bool(found) and str(found[0].tag.POS) in _PREDICATES
