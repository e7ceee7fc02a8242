"""The writer's own voice: what an article's author says in the first person and the present
tense ("I am not arguing that …", "We call on parliament to …", "we deny Russian ships
access …") is the article's own act, performed by the text itself, not a statement it
reports (docs/gold-guide.md, "Not statements"). What the writer once said, would say or
has suggested ("I said, …", "we would repeat again that …") reports an utterance, and a view
("I know", "I believe") or what the writer tells themself is a thought put as such: news
corpora annotate those (PolNeAR does), so they stay, as does what the writer relays from
another ("we read in the report that …")."""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import enclosing
from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.act_lexicon import ActLexicon

# tags of a verb in the present: base form after "I"/"we", third person, or a present
# participle after "am"/"are" ("I am not arguing")
_PRESENT = frozenset({"VBP", "VBZ"})
_PRESENT_AUX = frozenset({"am", "are", "'m", "'re"})


def drop_writer_voice(
    text: str, parse: Parse, drafts: list[Draft], quotes: Sequence[Quote], lexicon: ActLexicon
) -> list[Draft]:
    """``drafts`` without the writer's own: a statement reported by no other whose speaker
    is a first-person pronoun (:attr:`ActLexicon.writer_pronouns`) outside every quote and
    whose cue is a verb of saying in the present, said to nobody but the reader (no
    reflexive object: "I tell myself …" is a thought), unless it relays another's words
    (:attr:`ActLexicon.relaying_verbs`). A first person inside quote marks, or inside
    another's statement, is that speaker's ("…, we call on them," the minister said)."""
    outer = enclosing(drafts)
    return [
        d
        for d, reporters in zip(drafts, outer, strict=True)
        if reporters or not _writer_speaks(text, parse, d, quotes, lexicon)
    ]


def _writer_speaks(
    text: str, parse: Parse, draft: Draft, quotes: Sequence[Quote], lexicon: ActLexicon
) -> bool:
    speaker = draft.speaker
    if speaker is None or speaker.text(text).strip().lower() not in lexicon.writer_pronouns:
        return False
    if any(q.outer.contains(speaker) for q in quotes):
        return False
    head = cue_head(parse, draft.cue) if draft.cue is not None else None
    if head is None:
        return False
    lemma = parse.tokens[head].lemma.lower()
    if lemma in lexicon.relaying_verbs or lexicon.lemmas.get(lemma) != "speech":
        return False
    return _present(parse, head) and not _reflexive(parse, head)


def _present(parse: Parse, head: int) -> bool:
    """Whether verb ``head`` is in the simple or progressive present, with no other
    auxiliary (no "have", no modal, no "do" of a past)."""
    tokens = parse.tokens
    aux = [tokens[c].text.lower() for c in parse.deps(head, "aux")]
    if tokens[head].tag in _PRESENT:
        return not aux
    if tokens[head].tag == "VBG":
        return bool(aux) and all(a in _PRESENT_AUX for a in aux)
    return tokens[head].tag == "VB" and aux == ["do"]  # "we do call on", "we do not deny"


def _reflexive(parse: Parse, head: int) -> bool:
    return any(
        parse.tokens[c].text.lower().endswith(("self", "selves"))
        for c in parse.deps(head, "dobj", "dative")
    )
