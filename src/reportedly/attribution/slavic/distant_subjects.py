"""A subject that opens its clause, its verb after a chain of prepositional phrases:
"Матеуш Моравецький [під час дебатів у Європейському парламенті в Страсбурзі] заявив",
"Управління [по боротьбі з економічними злочинами Британії] повідомило". The phrase finder
reads only the words right before a verb; here the subject is a nominative name, or a body
noun whose name runs on to the verb, and a past verb's gender agrees with it. Never a
common noun alone: a wrong speaker is worse than none.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.attribution.slavic.agreement import gender_allows
from reportedly.attribution.slavic.time_phrases import MONTHS
from reportedly.model import Span

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.phrases import SlavicParse

_PHRASE = {"ADP", "NOUN", "PROPN", "ADJ", "NUM", "DET"}  # the words of a prepositional chain
_SUBJECT = {"NOUN", "PROPN", "ADJ"}


def subject_across_phrases(
    parse: SlavicParse, k: int, lexicon: SlavicLexicon, reach: int = 16
) -> Span | None:
    """The subject that opens the clause of cue ``k`` before prepositional phrases, or None."""
    tokens = parse.tokens
    sent = tokens[k].sent
    j = k - 1
    while j >= 0 and k - j <= reach and tokens[j].sent == sent and tokens[j].pos in _PHRASE:
        j -= 1
    opens = j < 0 or tokens[j].sent != sent or tokens[j].text in {",", "—", "–", "."}
    if not opens:
        return None
    start = j + 1
    while start < k and (tokens[start].text.isdigit() or tokens[start].lemma in MONTHS):
        start += 1  # "4 липня прем'єр Польщі Матеуш Моравецький": the date first
    end = start  # the subject: a title and a name, up to the first preposition
    while end < k and tokens[end].pos in _SUBJECT:
        end += 1
    if end == start or end >= k - 1 or tokens[end].pos != "ADP":
        return None
    words = tokens[start:end]
    last, first = words[-1], words[0]
    named = last.ent_type in ("PERSON", "ORG") and parse.has_case(last, "Nom")
    body = (
        first.lemma.casefold() in lexicon.bodies
        and first.text[:1].isupper()
        and parse.has_case(first, "Nom")
    )
    if not (named or body) or not gender_allows(parse, last if named else first, tokens[k]):
        return None
    if "Number=Plur" in tokens[k].morph and named and len(words) == 1:
        return None  # a plural verb after one name: not its only subject
    if body and not named:  # "Управління по боротьбі з …": the body's name runs to the verb
        return Span(first.start, tokens[k - 1].end)
    return Span(first.start, last.end)
