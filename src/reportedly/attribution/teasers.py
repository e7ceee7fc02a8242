"""All-capitals teaser lines: a paragraph in capitals that links to another story and reports
what someone says there, either speaker first ("TRUMP SAYS US WILL '100%' STAY IN NATO") or
last ("CHINA SPENDING MORE ON MILITARY THAN DECLARED, US ADMIRAL SAYS"), or after a colon with
no verb ("… FAILED TO ASSESS KERRY'S CARBON FOOTPRINT: GOV WATCHDOG"). The tagger reads
capitals badly (a verb as a name, a name as a verb), so the line is read by its words: a
reporting verb's third-person form next to a short speaker."""

from __future__ import annotations

import re

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import data_table
from reportedly.attribution.run_in import line_paragraphs
from reportedly.model import Span, Statement

# a speaker in a teaser has this many words at most ("GOP SENATOR", "US ADMIRAL", "UKRAINE
# DEFENSE CHIEF"); more, and the verb is inside the story's words
MAX_SPEAKER_WORDS = 4
# what is said has this many words at least
MIN_CONTENT_WORDS = 3
# a speaker after the line's last colon has this many words at most ("FOX NEWS CONTRIBUTOR
# RET. LT. GEN. KELLOGG")
MAX_COLON_SPEAKER_WORDS = 8
_WORD = re.compile(r"\S+")
# a quote mark opening a word ("PRAISES 'HEROIC' SOLDIERS"), not an apostrophe ("RUSSIA'S")
_QUOTED = re.compile("(?:^|\\s)[\"'‘“]")


def teaser_lines(text: str, parse: Parse, taken: list[Span]) -> list[Draft]:
    """The statements of all-capitals teaser paragraphs (``taken``: what other statements
    already hold; a line that a quote with its own frame runs into is no teaser)."""
    frames = data_table("frames.yaml")
    object_verbs = frozenset(frames["teaser_object_verbs"])
    verbs = teaser_verbs()
    labels = tuple(frames["headline_labels"])
    after = frozenset(frames["teaser_context"])
    not_content = frozenset(frames["teaser_not_content"])
    nouns = frozenset(frames["speaker_nouns"]) | frozenset(frames["teaser_speaker_nouns"])
    drafts: list[Draft] = []
    for para in line_paragraphs(text):
        line = para.text(text)
        words = [Span(para.start + m.start(), para.start + m.end()) for m in _WORD.finditer(line)]
        if (
            any(c.islower() for c in line)
            or sum(c.isalpha() for c in line) < 10
            or line.endswith(".")
            or any(t.overlaps(para) and not para.contains(t) for t in taken)
        ):
            continue
        found = (
            _speaker_last(text, words, verbs)
            or _speaker_first(text, words, verbs, labels, after, not_content)
            or _speaker_after_colon(text, words, nouns, labels)
        )
        if found is None:
            continue
        speaker, verb, content = found
        if capitals_lemma(verb.text(text)) in object_verbs and _QUOTED.search(line):
            continue  # the parse's readings of the quoted words stand
        # words after a colon that follows the verb (and its addressee) are colon speech
        colon_speech = verb.end <= content.start and ":" in text[verb.end : content.start]
        drafts.append(
            Draft(
                kind="direct" if colon_speech else "indirect",
                content=[content],
                cue=verb,
                cue_token=parse.token_at(verb.start),
                speaker=speaker,
                speaker_token=parse.token_at(speaker.end - 1),
                confidence=0.7,
                via="teaser",
            )
        )
    return drafts


def capitals_lemma(word: str) -> str:
    """The lemma of a third-person verb in capitals ("SAYS" → "say", "DENIES" → "deny");
    "" for a word that is none."""
    w = word.lower().strip(",:;")
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else ""


def _speaker_last(
    text: str, words: list[Span], verbs: frozenset[str]
) -> tuple[Span, Span, Span] | None:
    """``CONTENT, SPEAKER VERB``: the verb ends the line, its speaker runs back to the last
    comma, and the words before the comma are said."""
    if len(words) < MIN_CONTENT_WORDS + 2 or capitals_lemma(words[-1].text(text)) not in verbs:
        return None
    if capitals_lemma(words[-1].text(text)) == "tell":
        return None  # "…, X TELLS" names no addressee: a teaser of another shape
    comma = next(
        (n for n in range(len(words) - 2, -1, -1) if words[n].text(text).endswith(",")), None
    )
    if comma is None or not 1 <= len(words) - 1 - (comma + 1) <= MAX_SPEAKER_WORDS:
        return None
    if comma + 1 < MIN_CONTENT_WORDS:
        return None
    content = Span(words[0].start, words[comma].end - 1)
    return Span(words[comma + 1].start, words[-2].end), words[-1], content


def _speaker_first(
    text: str,
    words: list[Span],
    verbs: frozenset[str],
    labels: tuple[str, ...],
    after: frozenset[str],
    not_content: frozenset[str],
) -> tuple[Span, Span, Span] | None:
    """``SPEAKER VERB CONTENT``: a reporting verb within the line's first words, after a
    speaker of a few words (a label such as "WATCH" left out); what follows is said, to a
    semicolon (after it the headline goes on with its own words)."""
    first = 1 if words and words[0].text(text).casefold() in labels else 0
    for n in range(first + 1, min(len(words), first + MAX_SPEAKER_WORDS + 1)):
        lemma = capitals_lemma(words[n].text(text))
        if lemma not in verbs:
            continue
        before = [w.text(text) for w in words[first:n]]
        if any(w.endswith((",", ":", ";")) for w in before) or _possessive(before[-1]):
            return None
        rest = words[n + 1 :]
        # "TELLS THE WEST: …", "WARNS WEST: …": the addressee, then the words said
        colon = next(
            (k for k, w in enumerate(rest[:MAX_SPEAKER_WORDS]) if w.text(text).endswith(":")),
            None,
        )
        if colon is not None:
            rest = rest[colon + 1 :]
        elif lemma == "tell":
            return None
        semicolon = next((k for k, w in enumerate(rest) if w.text(text).endswith(";")), None)
        if semicolon is not None:
            rest = rest[: semicolon + 1]
        # "KREMLIN SAYS IT ONLY HITS 'MILITARY INFRASTRUCTURE' AFTER STRIKE …": the headline's
        # own circumstance, not what was said
        context = next((k for k, w in enumerate(rest) if w.text(text).lower() in after), None)
        if context is not None:
            rest = rest[:context]
        if len(rest) < MIN_CONTENT_WORDS or rest[0].text(text).lower() in not_content:
            return None
        end = rest[-1].end - (1 if rest[-1].text(text)[-1] in ",:;" else 0)
        return Span(words[first].start, words[n - 1].end), words[n], Span(rest[0].start, end)
    return None


def _speaker_after_colon(
    text: str, words: list[Span], nouns: frozenset[str], labels: tuple[str, ...]
) -> tuple[Span, Span, Span] | None:
    """``CONTENT: SPEAKER``: after the line's last colon a few words, one of them a speaker
    noun ("OFFICIALS", "GOV WATCHDOG", "… CONTRIBUTOR … KELLOGG"; not "LIVE UPDATES"), and
    before it the words said; the colon is the cue."""
    colon = next(
        (n for n in range(len(words) - 2, -1, -1) if words[n].text(text).endswith(":")), None
    )
    if colon is None or not 1 <= len(words) - 1 - colon <= MAX_COLON_SPEAKER_WORDS:
        return None
    said = [w.text(text).strip(":").casefold() for w in words[: colon + 1]]
    if len(said) < MIN_CONTENT_WORDS or said[0] in labels:
        return None
    speaker = words[colon + 1 :]
    if not any(w.text(text).strip(".,'’").casefold() in nouns for w in speaker):
        return None
    mark = words[colon].end - 1
    return (
        Span(speaker[0].start, speaker[-1].end),
        Span(mark, mark + 1),
        Span(words[0].start, mark),
    )


def _possessive(word: str) -> bool:
    """``PUTIN'S`` before ``CLAIMS``: the verb's form is a noun the name owns."""
    return word.upper().endswith(("'S", "’S", "S'", "S’"))


def says_in_capitals(parse: Parse, statement: Statement) -> bool:
    """Whether the statement's cue is a teaser verb in capitals ("… , GOP SENATOR WARNS"), or
    the colon before a teaser's speaker ("…: OFFICIALS") after words in capitals: the line's
    words are what was said, however the tagger reads them."""
    if statement.cue is None:
        return False
    cue = [parse.tokens[i].text for i in parse.tokens_in(statement.cue)]
    if cue == [":"]:
        words = [parse.tokens[i].text for i in parse.tokens_within(statement.content)]
        return any(w.isupper() for w in words) and not any(w.islower() for w in words)
    return len(cue) == 1 and cue[0].isupper() and capitals_lemma(cue[0]) in teaser_verbs()


def teaser_verbs() -> frozenset[str]:
    """The lemmas of the verbs that frame a teaser: those that take a clause and those whose
    object is the claim (``frames.yaml`` ``teaser_verbs``, ``teaser_object_verbs``)."""
    frames = data_table("frames.yaml")
    return frozenset(frames["teaser_verbs"]) | frozenset(frames["teaser_object_verbs"])
