"""A Ukrainian subject that follows the cue verb's infinitive ("Саме вимогу … намагалися
використати у кампанії адвокат Трампа …", "ці МУО намагалася скасувати через ОАСК
фізособа"): the phrase before the verb is then a fronted object or a place, no speaker."""

from __future__ import annotations

from reportedly.attribution.slavic.gerunds import is_infinitive
from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.phrases import phrase_after
from reportedly.attribution.slavic.preposition_objects import is_preposition
from reportedly.model import Span
from reportedly.nlp.slavic_morph import cases

# words that end the infinitive's clause: a later noun belongs to another clause
_CLAUSE_BREAKS = frozenset({",", ":", ";", "—", "–", "-", "(", "«", "»", '"', "“", "”"})


def subject_after_infinitive(parse: SlavicParse, k: int) -> Span | None:
    """The subject after cue verb ``k``'s infinitive: the nominative phrase of the first
    lower-case noun that can only be nominative, in the infinitive's clause and not after a
    preposition (an object of the infinitive is in another case; the Ukrainian text has no
    parse). None where the verb does not open with an infinitive or no such noun follows."""
    tokens = parse.tokens
    if parse.lang != "uk" or k + 1 >= len(tokens) or not is_infinitive(tokens[k + 1]):
        return None
    sent = tokens[k].sent
    for j in range(k + 2, len(tokens)):
        t = tokens[j]
        if t.sent != sent or t.text in _CLAUSE_BREAKS or t.pos in {"SCONJ", "VERB", "AUX"}:
            return None
        if t.pos != "NOUN" or not t.text.islower():
            continue
        if is_preposition(parse, tokens[j - 1]):
            continue
        if cases("uk", t.text) == {"Nom"}:
            return phrase_after(parse, j, len(tokens))
    return None
