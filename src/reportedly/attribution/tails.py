"""Reported clauses cut short before their sentence's end: a relative clause or an apposition
after a comma is more of the same content (docs/gold-guide.md), and so are a participle
clause describing its last noun (", once considered one of Putin's fixers") and an absolute
"with" clause (", with eligible shareholders receiving one share for every 10"), and a
phrase that hangs on a word of the content with no mark between ("criticized the EU sanctions
the day [after the visit …]": a preposition is no boundary)."""

from __future__ import annotations

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import CueLexicon, data_table
from reportedly.attribution.unsaid import reduced_passive
from reportedly.model import Span

_CLOSERS = "\"'”’»"


def whole_tails(text: str, parse: Parse, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Run each reported (indirect or mixed) clause's last part on to its sentence's end
    where what follows it there opens with a continuing word after a comma, or a relative
    pronoun with none (``contents.yaml``), and holds no active reporting verb, no quote mark
    and nothing another statement holds."""
    data = data_table("contents.yaml")
    _quote_comma_tails(text, parse, lexicon, drafts)
    _clause_tails(text, parse, lexicon, drafts)
    _phrase_tails(text, parse, lexicon, drafts)
    openers = frozenset(w.casefold() for w in data["tail_openers"])
    restrictive = frozenset(w.casefold() for w in data["restrictive_openers"])
    taken = [s for d in drafts for s in (*d.content, d.cue, d.speaker) if s is not None]
    for d in drafts:
        if d.kind == "direct" or not d.content:
            continue
        part = max(d.content, key=lambda c: c.end)
        inside = parse.tokens_in(part)
        if not any(parse.tokens[i].pos in {"VERB", "AUX"} for i in inside):
            continue  # a noun phrase: what follows describes it, in the writer's words
        sentence = parse.sentence_range(parse.tokens[inside[-1]].sent)
        after = [i for i in sentence if parse.tokens[i].start >= part.end]
        while after and parse.tokens[after[-1]].pos in {"PUNCT", "SPACE"}:
            after.pop()
        if not after:
            continue
        words = [parse.tokens[i] for i in after if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
        if not words:
            continue
        # a comma between the content and the tail (or the content's own last character)
        lead = text[part.end : words[0].start]
        first = words[0].text.casefold()
        # a restrictive relative clause needs no comma ("against local officials who have
        # been collaborating with Moscow")
        relative = lead == " " and first in restrictive and words[0].tag in {"WP", "WDT", "WP$"}
        after_comma = lead.strip(" " + _CLOSERS) == "," or (
            lead.strip() == "" and text[part.end - 1 : part.end] == ","
        )
        if not relative and not (after_comma and first in openers):
            continue
        if len(words) > data["max_tail_words"]:
            continue
        if any(
            t.pos == "VERB"
            and lexicon.is_verb_cue(t.lemma.lower())
            and not parse.deps(t.i, "auxpass")  # "which was announced …" reports nobody
            for t in words
        ):
            continue
        tail = Span(part.end, parse.tokens[after[-1]].end)
        if any(c in tail.text(text) for c in '"“”«»'):
            continue
        if any(s.overlaps(tail) for s in taken):
            continue
        d.content = [c if c != part else Span(part.start, tail.end) for c in d.content]


def _quote_comma_tails(text: str, parse: Parse, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Run a reported content that its cue opens and that ends in a quote closed on a comma
    ('ready to "take on the Washington cartel," secure the border, …'; 'could be "way off,"
    and have been unreliable …') on to its sentence's end, where the words after the mark
    go on with a predicate of the content's: a verb with no subject of its own, after a
    coordinator of ``contents.yaml``'s ``quote_tail_coordinators`` or none, not a participle
    (", meaning …") nor in the past tense of a past cue ("…," and left: the speaker's deed).
    Not over a reporting verb, a quote mark, a line or another statement's words."""
    data = data_table("contents.yaml")
    coordinators = frozenset(w.casefold() for w in data["quote_tail_coordinators"])
    for d in drafts:
        if d.kind == "direct" or not d.content or d.cue is None:
            continue
        part = max(d.content, key=lambda c: c.end)
        if d.cue.end > d.content[0].start or text[part.end - 2 : part.end] not in _COMMA_CLOSES:
            continue
        inside = parse.tokens_in(part)
        if not inside:
            continue
        sentence = parse.sentence_range(parse.tokens[inside[-1]].sent)
        after = [i for i in sentence if parse.tokens[i].start >= part.end]
        while after and parse.tokens[after[-1]].pos in {"PUNCT", "SPACE"}:
            after.pop()
        words = [i for i in after if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
        if not words or len(words) > data["max_tail_words"]:
            continue
        first = words[0]
        if parse.tokens[first].text.casefold() in coordinators:
            words = words[1:]
        verbs = [i for i in words[:3] if parse.tokens[i].pos in {"VERB", "AUX"}]
        if not verbs or any(
            parse.tokens[i].pos not in {"ADV", "PART"} for i in words[: words.index(verbs[0])]
        ):
            continue
        verb = verbs[0]
        if parse.tokens[verb].tag in {"VBG", "VBN"}:
            continue  # a participle (", meaning …") is the writer's gloss
        main = parse.tokens[verb].head if parse.tokens[verb].dep == "aux" else verb
        if parse.deps(main, "nsubj", "nsubjpass", "expl", "csubj"):
            continue
        cue = parse.tokens_in(d.cue)
        if parse.tokens[verb].tag == "VBD" and any(parse.tokens[i].tag == "VBD" for i in cue):
            continue
        if any(
            parse.tokens[i].pos == "VERB" and lexicon.is_verb_cue(parse.tokens[i].lemma.lower())
            for i in words
        ):
            continue
        tail = Span(part.end, parse.tokens[after[-1]].end)
        said = tail.text(text)
        if "\n" in said or any(c in said for c in '"“”«»'):
            continue
        others = [s for o in drafts if o is not d for s in (*o.content, o.cue, o.speaker)]
        if any(s is not None and s.overlaps(tail) for s in [*others, d.speaker]):
            continue
        d.content = [c if c != part else Span(part.start, tail.end) for c in d.content]


# a comma and the quote's closing mark: the quoted words stop mid-sentence
_COMMA_CLOSES = frozenset({',"', ",”", ",'", ",’"})


def _clause_tails(text: str, parse: Parse, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Run a reported content's part on over the clause after its comma when that clause is
    a reduced passive describing the noun before it, or an absolute opened by a word of
    ``contents.yaml``'s ``absolute_openers`` with a participle of its own: the words are
    the speaker's, the gold guide's whole content. Parts the clause covers (the span model
    split the content there) join it; not over another statement, a quote mark or a line."""
    absolute = frozenset(w.casefold() for w in data_table("contents.yaml")["absolute_openers"])
    for d in drafts:
        if d.kind == "direct" or not d.content:
            continue
        others = [s for o in drafts if o is not d for s in (*o.content, o.cue, o.speaker)]
        others += [s for s in (d.cue, d.speaker) if s is not None]
        for n, part in enumerate(d.content):
            head = _clause_after(text, parse, part, absolute)
            if head is None:
                continue
            lo, hi = parse.subtree(head)
            end = parse.tokens[hi].end
            tail = Span(part.end, end)
            said = [
                i
                for i in range(lo, hi + 1)
                if i != head
                and parse.tokens[i].pos == "VERB"
                and lexicon.is_verb_cue(parse.tokens[i].lemma.lower())
            ]
            words = tail.text(text)
            if said or "\n" in words or any(c in words for c in '"“”«»'):
                continue
            if any(s is not None and s.overlaps(tail) for s in others):
                continue
            grown = Span(part.start, max([end] + [p.end for p in d.content if p.overlaps(tail)]))
            d.content = [*d.content[:n], grown, *(p for p in d.content[n + 1 :] if p.start >= end)]
            break


def _clause_after(text: str, parse: Parse, part: Span, absolute: frozenset[str]) -> int | None:
    """The head of the participle or absolute clause right after ``part``'s comma, if any."""
    k = parse.token_at(part.end)
    while k is not None and k < len(parse.tokens) and parse.tokens[k].pos == "SPACE":
        k += 1
    if k is None or k + 1 >= len(parse.tokens) or parse.tokens[k].text != ",":
        return None
    if text[part.end : parse.tokens[k].start].strip():
        return None
    first = parse.tokens[k + 1]
    if first.sent != parse.tokens[k].sent:
        return None
    clause = any(parse.tokens[i].pos in {"VERB", "AUX"} for i in parse.tokens_in(part))
    if first.text.casefold() in absolute and first.dep == "prep" and clause:
        # after a noun-phrase content ("approved of Biden's handling of the war, with 76
        # percent disapproving") the absolute is the writer's, as a relative clause is
        lo, hi = parse.subtree(first.i)
        verbs = [
            i
            for i in range(lo, hi + 1)
            if parse.tokens[i].tag in {"VBG", "VBN"}
            and parse.tokens[i].dep in {"pcomp", "acl"}
            and parse.tokens[parse.tokens[i].head].i in (first.i, *parse.deps(first.i, "pobj"))
        ]
        return first.i if verbs else None
    for i in range(k + 1, min(k + 4, len(parse.tokens))):
        if reduced_passive(parse, i):
            return i
        if parse.tokens[i].pos != "ADV":
            return None
    return None


def _phrase_tails(text: str, parse: Parse, lexicon: CueLexicon, drafts: list[Draft]) -> None:
    """Run a reported content on over the phrase right after it, with no mark between, that
    the parse hangs on a word inside it by one of ``contents.yaml``'s ``phrase_tail_deps``:
    the content was cut inside its own clause. Not over a line, a quote mark, a reporting
    verb, or another statement's words."""
    deps = frozenset(data_table("contents.yaml")["phrase_tail_deps"])
    for d in drafts:
        if d.kind == "direct" or len(d.content) != 1:
            continue  # a content in pieces: its last may be a piece of the frame
        part = d.content[0]
        k = parse.token_at(part.end)
        while k is not None and k < len(parse.tokens) and parse.tokens[k].pos == "SPACE":
            k += 1
        if k is None or k >= len(parse.tokens) or text[part.end : parse.tokens[k].start].strip():
            continue
        inside = parse.tokens_in(part)
        if not inside or parse.tokens[k].sent != parse.tokens[inside[-1]].sent:
            continue
        clause = any(parse.tokens[i].pos in {"VERB", "AUX"} for i in parse.heads(inside))
        if not clause and text[part.end - 1] not in _CLOSERS:
            continue  # a noun phrase ("spoke on the sidelines"): its topic, not a clause cut;
            # one ending in a quote's closing mark ('calling them a "red line"') was cut there
        top = k
        while (
            parse.tokens[top].head != top and parse.tokens[parse.tokens[top].head].start >= part.end
        ):
            top = parse.tokens[top].head
        if parse.tokens[top].dep not in deps or parse.tokens[top].head not in inside:
            continue
        if parse.deps(top, "nsubj", "nsubjpass", "pcomp"):
            continue  # a clause of its own ("a plan that the governor drafted", "before
            # shooting it down"): maybe the writer's
        lo, hi = parse.subtree(top)
        if lo != k:
            continue
        while hi > k and parse.tokens[hi].pos in {"PUNCT", "SPACE"}:
            hi -= 1
        tail = Span(part.end, parse.tokens[hi].end)
        words = tail.text(text)
        if "\n" in words or any(c in words for c in '"“”«»'):
            continue
        if any(
            parse.tokens[i].pos == "VERB" and lexicon.is_verb_cue(parse.tokens[i].lemma.lower())
            for i in range(k, hi + 1)
        ):
            continue
        others = [s for o in drafts if o is not d for s in (*o.content, o.cue, o.speaker)]
        others += [d.cue, d.speaker]
        if any(s is not None and s.overlaps(tail) for s in others):
            continue
        d.content = [c if c != part else Span(part.start, tail.end) for c in d.content]
