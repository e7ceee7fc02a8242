"""Headline attributions: "Боррель: Украина получила разрешение …", "Источники Reuters: …",
and a line closed by its source: "Війна проти пандемії може затягнутися — FT", "… — The
Washington Post".

Russian and Ukrainian news (and Telegram posts, whose first line is a bold headline) put
the speaker before a colon and the paraphrased statement after it. A line is read so when
what precedes the colon is short, has no verb, and names someone: a name the NER found,
proper nouns only, a role noun of the lexicon, or "источник"/"джерело".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from reportedly.attribution.slavic._text import DASH_CLASS, trim
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.headline_roles import role_closed
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.attribution.slavic.relayed import RULE as CITING_RULE
from reportedly.model import Annotation, Span

CONFIDENCE = 0.6
RULE = "ru-uk:headline"
_MAX_CITED_WORDS = 8
# a Telegram channel's tag after a line's source ("…, — Путин. @ecotopor"): no part of it
_HANDLE = r"(?:[^\S\n]+@\w+)?"
_LINE = re.compile(r"(?m)^[^\w\n«]*(?P<who>[^\n:]{2,60}?):[ \t]+(?P<what>[^\n«„\"].+)$")
_SOURCES = {"источник", "источники", "джерело", "джерела"}
# marks that open a quote before a colon (_LINE stops at «)
_QUOTES = MARKS - {"«", "»"}
# "<headline> — FT", "… ТРАНСФОРМАЦИИ - МИНИСТР": a whole line closed by a dash and one word
# in capitals (an acronym, "ЗМІ", or a role written in capitals as headlines do); a news
# feed's time before it ("01:45 …") is no part of the statement
_SOURCE_AFTER = re.compile(
    r"(?m)^[^\S\n]*(?:\d{1,2}:\d{2}[^\S\n]+)?(?P<what>[^\n]{15,200}?)[^\S\n]+"
    + DASH_CLASS
    + r"[^\S\n]+"
    r"(?P<who>[A-ZА-ЯЁІЇЄҐ]{2,12})[^\S\n.]*\.?" + _HANDLE + r"[^\S\n]*$"
)
_LEAD = re.compile(r"[^\w«\"„“\n]+")  # marks and emoji before a headline's first word
_CLOCK = re.compile(r"\d{1,2}:\d{2}[^\S\n]+")  # a news feed's time of day before it
_TOPIC = {"о", "об", "обо", "про", "что", "как", "як", "що", "кто", "хто"}
# "<headline> — The Washington Post", "… — Reuters": a line closed by a dash and a name of up
# to four words, read only when the outlet registry knows the name; an outlet's kind noun may
# come before it ("… — газета Times")
_OUTLET_AFTER = re.compile(
    r"(?m)^[^\S\n]*(?:\d{1,2}:\d{2}[^\S\n]+)?(?P<what>[^\n]{15,200}?)[^\S\n]+"
    + DASH_CLASS
    + r"[^\S\n]+(?:(?P<kind>[а-яёіїєґ]+)[^\S\n]+)?"
    r"(?P<who>[A-ZА-ЯЁІЇЄҐ][\w'’.-]*(?:[^\S\n]+[\w'’.-]+){0,3})" + _HANDLE + r"[^\S\n]*$"
)
# "<headline> - Байден", "… — губернатор Лимаренко": a line closed by a dash and a person's
# name, a lower-case role before it at most (the name is the speaker, as in the gold); a
# post's line of two sentences may be longer than a headline
_NAME_AFTER = re.compile(
    r"(?m)^[^\S\n]*(?P<what>[^\n]{15,400}?)[^\S\n]+" + DASH_CLASS + r"[^\S\n]+"
    r"(?:[а-яёіїєґ'’-]+[^\S\n]+){0,2}"
    r"(?P<who>[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:[^\S\n]+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?)[^\S\n.]*\.?"
    + _HANDLE
    + r"[^\S\n]*$"
)

# "**Взрывы в Киеве**, — украинские СМИ.", "… — местные СМИ", "… - источник 112", "… —
# власти": a line closed by the media, sources or authorities it comes from, a lower-case word
# or two before them; the line may name no verb (a report of what happened is their statement)
_MEDIA_AFTER = re.compile(
    r"(?m)^[^\S\n]*(?:\d{1,2}:\d{2}[^\S\n]+)?(?P<what>[^\n]{10,200}?)[^\S\n]*,?[^\S\n]+"
    + DASH_CLASS
    + r"[^\S\n]+(?P<who>(?:[а-яёіїєґ'’-]+(?:ие|ые|ий|ый|і)[^\S\n]+){0,2}"
    r"(?:СМИ|ЗМІ|источники|источник|джерела|джерело|власти|влада)(?:[^\S\n]+[\w-]+)?)[^\S\n.]*\.?"
    + _HANDLE
    + r"[^\S\n]*$"
)


# "RMF24", "USA Today": a name in Latin script (up to three words) closing a Cyrillic line
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z0-9'’&-]*(?: [A-Z][A-Za-z0-9'’&-]*){0,2}")

# '"Буде вакцина ще одного виробника": Степанов розповів про …', "«…»: Залужный заявил о …":
# a line that opens with a quote closed right before a colon, then a name and its verb
_QUOTE_FIRST = re.compile(
    r'(?m)^[^\w\n«"“„]*[«"“„](?P<said>[^\n«»"“”„]{5,200}?)[»"“”]:[^\S\n]+'
    r"(?P<who>[A-ZА-ЯЁІЇЄҐ][\w'’-]+(?:[^\S\n]+[A-ZА-ЯЁІЇЄҐ][\w'’-]+)?)[^\S\n]+"
    r"(?P<verb>[а-яёіїєґ'’]+)"
)

# "Сообщается, что …": a passive cue and "что" opening a line the media close
_PASSIVE_THAT = re.compile(r"\w+,\s*(?:что|що)\s+")

# a topic before a colon that opens a closed-by-source line: a few words, no verb-like ending
_TOPIC_PREFIX = re.compile(r"[^:.!?\n]{3,50}:[^\S\n]+(?=\S)")


def headlines(
    text: str,
    parse: SlavicParse,
    annotation: Annotation,
    lexicon: SlavicLexicon,
    is_outlet: Callable[[str], bool],
) -> list[SlavicDraft]:
    """Statements of "Speaker: content" lines (a masked text: markdown is blank), and of
    lines closed by their source (``is_outlet`` says which names after a dash are outlets)."""
    drafts: list[SlavicDraft] = []
    names = [m.span for m in annotation.entities if m.label in {"PERSON", "ORG"}]
    surnames = {
        m.span.text(text).split()[-1] for m in annotation.entities if m.label == "PERSON"
    } - {""}
    for m in _LINE.finditer(text):
        who = trim(text, Span(m.start("who"), m.end("who")), " \t*_")
        what = trim(text, Span(m.start("what"), m.end("what")), " \t*_.")
        who = _before_occasion(parse, who, lexicon)  # "Зеленский в интервью Sky News: …"
        words = who.text(text).split()
        if not words or len(words) > 6 or not words[0][:1].isupper():
            continue
        if any(q in text[m.start() : who.start] for q in _QUOTES):
            continue  # '"Неймовірне повернення": Трамп …' opens with a quote, as «…» does
        said = what.text(text).split()
        if len(said) < 3 or said[0].lower() in _TOPIC:
            continue  # "Ангела Меркель: о Путине, Трампе …" names a topic, not a statement
        tokens = [parse.tokens[k] for k in parse.tokens_in(who)]
        if not tokens or any(t.pos in {"VERB", "AUX"} for t in tokens):
            continue
        lemmas = [t.lemma.casefold() for t in tokens]
        if len(words) == 1 and words[0].casefold() in lexicon.source_labels | lexicon.line_labels:
            continue  # "Источник: © РИА Новости", "UPD: …": a label, not a headline
        source = lemmas[0] in _SOURCES
        if not source and any(t.pos == "ADP" for t in tokens):
            continue  # "Протесты в Тбилиси", "Украинский МИД о …": a topic, not a speaker
        # the phrase opens with a person's or body's name: "Протесты", "Выборы" are topics
        named = (
            any(n.start == who.start and who.contains(n) for n in names)
            or (tokens[0].pos == "PROPN" and "Case=Nom" in tokens[0].morph)
            or tokens[0].text in surnames  # "Зеленский: …" over "… Владимир Зеленский заявил"
            or (tokens[0].text.isupper() and len(tokens[0].text) > 1)  # "ВВС Украины: …"
            or is_outlet(who.text(text))  # "The Economist: …", whose "The" the tagger misreads
        )
        if not (named or source or " ".join(lemmas) in lexicon.anaphors):
            continue
        d = SlavicDraft("indirect", [what], RULE, confidence=CONFIDENCE)
        d.speaker = who
        drafts.append(d)
    persons = [m.span for m in annotation.entities if m.label == "PERSON"]
    # "… - Мадсен" over "… Стейнара Мадсена" below: a surname named in another case
    surnames |= {
        parse.tokens[ks[-1]].lemma.casefold() for p in persons if (ks := parse.tokens_in(p))
    }
    drafts += _quote_first(text, parse, lexicon, persons, surnames)
    # "<headline> — Reuters со ссылкой на источники": the line read without its citing tail,
    # and the cited source's statement nested in the outlet's
    tails = _citing_tails(text, lexicon)
    for m in tails:
        text = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
    closed = _closed_by_source(
        text,
        parse,
        annotation,
        persons,
        surnames,
        is_outlet,
        lexicon.outlet_anaphors,
        lexicon.document_verbs,
    )
    for d in list(closed):
        tail = next((m for m in tails if d.extent.end <= m.start() <= d.extent.end + 80), None)
        if tail is None or d.speaker is None or "\n" in text[d.speaker.end : tail.start()]:
            continue
        nested = SlavicDraft(d.kind, list(d.content), CITING_RULE, confidence=CONFIDENCE)
        nested.cue = Span(tail.start("cue"), tail.end("cue"))
        nested.speaker = Span(tail.start("cited"), tail.end("cited"))
        nested.speaker_case, nested.via = "Acc", d
        closed.append(nested)
    taken = [c for d in drafts + closed for c in d.content]
    paired = lambda m: _pair(parse, m.end("what")) or _slot(text, parse, m)  # noqa: E731
    closed += role_closed(text, parse, persons, lexicon, taken, RULE, CONFIDENCE, paired)
    return drafts + closed


def _before_occasion(parse: SlavicParse, who: Span, lexicon: SlavicLexicon) -> Span:
    """The speaker of "Зеленский в интервью Sky News: …", "Лавров на пресс-конференции: …":
    the words before a preposition that opens the occasion of speech (the lexicon's
    ``speech_occasions``, within three words of it); ``who`` itself when there is none."""
    tokens = [parse.tokens[k] for k in parse.tokens_in(who)]
    for k, t in enumerate(tokens[1:], 1):
        if t.pos != "ADP":
            continue
        if any(u.lemma.casefold() in lexicon.speech_occasions for u in tokens[k + 1 : k + 4]):
            return Span(who.start, tokens[k - 1].end)
        return who
    return who


def _citing_tails(text: str, lexicon: SlavicLexicon) -> list[re.Match[str]]:
    """The "со ссылкой на X" / "з посиланням на X" that close a line, X up to eight words."""
    phrases = [p for p in lexicon.citing if p.split()[-1] == "на"]
    if not phrases:
        return []
    cue = "|".join(map(re.escape, sorted(phrases, key=len, reverse=True)))
    tail = re.compile(
        rf"(?im)[^\S\n]+(?P<cue>{cue})[^\S\n]+(?P<cited>[^\s.,;:!?—–-][^\n.,;:!?—–]{{1,80}}?)"
        r"[^\S\n.]*\.?" + _HANDLE + r"[^\S\n]*$"
    )
    return [m for m in tail.finditer(text) if len(m.group("cited").split()) <= _MAX_CITED_WORDS]


def _quote_first(
    text: str, parse: SlavicParse, lexicon: SlavicLexicon, persons: list[Span], surnames: set[str]
) -> list[SlavicDraft]:
    """Direct statements of lines that open with a quote and a colon, then a person's name
    and a speech verb ('"…": Степанов розповів про …'): the quote is the person's, the verb
    its cue; what the verb says after it is its own statement, read by the other rules."""
    drafts: list[SlavicDraft] = []
    for m in _QUOTE_FIRST.finditer(text):
        who = Span(m.start("who"), m.end("who"))
        k = parse.token_at(m.start("verb"))
        if k is None or parse.tokens[k].start != m.start("verb"):
            continue
        verb = parse.tokens[k]
        if lexicon.act(verb.lemma) != "speech" or not verb.text.islower():
            continue
        last = parse.tokens_in(who)
        lemma = parse.tokens[last[-1]].lemma.casefold() if last else ""
        named = any(p.contains(who) or who.contains(p) for p in persons)
        if not (named or who.text(text).split()[-1] in surnames or lemma in surnames):
            continue
        said = trim(text, Span(m.start("said"), m.end("said")), " \t")
        if len(said.text(text).split()) < 2:
            continue  # '"Нафтогаз": …' names a company, says nothing
        d = SlavicDraft("direct", [said], RULE, confidence=CONFIDENCE)
        d.cue, d.cue_token, d.speaker = Span(verb.start, verb.end), k, who
        drafts.append(d)
    return drafts


def _closing_name(text: str, m: re.Match[str]) -> bool:
    """Whether a sentence ending "— Name." closes a post's line with its speaker, as
    Telegram writes it ("…, — Путин.", "… через Шольца — Песков."): an em dash, no quote's
    close before it (that is a quote's frame; not a quote that opened inside the line: "…
    безответственны, они «пороха не нюхали», — Лавров."), unlike an apposition in running
    text ("нардепа – Софії Мірошниченко.")."""
    between = text[m.end("what") : m.start("who")]
    return "—" in between and not _quote_line(text, m)


def _quote_line(text: str, m: re.Match[str]) -> bool:
    """Whether the line before a dash is a quote: it ends in a closing mark and opens with one
    (after marks and emoji), the frame rule's («…», — Лавров); "… они «пороха не нюхали»" is
    a line that holds a quote."""
    what = text[m.start("what") : m.end("what")]
    if what.rstrip(" \t*_,")[-1:] not in MARKS:
        return False
    lead = _LEAD.match(what)
    return what[lead.end() if lead is not None else 0 :][:1] in MARKS


def _predicate(parse: SlavicParse, what: Span) -> bool:
    """Whether a line says something: a verb, or a short adjective as its predicate ("Кремль
    пока знаком с данными …", "Заявления … безответственны")."""
    tokens = [parse.tokens[k] for k in parse.tokens_in(what)]
    return any(
        t.pos in {"VERB", "AUX"} or (t.pos == "ADJ" and "Variant=S" in t.morph) for t in tokens
    )


def _set_off(text: str, m: re.Match[str]) -> bool:
    """Whether the speaker after a line's dash is set off by a comma and an em dash, as
    Telegram closes a line with its source ("…**, — Захарова.")."""
    between = text[m.end("what") : m.start("who")]
    return "—" in between and text[m.start("what") : m.end("what")].rstrip(" \t*_").endswith(",")


def _pair(parse: SlavicParse, dash: int) -> bool:
    """Whether the word before the dash at ``dash`` is a nominative name, the first of a
    pair or range ("Красноград – Лозова", "Москва — Пекин") rather than a headline's end."""
    k = parse.token_at(dash)
    if k is None or k == 0:
        return False
    t = parse.tokens[k - 1]
    return t.pos in {"PROPN", "NOUN", "X"} and t.text[:1].isupper() and parse.has_case(t, "Nom")


def _slot(text: str, parse: SlavicParse, m: re.Match[str]) -> bool:
    """Whether the dash pairs a slot with who fills it, the last of a list ("…, министра
    труда — Лори Чавес-Деример, на должность министра … — бывший футболист Скотт Тернер"): the
    clause before it, after a comma, opens with a preposition and has no predicate, and a
    pair of the same kind comes before ("… ответ будет жестким, по всем центрам — Медведев"
    stays Medvedev's)."""
    comma = text.rfind(",", m.start("what"), m.end("what"))
    if comma < 0 or not re.search(r"\s[—–]\s", text[m.start("what") : comma]):
        return False
    clause = Span(comma + 1, m.end("what"))
    ks = parse.tokens_in(clause)
    return bool(ks) and parse.tokens[ks[0]].pos == "ADP" and not _predicate(parse, clause)


def _closed_by_source(
    text: str,
    parse: SlavicParse,
    annotation: Annotation,
    persons: list[Span],
    surnames: set[str],
    is_outlet: Callable[[str], bool],
    outlet_kinds: frozenset[str] = frozenset(),
    document_verbs: frozenset[str] = frozenset(),
) -> list[SlavicDraft]:
    """Statements of "<headline> — FT" and "<headline> - Байден" lines: the line says
    something (a verb, three words or more, no stop inside) and its last word, in capitals,
    or the person named after the dash is who says it."""
    drafts: list[SlavicDraft] = []
    found = list(_SOURCE_AFTER.finditer(text))
    bodies = [m.span for m in annotation.entities if m.label in {"ORG", "GPE"}]
    orgs = [m.span for m in annotation.entities if m.label == "ORG"]
    lines = {m.start() for m in found}
    for m in _NAME_AFTER.finditer(text):
        who = Span(m.start("who"), m.end("who"))
        if m.start() in lines:
            continue  # "… — FT" read already
        role = parse.tokens_in(Span(m.end("what"), who.start))
        if any(parse.tokens[k].pos in {"VERB", "AUX"} for k in role):
            continue  # '"…", - заявил Остин.': a quote's frame (quote_frames.py)
        if _pair(parse, m.end("what")) or _slot(text, parse, m):
            continue  # "на дільниці Красноград – Лозова.": two places, no speaker
        if text[m.end("who") : m.end()].strip() == "." and not _closing_name(text, m):
            continue  # "дісталась третьому підприємцеві – Аветяну Арі.": an apposition
        named = any(p.contains(who) or who.contains(p) for p in persons)
        last = parse.tokens_in(who)
        lemma = parse.tokens[last[-1]].lemma.casefold() if last else ""
        # "…, — Кремль.": a body the NER found, alone after a comma and an em dash (not "…, —
        # украинские СМИ.", the media rule's)
        alone = not text[m.end("what") : who.start].strip(" \t\xa0—–-")
        body = alone and _set_off(text, m) and any(b == who for b in bodies)
        # "… на Украине — Пентагон": an organisation after an em dash, no comma, in Russian
        em = parse.lang == "ru" and "—" in text[m.end("what") : who.start]
        body = body or (alone and em and any(b == who for b in orgs))
        if named or body or who.text(text).split()[-1] in surnames or lemma in surnames:
            found.append(m)
            lines.add(m.start())
    for m in _OUTLET_AFTER.finditer(text):
        who_text = m.group("who").rstrip(".")
        if m.group("kind") is not None and m.group("kind").casefold() not in outlet_kinds:
            continue  # "… — сказал Reuters": a frame, not an outlet's kind noun
        # "…**, — RMF24.", "**…** — Forbes": a Latin name after a comma or a bold headline
        # (its marks blanked by the markdown mask: blanks around the dash) and a dash, an
        # outlet the registry lacks (not "… камерами — Samsung Galaxy", a product)
        gap = text[m.end("what") : m.start("who")]
        set_off = m.group("what").rstrip().endswith(",") or gap.count(" ") >= 4
        unlisted = set_off and _LATIN_NAME.fullmatch(who_text)
        if m.start() not in lines and (is_outlet(who_text) or unlisted):
            found.append(m)  # "… — The Washington Post"
    media = [m for m in _MEDIA_AFTER.finditer(text) if m.start() not in lines]
    for m in found + media:
        what = trim(text, Span(m.start("what"), m.end("what")), " \t\xa0*_,")
        lead = _LEAD.match(text, what.start, what.end)  # "❗️Байден разрешил …"
        what = Span(lead.end(), what.end) if lead is not None else what
        clock = _CLOCK.match(text, what.start, what.end)  # "11:35 Британія вийде …": a feed's
        what = Span(clock.end(), what.end) if clock is not None else what
        said = what.text(text)
        topic = _TOPIC_PREFIX.match(said)
        if topic is not None:  # "Вибори президента США: у Джорджії перерахують голоси, - NYT"
            what = Span(what.start + topic.end(), what.end)
            said = what.text(text)
        # a stop inside: running text, not a line closed by its source; a line closed by
        # media or sources may hold two sentences ("**Зеленский подписал закон … . Он вступит
        # в силу с 1 декабря**, — украинские СМИ.")
        # a line set off by a comma and an em dash from a person's name may too ("⚡️В случае
        # … с ядерным оружием. Все, что … превращается в пыль, — Путин.")
        stop = re.search(r"[.!?…]\s", said) and m not in media and not _set_off(text, m)
        if len(said.split()) < 3 or stop or re.search(r":(?!\d)", said):
            continue
        verb = _predicate(parse, what)
        # "**Диалог возможен только …**, — Захарова.": set off by a comma and an em dash,
        # a line closed by a name needs no verb
        if not verb and m not in media and not _set_off(text, m):
            continue
        if m in media and (said[-1:] in MARKS or re.search(r",\s*(?:что|що)\b", said)):
            # "«…», — подчеркнул источник": a quote's frame (quote_frames.py); "Заявил, что
            # …, — СМИ": the cue's own statement (rules.py); "Сообщается, что …, — СМИ": a
            # passive with no source of its own, the media's (what "что" opens)
            opened = _PASSIVE_THAT.match(said)
            k = parse.token_at(what.start)
            if said[-1:] in MARKS or opened is None or k is None:
                continue
            if parse.tokens[k].lemma.casefold() not in document_verbs:
                continue
            what = Span(what.start + opened.end(), what.end)
        d = SlavicDraft("direct", [what], RULE, confidence=CONFIDENCE)
        d.speaker = trim(text, Span(m.start("who"), m.end("who")), ".")  # "— Le Monde."
        drafts.append(d)
    return drafts
