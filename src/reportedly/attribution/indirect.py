"""Indirect and mixed speech from the dependency parse: cue verbs with complement clauses and
impersonal passives. "According to X", noun cues and parentheticals are in ``indirect_forms``;
contents that are a phrase rather than a clause (objects, infinitives, stance adjectives) are in
``objects``."""

from __future__ import annotations

from collections.abc import Callable

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of, trim_span
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.anaphoric_frames import pointed_at_by_frame
from reportedly.attribution.cue_model import CueModel, candidates, frame_of
from reportedly.attribution.indirect_content import PERSONAL_PRONOUNS, content_of
from reportedly.attribution.indirect_forms import (
    _according_to,
    _as_frame,
    _fronted,
    _noun_cue,
    _parenthetical,
)
from reportedly.attribution.lexicon import CueLexicon
from reportedly.attribution.objects import (
    LEARNED_MIN,
    can_speak,
    is_expletive,
    object_content,
    stance_adjective,
)
from reportedly.model import Span

SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}


def _person_like(parse: Parse, i: int) -> bool:
    t = parse.tokens[i]
    if t.text.lower() in PERSONAL_PRONOUNS:
        return True
    if t.ent_type in SOURCE_LABELS:
        return True
    return t.pos == "PROPN"


def _cue_span(parse: Parse, i: int, lexicon: CueLexicon) -> tuple[Span, bool] | None:
    """Cue span of verb ``i`` and whether the cue is strong."""
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    for c in parse.deps(i, "prt"):
        if (lemma, parse.tokens[c].lemma.lower()) in lexicon.particles:
            return Span(t.start, parse.tokens[c].end), True
    if lemma in lexicon.strong_verbs:
        return t.span, True
    if lemma in lexicon.weak_verbs:
        return t.span, False
    return None


def _misparsed_complement(parse: Parse, verb: int) -> list[int]:
    """A clause the parser hung on a reporting verb as advcl/dep/xcomp but which is its
    content: ``Trump said after the convention he would not accept …``."""
    for c in parse.children[verb]:
        t = parse.tokens[c]
        if c < verb or t.dep not in {"advcl", "dep", "parataxis", "xcomp"}:
            continue
        if not parse.deps(c, "nsubj", "nsubjpass"):
            continue
        marks = [parse.tokens[m].text.lower() for m in parse.deps(c, "mark")]
        if marks and marks[0] != "that":
            continue
        return [c]
    return _clause_in_setting(parse, verb)


def _clause_in_setting(parse: Parse, verb: int) -> list[int]:
    """``told CNN in an interview on Friday that he had spoken to allies``: a that-clause the
    parser hung as a relative clause on the last noun of the verb's setting (its chain of
    prepositional phrases). "that" as the clause's conjunction, with a subject of its own,
    makes it no relative clause (whose "that" stands for the noun): it is what was said."""
    nouns = [o for p in parse.deps(verb, "prep") if p > verb for o in parse.deps(p, "pobj")]
    while nouns:
        noun = nouns.pop(0)
        for c in parse.deps(noun, "relcl"):
            marks = [parse.tokens[m].text.lower() for m in parse.deps(c, "mark")]
            if c > noun and marks == ["that"] and parse.deps(c, "nsubj", "nsubjpass"):
                return [c]
        nouns += [o for p in parse.deps(noun, "prep") for o in parse.deps(p, "pobj")]
    return []


def find_indirect(
    text: str,
    parse: Parse,
    lexicon: CueLexicon,
    *,
    used_cues: set[int],
    quotes: tuple[Quote, ...],
    is_outlet: Callable[[str], bool] = lambda _: False,
    cue_model: CueModel | None = None,
) -> list[Draft]:
    """Statements whose cue is a reporting verb governing a clause, or "according to".

    ``is_outlet`` tells media outlets from other sources: "citing TASS" or "according to RIA
    Novosti, Peskov said …" cite a medium (a Citation), they are not statements of their own.
    """
    drafts: list[Draft] = []
    for t in parse.tokens:
        i = t.i
        if i in used_cues:
            continue
        if t.text.lower() == "according":
            draft = _according_to(text, parse, i)
            lo, hi = parse.subtree(i)
            # "According to RIA Novosti, Peskov said …" cites a medium; "That's according
            # to Politico, Ukrinform reports." has Politico report the sentence before
            if draft is not None and (
                not (is_outlet(parse.span(lo, hi).text(text)) and _has_other_cue(parse, i, lexicon))
                or pointed_at_by_frame(text, t.start) is not None
            ):
                drafts.append(draft)
            continue
        if t.pos == "NOUN" and t.lemma.lower() in lexicon.nouns:
            draft = _noun_cue(text, parse, i)
            if draft is not None:
                drafts.append(draft)
            continue
        if t.pos == "ADJ" and t.lemma.lower() in lexicon.adjectives:
            draft = stance_adjective(text, parse, i)
            if draft is not None:
                drafts.append(draft)
            continue
        if t.pos not in {"VERB", "AUX"}:
            continue
        found = _cue_span(parse, i, lexicon)
        learned = lexicon.learned_precision(t.lemma.lower(), "ccomp") >= LEARNED_MIN
        if found is None and learned and parse.deps(i, "ccomp"):
            found = (t.span, False)
        if found is None and _that_clause_by_someone(parse, i):
            found = (t.span, False)
        stance = _stance_participle(parse, i, lexicon) if found is None else None
        if stance is not None:
            found = (t.span, False)
        if found is None or not parse.deps(i, "ccomp"):
            draft = object_content(text, parse, i, lexicon)
            if draft is not None and not (
                t.lemma.lower() in {"cite", "quote"} and is_outlet(draft.content[0].text(text))
            ):
                drafts.append(draft)
            if found is None:
                continue
        cue, strong = found
        comps = parse.deps(i, "ccomp") or (_misparsed_complement(parse, i) if strong else [])
        # "…, Lukashenko said as he …, BelTA has learned": the outlet's tag is no content
        comps = [c for c in comps if not _outlet_clause(text, parse, c, is_outlet)]
        if not comps and strong and t.dep in {"parataxis", "ROOT"}:
            draft = (
                _parenthetical(text, parse, i, cue)
                if t.dep == "parataxis"
                else _fronted(text, parse, i, cue)
            )
            if draft is not None:
                drafts.append(draft)
            continue
        if not comps and strong and t.dep == "advcl":
            draft = _as_frame(text, parse, i, cue, reports=lexicon.is_verb_cue)
            if draft is not None:
                drafts.append(draft)
            continue
        if not comps:
            continue
        # "A; X says B": of clauses on both sides of the cue, the one after it is what was said
        comp = next((c for c in comps if c > i), comps[0])
        if comp < i and _acts_on_its_object(parse, i, lexicon):
            continue
        source = _from_source(parse, i, lexicon)
        subject = source or subject_of(parse, i)
        if subject is None:
            subject = stance
        passive = stance is None and bool(parse.deps(i, "nsubjpass", "auxpass"))
        cut = None
        if subject is None and not passive and strong:
            subject = _adjacent_subject(parse, i)
            if subject is None and comp < i:
                subject, cut = _appositive_subject(parse, i) or (None, None)
        if subject is None and not passive:
            continue
        if subject is not None and (
            parse.tokens[subject].text.lower() in {"this", "that"}
            or is_expletive(parse, subject, i)
        ):
            if not passive:
                continue
            subject = None
        if not strong and subject is None:
            continue
        draft = _clause_draft(
            text, parse, lexicon, i, comp, cue=cue, subject=subject, quotes=quotes
        )
        if draft is not None and cut is not None:
            # the name the parser hung on the content's last noun is not said
            end = min(draft.content[0].end, parse.tokens[cut].start)
            draft.content = [trim_span(text, Span(draft.content[0].start, end))]
            if len(draft.content[0]) == 0:
                draft = None
        if draft is not None:
            draft.confidence = 0.8 if strong else 0.6
            draft.via = "passive" if passive else "from-source" if source else "ccomp"
            drafts.append(draft)
    if cue_model is not None:
        taken = used_cues | {d.cue_token for d in drafts if d.cue_token is not None}
        drafts += _learned_cues(text, parse, lexicon, cue_model, taken=taken, quotes=quotes)
    return drafts


def _from_source(parse: Parse, i: int, lexicon: CueLexicon) -> int | None:
    """The object of "from" after a verb of receiving words ("learned from Lukashenko"):
    the speaker, where the verb's subject only passes the words on."""
    if parse.tokens[i].lemma.lower() not in lexicon.from_source_verbs:
        return None
    for prep in parse.deps(i, "prep"):
        if parse.tokens[prep].text.lower() == "from":
            objects = parse.deps(prep, "pobj")
            if objects:
                return objects[0]
    return None


def _acts_on_its_object(parse: Parse, i: int, lexicon: CueLexicon) -> bool:
    """Whether verb ``i`` has a direct object that is what its act is about, not whom it
    addresses ("they threaten us", "he accused them"): a clause before it is no content."""
    lemma = parse.tokens[i].lemma.lower()
    return (
        lemma in lexicon.nominal_verbs
        and lemma not in lexicon.addressee_verbs
        and bool(parse.deps(i, "dobj"))
    )


def _outlet_clause(text: str, parse: Parse, comp: int, is_outlet: Callable[[str], bool]) -> bool:
    """Whether clause ``comp`` is a medium's tag on the sentence ("BelTA has learned", "TASS
    reports"): a verb whose subject is an outlet and that reports no clause of its own."""
    subject = subject_of(parse, comp)
    if subject is None or comp < subject or parse.deps(comp, "ccomp", "dobj"):
        return False
    lo, hi = parse.subtree(subject)
    return is_outlet(parse.span(lo, hi).text(text))


def _adjacent_subject(parse: Parse, i: int) -> int | None:
    """A name or pronoun right before a subjectless reporting verb: the parser lost the subject
    in a long opening phrase ("In a meeting with the board of the Post Trump said that …")."""
    j = i - 1
    while j >= 0 and parse.tokens[j].dep in {"advmod", "aux", "neg"}:
        j -= 1
    if j < 0:
        return None
    t = parse.tokens[j]
    if (t.pos == "PROPN" and t.ent_type in SOURCE_LABELS) or t.text.lower() in PERSONAL_PRONOUNS:
        return j
    return None


def _appositive_subject(parse: Parse, i: int) -> tuple[int, int] | None:
    """A name set off by commas right before a subjectless reporting verb that follows its
    clause, which the parser hung on the clause's last noun as an apposition or a conjunct
    ("… placed in secure storage, Patrick F. Kennedy, the undersecretary for management,
    wrote"; "… in Geneva, Dmitry Peskov, the Kremlin spokesman, said"): the
    name, and the comma before it, where the content ends."""
    j = i - 1
    while j >= 0 and parse.tokens[j].dep in {"advmod", "aux", "neg"}:
        j -= 1
    if j < 1 or parse.tokens[j].text != ",":
        return None
    for n in range(max(1, j - 16), j):
        t = parse.tokens[n]
        if t.pos != "PROPN" or t.ent_type not in SOURCE_LABELS or t.dep not in {"appos", "conj"}:
            continue
        lo, hi = parse.subtree(n)
        if hi in (j - 1, j) and lo > 0 and parse.tokens[lo - 1].text == "," and t.head < lo:
            return n, lo - 1
    return None


def _clause_draft(
    text: str,
    parse: Parse,
    lexicon: CueLexicon,
    i: int,
    comp: int,
    *,
    cue: Span,
    subject: int | None,
    quotes: tuple[Quote, ...],
) -> Draft | None:
    """The statement of cue verb ``i`` whose content is its clause ``comp``."""
    content = content_of(text, parse, i, comp, lexicon)
    for q in quotes:
        # reported speech inside a quote ends where the quote ends
        if q.inner.contains(cue) and not q.inner.contains(content):
            start = min(max(content.start, q.inner.start), q.inner.end)
            end = max(start, min(content.end, q.inner.end))
            content = trim_span(text, Span(start, end))
    if len(content) == 0 or content.contains(cue):
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=cue,
        cue_token=i,
        speaker=parse.noun_phrase(subject) if subject is not None else None,
        speaker_token=subject,
    )


def _learned_cues(
    text: str,
    parse: Parse,
    lexicon: CueLexicon,
    model: CueModel,
    *,
    taken: set[int],
    quotes: tuple[Quote, ...],
) -> list[Draft]:
    """Verbs the rules passed over that the learned detector takes for cues."""
    drafts: list[Draft] = []
    for i in candidates(parse):
        subject = subject_of(parse, i)
        if i in taken or subject is None or not can_speak(parse, subject, i):
            continue
        p = model.probability(parse, i)
        if p < model.threshold:
            continue
        if frame_of(parse, i) == "ccomp":
            comp = parse.deps(i, "ccomp")[0]
            cue = parse.tokens[i].span
            draft = _clause_draft(
                text, parse, lexicon, i, comp, cue=cue, subject=subject, quotes=quotes
            )
        else:
            draft = object_content(text, parse, i, lexicon, any_frame=True)
        if draft is not None:
            draft.confidence = round(0.8 * p, 2)
            draft.via = "classifier"
            drafts.append(draft)
    return drafts


def _that_clause_by_someone(parse: Parse, i: int) -> bool:
    """``X signalled that …``: any verb whose named subject governs a that-clause."""
    clauses = [
        c
        for c in parse.deps(i, "ccomp")
        if any(parse.tokens[m].text.lower() == "that" for m in parse.deps(c, "mark"))
    ]
    subjects = parse.deps(i, "nsubj")
    return bool(clauses and subjects and _person_like(parse, subjects[0]))


def _has_other_cue(parse: Parse, i: int, lexicon: CueLexicon) -> bool:
    """Whether the sentence of token ``i`` has a reporting verb of its own (not a participle
    used as an adjective: "according to a written analysis by …" cites no one else)."""
    return any(
        parse.tokens[j].pos == "VERB"
        and parse.tokens[j].dep != "amod"
        and lexicon.is_verb_cue(parse.tokens[j].lemma.lower())
        for j in parse.sentence_range(parse.tokens[i].sent)
        if j != i
    )


def _stance_participle(parse: Parse, i: int, lexicon: CueLexicon) -> int | None:
    """The subject of ``Vitrenko is convinced Putin will …``: a stance adjective of the lexicon
    that the tagger took for a passive participle, with a subject (on it or on its "is") and
    a clause after it; None for any other word."""
    t = parse.tokens[i]
    if t.tag != "VBN" or t.text.lower() not in lexicon.adjectives:
        return None
    if not any(c > i for c in parse.deps(i, "ccomp")):
        return None
    for be in [i, *parse.deps(i, "auxpass")]:
        subjects = [s for s in parse.deps(be, "nsubj", "nsubjpass") if s < i]
        if subjects:
            return subjects[0]
    return None
