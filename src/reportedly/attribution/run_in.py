"""Speech framed by punctuation rather than a clause: dash speech, the convention of texts
translated from Slavic languages ("- We are ready - said the general.", a quote paragraph
followed by one that opens "- said Putin"); a ``Name: words`` line standing as its own
paragraph is in ``run_in_headlines``."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse
from reportedly.attribution.lexicon import CueLexicon, data_table
from reportedly.model import Span, StatementKind

DASHES = "-–—―"
# a dash that frames speech stands between spaces ("… today - he noted"), or after a space
# glued to a frame's subject pronoun ("… our soldiers -he said"); one glued to another word is
# a hyphen ("Anglo -Saxons", "re -launches")
_FRAME_DASH = re.compile(rf"[ \t\xa0][{DASHES}](?:[ \t\xa0]+(?=\S)|(?=(?:he|she|they|we)\s))")
# a dash opening the words: at the paragraph start, right after a sentence's end, or after a
# colon ("this may mean that …: - We cannot allow …")
_OPEN_DASH = re.compile(rf"(?:^|(?<=[.!?…\"”:]))[ \t\xa0]*[{DASHES}][ \t\xa0]*(?=\S)")
# quote marks that close and open a quote glued to the sentence before it
_CLOSE_QUOTE = '"”'
_OPEN_QUOTE = '"“'
# a dash frame's subject has this many words at most ("independent labor market analysts
# inform"); more, and the words after the dash are a sentence of their own
MAX_FRAME_SUBJECT = 6
# words that open a relative clause: "- which threatens us -" is a parenthesis, not a frame
_RELATIVE = {"which", "who", "whom", "whose", "that"}
# the words a dash frame's subject may hold before its verb (adverbs are left out of the speaker)
_FRAME_SUBJECT_POS = {"PRON", "PROPN", "NOUN", "DET", "ADJ", "ADV"}
# a sentence's end; a dash glued to it opens the next quote ("- said Putin.- The authorities …")
_SENTENCE_END = re.compile(rf"[.!?…](?=\s|[A-Z{DASHES}]|$)")


def line_paragraphs(text: str) -> Iterator[Span]:
    """The non-blank lines of ``text``, without their edge whitespace."""
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        lead = len(line) - len(line.lstrip())
        if line.strip():
            yield Span(start + lead, start + len(line.rstrip()))
        start = end + 1


def _free(span: Span, taken: list[Span]) -> bool:
    return not any(t.overlaps(span) for t in taken)


def dash_speech(
    text: str, parse: Parse, lexicon: CueLexicon, taken: list[Span], marks: Sequence[Span] = ()
) -> list[Draft]:
    """``- Words - said X.`` and ``Words - X noted.`` inside a paragraph (the words run from
    an opening dash, or from the paragraph start, to the frame's dash), and a quote paragraph
    whose frame opens the next one (``- said Putin, …``). The content is the whole quote, not
    only its last sentence (which is all a parse of the frame sees). ``taken``: spans other
    statements hold (the words may hold none); ``marks``: quoted words, which the words may
    hold but not cut across."""
    drafts: list[Draft] = []
    paragraphs = list(line_paragraphs(text))
    for n, para in enumerate(paragraphs):
        line = para.text(text)
        opening = _OPEN_DASH.match(line)
        floor = 0  # where the words of a frame later in the paragraph may start
        if opening is not None and n > 0 and opening.end() > 0:
            frame = _frame(text, parse, lexicon, Span(para.start + opening.end(), para.end))
            if frame is not None and _frame_only(text, frame[0], para):
                drafts += _draft(text, parse, paragraphs[n - 1], frame, taken, marks)
                # the paragraph goes on after its frame ("- said Dr. X.According to …")
                floor = frame[0].end - para.start
                while floor < len(line) and (line[floor] in ".!?… \t" or line[floor] in DASHES):
                    floor += 1
        for dash in _FRAME_DASH.finditer(line, floor):
            frame = _frame(text, parse, lexicon, Span(para.start + dash.end(), para.end))
            if frame is None:
                continue
            start = para.start + floor
            for o in _OPEN_DASH.finditer(line, floor, dash.start()):
                if o.end() <= dash.start():
                    start = para.start + o.end()
            if start == para.start + floor and _FRAME_DASH.search(line, floor, dash.start()):
                continue  # "Lukashenko - who has ruled since 1994 - claimed …": a parenthesis
            words = Span(start, para.start + dash.start())
            # no opening dash: the writer's summary of the source (indirect), not its words
            kind: StatementKind = "indirect" if start == para.start + floor else "direct"
            quoted = _glued_quote(text, words) if kind == "indirect" else None
            if quoted is not None:  # 'impasse."This is false" - the experts said': the quote
                words, kind = quoted, "direct"
            drafts += _draft(text, parse, words, frame, taken, marks, kind)
    return drafts


def end_at_colon_quotes(text: str, drafts: list[Draft], dashed: list[Draft]) -> list[Draft]:
    """``drafts`` with each content that runs over a colon into dash speech with its own frame
    ended at the colon: "In his opinion, this may mean that …: - We cannot allow … -he said"
    is a belief and a statement of its own, not one belief holding both; a draft of the dash
    frame's own cue that runs into its words is a misreading of that frame, and dropped.
    Contents are cut in place."""
    kept = list(drafts)
    for dash in (d for d in dashed if d.kind == "direct"):
        quote = dash.content[0]
        colon = text.rfind(":", 0, quote.start)
        if colon < 0 or text[colon + 1 : quote.start].strip(" \t\xa0" + DASHES):
            continue
        for d in list(kept):
            into = [n for n, c in enumerate(d.content) if c.start < colon and quote.start < c.end]
            if into and dash.cue is not None and d.cue is not None and d.cue.overlaps(dash.cue):
                kept.remove(d)
                continue
            for n in into:
                end = colon
                while end > d.content[n].start and text[end - 1].isspace():
                    end -= 1
                d.content[n] = Span(d.content[n].start, end)
    return kept


def _glued_quote(text: str, words: Span) -> Span | None:
    """The inside of the quote that ends ``words`` when it opens right after a sentence's end
    glued to it ('… in an impasse."This assumption is false"'): the frame reports the quote,
    not the writer's sentence before it, which a missing space hid from the quote rules."""
    inner = words.text(text).rstrip(" \t\xa0")
    if not inner or inner[-1] not in _CLOSE_QUOTE:
        return None
    close = words.start + len(inner) - 1
    opening = max(text.rfind(m, words.start, close) for m in _OPEN_QUOTE)
    if opening <= words.start or text[opening - 1] not in ".!?…":
        return None
    return Span(opening + 1, close)


def _frame(
    text: str, parse: Parse, lexicon: CueLexicon, rest: Span
) -> tuple[Span, int, Span] | None:
    """The frame at the start of ``rest``: its sentence's span, its cue verb and its speaker
    ("said the President of the United States Joe Biden", "he noted", "with such words Putin
    addressed …"), or None when ``rest`` does not open with one."""
    frames = data_table("frames.yaml")
    stop = next(
        (
            m
            for m in _SENTENCE_END.finditer(text, rest.start, rest.end)
            # "said Dr. Occasional": a title's full stop ends no sentence
            if not re.fullmatch(frames["glued_honorific"], _last_word(text, rest.start, m.end()))
        ),
        None,
    )
    sentence = Span(rest.start, stop.start() if stop else rest.end)
    head = sentence.text(text)
    opener = re.match(frames["words_openers"], head, re.IGNORECASE)
    skip = opener.end() if opener else 0
    tokens = _starting_in(parse, Span(sentence.start + skip, sentence.end))
    tokens = tokens[: MAX_FRAME_SUBJECT + 1]
    verb = next((i for i in tokens if parse.tokens[i].pos in {"VERB", "AUX"}), None)
    if _tagged_as_noun(parse, lexicon, tokens):
        verb = tokens[0]
    if verb is None:
        return None
    lemma = parse.tokens[verb].lemma.lower()
    if opener is None and not lexicon.is_verb_cue(lemma) and lemma not in frames["frame_verbs"]:
        return None
    before = [i for i in tokens if i < verb]
    if parse.tokens[verb].tag == "VBG" and not before:
        return None  # "… left early - saying the talks had failed": the writer's participle
    # "- once again emphasized X", "- he also said": adverbs of the frame name nobody
    if any(parse.tokens[i].pos not in _FRAME_SUBJECT_POS for i in before):
        return None
    if before and parse.tokens[before[0]].text.lower() in _RELATIVE:
        return None
    named = [i for i in before if parse.tokens[i].pos != "ADV"]
    if named and opener is None and _says_its_own(parse, lexicon, verb):
        return None  # "- Bill Clinton criticized the Affordable Care Act as …": a sentence
    speaker = _frame_speaker(text, parse, verb, named, sentence)
    if speaker is None:
        return None
    return sentence, verb, speaker


def _says_its_own(parse: Parse, lexicon: CueLexicon, verb: int) -> bool:
    """Whether a frame's verb after its subject has a noun object of its own: the words after
    the dash are a sentence ("- Bill Clinton criticized the Affordable Care Act"), not a frame
    ("- he tells us", "- he quotes the words of …" still frame)."""
    return any(
        t.dep == "dobj" and t.pos != "PRON" and t.lemma.lower() not in lexicon.nouns
        for t in (parse.tokens[c] for c in parse.children[verb] if c > verb)
    )


def _tagged_as_noun(parse: Parse, lexicon: CueLexicon, tokens: list[int]) -> bool:
    """Whether a frame opens with a reporting verb the tagger took for a plural noun before the
    speaker's name ("- notes Marek Biernacki, MP …", "notes" as in "the notes")."""
    if len(tokens) < 2:
        return False
    first, after = parse.tokens[tokens[0]], parse.tokens[tokens[1]]
    return (
        first.pos == "NOUN"
        and first.text.islower()
        and first.text.endswith("s")
        and lexicon.is_verb_cue(first.lemma.lower())
        and after.pos == "PROPN"
    )


def _last_word(text: str, start: int, end: int) -> str:
    """The last whitespace-separated word of ``text[start:end]``."""
    words = text[start:end].split()
    return words[-1] if words else ""


def _starting_in(parse: Parse, span: Span) -> list[int]:
    """The tokens that start inside ``span``: a token may run over a sentence's end that a
    glued dash marks ("Putin.-", "continued.-")."""
    first = parse.token_at(span.start)
    found: list[int] = []
    i = len(parse.tokens) if first is None else first
    while i < len(parse.tokens) and parse.tokens[i].start < span.end:
        t = parse.tokens[i]
        # or a word the tokenizer glued to the dash before it ("-he said")
        if t.start >= span.start or (t.start == span.start - 1 and text_is_dash(t.text[:1])):
            found.append(i)
        i += 1
    return found


def text_is_dash(char: str) -> bool:
    """Whether ``char`` is one of the dashes that frame speech."""
    return bool(char) and char in DASHES


def _frame_only(text: str, sentence: Span, para: Span) -> bool:
    """Whether the paragraph opens with a frame alone ("- said Putin, whom Reuters quotes."):
    a short sentence reporting no words of its own."""
    words = sentence.text(text).split()
    return para.start <= sentence.start and len(words) <= 15 and "that" not in words


def _frame_speaker(
    text: str, parse: Parse, verb: int, before: list[int], sentence: Span
) -> Span | None:
    """Who the frame names: the words before the verb ("he noted"), else those after it up to
    a comma ("said the governor of Serhij Łysak, …")."""
    if before:
        found = parse.span(before[0], before[-1])
        # past a dash glued to the frame's first word ("-he said")
        return Span(max(found.start, sentence.start), found.end)
    after = _starting_in(parse, Span(parse.tokens[verb].end, sentence.end))
    end = next((k for k, i in enumerate(after) if parse.tokens[i].text in {",", "(", ";"}), None)
    after = after[:end][:12]
    while after and parse.tokens[after[-1]].pos in {"PUNCT", "SPACE"}:
        after.pop()
    while after and parse.tokens[after[0]].pos in {"PUNCT", "SPACE"}:
        after.pop(0)  # the marks round a quoted name ("says "Economist"")
    if not after or not any(parse.tokens[i].pos in {"PROPN", "NOUN", "PRON"} for i in after):
        return None
    found = parse.span(after[0], after[-1])
    return Span(found.start, min(found.end, sentence.end))


def _draft(
    text: str,
    parse: Parse,
    words: Span,
    frame: tuple[Span, int, Span],
    taken: list[Span],
    marks: Sequence[Span],
    kind: StatementKind = "direct",
) -> list[Draft]:
    _sentence, verb, speaker = frame
    while words.end > words.start and text[words.end - 1] in " \t\xa0" + DASHES:
        words = Span(words.start, words.end - 1)
    content = words.text(text)
    if len(content.split()) < 3 or content.endswith("?"):
        return []  # a question asked is not a statement
    if not _free(words, taken):
        return []  # another statement's words
    if any(t.overlaps(words) and not words.contains(t) for t in marks):
        return []  # a quote reaching outside the words: they are not the frame's
    if content[:1] in '"“«„':
        return []  # a quote opens the words: the quote rules frame it
    head = parse.deps(verb, "nsubj")
    return [
        Draft(
            kind=kind,
            content=[words],
            cue=parse.tokens[verb].span,
            cue_token=verb,
            speaker=speaker,
            speaker_token=head[0] if head else parse.token_at(speaker.end - 1),
            confidence=0.8,
            via="dash-frame",
        )
    ]
