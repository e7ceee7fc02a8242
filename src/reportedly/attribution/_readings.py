"""Which of two readings of the same words stands: the rules' or the span model's.

Predicates over a rule draft and a model draft of overlapping words, used by
:func:`reportedly.attribution.learned.combine`.
"""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse


def contents_overlap(a: Draft, b: Draft) -> bool:
    return any(x.overlaps(y) for x in a.content for y in b.content)


def lies_inside(inner: Draft, outer: Draft) -> bool:
    return inner is not outer and any(c.contains(inner.extent) for c in outer.content)


# rules whose clause is whole where the model's content for the same cue is a part of it
# (a parenthetical frame, "But, she added, equipment like … are unlikely to …", takes the
# clause it interrupts, where the model can stop at the subject)
WHOLE_CLAUSE_RULES = {"according-to", "parenthetical"}


def cut_short(model: Draft, rule: Draft) -> bool:
    """Whether ``model`` is a part of the clause ``rule`` (of :data:`WHOLE_CLAUSE_RULES`)
    found for the same cue, or pieces of a that-clause the rules found for it ("adds that in
    the case of Nestlé, information about Bojkocie appeared again", the model's "information
    about … Bojkocie"); one part of a that-clause is the model's own cut of it."""
    return (
        (
            rule.via in WHOLE_CLAUSE_RULES
            or (rule.via == "ccomp" and rule.sure and len(model.content) > 1)
        )
        and model.shares_cue(rule)
        and model.extent != rule.extent
        and any(c.contains(model.extent) for c in rule.content)
    )


def borrows_speaker(parse: Parse, model: Draft, rule: Draft) -> bool:
    """Whether ``model``'s cue is a phrase of no verb among the words ``rule`` reports while
    its speaker is ``rule``'s ("Daniel Russel said ahead of the talks a key aim for the
    meeting would be …", the model's cue "key aim for" and speaker Russel): a misreading of the
    rule's statement, not a statement nested in it (that has its own speaker). Where the model
    also reads the rule's own cue, its readings stand (``combine``); a verb cue there ("The FBI
    decided … not to recommend charges") may be the statement the rule's frame holds."""
    return (
        model.cue is not None
        and model.speaker is not None
        and rule.cue is not None
        and rule.speaker is not None
        and model.speaker.overlaps(rule.speaker)
        and any(c.contains(model.cue) for c in rule.content)
        and not any(parse.tokens[i].pos in {"VERB", "AUX"} for i in parse.tokens_in(model.cue))
    )


def speaker_in_words(model: Draft, rule: Draft) -> bool:
    """Whether ``model`` reads ``rule``'s cue with a speaker inside the words the rule's frame
    reports ("Itar-Tass said Sergey Gorenko, the prosecutor general …, died at the scene": the
    model's speaker "the prosecutor general …", its content "Sergey Gorenko"): a cue's speaker
    is never among its own reported words, so the rule, whose speaker is its verb's subject
    and whose content its clause (a ``ccomp`` frame), keeps the statement. Other rules' frames
    are looser ("As Obama appears set to veto …, Clinton …": the intent rule's content runs
    over the next clause's subject), and there the model's reading stands."""
    return (
        rule.via == "ccomp"
        and model.speaker is not None
        and rule.speaker is not None
        and model.shares_cue(rule)
        and not model.speaker.overlaps(rule.speaker)
        and any(c.contains(model.speaker) for c in rule.content)
    )


def reported_inside(inner: Draft, outer: Draft) -> bool:
    """Whether ``inner`` is reported inside ``outer``'s words: its content and its cue lie
    there (a cue outside, as in 'calling them "hysteria".- Words - said X', is another reading
    of the same words, not a statement nested in them)."""
    return lies_inside(inner, outer) and (
        inner.cue is None or any(c.contains(inner.cue) for c in outer.content)
    )
