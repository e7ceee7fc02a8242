"""The speaker's second act taken into the first content: in "Ms. Acosta acknowledged that
even she found the ''debt stack'' confusing and called the golf venture ''a great
example'' …", the parse joins "called" to the reported clause's verb, so the content of
"acknowledged" runs on over it. Where that second verb has no subject of its own and is the
cue of speech of another statement whose speaker is the reported clause's subject, a
pronoun that may stand for the first speaker (same number), it is the speaker's act: the
first content ends before the "and" that joins it, and the second statement takes the first's
speaker. ("Police say he posed a deadly threat and refused to drop the gun" stays whole.)"""

from __future__ import annotations

from collections.abc import Collection

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.model import Span

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_OWN_SUBJECT = ("nsubj", "nsubjpass", "expl")
_JOINS = frozenset({"and"})
_TRAILING = " \t\n,;"
_SPEAKER_PRONOUNS = frozenset({"he", "she", "they"})
_PLURAL_PRONOUNS = frozenset({"they"})


def cut_second_acts(
    text: str, parse: Parse, drafts: list[Draft], speech_verbs: Collection[str]
) -> None:
    """End each content before a joined verb of speech (``speech_verbs``, lemmas) that is
    its own speaker's next cue."""
    for d in drafts:
        if d.kind == "direct" or not d.content or d.cue is None or d.speaker is None:
            continue
        for e in drafts:
            cut = _second_act(parse, d, e, speech_verbs)
            if cut is None:
                continue
            last = d.content[-1]
            end = cut
            while end > last.start and text[end - 1] in _TRAILING:
                end -= 1
            if end > last.start:
                d.content[-1] = Span(last.start, end)
                e.speaker, e.speaker_token = d.speaker, d.speaker_token
            break


def _stands_for(parse: Parse, pronoun: int | None, speaker: int | None) -> bool:
    """Whether ``pronoun`` (he, she, they, …) may stand for the ``speaker`` token: the same
    pronoun, or a name or noun of its number."""
    if pronoun is None or speaker is None:
        return False
    word = parse.tokens[pronoun].text.lower()
    if word not in _SPEAKER_PRONOUNS:
        return False
    head = parse.tokens[speaker]
    if head.pos == "PRON":
        return head.text.lower() == word
    plural = "Number=Plur" in head.morph or head.tag in {"NNS", "NNPS"}
    return plural == (word in _PLURAL_PRONOUNS)


def _second_act(parse: Parse, d: Draft, e: Draft, speech_verbs: Collection[str]) -> int | None:
    """Where ``d``'s content is to end, if ``e``'s cue is a second act of ``d``'s speaker
    joined into it; ``None`` otherwise."""
    if e is d or e.cue_token is None or e.speaker is None or e.cue == d.cue:
        return None
    v = e.cue_token
    t = parse.tokens[v]
    last = d.content[-1]
    if t.dep != "conj" or t.tag not in _FINITE or not last.contains(t.span):
        return None
    if parse.deps(v, *_OWN_SUBJECT) or not last.contains(parse.tokens[t.head].span):
        return None
    if parse.tokens[t.head].head != d.cue_token:
        return None  # joined to a verb deeper in the clause ("which she was doing when …")
    # the second verb shares the reported clause's subject, a pronoun that stands for the
    # speaker ("even she"); its cue reports speech
    if e.speaker_token not in parse.deps(t.head, *_OWN_SUBJECT):
        return None
    if not _stands_for(parse, e.speaker_token, d.speaker_token):
        return None
    if parse.tokens[v].lemma_or_word not in speech_verbs:
        return None
    if not all(last.contains(c) and c.start > t.start for c in e.content):
        return None
    joins = [
        c for c in parse.deps(t.head, "cc") if c < v and parse.tokens[c].text.lower() in _JOINS
    ]
    if not joins or not last.contains(parse.tokens[joins[-1]].span):
        return None
    return parse.tokens[joins[-1]].start
