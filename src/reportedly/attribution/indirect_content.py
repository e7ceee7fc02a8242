"""Where the content of a cue verb's complement clause ends: the clause's subtree, cut where
it trails into the speaker's next act or the writer's comment, extended over later conjuncts
that carry on the same subject."""

from __future__ import annotations

from reportedly.attribution._parse import Parse, trim_span
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Span

# subjects that can hold a belief or knowledge (for weak cues: believe, think, know …)
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you"}
# "…, although he refused to …": the writer's contrast, not part of what was said
CONCESSIVE = {"although", "though", "whereas"}


def _subject_word(parse: Parse, verb: int) -> str | None:
    subjects = parse.deps(verb, "nsubj", "nsubjpass")
    return parse.tokens[subjects[0]].text.lower() if subjects else None


def _extend_right(parse: Parse, head: int, hi: int, subject: str | None) -> int:
    """Take in the head's later conjuncts that carry on the same subject.

    ``Biden said that he will not talk, but he will be ready if …``: the parser often hangs
    the second clause on the cue verb; it is still what was said when its subject is the
    content's own subject (or a pronoun). ``…, but many corporations have found …`` is not.
    """
    for c in sorted(parse.children[head]):
        if c <= hi:
            continue
        dep = parse.tokens[c].dep
        if dep in {"punct", "cc"}:
            continue
        if dep == "conj":
            conj_subject = _subject_word(parse, c)
            if conj_subject is not None and (
                conj_subject == subject or conj_subject in PERSONAL_PRONOUNS
            ):
                hi = max(hi, parse.subtree(c)[1])
                continue
        break
    return hi


def _cut_trailing(parse: Parse, comp: int, hi: int, lexicon: CueLexicon) -> int:
    """Where the content of clause ``comp`` ends when it trails into another act.

    ``X says Machado promised A and said B``: a conjoined reporting verb with a clause of its
    own, or a conjoined verb with a word of saying for its object (``… and reiterated calls
    for …``), is a statement of its own (``… but that it would add layers of complexity`` is more of
    the same content); ``…, arguing that …`` / ``…, contradicting …``: a participle after a
    comma is the writer's comment or a new act, not part of what was said; so is a concessive
    clause after a comma (``…, although he refused to …``).
    """
    for c in sorted(parse.children[comp]):
        if c <= comp:
            continue
        t = parse.tokens[c]
        first = parse.subtree(c)[0]
        marks = [parse.tokens[m].text.lower() for m in parse.deps(c, "mark")]
        after_comma = first > 0 and parse.tokens[first - 1].text == ","
        cut = (
            t.dep == "advcl"
            and after_comma
            and (t.tag == "VBG" or (bool(marks) and marks[0] in CONCESSIVE))
        ) or (
            t.dep == "conj"
            and t.pos == "VERB"
            and not marks
            and (
                (lexicon.is_verb_cue(t.lemma.lower()) and bool(parse.deps(c, "ccomp", "xcomp")))
                or _says_something(parse, c, lexicon)
            )
        )
        if cut:
            end = first - 1
            while end > comp and parse.tokens[end].dep in {"cc", "punct"}:
                end -= 1
            return min(hi, end)
    return hi


def _says_something(parse: Parse, verb: int, lexicon: CueLexicon) -> bool:
    """A verb without a subject of its own whose object is a word of saying ("… and
    reiterated calls for …", "… and made bizarre comments"): the speaker's next act."""
    return not parse.deps(verb, "nsubj", "nsubjpass") and any(
        parse.tokens[o].lemma.lower() in lexicon.nouns for o in parse.deps(verb, "dobj")
    )


def content_of(text: str, parse: Parse, cue: int, comp: int, lexicon: CueLexicon) -> Span:
    """The content span for complement ``comp`` of cue verb ``cue``."""
    lo, hi = parse.subtree(comp)
    if lo < cue < comp:
        # "donations, which he said were accompanied by favors": the relative pronoun sits
        # before the cue; what was said is the clause after it
        lo = cue + 1
    hi = _cut_trailing(parse, comp, hi, lexicon)
    if lo > cue:
        hi = _extend_right(parse, cue, hi, _subject_word(parse, comp))
    return trim_span(text, parse.span(lo, hi))
