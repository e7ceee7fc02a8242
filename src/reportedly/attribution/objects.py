"""Statements whose content is a phrase rather than a clause: a verb's object or infinitive
("cited the audit", "called for talks", "wants to meet"), a stance adjective's complement ("is
critical of X") and a passive cue's subject ("was first reported by the Post")."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._nesting import enclosing
from reportedly.attribution._parse import Parse, cue_head, subject_of, trim_span
from reportedly.attribution.lexicon import CueLexicon
from reportedly.attribution.unsaid import denials, request_heads
from reportedly.model import Span

# learned cue frames below this observed precision are not used
LEARNED_MIN = 0.5
NON_SOURCES = {"this", "that", "what", "which", "there", "who"}
_NONRESTRICTIVE = re.compile(r",\s+(?:which|who|whom|whose)\b")


# who may hold an intention reported in another's words: a name, or a person or group the
# reporter speaks of ("they do not want to support Ukraine")
_NAMED = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_OTHERS = frozenset({"he", "she", "they"})
# the rules whose statement, inside another's content, is only a phrase of it
PHRASE_RULES = frozenset({"object", "passive-object", "intent", "quote-argument"})


def drop_nested_phrases(parse: Parse, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` without the noun-phrase, intention and quote-argument "statements" inside
    another's content: each is a phrase of that content. A request with its addressee and
    infinitive ("had privately urged the Ukrainian leader to remain at home") has a content
    of its own and stays, nested; so does an intention reported in someone's paraphrase
    ("said that Putin is seeking to recreate the Soviet Union": what Putin seeks, by the
    speaker's account), unless its subject is the quoted "I" or "we" (the speaker's own
    clause; a pronoun standing for the reporter is settled with the acts)."""
    inside = enclosing(drafts)
    return [
        d
        for d, outer in zip(drafts, inside, strict=True)
        if not (
            outer
            and d.via in PHRASE_RULES
            and not _request(parse, d)
            and not _reported_intent(parse, d, drafts[outer[0]])
        )
    ]


def _reported_intent(parse: Parse, draft: Draft, outer: Draft) -> bool:
    """Whether ``draft`` is an intention, its cue's to-infinitive ("is seeking to recreate
    …"), in the paraphrase (indirect or mixed) of ``outer``, with a named subject of its own
    or a pronoun the outer speaker's pronoun does not agree with, not in a relative clause,
    a forecast or a denial."""
    if draft.via not in {"intent", "object"} or outer.kind == "direct":
        return False
    if draft.speaker is None or outer.speaker is None:
        return False
    head = cue_head(parse, draft.cue) if draft.cue else None
    if head is None:
        return False
    first = parse.tokens_within(draft.content)[:1]
    infinitives = {a for x in parse.deps(head, "xcomp") for a in parse.deps(x, "aux")}
    if not first or first[0] not in infinitives:
        return False  # not the cue's to-infinitive ("seeks to recreate …")
    subjects = parse.deps(head, "nsubj")
    # "denies planning to …", "… and seek to": the outer speaker's own; a relative clause
    # ("the weapons Russia intends to move") describes its noun
    if not subjects or parse.tokens[head].dep == "relcl":
        return False
    outer_head = cue_head(parse, outer.cue) if outer.cue else None
    if outer_head is not None and parse.tokens[outer_head].lemma.lower() in denials():
        return False  # "Russia denies it plans to invade": nobody holds the plan
    if any(q.contains(draft.speaker) for q in outer.quotes) or _held_off(parse, head):
        return False
    subject = parse.tokens[subjects[0]]
    if subject.pos == "PROPN" or subject.ent_type in _NAMED:
        return True  # not "the war threatened to …": a thing's course, no one's intention
    # a pronoun is the outer speaker's own ("Lukashenko maintained he wanted to …") unless
    # the outer speaker is a pronoun it does not agree with ("He assessed that they …")
    said_by = [parse.tokens[i].text.lower() for i in parse.tokens_in(outer.speaker)]
    pronoun = subject.text.lower()
    return pronoun in _OTHERS and said_by in ([w] for w in _OTHERS - {pronoun})


def _held_off(parse: Parse, head: int) -> bool:
    """Whether the intention's verb carries "would", "could" or "might" ("Moscow would decide
    to …": a forecast) or lies under a denied word ("not an indication that Moscow intends
    to …": nobody's intention)."""
    tokens = parse.tokens
    if any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in {"would", "could", "might"}
        for c in parse.children[head]
    ):
        return True
    i = head
    for _ in range(4):
        if tokens[i].head == i:
            return False
        i = tokens[i].head
        if any(
            tokens[c].dep == "neg" or (tokens[c].dep == "det" and tokens[c].text.lower() == "no")
            for c in parse.children[i]
        ):
            return True
    return False


def _request(parse: Parse, draft: Draft) -> bool:
    """Whether the draft's cue is a request verb (``unsaid.yaml``'s ``request_heads``) with
    an object and a "to" infinitive."""
    head = cue_head(parse, draft.cue) if draft.via == "object" and draft.cue else None
    if head is None or not parse.deps(head, "dobj"):
        return False
    return parse.tokens[head].lemma.lower() in request_heads() and any(
        parse.tokens[a].text.lower() == "to"
        for x in parse.deps(head, "xcomp")
        for a in parse.deps(x, "aux")
    )


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
