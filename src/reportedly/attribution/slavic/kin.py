"""Speaker phrases that name someone by a relation to a name: "сказав чоловік на ім'я Ашик
Масіх" (the person named)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities
    from reportedly.model import Span


def called_by_name(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> str | None:
    """The person named right after the phrase by "на ім'я"/"по имени" ("сказав чоловік на
    ім'я Ашик Масіх"), when the phrase itself names no one; else None."""
    if not lexicon.called or index.names_in(speaker):
        return None
    after = index.text[speaker.end : speaker.end + 40]
    rest = after.lstrip()
    words = next((w for w in lexicon.called if rest.casefold().startswith(w)), None)
    if words is None:
        return None
    start = speaker.end + len(after) - len(rest) + len(words)
    for span, key in index.mentions():
        if span.start > start + 2:
            break
        if span.start >= start and index.kind(key) == "person":
            return key
    return None
