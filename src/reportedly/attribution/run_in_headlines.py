"""Run-in headlines: a ``Name: words`` line standing as its own paragraph (a headline or
subhead, "Lavrov: Russia does not want war"), the speaker's words after the colon (split
from ``run_in``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import data_table
from reportedly.attribution.run_in import DASHES, line_paragraphs
from reportedly.model import Span, Token

# a headline's words after its colon; longer, the line runs on into the article's text
MAX_HEADLINE_WORDS = 25
# an all-capitals word this short before a headline's colon is an acronym ("BBN", "ISW"); a
# longer one is a word in a capitalised headline ("RUSSIA-UKRAINE")
MAX_ACRONYM = 5
# a name the tagger missed has this many words at most ("Mychajło Podolak"); more are a
# caption's words ("Bogdan Klich O Expose Sikorski")
MAX_NAME_WORDS = 3
# small words a title-case headline leaves in lower case
_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "as", "vs", "n't"})
# a sentence's end glued to the next word ("…Putin?Kowal", "…Israel.Tusk"; not "U.S.")
_GLUED_END = re.compile(r"(?:[?!]|(?<=[a-z])\.)(?=[A-Z])")


def headline_lines(text: str, parse: Parse, taken: list[Span]) -> list[Draft]:
    """Paragraphs that are a headline or subhead of the form ``Speaker: words`` (no closing
    full stop): "Avril Haines: Putin most likely calculates …", "Prime Minister of India to
    Putin: This is not the time of wars", "PENTAGON: RUSSIA BUILDUP …". The words after the
    colon are the speaker's (direct). ``taken``: spans other statements already hold."""
    frames = data_table("frames.yaml")
    labels = tuple(frames["headline_labels"])
    drafts: list[Draft] = []
    for para in _headlines(text, parse, tuple(frames["related_story_labels"])):
        line = para.text(text)
        # a headline cut short with an ellipsis ("…, weapons are ...") ends in no sentence
        if (line[-1] in ".,;:" and not line.endswith("...")) or line.count(": ") != 1:
            continue
        lead = 0
        folded = line.casefold()
        for label in labels:
            if folded.startswith(label + " "):
                lead = len(label) + 1
                break
        colon = line.index(": ")
        who = Span(para.start + lead, para.start + colon)
        # "See the video … Putin?Kowal: The risk is small": the speaker starts past the glue
        glued = list(_GLUED_END.finditer(who.text(text)))
        if glued:
            who = Span(who.start + glued[-1].end(), who.end)
        content = Span(para.start + colon + 2, para.end)
        if not 3 <= len(content.text(text).split()) <= MAX_HEADLINE_WORDS:
            continue
        if any(t.overlaps(para) and not content.contains(t) for t in taken):
            continue  # a quote reaching outside the words: the line is no headline
        speaker = _headline_speaker(text, parse, who, frames) if parse.tokens_in(who) else None
        # glued to the words before ("Putin?Kowal"), in one token or split off: a name the
        # tagger does not know reads as the glued teaser's speaker
        if speaker is None and (glued or not parse.tokens_in(who)):
            speaker = who if _glued_name(text, parse, who, labels) else None
        if speaker is None:
            continue
        cue = parse.token_at(para.start + colon)
        drafts.append(
            Draft(
                kind="direct",
                content=[content],
                cue=Span(para.start + colon, para.start + colon + 1),
                cue_token=cue,
                speaker=speaker,
                speaker_token=parse.token_at(speaker.end - 1),
                confidence=0.7,
                via="headline-colon",
            )
        )
    return drafts


def _headlines(text: str, parse: Parse, related: tuple[str, ...]) -> Iterator[Span]:
    """The lines that may be headlines: each line, and in a line of links to other stories
    ("Other Topics of Interest Estonia's PM: NATO Troop Training … With Russia Kallas said
    that …") the linked story's title, which runs up to its summary's first sentence."""
    for para in line_paragraphs(text):
        folded = para.text(text).casefold()
        label = next((r for r in related if folded.startswith(r + " ")), None)
        if label is None:
            yield para
            continue
        title = _title_before_summary(parse, Span(para.start + len(label) + 1, para.end))
        if title is not None:
            yield title


def _title_before_summary(parse: Parse, span: Span) -> Span | None:
    """The title-case words that open ``span`` up to the subject of its first sentence in
    lower case: the summary that follows a linked story's title ("… With Russia | Kallas
    said that …"). None when no reporting sentence with a subject follows the title."""
    tokens = parse.tokens_in(span)
    for i in tokens:
        t = parse.tokens[i]
        if not t.text[:1].islower() or t.pos == "ADP" or t.text in _TITLE_SMALL_WORDS:
            continue
        if t.pos != "VERB":
            return None
        subjects = [c for c in parse.children[i] if c < i and parse.tokens[c].dep == "nsubj"]
        if not subjects:
            return None
        start, _ = parse.subtree(subjects[-1])
        # "… War With | Russia Marin said": a title ends on no preposition; the parse took
        # the title's last word into the subject
        while start < subjects[-1] and parse.tokens[start - 1].pos in {"ADP", "DET", "CCONJ"}:
            start += 1
        if start <= tokens[0]:
            return None
        return Span(span.start, parse.tokens[start - 1].end)
    return None


def _headline_speaker(text: str, parse: Parse, who: Span, frames: dict[str, Any]) -> Span | None:
    """The speaker a headline names before its colon, or None when the words before the colon
    are a topic or a label ("War in Ukraine", "RUSSIA-UKRAINE", "Update", a place alone)."""
    words = who.text(text).split()
    if not 1 <= len(words) <= 7 or "," in who.text(text):
        return None
    # "Prime Minister of India to Putin": the speaker is who speaks, not the addressee
    to = re.search(r"\s+to\s+", who.text(text))
    if to is not None:
        who = Span(who.start, who.start + to.start())
    honorific = re.match(frames["glued_honorific"], who.text(text))
    if honorific is not None:  # a title before the words makes them a person's name
        who = Span(who.start + honorific.end(), who.end)
    tokens = [parse.tokens[i] for i in parse.tokens_in(who)]
    if not tokens:
        return None
    people = frames["speaker_nouns"]
    if who.text(text).isupper():
        # a capitalised headline defeats the tagger ("PENTAGON" as a verb): read the words
        caps = [t.text for t in tokens if t.text.isalnum()]
        if not caps or any(c.casefold() in frames["headline_labels"] for c in caps):
            return None
        if len(caps) == 1:
            return who if caps[0].lower() in people or len(caps[0]) <= MAX_ACRONYM else None
        # "WHO CHIEF", "KREMLIN SPOKESMAN": a speaker noun heads the words
        return who if caps[-1].lower() in people else None
    if any(t.pos in {"VERB", "AUX", "PRON", "NUM"} for t in tokens):
        return None
    if any(t.text in DASHES for t in tokens) and any(t.ent_type == "GPE" for t in tokens):
        return None  # "RUSSIA-UKRAINE: …" names a topic
    if all(t.ent_type == "GPE" for t in tokens if t.pos != "PUNCT") and not (
        honorific is not None or _named_elsewhere(parse, tokens[-1], {"PERSON"})
    ):
        # "Ukraine: …" is a dateline or topic, not a speaker; a surname the tagger takes for
        # a place here is a person where the article names them in full ("Maria Zacharowa")
        return None
    # the head: the last word before a preposition ("Minister" in "Prime Minister of India")
    head = next((k - 1 for k, t in enumerate(tokens) if t.pos == "ADP" and k), len(tokens) - 1)
    word = tokens[head]
    if word.text.casefold() in frames["headline_labels"]:
        return None
    if word.lemma.lower() in people or word.text.lower() in people:
        return who
    acronym = word.text.isupper() and 1 < len(word.text) <= MAX_ACRONYM
    named = word.ent_type in {"PERSON", "ORG", "NORP"} or acronym
    if honorific is not None and word.pos == "PROPN" and word.text[:1].isupper():
        named = True  # "Col. Łukasiewicz": a title names a person the tagger does not know
    if (
        not named
        and len(tokens) <= MAX_NAME_WORDS
        and all(t.pos == "PROPN" and t.text[:1].isupper() for t in tokens)
    ):
        named = _named_elsewhere(parse, word)
    return who if named and word.pos in {"PROPN", "NOUN"} else None


def _named_elsewhere(
    parse: Parse, word: Token, kinds: frozenset[str] | set[str] = frozenset({"PERSON", "ORG"})
) -> bool:
    """Whether the article's text tags ``word`` a person or an organisation (``kinds``) where
    it is not a headline: a foreign name the tagger does not know on its own ("Pieskow: A
    brilliant idea") is known from the sentence that names it in full ("… spokesman Dmitry
    Pieskow"), also where that sentence is glued to the next ("Dmitry Pieskow.-The …": the
    tagger's name ends before the glued token)."""
    for t in parse.tokens:
        if t.i == word.i or not t.text.startswith(word.text):
            continue
        if t.text == word.text and t.ent_type in kinds:
            return True
        glued = len(t.text) > len(word.text) and not t.text[len(word.text)].isalnum()
        if glued and "PERSON" in kinds and t.i and parse.tokens[t.i - 1].ent_type == "PERSON":
            return True
    return False


def _glued_name(text: str, parse: Parse, who: Span, labels: Sequence[str]) -> bool:
    """Whether a few capitalised words glued to a teaser's end ("…Putin?Kowal: …") name a
    speaker: no label ("Video") and nowhere in the article a place or a date. A glued token
    the tagger named whole ("Russians?Siemoniak", PERSON) would name the speaker so: left."""
    glued = parse.token_at(who.start)
    if glued is not None and parse.tokens[glued].ent_type:
        return False
    words = who.text(text).split()
    places = {t.text for t in parse.tokens if t.ent_type in {"GPE", "LOC", "NORP", "DATE"}}
    return 1 <= len(words) <= MAX_NAME_WORDS and all(
        w[:1].isupper() and w.casefold() not in labels and w not in places for w in words
    )
