"""Lines closed by a role or an outlet after a dash: "…, — губернатор Курской области.",
"…, — корреспондент Кремлёвского пула Александр Юнашев.", and a paragraph closed by a line of
its own: "… Повреждены окна жилого дома.\\n— глава региона."

Telegram posts close what someone said with a dash and who said it; headlines.py reads a
name, an outlet or the media there. Here the closing phrase opens with a lower-case noun of
a person or an outlet (a role: "губернатор области", "газета La Lettre") and holds no verb
("— сказал он" is a quote's frame). On a line of its own, the phrase may also be a person's
name ("— Владимир Трубин."), and what it closes is the paragraph above it.
"""

from __future__ import annotations

import re

from reportedly.attribution.slavic._text import trim
from reportedly.attribution.slavic.agreement import first_person, grams
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.headlines import CONFIDENCE, RULE
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.model import Annotation, Span

_MAX_WORDS = 8  # a closing phrase longer than this is running text
_MAX_PARAGRAPH = 600  # a paragraph a closing line speaks for, at most (characters)
# "<what>, — <who>.": a comma (markdown after it blanked) and an em dash close the line
_ROLE_AFTER = re.compile(
    r"(?m)^[^\S\n]*(?P<what>[^\n]{15,300}?),[^\S\n]*[—–][^\S\n]+"
    r"(?P<who>[а-яёіїєґ][^\n.!?:;«»\"]{2,100}?)[^\S\n]*\.?[^\S\n]*$"
)
# "В Самарской области сбиты шесть беспилотников — губернатор": a post's headline (its first
# line) closed by a role with no comma before the dash
_HEADLINE_ROLE = re.compile(
    r"\A[^\w\n«\"„]*(?P<what>[^\n]{15,300}?)[^\S\n]+[—–][^\S\n]+"
    r"(?P<who>[а-яёіїєґ][^\n.!?:;,«»\"]{2,60}?)[^\S\n]*\.?[^\S\n]*$",
    re.M,
)
_HEADLINE_ROLE_WORDS = 3  # "— губернатор", "— глава МИД Польши"
_NAME_QUOTE = re.compile(r"[«\"„“]([^«»\"„“”\n]{1,40})[»\"“”]$")  # «Майдана» closing a line
# "\n— глава региона.\n": a line of a dash and a phrase alone, the paragraph's last line
_ROLE_LINE = re.compile(
    r"(?m)^[^\S\n]*[—–][^\S\n]+(?P<who>[^\n.!?:;«»\"]{3,100}?)[^\S\n]*\.?[^\S\n]*$"
)


def closing_lines(
    text: str,
    parse: SlavicParse,
    annotation: Annotation,
    lexicon: SlavicLexicon,
    taken: list[Span],
) -> list[SlavicDraft]:
    """Direct statements of lines and paragraphs a role, outlet or name closes (a masked
    text: markdown is blank), none whose content overlaps one of ``taken`` (read already:
    "… — губернатор Лимаренко" is headlines.py's)."""
    names = [m.span for m in annotation.entities if m.label in {"PERSON", "ORG"}]
    drafts: list[SlavicDraft] = []
    for m in _ROLE_AFTER.finditer(text):
        who = Span(m.start("who"), m.end("who"))
        what = trim(text, Span(m.start("what"), m.end("what")), " \t\xa0*_,")
        said = what.text(text)
        if len(said.split()) < 3 or said[-1:] in MARKS or re.search(r"[.!?…]\s", said):
            continue  # a quote's frame (quote_frames.py), or running text
        if any(c.overlaps(what) for c in taken):
            continue
        if _speaker_phrase(text, parse, lexicon, who, names, capitalised=False):
            drafts.append(_draft(text, what, who))
    headline = _headline_role(text, parse, lexicon, names, taken)
    if headline is not None and not any(d.content[0].overlaps(headline.content[0]) for d in drafts):
        drafts.append(headline)
    for m in _ROLE_LINE.finditer(text):
        who = Span(m.start("who"), m.end("who"))
        above = _paragraph_above(text, m.start())
        if above is None or any(c.overlaps(above) for c in taken):
            continue
        if not _speaker_phrase(text, parse, lexicon, who, names, capitalised=True):
            continue
        if any(_is_cue(parse, lexicon, k) for k in parse.tokens_in(above)):
            continue  # the paragraph frames its own statements
        drafts.append(_draft(text, above, who))
    return drafts


def _headline_role(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, names: list[Span], taken: list[Span]
) -> SlavicDraft | None:
    """The direct statement of a post's first line closed by a role after a dash and no comma
    ("В Грузии не повторится сценарий «Майдана» — премьер"): a role of a few words, and a
    line that ends in no quote but a name's (a quote's frame is quote_frames.py's)."""
    m = _HEADLINE_ROLE.search(text)
    if m is None:
        return None
    who = Span(m.start("who"), m.end("who"))
    what = trim(text, Span(m.start("what"), m.end("what")), " \t\xa0*_")
    said = what.text(text)
    quoted = _NAME_QUOTE.search(said)
    if said[-1:] in MARKS and (quoted is None or len(quoted.group(1).split()) > 3):
        return None
    if len(said.split()) < 3 or re.search(r"[.!?…]\s", said):
        return None
    if len(who.text(text).split()) > _HEADLINE_ROLE_WORDS or any(c.overlaps(what) for c in taken):
        return None
    if not _speaker_phrase(text, parse, lexicon, who, names, capitalised=False):
        return None
    return _draft(text, what, who)


def _draft(text: str, what: Span, who: Span) -> SlavicDraft:
    d = SlavicDraft("direct", [what], RULE, confidence=CONFIDENCE)
    d.speaker = trim(text, who, " \t.")
    return d


def _is_cue(parse: SlavicParse, lexicon: SlavicLexicon, k: int) -> bool:
    """Whether token ``k`` is a cue verb of a third person ("Я считаю …" is the speaker's own
    words, no frame)."""
    t = parse.tokens[k]
    return t.pos == "VERB" and not first_person(t) and lexicon.act(t.lemma) is not None


def _paragraph_above(text: str, line_start: int) -> Span | None:
    """The paragraph whose last line is right before ``line_start``: the text back to a blank
    line; none when a blank line comes first or the paragraph is long or quoted."""
    end = line_start - 1  # the newline before the closing line
    if end <= 0 or text[end] != "\n":
        return None
    start = text.rfind("\n\n", 0, end)
    start = 0 if start < 0 else start + 2
    what = trim(text, Span(start, end), " \t\xa0\n*_.")
    said = what.text(text)
    if len(said.split()) < 3 or len(said) > _MAX_PARAGRAPH or any(q in said for q in MARKS):
        return None
    return what


def _speaker_phrase(
    text: str,
    parse: SlavicParse,
    lexicon: SlavicLexicon,
    who: Span,
    names: list[Span],
    capitalised: bool,
) -> bool:
    """Whether ``who`` names a speaker: a few words, no verb, opening with a noun of a
    person or an outlet in the nominative ("губернатор области", "газета La Lettre"), or,
    where ``capitalised``, a name the NER found ("Владимир Трубин")."""
    ks = parse.tokens_in(who)
    if not ks or len(ks) > _MAX_WORDS:
        return False
    tokens = [parse.tokens[k] for k in ks]
    if any(t.pos in {"VERB", "AUX"} for t in tokens):
        return False  # "— сказал он", "— ответил ему Путин": a frame
    first = tokens[0]
    if first.text[:1].isupper():
        return capitalised and any(n.start == first.start and who.contains(n) for n in names)
    if first.pos != "NOUN" or not parse.has_case(first, "Nom"):
        return False
    lemma = first.lemma.casefold()
    return "anim" in grams(first) or lemma in lexicon.outlet_anaphors
