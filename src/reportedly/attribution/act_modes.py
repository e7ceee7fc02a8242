"""Statements that report no assertion: reported questions, what someone supposed would be
said, what someone ought to say, a view or a word in a condition's if-clause, an act someone
needs, has the right or risks to do, a question a denied cue leaves open or a view holds, a
copula taken for a cue, a frame broken off by an ellipsis, a content that holds its own
speaker, and what came out with nobody to say it. Read from the cue's head word, as
:mod:`reportedly.attribution.acts` reads the act."""

from __future__ import annotations

import re

from reportedly.attribution._parse import Parse, cue_head
from reportedly.attribution.act_lexicon import ActLexicon
from reportedly.model import Statement, StatementAct

_INTERROGATIVES = frozenset(
    {"whether", "if", "what", "who", "whom", "whose", "which", "why", "how", "when", "where"}
)


def is_question(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """A reported question, not a statement: "asked whether …", "inquired what …", "asked
    voters if they wanted …", or a passive "was asked …" whose subject is the one asked
    ("Asked about the talks, …"). A question quoted word for word ('asking, "Why aren't I
    ahead?"') is what was said."""
    if statement.cue is None or statement.kind == "direct":
        return False
    head = cue_head(parse, statement.cue)
    if head is None or parse.tokens[head].lemma.lower() not in lexicon.question_verbs:
        return False
    if parse.tokens[head].tag == "VBN":
        return True
    return _interrogative(parse, statement) or _asks_someone(parse, head, statement)


def _asks_someone(parse: Parse, head: int, statement: Statement) -> bool:
    """Whether the content is the one asked and the question put to them ("asked Poles if
    they wanted the border mined"): a clause of the cue opened by "if" or "whether"."""
    inside = set(parse.tokens_within(statement.content))
    return any(
        parse.tokens[m].text.lower() in {"if", "whether"}
        for c in parse.deps(head, "ccomp", "advcl")
        if c in inside
        for m in parse.deps(c, "mark")
    )


def is_sourceless_finding(parse: Parse, statement: Statement) -> bool:
    """Whether the statement is a passive with no agent and no speaker ("after it was
    revealed that …", "it was found that …"): read as ``other`` it is the writer's account of
    what came out, nobody's statement (docs/gold-guide.md); a statement nested in it keeps
    its own source. A speech passive ("it was announced") stays, speakerless, as the guide
    has it."""
    if statement.cue is None or statement.speaker is not None:
        return False
    head = cue_head(parse, statement.cue)
    if head is None or parse.tokens[head].tag != "VBN" or not parse.deps(head, "auxpass"):
        return False
    return not parse.deps(head, "agent")


def is_hypothetical(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue is a verb under "would", "could" or "might" in a that-clause no verb
    of saying governs: what someone supposed would be said ("Putin's assumptions have proven
    wrong: … that the international community would not condemn the invasion"), not what was
    said. Under a verb of saying it is reported speech and stays ("said he could stress …")."""
    head = cue_head(parse, statement.cue) if statement.cue else None
    if head is None or parse.tokens[head].pos != "VERB":
        return False
    tokens = parse.tokens
    if not any(
        tokens[c].dep == "aux" and tokens[c].text.lower() in lexicon.hypothetical_modals
        for c in parse.children[head]
    ):
        return False
    top = head
    while tokens[top].dep == "conj" and tokens[top].head != top:
        top = tokens[top].head
    marked = any(
        tokens[c].dep == "mark" and tokens[c].text.lower() == "that"
        for i in {head, top}
        for c in parse.children[i]
    )
    if not marked:
        return False
    governor = tokens[top].head
    if governor == top:
        return True  # a that-clause standing alone: a list of what someone supposed
    return lexicon.lemmas.get(tokens[governor].lemma.lower()) != "speech"


def is_prescribed(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue is a verb in its base form under "should", "must" or "ought to" (its
    own, or that of the verb it is coordinated with): what someone ought to say ("The
    administration should publicly and privately convey to Israel's leaders that …"), not
    what was said. "must have said" (a past participle) stays."""
    head = cue_head(parse, statement.cue) if statement.cue else None
    if head is None or parse.tokens[head].tag != "VB":
        return False
    tokens = parse.tokens
    top = head
    while tokens[top].dep == "conj" and tokens[top].head != top:
        top = tokens[top].head
    modals = lexicon.prescriptive_modals
    ought = tokens[top].dep == "xcomp" and tokens[tokens[top].head].text.lower() in modals
    return ought or any(  # "ought to announce" hangs the verb on "ought"
        tokens[c].dep == "aux" and tokens[c].text.lower() in modals
        for i in {head, top}
        for c in parse.children[i]
    )


def is_supposed(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue stands in a condition's if-clause ("if Putin thinks Europe is weak, he
    will escalate", "If Putin learns the lesson from this war that …"): what someone is
    supposed to think or say, not what they did (docs/gold-guide.md). A view in the
    condition's consequence ("he would consider it a provocation") is not in the if-clause
    and stays."""
    head = cue_head(parse, statement.cue) if statement.cue else None
    if head is None:
        return False
    return any(
        parse.tokens[c].dep == "mark" and parse.tokens[c].text.lower() in lexicon.condition_marks
        for i in _clause_heads(parse, head)
        for c in parse.children[i]
    )


def is_unrealised(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue is an act someone needs, has the right, risks or could be moved to do
    ("need to act as adults and recognize that …", "has the right to defend itself", "it
    risks convincing Ukraine to reject …", "it could do more to convince Israel to …"): the
    act is not done, so nothing is reported. The cue's own word ("has the right") or the word
    its verb completes decides; an intent ("tried to convince", "wants to say") is left to
    the act rules."""
    head = cue_head(parse, statement.cue) if statement.cue else None
    if head is None:
        return False
    tokens = parse.tokens
    if tokens[head].lemma.lower() in lexicon.unrealised_governors:
        return True  # "has the right": the cue itself names the right
    if tokens[head].lemma.lower() in lexicon.light_verbs and any(
        tokens[o].lemma.lower() in lexicon.unrealised_governors for o in parse.deps(head, "dobj")
    ):
        return True
    top = _clause_heads(parse, head)[-1]
    for _ in range(3):  # up a chain of complements: "risks convincing Ukraine to reject …"
        if tokens[top].head == top or not _complement(parse, top):
            return False
        governor = tokens[top].head
        if tokens[governor].lemma.lower() in lexicon.unrealised_governors:
            return True
        around = [tokens[c] for c in parse.children[governor]]
        if any(t.dep == "neg" for t in around):
            return False  # "could not resist saying that …" says it
        if any(t.dep == "aux" and t.text.lower() in lexicon.unrealising_modals for t in around):
            return True
        top = governor
    return False


def _complement(parse: Parse, i: int) -> bool:
    """Whether verb ``i`` completes the verb above it: its object clause ("need to act",
    "risks convincing") or its to-infinitive ("do more to convince"), not a clause of its own
    ("…, although he added that …", "even as Ukraine insists that …")."""
    t = parse.tokens[i]
    if t.dep == "xcomp":
        return True
    return t.dep in {"advcl", "acl"} and any(
        parse.tokens[c].dep == "aux" and parse.tokens[c].text.lower() == "to"
        for c in parse.children[i]
    )


def _clause_heads(parse: Parse, head: int) -> list[int]:
    """``head``, the verb or copula it completes ("is convinced"), and the first conjunct of
    its chain ("need to act … and recognize"), innermost first."""
    tokens = parse.tokens
    chain = [head]
    i = head
    while tokens[i].head != i and (
        tokens[i].dep == "conj" or tokens[i].dep in {"acomp", "attr", "oprd", "auxpass"}
    ):
        i = tokens[i].head
        chain.append(i)
    return chain


def is_left_open(
    parse: Parse, statement: Statement, act: StatementAct, negated: bool, lexicon: ActLexicon
) -> bool:
    """A question a denied cue leaves open ("did not say which leaders …", "didn't say
    whether …"), or one a view, a perception or a finding holds ("they know what that could
    lead to", "posed a question asking why …"): it names a question and asserts nothing
    (docs/gold-guide.md). One said openly stays ("questioned why …", "explained why …"), and
    so does "how" after a finding ("the war proves how vital support is")."""
    if statement.kind == "direct":
        return False
    if negated:
        return _interrogative(parse, statement)
    return act != "speech" and _interrogative(parse, statement, lexicon.open_questions)


def is_copula_cue(parse: Parse, statement: Statement, lexicon: ActLexicon) -> bool:
    """Whether the cue is a copula ('Russia is like a wounded animal that "almost certainly"
    does not want …'): a copula says what something is, it reports nobody's words."""
    if statement.cue is None:
        return False
    words = [parse.tokens[i] for i in parse.tokens_in(statement.cue)]
    words = [t for t in words if t.text.isalpha()]
    # "is to urge allies …" is the cue "urge" under a copula: only a copula alone is one
    return bool(words) and all(t.lemma.lower() in lexicon.copulas for t in words)


# an ellipsis, optionally followed by closing punctuation
_BROKEN_OFF = re.compile(r"\s*(?:…|\.\.\.)[\s\"'”’)]*")


def is_broken_off(text: str, statement: Statement) -> bool:
    """Whether the cue's sentence breaks off after it with an ellipsis ("Putin called me and
    said… Well, games are being played"): what follows is the writer's or the speaker's own
    next words, not what the cue reports."""
    if statement.cue is None or statement.kind == "direct" or not statement.content:
        return False
    start = min(c.start for c in statement.content)
    if start < statement.cue.end:
        return False
    return _BROKEN_OFF.fullmatch(text, statement.cue.end, start) is not None


def holds_its_speaker(statement: Statement) -> bool:
    """Whether the speaker mention lies inside the content ("…, which both Russia and Ukraine
    quickly rejected" read as content "which both Russia and Ukraine" by "Ukraine"): a
    content is what the speaker said, never the speaker."""
    speaker = statement.speaker
    return (
        speaker is not None
        and statement.kind != "direct"
        and any(c.contains(speaker.span) for c in statement.content)
    )


_RELATIVES = frozenset({"who", "whom", "whose", "which"})


def is_relative_clause(parse: Parse, statement: Statement) -> bool:
    """Whether a reported content is a relative clause hung on a noun outside it ("I thank
    everyone [who brings this victory closer]", "…, [which both Russia and Ukraine] quickly
    rejected"): it says who or what the noun is, not what the speaker said. Only one opened
    by a relative pronoun: the parser also hangs a "that"-clause on a noun before it ("told
    Amanpour in an interview that he disagreed …")."""
    if statement.kind == "direct" or not _interrogative(parse, statement, _RELATIVES):
        return False
    inside = parse.tokens_within(statement.content)
    heads = [i for i in parse.heads(inside) if parse.tokens[i].pos not in {"PUNCT", "SPACE"}]
    return bool(heads) and all(parse.tokens[i].dep == "relcl" for i in heads)


def _interrogative(
    parse: Parse, statement: Statement, words: frozenset[str] = _INTERROGATIVES
) -> bool:
    first = parse.tokens_within(statement.content)[:1]
    return bool(first) and parse.tokens[first[0]].text.lower() in words
