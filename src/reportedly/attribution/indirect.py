"""Indirect and mixed speech from the dependency parse: cue verbs with complement clauses,
"according to X", parentheticals and impersonal passives."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of
from reportedly.attribution._quote_marks import Quote
from reportedly.attribution.cue_model import CueModel, candidates, frame_of
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Span

# subjects that can hold a belief or knowledge (for weak cues: believe, think, know …)
PERSONAL_PRONOUNS = {"he", "she", "they", "i", "we", "you"}
SOURCE_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
# "…, although he refused to …": the writer's contrast, not part of what was said
CONCESSIVE = {"although", "though", "whereas"}
TRAILING = set(" \t\n,;:.!?—–-")


def _trim(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\n,;:—–":
        start += 1
    while end > start and text[end - 1] in TRAILING:
        end -= 1
    return Span(start, end)


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
    return []


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
    own is a statement of its own (``… but that it would add layers of complexity`` is more of
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
        cut = (
            (
                t.dep == "advcl"
                and bool(marks)
                and marks[0] in CONCESSIVE
                and first > 0
                and parse.tokens[first - 1].text == ","
            )
            or (
                t.dep == "conj"
                and t.pos == "VERB"
                and lexicon.is_verb_cue(t.lemma.lower())
                and bool(parse.deps(c, "ccomp", "xcomp"))
                and not parse.deps(c, "mark")
            )
            or (
                t.dep == "advcl"
                and t.tag == "VBG"
                and first > 0
                and parse.tokens[first - 1].text == ","
            )
        )
        if cut:
            end = first - 1
            while end > comp and parse.tokens[end].dep in {"cc", "punct"}:
                end -= 1
            return min(hi, end)
    return hi


def _content_of(text: str, parse: Parse, cue: int, comp: int, lexicon: CueLexicon) -> Span:
    """The content span for complement ``comp`` of cue verb ``cue``."""
    lo, hi = parse.subtree(comp)
    if lo < cue < comp:
        # "donations, which he said were accompanied by favors": the relative pronoun sits
        # before the cue; what was said is the clause after it
        lo = cue + 1
    hi = _cut_trailing(parse, comp, hi, lexicon)
    if lo > cue:
        hi = _extend_right(parse, cue, hi, _subject_word(parse, comp))
    return _trim(text, parse.span(lo, hi))


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
            if draft is not None and not (
                is_outlet(parse.span(lo, hi).text(text)) and _has_other_cue(parse, i, lexicon)
            ):
                drafts.append(draft)
            continue
        if t.pos == "NOUN" and t.lemma.lower() in lexicon.nouns:
            draft = _noun_cue(text, parse, i)
            if draft is not None:
                drafts.append(draft)
            continue
        if t.pos == "ADJ" and t.lemma.lower() in lexicon.adjectives:
            draft = _stance_adjective(text, parse, i)
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
        if found is None or not parse.deps(i, "ccomp"):
            draft = _object_content(text, parse, i, lexicon)
            if draft is not None and not (
                t.lemma.lower() in {"cite", "quote"} and is_outlet(draft.content[0].text(text))
            ):
                drafts.append(draft)
            if found is None:
                continue
        cue, strong = found
        comps = parse.deps(i, "ccomp") or (_misparsed_complement(parse, i) if strong else [])
        if not comps and strong and t.dep in {"parataxis", "ROOT"}:
            draft = (
                _parenthetical(text, parse, i, cue)
                if t.dep == "parataxis"
                else _fronted(text, parse, i, cue)
            )
            if draft is not None:
                drafts.append(draft)
            continue
        if not comps:
            continue
        # "A; X says B": of clauses on both sides of the cue, the one after it is what was said
        comp = next((c for c in comps if c > i), comps[0])
        subject = subject_of(parse, i)
        passive = bool(parse.deps(i, "nsubjpass", "auxpass"))
        if subject is None and not passive and strong:
            subject = _adjacent_subject(parse, i)
        if subject is None and not passive:
            continue
        if subject is not None and (
            parse.tokens[subject].text.lower() in {"this", "that"} or _expletive(parse, subject, i)
        ):
            if not passive:
                continue
            subject = None
        if not strong and subject is None:
            continue
        draft = _clause_draft(
            text, parse, lexicon, i, comp, cue=cue, subject=subject, quotes=quotes
        )
        if draft is not None:
            draft.confidence = 0.8 if strong else 0.6
            draft.via = "ccomp" if not passive else "passive"
            drafts.append(draft)
    if cue_model is not None:
        taken = used_cues | {d.cue_token for d in drafts if d.cue_token is not None}
        drafts += _learned_cues(text, parse, lexicon, cue_model, taken=taken, quotes=quotes)
    return drafts


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
    content = _content_of(text, parse, i, comp, lexicon)
    for q in quotes:
        # reported speech inside a quote ends where the quote ends
        if q.inner.contains(cue) and not q.inner.contains(content):
            start = min(max(content.start, q.inner.start), q.inner.end)
            end = max(start, min(content.end, q.inner.end))
            content = _trim(text, Span(start, end))
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
        if i in taken or subject is None or not _can_speak(parse, subject, i):
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
            draft = _object_content(text, parse, i, lexicon, any_frame=True)
        if draft is not None:
            draft.confidence = round(0.8 * p, 2)
            draft.via = "classifier"
            drafts.append(draft)
    return drafts


# learned cue frames below this observed precision are not used
LEARNED_MIN = 0.5
NON_SOURCES = {"this", "that", "what", "which", "there", "who"}
_NONRESTRICTIVE = re.compile(r",\s+(?:which|who|whom|whose)\b")


def _object_content(
    text: str, parse: Parse, i: int, lexicon: CueLexicon, *, any_frame: bool = False
) -> Draft | None:
    """``X cited the audit``, ``X called for talks``, ``X wants to meet``: a noun phrase or
    an infinitive as the content. ``any_frame``: the verb is known to be a cue (the learned
    detector said so), so take whichever object it has."""
    t = parse.tokens[i]
    lemma = t.lemma.lower()
    parts: list[int] = []
    cue_end = t.end
    via = "classifier" if any_frame else ""
    learned_dobj = any_frame or lexicon.learned_precision(lemma, "dobj") >= LEARNED_MIN
    learned_prep = any_frame or lexicon.learned_precision(lemma, "prep") >= LEARNED_MIN
    if lemma in lexicon.nominal_verbs or learned_dobj or learned_prep:
        parts = parse.deps(i, "dobj") if lemma in lexicon.nominal_verbs or learned_dobj else []
        for prep in parse.deps(i, "prep", "prt"):
            if (
                parse.tokens[prep].text.lower() in lexicon.nominal_preps or learned_prep
            ) and not parts:
                objs = parse.deps(prep, "pobj", "pcomp")
                if objs and prep == i + 1:
                    cue_end = parse.tokens[prep].end
                    parts = objs
        parts += parse.deps(i, "xcomp") if parts else []
        via = via or "object"
    if not parts and (lemma in lexicon.nominal_verbs or learned_dobj):
        passive = _passive_object(text, parse, i)
        if passive is not None:
            return passive
    if not parts and (
        any_frame
        or lemma in lexicon.intent_verbs
        or lexicon.learned_precision(lemma, "xcomp") >= LEARNED_MIN
    ):
        parts = parse.deps(i, "xcomp")
        via = via or "intent"
    if not parts:
        return None
    if lemma in {"quote", "cite"} and any(
        parse.tokens[p].text.lower() == "as" and parse.deps(p, "pcomp")
        for p in parse.deps(i, "prep")
    ):
        return None  # "quoted Peskov as saying that …": the statement is Peskov's
    subject = subject_of(parse, i)
    if subject is None or not _can_speak(parse, subject, i):
        return None
    carried = _carried(parse, parts)
    if carried is not None:
        parts, carrier_end = carried
        cue_end = parse.tokens[carrier_end].end
    lo = min(parse.subtree(p)[0] for p in parts)
    hi = max(parse.subtree(p)[1] for p in parts)
    if lo <= i:
        return None
    # the verb's other complements after the object belong to it: "described Clinton as …",
    # "offers loans to parents"; a clause of its own ("…, but X did Y") does not
    for c in sorted(parse.children[i]):
        dep = parse.tokens[c].dep
        if c <= hi or dep not in {"prep", "oprd", "xcomp", "ccomp", "dative"}:
            continue
        if dep == "prep" and parse.tokens[c].text.lower() not in lexicon.argument_preps:
            continue  # "… in a statement on Thursday": where and when, not what
        hi = max(hi, parse.subtree(c)[1])
    if parse.tokens[parts[0]].dep == "xcomp":
        hi = _coordinated_verbs(parse, i, _finite_conjunct_cut(parse, parts[0], hi), lexicon)
    if parse.tokens[hi].dep == "cc" and hi + 1 < len(parse):
        # "wants to triple the program or even grow it": the parser hung the second verb on
        # the cue, leaving the object ending in "or"; a reporting verb there ("… and says
        # 'B'") is a statement of its own
        after = parse.tokens[hi + 1]
        conj = after.i if after.dep == "conj" else after.head
        if (
            parse.tokens[conj].dep == "conj"
            and parse.subtree(conj)[0] == hi + 1
            and not lexicon.is_verb_cue(parse.tokens[conj].lemma.lower())
        ):
            hi = parse.subtree(conj)[1]
        else:
            hi -= 1
    relative = _NONRESTRICTIVE.search(text, parse.tokens[lo].start, parse.tokens[hi].end)
    if relative is not None:
        end = parse.token_at(relative.start())
        if end is not None and end > lo:
            hi = end - 1
    content = _trim(text, parse.span(lo, hi))
    if len(content) == 0:
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=Span(t.start, cue_end),
        cue_token=i,
        speaker=parse.noun_phrase(subject),
        speaker_token=subject,
        confidence=0.5,
        via=via,
    )


# nouns that carry a stance towards their prepositional object ("expressed deep concern about
# the policy", "tell the truth about things") and documents that carry the act of their
# participle ("issued a policy paper welcoming the plans", "filed papers opposing the unsealing")
STANCE_NOUNS = {
    "concern",
    "support",
    "opposition",
    "criticism",
    "doubt",
    "worry",
    "question",
    "fear",
    "hope",
    "frustration",
    "anger",
    "outrage",
    "skepticism",
    "disdain",
    "praise",
    "truth",
    "confidence",
    "alarm",
    "dismay",
    "disappointment",
    "reservation",
    "objection",
    "sympathy",
    "condolence",
}
STANCE_PREPS = {"about", "over", "of", "for", "on", "with", "regarding", "toward", "towards", "to"}
DOCUMENT_NOUNS = {
    "paper",
    "letter",
    "statement",
    "report",
    "brief",
    "complaint",
    "lawsuit",
    "suit",
    "memo",
    "resolution",
    "bill",
    "motion",
    "petition",
    "ad",
    "advertisement",
    "op-ed",
    "editorial",
}


def _coordinated_verbs(parse: Parse, cue: int, hi: int, lexicon: CueLexicon) -> int:
    """``wants to triple the program, grow the Peace Corps and create a reserve``: verbs the
    parser coordinated with the cue but which carry on its infinitive (base forms with no
    subject of their own, not reporting verbs, right after the content) are part of the
    content."""
    for c in sorted(parse.children[cue]):
        t = parse.tokens[c]
        if c <= hi or t.dep not in {"conj", "dep"} or t.tag != "VB":
            continue  # a base form carries on the infinitive; "… and left the room" does not
        first, last = parse.subtree(c)
        between = range(hi + 1, first)
        if (
            parse.deps(c, "nsubj", "nsubjpass")
            or lexicon.is_verb_cue(t.lemma.lower())
            or any(parse.tokens[k].dep not in {"cc", "punct"} for k in between)
        ):
            break
        hi = last
    return hi


def _finite_conjunct_cut(parse: Parse, verb: int, hi: int) -> int:
    """``declined to comment and left the room``: a finite verb conjoined to the infinitive is
    a new act of the subject, not part of what it intended."""
    for c in sorted(parse.children[verb]):
        t = parse.tokens[c]
        if c > verb and t.dep == "conj" and t.tag in {"VBD", "VBZ", "VBP"}:
            end = parse.subtree(c)[0] - 1
            while end > verb and parse.tokens[end].dep in {"cc", "punct"}:
                end -= 1
            return min(hi, end)
    return hi


def _carried(parse: Parse, parts: list[int]) -> tuple[list[int], int] | None:
    """When the object is a stance noun with a prepositional object, or a document with a
    participle, what it carries is the content: the new content heads and the cue's last token.
    """
    if len(parts) != 1 or parse.tokens[parts[0]].dep != "dobj":
        return None
    noun = parse.tokens[parts[0]]
    lemma = noun.lemma.lower()
    if lemma in STANCE_NOUNS:
        for prep in parse.deps(noun.i, "prep"):
            if parse.tokens[prep].text.lower() in STANCE_PREPS:
                objects = parse.deps(prep, "pobj", "pcomp")
                if objects:
                    return objects, prep
    if lemma in DOCUMENT_NOUNS:
        for acl in parse.deps(noun.i, "acl"):
            verb = parse.tokens[acl]
            if verb.tag != "VBG" or acl < noun.i:
                continue
            objects = parse.deps(acl, "dobj", "ccomp", "xcomp")
            if objects:
                return objects, acl
            for prep in parse.deps(acl, "prep"):
                if prep == acl + 1 and parse.deps(prep, "pobj"):
                    return parse.deps(prep, "pobj"), prep
    return None


def _stance_adjective(text: str, parse: Parse, i: int) -> Draft | None:
    """``Graham has been critical of Trump``, ``Many Democrats are afraid that …``, ``some
    Republicans were willing to go forward …``: a stance adjective after a copula, its
    complement the content and the copula's subject the source."""
    t = parse.tokens[i]
    if t.dep != "acomp":
        return None
    subject = subject_of(parse, t.head)
    if subject is None or not _can_speak(parse, subject, t.head):
        return None
    cue_end = t.end
    parts = parse.deps(i, "ccomp", "xcomp")
    if not parts:
        for prep in parse.deps(i, "prep"):
            word = parse.tokens[prep].text.lower()
            if prep == i + 1 and (word in {"of", "about"} or (word == "to" and "oppos" in t.lemma)):
                parts = parse.deps(prep, "pobj", "pcomp")
                cue_end = parse.tokens[prep].end
                break
    if not parts:
        return None
    lo = min(parse.subtree(c)[0] for c in parts)
    hi = max(parse.subtree(c)[1] for c in parts)
    if lo <= i:
        return None
    content = _trim(text, parse.span(lo, hi))
    if len(content) == 0:
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=Span(t.start, cue_end),
        cue_token=i,
        speaker=parse.noun_phrase(subject),
        speaker_token=subject,
        confidence=0.5,
        via="stance",
    )


def _passive_object(text: str, parse: Parse, i: int) -> Draft | None:
    """``The issue was first reported by the Post``, ``Clinton has been endorsed by dozens of
    papers``: a passive cue's subject is what was said, its agent who said it."""
    subjects = parse.deps(i, "nsubjpass")
    agents = [o for a in parse.deps(i, "agent") for o in parse.deps(a, "pobj")]
    if not subjects or not agents or subjects[0] > i:
        return None
    if parse.tokens[subjects[0]].pos == "PRON" or parse.tokens[i].dep in {"ccomp", "advcl"}:
        return None  # "it was mentioned by …", "… that borders were defended by …"
    lo, hi = parse.subtree(subjects[0], exclude={"relcl", "appos", "acl", "punct"})
    content = _trim(text, parse.span(lo, hi))
    if len(content) == 0:
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=Span(parse.tokens[i].start, parse.tokens[parse.deps(i, "agent")[0]].end),
        cue_token=i,
        speaker=parse.noun_phrase(agents[0]),
        speaker_token=agents[0],
        confidence=0.5,
        via="passive-object",
    )


def _noun_cue(text: str, parse: Parse, i: int) -> Draft | None:
    """``Trump's claim that …``, ``her warning that …``: a statement noun with its holder."""
    clauses = [
        c
        for c in parse.deps(i, "acl", "ccomp")
        if any(parse.tokens[m].text.lower() == "that" for m in parse.deps(c, "mark"))
    ]
    owners = parse.deps(i, "poss")
    if not clauses or not owners:
        return None
    lo, hi = parse.subtree(clauses[0])
    content = _trim(text, parse.span(lo, hi))
    if len(content) == 0:
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=parse.tokens[i].span,
        cue_token=i,
        speaker=parse.noun_phrase(owners[0]),
        speaker_token=owners[0],
        confidence=0.6,
        via="noun",
    )


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
    """Whether the sentence of token ``i`` has a reporting verb of its own."""
    return any(
        parse.tokens[j].pos == "VERB" and lexicon.is_verb_cue(parse.tokens[j].lemma.lower())
        for j in parse.sentence_range(parse.tokens[i].sent)
        if j != i
    )


def _can_speak(parse: Parse, subject: int, verb: int) -> bool:
    """Whether a subject can be the source of verb ``verb``'s noun-phrase or learned statement:
    a name, a noun or a personal pronoun, not "this", "that" (as in "That said, …"), "you" or
    an "it" that is not the verb's own subject."""
    t = parse.tokens[subject]
    return (
        t.text.lower() not in NON_SOURCES | {"you"}
        and t.pos in {"PROPN", "PRON", "NOUN"}
        and not _expletive(parse, subject, verb)
    )


# verbs whose "it" is a placeholder: "it is important to note", "it seems to suggest"
PLACEHOLDER_VERBS = {"be", "seem", "appear", "remain", "become", "make", "take"}


def _expletive(parse: Parse, subject: int, verb: int) -> bool:
    """``it is important to note that …``: an "it" that reaches the verb through a copula or
    "seem" is a placeholder, not a speaker (``It says the campaign violated …`` is a document,
    and so is ``it attacked Trump, saying …``)."""
    t = parse.tokens[subject]
    if t.text.lower() != "it" or t.head == verb:
        return False
    return t.dep == "expl" or parse.tokens[t.head].lemma.lower() in PLACEHOLDER_VERBS


def _according_to(text: str, parse: Parse, i: int) -> Draft | None:
    """``According to X, …`` / ``…, according to X``."""
    tos = [c for c in parse.children[i] if parse.tokens[c].text.lower() == "to"]
    if not tos:
        nxt = i + 1
        if nxt < len(parse) and parse.tokens[nxt].text.lower() == "to":
            tos = [nxt]
        else:
            return None
    objs = parse.deps(tos[0], "pobj")
    if not objs:
        return None
    source = objs[0]
    phrase_lo, phrase_hi = parse.subtree(i)
    phrase_hi = max(phrase_hi, parse.subtree(tos[0])[1])
    sent = parse.sentence_range(parse.tokens[i].sent)
    sent_lo, sent_hi = sent[0], sent[-1]
    # content: the rest of the sentence, on the larger side of the phrase
    before = (sent_lo, phrase_lo - 1) if phrase_lo > sent_lo else None
    after = (phrase_hi + 1, sent_hi) if phrase_hi < sent_hi else None
    sides = [s for s in (before, after) if s is not None and s[1] >= s[0]]
    if not sides:
        return None
    lo, hi = max(sides, key=lambda s: parse.tokens[s[1]].end - parse.tokens[s[0]].start)
    content = _trim(text, parse.span(lo, hi))
    # a section label ("Details:") at the sentence start is not content
    colon = text.find(":", content.start, min(content.end, content.start + 40))
    if colon >= 0 and lo == sent_lo and colon < parse.tokens[i].start:
        content = _trim(text, Span(colon + 1, content.end))
    if len(content) == 0:
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=Span(parse.tokens[i].start, parse.tokens[tos[0]].end),
        cue_token=i,
        speaker=parse.noun_phrase(source),
        speaker_token=source,
        confidence=0.85,
        via="according-to",
    )


def _fronted(text: str, parse: Parse, i: int, cue: Span) -> Draft | None:
    """``People like Scott, he said.``, ``Language unclear on coverage, experts say.``: a
    sentence-final cue after a comma, whose clause the parser did not hang on it, says all
    that comes before the comma."""
    subject = subject_of(parse, i)
    if subject is None or subject > i:
        return None
    sent = parse.sentence_range(parse.tokens[i].sent)
    if any(parse.tokens[k].pos not in {"PUNCT", "SPACE"} for k in range(i + 1, sent[-1] + 1)):
        return None
    comma = parse.subtree(subject)[0] - 1
    if comma <= sent[0] + 1 or parse.tokens[comma].text != ",":
        return None
    content = _trim(text, parse.span(sent[0], comma - 1))
    if len(content) == 0 or '"' in content.text(text) or "“" in content.text(text):
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=cue,
        cue_token=i,
        speaker=parse.noun_phrase(subject),
        speaker_token=subject,
        confidence=0.7,
        via="parenthetical",
    )


def _parenthetical(text: str, parse: Parse, i: int, cue: Span) -> Draft | None:
    """``Putin, Peskov said, is open to talks``: the cue sits inside the content."""
    subject = subject_of(parse, i)
    if subject is None:
        return None
    head = parse.tokens[i].head
    lo, hi = parse.subtree(head)
    c_lo, c_hi = parse.subtree(i)
    spans: list[Span] = []
    if c_lo > lo:
        spans.append(_trim(text, parse.span(lo, c_lo - 1)))
    if c_hi < hi:
        spans.append(_trim(text, parse.span(c_hi + 1, hi)))
    spans = [s for s in spans if len(s) > 0]
    if not spans:
        return None
    return Draft(
        kind="indirect",
        content=spans,
        cue=cue,
        cue_token=i,
        speaker=parse.noun_phrase(subject),
        speaker_token=subject,
        confidence=0.7,
        via="parenthetical",
    )
