"""Names in quote marks as organisation mentions, for Russian and Ukrainian.

News writes the names of companies, outlets and bodies in quote marks («Совкомфлот»,
«Gazeta Wyborcza», «Центр громадського моніторингу та досліджень»); the NER misses them or
keeps a piece ("Polska Codziennie"). A later "компанія заявила", "пише видання" refers back
to such a name, so it is a mention. A quote that reads as words, not a name (punctuation
inside, a common word alone, an opening preposition: Закон «Про ліцензування …») is not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportedly.model import Mention, Span, Token
from reportedly.nlp.slavic_morph import Lang, is_known, is_organisation_name

_QUOTED = re.compile(r"«([^«»\n]{1,80})»|„([^„“\n]{1,80})“|“([^“”\n]{1,80})”|\"([^\"\n]{1,80})\"")
# «АБ «Легіон», «ТД «Укрпласт»»: a company's legal form, its name quoted inside (the outer
# mark often closed by the inner one)
_NESTED = re.compile(r"«([A-ZА-ЯЁІЇЄҐ]{2,5} «[^«»\n]{1,60}»)»?")
_NOT_IN_A_NAME = set(".!?;:,…")
_MAX_WORDS = 6


def quoted_names(
    text: str, tokens: Sequence[Token], found: Sequence[Mention], lang: Lang
) -> tuple[Mention, ...]:
    """``found`` with the names in quote marks added as ORG (mentions inside one dropped)."""
    starts = {t.start: t for t in tokens}
    names = [Span(m.start(1), m.end(1)) for m in _NESTED.finditer(text)]
    for m in _QUOTED.finditer(text):
        group = next(g for g in range(1, 5) if m.group(g) is not None)
        inner = Span(m.start(group), m.end(group))
        if any(n.contains(inner) for n in names):
            continue  # «Легіон» inside «АБ «Легіон»
        words = m.group(group).split()
        if not words or len(words) > _MAX_WORDS or m.group(group) != m.group(group).strip():
            continue
        if not words[0][:1].isupper() or _NOT_IN_A_NAME & set(m.group(group)):
            continue
        first = starts.get(inner.start)
        if first is None or first.pos in {"ADP", "CCONJ", "SCONJ", "PRON", "VERB"}:
            continue
        word = words[0]
        if (
            len(words) == 1
            and not (word.isupper() or word.isascii() or is_organisation_name(word))
            and is_known(lang, word)
        ):
            continue  # «Орешник», «Известия»: a word of the language, a term more than a body
        names.append(inner)
    if not names:
        return tuple(found)
    kept = [f for f in found if not any(n.contains(f.span) and n != f.span for n in names)]
    added = [
        Mention(span=n, text=n.text(text), label="ORG")
        for n in names
        if not any(f.span.start < n.end and n.start < f.span.end for f in kept)
    ]
    return tuple(sorted([*kept, *added], key=lambda x: x.span.start))
