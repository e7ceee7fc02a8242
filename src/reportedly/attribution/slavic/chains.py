"""Chains of reporters of one content: "Про це повідомив X, передає Y", "Як передає Y, про
це сказав X", "Как сообщает Y, об этом пишет X" — Y reports X's report, so X's statement is
nested in Y's (the gold's ``nested_in``, docs/gold-guide.md) and Y's comes first."""

from __future__ import annotations

from collections.abc import Callable

from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.phrases import SlavicParse

_AS = {"как", "як"}


def link(
    a: SlavicDraft,
    b: SlavicDraft,
    text: str,
    parse: SlavicParse,
    is_outlet: Callable[[str], bool],
) -> None:
    """Nest the inner of two reporters of one content in the outer: the one framed "как/як
    …," is outer; else an outlet is outer to a person or body; else the later frame."""
    outer, inner = (a, b) if _outer(a, b, text, parse, is_outlet) else (b, a)
    inner.via = outer


def _outer(
    a: SlavicDraft,
    b: SlavicDraft,
    text: str,
    parse: SlavicParse,
    is_outlet: Callable[[str], bool],
) -> bool:
    """Whether ``a`` reports ``b``'s report."""
    opened = [_after_as(parse, d) for d in (a, b)]
    if opened[0] != opened[1]:
        return opened[0]
    outlets = [d.speaker is not None and is_outlet(d.speaker.text(text)) for d in (a, b)]
    if outlets[0] != outlets[1]:
        return outlets[0]
    return (a.cue_token or 0) > (b.cue_token or 0)


def _after_as(parse: SlavicParse, d: SlavicDraft) -> bool:
    k = d.cue_token
    if k is None:
        return False
    before = [parse.tokens[j] for j in range(max(0, k - 3), k)]
    return any(t.text.lower() in _AS and t.sent == parse.tokens[k].sent for t in before)
