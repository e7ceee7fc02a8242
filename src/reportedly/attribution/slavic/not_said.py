"""Sentences a reporting verb opens that are nobody's statement: the writer's own ("Отмечается,
что …" naming no document; "Ранее мы писали, что …") and the page addressing its reader ("Ви
підтверджуєте, що …")."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.cues import evidence_subject, fact_subject, unsourced_passive
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse


def writers_own(parse: SlavicParse, lexicon: SlavicLexicon, d: SlavicDraft) -> bool:
    """ "Отмечается, что …", "говорится, что …": a document verb naming no document (and no
    impersonal cue of the lexicon, which may stand alone) is the writer's, no statement."""
    if d.cue_token is None or d.speaker is not None:
        return False
    lemma = parse.tokens[d.cue_token].lemma
    if (
        fact_subject(parse, d.cue_token)
        or evidence_subject(parse, lexicon, d.cue_token)
        or unsourced_passive(parse, lexicon, d.cue_token)
    ):
        return True  # "…, что подтверждает версию, что …", "достоверно подтверждено, что …"
    return lemma in lexicon.document_verbs and lemma not in lexicon.impersonal


def own_report(
    text: str,
    parse: SlavicParse,
    lexicon: SlavicLexicon,
    d: SlavicDraft,
    tops: Sequence[Quote],
) -> bool:
    """Whether a reporting verb's speaker is the writer's "мы"/"ми" ("Ранее мы писали, что
    …"), not in a quote: the author's claim, no statement (gold/ru/README.md)."""
    if d.cue_token is None or parse.tokens[d.cue_token].lemma not in lexicon.reported:
        return False
    return _unquoted_by(text, d, {"мы", "ми"}, tops)


def to_reader(text: str, lexicon: SlavicLexicon, d: SlavicDraft, tops: Sequence[Quote]) -> bool:
    """ "Ви підтверджуєте, що ознайомилися …" outside any quote: the page addressing its reader
    (a cookie notice, a prompt), no one's statement."""
    return _unquoted_by(text, d, lexicon.readers, tops)


def _unquoted_by(text: str, d: SlavicDraft, words: Collection[str], tops: Sequence[Quote]) -> bool:
    """Whether the speaker of ``d`` is one of ``words`` (folded) and neither it nor its cue
    stands inside a quote."""
    if d.speaker is None or d.cue is None:
        return False
    if d.speaker.text(text).strip().casefold() not in words:
        return False
    return not any(q.inner.contains(d.speaker) or q.inner.contains(d.cue) for q in tops)
