"""Statements whose content is a phrase rather than a clause: a verb's object or infinitive
("cited the audit", "called for talks", "wants to meet"), a stance adjective's complement ("is
critical of X") and a passive cue's subject ("was first reported by the Post")."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of, trim_span
from reportedly.attribution.lexicon import CueLexicon
from reportedly.model import Span

# learned cue frames below this observed precision are not used
LEARNED_MIN = 0.5
NON_SOURCES = {"this", "that", "what", "which", "there", "who"}
_NONRESTRICTIVE = re.compile(r",\s+(?:which|who|whom|whose)\b")


def object_content(
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
        passive = passive_object(text, parse, i)
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
    if subject is None or not can_speak(parse, subject, i):
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
    return phrase_draft(
        text, parse, lo, hi, cue=Span(t.start, cue_end), cue_token=i, source=subject, via=via
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


def stance_adjective(text: str, parse: Parse, i: int) -> Draft | None:
    """``Graham has been critical of Trump``, ``Many Democrats are afraid that …``, ``some
    Republicans were willing to go forward …``: a stance adjective after a copula, its
    complement the content and the copula's subject the source."""
    t = parse.tokens[i]
    if t.dep != "acomp":
        return None
    subject = subject_of(parse, t.head)
    if subject is None or not can_speak(parse, subject, t.head):
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
    return phrase_draft(
        text, parse, lo, hi, cue=Span(t.start, cue_end), cue_token=i, source=subject, via="stance"
    )


def passive_object(text: str, parse: Parse, i: int) -> Draft | None:
    """``The issue was first reported by the Post``, ``Clinton has been endorsed by dozens of
    papers``: a passive cue's subject is what was said, its agent who said it."""
    subjects = parse.deps(i, "nsubjpass")
    agents = [o for a in parse.deps(i, "agent") for o in parse.deps(a, "pobj")]
    if not subjects or not agents or subjects[0] > i:
        return None
    if parse.tokens[subjects[0]].pos == "PRON" or parse.tokens[i].dep in {"ccomp", "advcl"}:
        return None  # "it was mentioned by …", "… that borders were defended by …"
    lo, hi = parse.subtree(subjects[0], exclude={"relcl", "appos", "acl", "punct"})
    cue = Span(parse.tokens[i].start, parse.tokens[parse.deps(i, "agent")[0]].end)
    return phrase_draft(
        text, parse, lo, hi, cue=cue, cue_token=i, source=agents[0], via="passive-object"
    )


def phrase_draft(
    text: str,
    parse: Parse,
    lo: int,
    hi: int,
    *,
    cue: Span,
    cue_token: int,
    source: int,
    via: str,
    confidence: float = 0.5,
) -> Draft | None:
    """The indirect statement whose content is tokens ``lo`` .. ``hi`` (trimmed; none when
    nothing is left) and whose speaker is the noun phrase of token ``source``."""
    content = trim_span(text, parse.span(lo, hi))
    if len(content) == 0:
        return None
    return Draft(
        kind="indirect",
        content=[content],
        cue=cue,
        cue_token=cue_token,
        speaker=parse.noun_phrase(source),
        speaker_token=source,
        confidence=confidence,
        via=via,
    )


def can_speak(parse: Parse, subject: int, verb: int) -> bool:
    """Whether a subject can be the source of verb ``verb``'s noun-phrase or learned statement:
    a name, a noun or a personal pronoun, not "this", "that" (as in "That said, …"), "you" or
    an "it" that is not the verb's own subject."""
    t = parse.tokens[subject]
    return (
        t.text.lower() not in NON_SOURCES | {"you"}
        and t.pos in {"PROPN", "PRON", "NOUN"}
        and not is_expletive(parse, subject, verb)
    )


# verbs whose "it" is a placeholder: "it is important to note", "it seems to suggest"
PLACEHOLDER_VERBS = {"be", "seem", "appear", "remain", "become", "make", "take"}


def is_expletive(parse: Parse, subject: int, verb: int) -> bool:
    """``it is important to note that …``: an "it" that reaches the verb through a copula or
    "seem" is a placeholder, not a speaker (``It says the campaign violated …`` is a document,
    and so is ``it attacked Trump, saying …``)."""
    t = parse.tokens[subject]
    if t.text.lower() != "it" or t.head == verb:
        return False
    return t.dep == "expl" or parse.tokens[t.head].lemma.lower() in PLACEHOLDER_VERBS
