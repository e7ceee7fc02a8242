"""Poll shares as speakers: "73 percent say …", "2 in 3 Americans say …" report what a poll
found, not what someone said or holds (docs/gold-guide.md: polls and findings are other)."""

from __future__ import annotations

import re

from reportedly.attribution._parse import Parse
from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.model import Statement

# "2 in 3 Americans", "eight out of 10 voters": a share of those asked
_N_IN_M = re.compile(
    r"^(?:about |around |nearly |almost |roughly |more than |fewer than )?"
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) "
    r"(?:\d+|three|four|five|six|seven|eight|nine|ten)\b",
    re.IGNORECASE,
)


def is_poll_share(text: str, parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the speaker of ``statement`` is a share of those polled: headed by a share
    word ("73 percent", "68 percent of Democrats", "a majority of Americans"), or with one in
    apposition ("About 2 in 3 Americans, or 66 percent"), or an "N in M" share, or a
    comparison between polls ("Fewer Americans say …")."""
    speaker = statement.speaker
    if speaker is None:
        return False
    if _N_IN_M.match(speaker.text):
        return True
    inside = parse.tokens_in(speaker.span)
    heads = parse.heads(inside)
    if not heads:
        return False
    head = heads[0]
    shares = [head] + [i for i in parse.deps(head, "appos", "conj") if i in inside]
    if any(parse.tokens[i].lemma.lower() in lexicon.poll_shares for i in shares):
        return True
    return _compared(parse, head, lexicon)


def _compared(parse: Parse, head: int, lexicon: ActLexicon) -> bool:
    """A plural group led by a comparative ("Fewer Americans", "More people"), not a count."""
    if parse.tokens[head].tag not in {"NNS", "NNPS"} or parse.deps(head, "nummod"):
        return False
    return any(
        parse.tokens[i].text.lower() in lexicon.poll_comparatives
        for i in parse.deps(head, "amod", "det")
    )
