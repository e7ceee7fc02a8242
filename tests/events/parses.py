"""Hand-built parses for event tests: one sentence from (word, lemma, pos, dep, head, entity)."""

from __future__ import annotations

from reportedly.model import Annotation, Mention, Span, Token

Row = tuple[str, str, str, str, int, str]  # text, lemma, pos, dep, head, entity label


def build(rows: list[Row]) -> tuple[str, Annotation]:
    """The text of ``rows`` (words joined by spaces, none before "." and "'s") and its parse."""
    text, tokens, entities = "", [], []
    for i, (word, lemma, pos, dep, head, ent) in enumerate(rows):
        if text and word not in (".", "'s"):
            text += " "
        start = len(text)
        text += word
        tokens.append(
            Token(i=i, start=start, end=len(text), text=word, lemma=lemma, pos=pos, tag="",
                  dep=dep, head=head, sent=0, ent_type=ent, ent_iob="B" if ent else "O")
        )  # fmt: skip
        if ent:
            entities.append(Mention(span=Span(start, len(text)), text=word, label=ent))
    sentences = (Span(0, len(text)),)
    return text, Annotation(tokens=tuple(tokens), sentences=sentences, entities=tuple(entities))
