"""An outlet's verb whose name was lost with its link when the text was scraped ("…, передає"
ending a paragraph, "…, повідомляє" before the next sentence): a statement with no speaker
(gold/uk/README.md, "Cut-off source names") that reports any speaker's statement of the same
content ("Про це повідомили у Ryanair, передає")."""

from __future__ import annotations

from reportedly.attribution.slavic.phrases import SlavicParse


def name_lost(text: str, parse: SlavicParse, k: int, *, quote: bool = True) -> bool:
    """Whether nothing names the outlet after the verb at token ``k``: its line ends, a quote
    opens (when ``quote``: a short quoted name may open there too), or the next sentence
    starts right after it (``nlp.lost_names``)."""
    tokens = parse.tokens
    t = tokens[k]
    after = text[t.end : t.end + 3].lstrip(" \t")
    if not after or after[:1] in "\r\n" or (quote and after[:1] in '«„“"'):
        return True
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and nxt.sent != t.sent and not text[t.end : nxt.start].strip()
