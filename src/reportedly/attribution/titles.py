"""Quoted titles read as direct quotes: 'enjoys "Modern Family."', 'his guilty pleasure is
"Football Life."', '… radio show, "Generations with Kevin Swanson," Right Wing Watch first
reported'. A direct statement whose whole content is one quoted name in title case
(``data/titles.yaml``), with no verb but a participle, is dropped where the verb it hangs on
is no cue word or where the quote stands in apposition to a noun before it: it names a work,
nobody said it. A title after a reporting verb ("called him "Lying Ted"") stays."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.lexicon import data_table

_WORD = re.compile(r"[^\W\d_][\w'’.\-]*")
_EDGES = " \t\n\"“”‘’'«»,.;:!?"


@cache
def _table() -> tuple[frozenset[str], int, frozenset[str]]:
    data = data_table("titles.yaml")
    return (
        frozenset(str(w).lower() for w in data["lower_case_words"]),
        int(data["max_words"]),
        frozenset(str(d) for d in data["naming_deps"]),
    )


def reads_as_title(words: str) -> bool:
    """Whether ``words`` (a quote's inside) are a name in title case: a capital first word,
    each other word capitalized or a small word, at most ``max_words``, no sentence inside."""
    lower, most, _ = _table()
    inner = words.strip(_EDGES)
    if not inner or re.search(r"[.!?;:]\s", inner):
        return False
    if not any(c.islower() for c in inner):
        return False  # a line in capitals ("INTERVIEW: 'NO PLAN B'") shows no title case
    found = _WORD.findall(inner)
    if not found or len(found) > most or not found[0][0].isupper():
        return False
    return all(w[0].isupper() or w.lower() in lower for w in found)


def _stands_as_name(parse: Parse, draft: Draft) -> bool:
    """Whether the quote's head word hangs on a noun outside it by a naming dependency."""
    _, _, deps = _table()
    content = draft.content[0]
    inside = parse.tokens_in(content)
    for i in inside:
        t = parse.tokens[i]
        if t.head in inside or t.head == i:
            continue
        head = parse.tokens[t.head]
        return t.dep in deps and head.pos in {"NOUN", "PROPN"} and head.end <= content.start
    return False


def _has_verb(parse: Parse, draft: Draft) -> bool:
    """Whether the quote holds a verb other than a participle ("The Walking Dead"): 'It's
    Our Time', 'You Should Be Criminally Investigated' are words said in title case."""
    return any(
        parse.tokens[i].pos in {"VERB", "AUX"} and parse.tokens[i].tag not in {"VBG", "VBN"}
        for i in parse.tokens_in(draft.content[0])
    )


def _quoted_title(text: str, parse: Parse, draft: Draft, cue_words: Collection[str]) -> bool:
    if draft.kind != "direct" or len(draft.content) != 1:
        return False
    if not reads_as_title(text[draft.content[0].start : draft.content[0].end]):
        return False
    if _has_verb(parse, draft):
        return False
    if _stands_as_name(parse, draft):
        return True
    head = cue_head(parse, draft.cue) if draft.cue is not None else None
    return head is not None and parse.tokens[head].lemma_or_word not in cue_words


def drop_quoted_titles(
    text: str, parse: Parse, drafts: list[Draft], cue_words: Collection[str]
) -> list[Draft]:
    """``drafts`` without the direct ones that are only a quoted title (module docs)."""
    return [d for d in drafts if not _quoted_title(text, parse, d, cue_words)]
