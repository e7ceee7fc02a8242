"""Telegram digests: a header that names whose statements follow ("Главные заявления замглавы
Совбеза РФ:", "Главное из выступления Путина:", "Что ещё сказал пресс-секретарь президента
РФ:", "Основні тези Зеленського:"), then dash or bullet items, each that speaker's statement.

The header is a line ending in a colon whose last sentence is either a digest word and a noun of
saying (lexicon ``digest_heads``, ``digest_nouns``) with the speaker in the genitive after it,
"что"/"що" and a speech verb with the speaker after it, the speaker's name alone ("⚡️Путин:"), or
the speaker and a speech verb right after it ("Лавров заявил:"). A bare "Главное:" names its
speaker in the sentence before it, on its line or the line above: "(Ещё) из выступления Путина …"
(a noun of saying, the speaker in the genitive), or a speaker in the nominative that opens a
sentence of a speaking occasion or a speech verb ("Владимир Путин на пленарной сессии «Валдая».
Главное:", "Украинские СМИ сообщают о …"; lexicon ``digest_occasions``). Items run from the next
line while each non-blank line opens with a dash or a bullet; a line ending in a colon between
items is a topic subheading ("**О киевском режиме и Западе**"). A header naming no one ("Главное:"
after a report, "Главные тезисы:") gives nothing: its items are read by the other rules only.
"""

from __future__ import annotations

import re

from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.parse import SlavicParse
from reportedly.attribution.slavic.phrases import phrase_after
from reportedly.model import Span, Token

RULE = "ru-uk:digest"
_HEADER = re.compile(r"(?m)^[^\S\n]*(?P<head>[^\n]{4,160}?)[^\S\n]*:[^\S\n]*$")
_LINE = re.compile(r"(?m)^[^\n]*$")
# an item's marker: a dash, or a bullet sign (a pointing hand or a link opens channel furniture)
_ITEM = re.compile(r"[^\S\n]*(?:[-–—•▪◾◽▫■□●○◆◇►▸➖✔✅🔹🔸🔺🔻🔴🟢⚫⚪]\ufe0f?)+[^\S\n]*")
_ASKED = {"что", "що", "чём", "чем"}  # "Что ещё сказал президент:", "О чём говорил Путин:"
_ABOUT = {"о", "об", "про"}  # "О чём ещё говорил Путин", "Про що говорив Зеленський"
# words that may open the sentence naming a bare header's speaker: "Ещё из выступления …",
# "А теперь основное из речи …"
_LEADING = {"ещё", "еще", "также", "а", "теперь", "ще", "також", "і", "й", "тепер"}
_FROM = {"из", "з", "із", "зі"}
# rules whose verb takes a noun or infinitive complement: a digest item's own predicate
# ("Україна не визнає окупацію"), no frame that names another speaker
_NOT_FRAMES = {"ru-uk:complement", "ru-uk:request-phrase", "ru-uk:noun-cue"}


def digests(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, framed: list[SlavicDraft]
) -> list[SlavicDraft]:
    """The items of every digest in the (masked) ``text``, as its header's speaker's
    statements; an item whose own frame names a speaker (a speech draft of ``framed`` with
    its cue and speaker inside the item: "— Песков заявил, что …") is left to that frame."""
    drafts: list[SlavicDraft] = []
    headers = []
    for m in _HEADER.finditer(text):
        head = Span(m.start("head"), m.end("head"))
        found = _header(text, parse, lexicon, head) or _others_of(
            text, parse, lexicon, head, framed
        )
        if found is not None:
            headers.append((m.start(), m.end(), found))
    for n, (_, end, (cue, speaker, case)) in enumerate(headers):
        # "А теперь основное из речи Эрдогана:" between items: the next speaker's digest
        until = headers[n + 1][0] if n + 1 < len(headers) else len(text)
        for item in _items(text, end):
            if item.end > until:
                break
            if any(_own_frame(d, item) for d in framed):
                continue
            d = SlavicDraft("indirect", [item], RULE, speaker_case=case)
            d.cue, d.speaker = cue, speaker
            drafts.append(d)
    return drafts


def _header(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, head: Span
) -> tuple[Span | None, Span, str] | None:
    """The cue (None for a name alone), speaker and the speaker's case a header line names,
    or None."""
    ks = list(parse.tokens_in(head))
    if not ks:
        return None
    tokens = parse.tokens
    last = ks[-1]
    ks = [k for k in ks if tokens[k].sent == tokens[last].sent]  # "… обращением. Что сказал"
    ks = [k for k in ks if tokens[k].pos != "PUNCT" or tokens[k].text in {"-", "«", "»"}]
    while len(ks) > 2 and _folded(tokens[ks[0]].text) in _LEADING:
        ks = ks[1:]  # "А теперь основное из речи Эрдогана"
    if len(ks) > 2 and _folded(tokens[ks[0]].text) in _ABOUT and _asks(tokens[ks[1]]):
        ks = ks[1:]  # "О чём ещё говорил Владимир Путин": the question's word after "о"
    if len(ks) == 1 and _is_head(tokens[ks[0]], lexicon):
        return _named_before(text, parse, lexicon, ks[0])  # "… Валдай". Главное:"
    words = [k for k in ks if any(c.isalnum() for c in tokens[k].text)]
    if _name_alone(parse, words):  # "⚡️Путин:", "**Мария Захарова:**"
        return None, Span(tokens[words[0]].start, tokens[words[-1]].end), "Nom"
    said = _subject_and_verb(parse, lexicon, words)
    if said is not None:  # "Путин заявил:", "Зеленський представив мирний план:"
        return said
    if len(ks) < 2:
        return None
    first = tokens[ks[0]]
    stop = last + 1
    if _opens_digest(first, lexicon) or first.lemma.casefold() in lexicon.digest_nouns:
        # "Главное из заявлений Путина", "Главные заявления замглавы Совбеза РФ", "Другие
        # заявления Пескова", "Заявления Путина" (the noun of saying first)
        if first.lemma.casefold() in lexicon.digest_nouns:
            j: int | None = ks[0]
        else:
            j = ks[1] if tokens[ks[1]].pos != "ADP" else (ks[2] if len(ks) > 2 else None)
        if j is None or tokens[j].lemma.casefold() not in lexicon.digest_nouns:
            return None
        speaker = phrase_after(parse, j + 1, _before_topic(parse, j + 1, stop), case="Gen")
        if speaker is None or parse.token_at(speaker.start) != j + 1:
            return None  # "Главное из выступлений на форуме": no one named right after
        if tokens[j + 1].lemma.casefold() in lexicon.digest_unnamed:
            return None  # "Заявления сторон:": the items name their own speakers
        return tokens[j].span, speaker, "Gen"
    if _asks(first):
        # "Что ещё сказал пресс-секретарь президента РФ", "Що сказав Зеленський"
        verb = next((k for k in ks[1:3] if lexicon.acts.get(tokens[k].lemma) == "speech"), None)
        if verb is None:
            return None
        speaker = phrase_after(parse, verb + 1, _before_topic(parse, verb + 1, stop))
        if speaker is None or parse.token_at(speaker.start) != verb + 1:
            return None
        return tokens[verb].span, speaker, "Nom"
    return _closing_head(parse, lexicon, ks)


def _others_of(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, head: Span, framed: list[SlavicDraft]
) -> tuple[Span, Span, str] | None:
    """ "Экс-глава МИД Украины Кулеба: … \n\nДругие заявления:": a header of another word and
    a noun of saying alone is the speaker's whose statement ends in the paragraph right above
    it (one blank line between), or None."""
    tokens = parse.tokens
    ks = [k for k in parse.tokens_in(head) if any(c.isalnum() for c in tokens[k].text)]
    if len(ks) != 2 or not _opens_digest(tokens[ks[0]], lexicon):
        return None
    if tokens[ks[1]].lemma.casefold() not in lexicon.digest_nouns:
        return None
    before = [
        d
        for d in framed
        if d.speaker is not None and d.act == "speech" and d.content[-1].end <= head.start
    ]
    if not before:
        return None
    last = max(before, key=lambda d: d.content[-1].end)
    if last.speaker is None or text.count("\n", last.content[-1].end, head.start) > 2:
        return None
    return tokens[ks[1]].span, last.speaker, last.speaker_case


def _closing_head(
    parse: SlavicParse, lexicon: SlavicLexicon, ks: list[int]
) -> tuple[Span, Span, str] | None:
    """The cue, speaker and case of a header that ends in a head word and a noun of saying
    alone after a noun of saying with its speaker ("В Астане проходит пресс-конференция
    Путина по итогам саммита ОДКБ, главные заявления"), or None."""
    tokens = parse.tokens
    if len(ks) < 4 or not _opens_digest(tokens[ks[-2]], lexicon):
        return None
    if tokens[ks[-1]].lemma.casefold() not in lexicon.digest_nouns:
        return None
    for j in ks[:-3]:
        if tokens[j].lemma.casefold() not in lexicon.digest_nouns:
            continue
        speaker = phrase_after(parse, j + 1, _before_topic(parse, j + 1, ks[-2]), case="Gen")
        if speaker is not None and parse.token_at(speaker.start) == j + 1:
            return tokens[ks[-1]].span, speaker, "Gen"
    return None


def _name_alone(parse: SlavicParse, words: list[int]) -> bool:
    """Whether a header's words are a name and nothing else: up to four proper nouns, the
    first in the nominative ("Путин", "Владимир Путин")."""
    tokens = [parse.tokens[k] for k in words]
    if not 1 <= len(tokens) <= 4 or any(t.pos != "PROPN" for t in tokens):
        return False
    return "Case=" not in tokens[0].morph or "Case=Nom" in tokens[0].morph


def _subject_and_verb(
    parse: SlavicParse, lexicon: SlavicLexicon, words: list[int]
) -> tuple[Span, Span, str] | None:
    """The cue, speaker and case of a header that opens with its speaker and a speech verb
    ("Путин заявил", "Зеленський представив мирний план"), or None."""
    if len(words) < 2 or parse.tokens[words[0]].pos != "PROPN":
        return None
    verb = next((k for k in words[1:5] if parse.tokens[k].pos == "VERB"), None)
    if verb is None or lexicon.acts.get(parse.tokens[verb].lemma) != "speech":
        return None
    speaker = phrase_after(parse, words[0], verb)
    if (
        speaker is None
        or parse.token_at(speaker.start) != words[0]
        or parse.tokens[verb - 1].end != speaker.end  # the verb right after its subject
    ):
        return None
    return parse.tokens[verb].span, speaker, "Nom"


def _folded(word: str) -> str:
    """``word`` casefolded, a Latin "ë" typed for "ё" read as the Cyrillic letter ("чëм")."""
    return word.casefold().replace("\u00eb", "ё")


def _asks(tok: Token) -> bool:
    """Whether a header's word is the question's "что" (any case: "чём"; "що")."""
    return tok.lemma.casefold() in _ASKED or _folded(tok.text) in _ASKED


def _opens_digest(tok: Token, lexicon: SlavicLexicon) -> bool:
    """Whether a header's first word may stand before its noun of saying: a head word
    ("Главные", "Главное из") or another ("Другие", "несколько")."""
    return _is_head(tok, lexicon) or (
        tok.lemma.casefold() in lexicon.digest_others
        or tok.text.casefold() in lexicon.digest_others
    )


def _is_head(tok: Token, lexicon: SlavicLexicon) -> bool:
    return tok.lemma.casefold() in lexicon.digest_heads or tok.text.casefold() in (
        lexicon.digest_heads
    )


def _named_before(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, head: int
) -> tuple[Span, Span, str] | None:
    """The cue, speaker and case a bare header word (token ``head``) takes from the sentence
    before it, on its own line or the line above: "Ещё из выступления Путина на …" (the
    noun of saying, the genitive speaker), "Владимир Путин на пленарной сессии …" (the head
    word as the cue, the nominative speaker of a speaking occasion), or None."""
    tokens = parse.tokens
    words = [k for k in range(head) if any(c.isalnum() for c in tokens[k].text)]
    if not words:
        return None
    sent = tokens[words[-1]].sent
    gap = text[tokens[words[-1]].end : tokens[head].start]
    if gap.count("\n") > 2:
        return None  # the line above is not next to the header
    ks = [k for k in words if tokens[k].sent == sent]
    while ks and tokens[ks[0]].text.casefold() in _LEADING:
        ks = ks[1:]
    if ks and tokens[ks[0]].text.casefold() in _FROM:
        ks = ks[1:]
    if len(ks) < 2:
        return None
    j, end = ks[0], ks[-1] + 1
    if tokens[j].lemma.casefold() in lexicon.digest_nouns:
        speaker = phrase_after(parse, j + 1, _before_topic(parse, j + 1, end), case="Gen")
        if speaker is None or parse.token_at(speaker.start) != j + 1:
            return None
        return tokens[j].span, speaker, "Gen"
    speaker = phrase_after(parse, j, _before_topic(parse, j, end))
    if speaker is None or parse.token_at(speaker.start) != j:
        return None
    after = (tokens[k] for k in ks if tokens[k].start >= speaker.end)
    if not any(
        t.lemma in lexicon.digest_occasions or lexicon.acts.get(t.lemma) == "speech" for t in after
    ):
        return None  # "Зеленский посетил Херсон. Главное:": a visit, not what was said
    return tokens[head].span, speaker, "Nom"


def _before_topic(parse: SlavicParse, k: int, stop: int) -> int:
    """Where the speaker's phrase must end: before a preposition that opens the occasion or
    topic ("Путина на сессии ОДКБ", "президента о будущем лидере США"), else at ``stop``."""
    tokens = parse.tokens
    for j in range(k + 1, stop):
        if tokens[j].pos == "ADP":
            return j
    return stop


def _items(text: str, after: int) -> list[Span]:
    """The items that follow a header ending at ``after``: the text of each dash or bullet
    line, blank lines and topic subheadings before an item skipped."""
    items: list[Span] = []
    lines = [
        (line.start(), line.end())
        for line in _LINE.finditer(text, after + 1 if text[after : after + 1] == "\n" else after)
        if line.group().strip()
    ]
    for n, (start, end) in enumerate(lines):
        body = text[start:end].strip()
        marker = _ITEM.match(text, start, end)
        if marker is None or marker.end() == start:
            if _subheading(body) and n + 1 < len(lines) and _is_item(text, lines[n + 1]):
                continue  # "О киевском режиме и Западе": a topic between items
            break
        what = text[marker.end() : end].rstrip()
        if len(what.split()) < 3:
            break  # "— Подписаться", furniture after the last item
        items.append(Span(marker.end(), marker.end() + len(what)))
    return items


def _subheading(body: str) -> bool:
    """Whether a line between items is a topic's heading: short, no sentence's stop."""
    return len(body.split()) <= 10 and body[-1:] not in '.!?…»"'


def _is_item(text: str, line: tuple[int, int]) -> bool:
    marker = _ITEM.match(text, *line)
    return marker is not None and marker.end() > line[0]


def _own_frame(d: SlavicDraft, item: Span) -> bool:
    """Whether draft ``d`` is an item's own attribution: a speech cue and its speaker both
    inside the item, the speaker before the content ("— Зеленский заявил, что …", "— Песков:
    …"; not "— …, согласно доктринальным документам России", a source the speaker cites)."""
    if d.act != "speech" or d.speaker is None or not item.contains(d.speaker):
        return False
    if d.rule in _NOT_FRAMES:
        return False  # "— Україна не визнає окупацію …": the item's subject acts, it says
    return (d.cue is None or item.contains(d.cue)) and d.speaker.start < d.extent.start
