"""Content told before its frame: "<lead>. Об этом заявил X.", "<lead>. Про це повідомляє X."

A sentence that opens with one of the lexicon's ``about_this`` phrases ("об этом", "про це")
points back to the sentence before it, the lead: each speech verb of that line makes a
statement of the lead, its speaker the verb's subject or the phrase after the verb ("Об этом
пишет ТАСС", "Про це повідомляє Sky News, передає УНН"). An impersonal verb ("Об этом
сообщается") or a reporter's name lost before a citing phrase ('повідомляє " " з посиланням
на ВВС') leaves the statement with no speaker. A line whose speaker comes before the verb
("Про це Барньє заявив …") or is a pronoun ("Про це він написав") repeats the lead's own
speaker and adds no statement.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._text import EDGE_AND_STOP, trim
from reportedly.attribution.slavic.bodies import located_body, located_document, owner_end
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.leads import lead_start
from reportedly.attribution.slavic.lost_outlets import name_lost
from reportedly.attribution.slavic.phrases import (
    RELATIVE,
    SlavicParse,
    phrase_after,
    phrase_before,
    subject,
)
from reportedly.attribution.slavic.quoted import NAME_WORDS
from reportedly.attribution.slavic.sites import site_owner
from reportedly.attribution.slavic.time_phrases import AT, date_end, time_word
from reportedly.model import Span, Token

if TYPE_CHECKING:
    from reportedly.attribution.slavic.rules import Rules

RULE = "ru-uk:about-this"
_QUOTES = set('"«»„“”')
_THAT_WORDS = {"что", "що"}
_THAT_GAP = 5  # the most words from the comma closing "О том, что …" to its speech verb
_PASSIVE = ("ться", "ется", "ится", "ється", "иться", "ются", "ються", "ятся")


def about_this(rules: Rules, used: set[int]) -> list[SlavicDraft]:
    """The statements of lines that point back to the sentence before ("об этом", "про це")."""
    tokens = rules.parse.tokens
    drafts: list[SlavicDraft] = []
    for k in range(1, len(tokens)):
        start = _opening(rules, k)  # the sentence's first token: k, or "Як передає X," before
        n = next((len(p) for p in rules.lexicon.about_this if _opens(tokens, k, p)), 0)
        if not n or k + n >= len(tokens):
            continue
        if tokens[k + n].text == ",":
            # "О том, что C, сообщило агентство": it points on to its clause, C the content
            # (at a sentence's start only: "заява про те, що C, не відповідає …" is a noun's)
            if tokens[k - 1].sent != tokens[k].sent:
                drafts += _that_clause_first(rules, used, k + n)
            continue
        if start is None and tokens[k - 1].text in {",", "—", "–"}:
            # "… есть пострадавший, об этом сообщила городская администрация."
            first = k - 1
            while first > 0 and tokens[first - 1].sent == tokens[k].sent:
                first -= 1
            content = trim(
                rules.text, Span(tokens[first].start, tokens[k - 1].start), EDGE_AND_STOP
            )
            if first < k - 1 and len(rules.text[content.start : content.end].split()) >= 3:
                drafts += _line(rules, used, k + n, content)
            continue
        if start is None or start == 0:
            continue
        if tokens[start - 1].text.endswith("?"):
            continue  # "Кто такой Кит Келлог? Об этом рассказывает X": a topic, no claim
        first = start - 1
        while first > 0 and tokens[first - 1].sent == tokens[start - 1].sent:
            first -= 1
        first = lead_start(rules, first, start)  # the paragraph before a line of its own
        content = trim(rules.text, Span(tokens[first].start, tokens[start - 1].end), EDGE_AND_STOP)
        if len(rules.text[content.start : content.end].split()) < 3:
            continue
        drafts += _line(rules, used, k + n, content)
        for j in range(start + 1, k):  # "Як передає кореспондент Укрінформ, про це …"
            if rules._is_cue(j) and j not in used:
                d = _draft(rules, j, content)
                if d is not None:
                    drafts.append(d)
                break
    return drafts


def _that_clause_first(rules: Rules, used: set[int], comma: int) -> list[SlavicDraft]:
    """The statement of "О том, что C, <verb> X" / "Про те, що C, X <verb>": a cue verb a
    few words after the comma that closes C ("О том, что ЦЕРН не продлит соглашение,
    организация объявила в декабре"); none when the clause asks ("О том, что происходит,
    расскажет X" is future, "Про те, які …" no "що") or no verb follows."""
    tokens, text = rules.parse.tokens, rules.text
    that = comma + 1
    if that + 1 >= len(tokens) or tokens[that].text.casefold() not in _THAT_WORDS:
        return []
    closing: int | None = None
    for j in range(that + 1, len(tokens)):
        t = tokens[j]
        if t.sent != tokens[that].sent or t.text in _QUOTES:
            return []
        if t.text == ",":
            closing = j
            continue
        if closing is None or j - closing > _THAT_GAP or not rules._is_cue(j) or j in used:
            continue
        if t.text.casefold().endswith(_PASSIVE):
            return []  # "Про те, що C, багато говориться": a passive, nobody's statement
        content = trim(text, Span(tokens[that + 1].start, tokens[closing].start), EDGE_AND_STOP)
        d = _draft(rules, j, content)
        if d is None:
            return []
        before = phrase_before(rules.parse, j)
        if before is not None and before.start > tokens[closing].start:
            d.speaker = before  # "…, организация объявила": the subject before the verb
        return [d]
    return []


def _opening(rules: Rules, k: int) -> int | None:
    """The first token of token ``k``'s sentence when ``k`` opens it, or opens what follows
    a "как/як" clause that does ("Як передає Укрінформ, про це сказав …"); else None."""
    tokens = rules.parse.tokens
    if tokens[k - 1].sent != tokens[k].sent:
        return k
    if tokens[k - 1].text != ",":
        return None
    start = k - 1
    while start > 0 and tokens[start - 1].sent == tokens[k].sent and k - start < 10:
        start -= 1
    first = tokens[start]
    opens = start == 0 or tokens[start - 1].sent != tokens[k].sent
    if not opens or first.text.lower() not in {"как", "як"}:
        return None
    return start


def _opens(tokens: Sequence[Token], k: int, phrase: tuple[str, ...]) -> bool:
    words = tokens[k : k + len(phrase)]
    pairs = zip(words, phrase, strict=False)
    return len(words) == len(phrase) and all(p in (w.text.casefold(), w.lemma) for w, p in pairs)


def _line(rules: Rules, used: set[int], k: int, content: Span) -> list[SlavicDraft]:
    """One draft per speech verb of the line from token ``k`` on ("…, передає УНН")."""
    parse, tokens = rules.parse, rules.parse.tokens
    found: list[SlavicDraft] = []
    for j in range(k, rules._last(k) + 1):
        if not rules._is_cue(j):
            continue
        before = phrase_before(parse, j)
        oblique = before is not None and _after_oblique_noun(parse, before)
        if oblique and j not in used and rules.lexicon.act(tokens[j].lemma) == "speech":
            d = _draft(rules, j, content)  # "Про це в ефірі радіо повідомила експерт X"
            if d is not None and d.speaker is not None and d.speaker.start > tokens[j].start:
                found.append(d)
                continue
        if before is not None and before.start >= tokens[k].start and not _after_adp(parse, before):
            after = subject(parse, j)  # "Об этом РИА Новости рассказал командир": told to
            if after is None or after.start < tokens[j].end:
                if parse.token_at(before.start) != k or _in_lead(rules, before, content):
                    break  # "Про це Барньє заявив": the lead's own speaker
                # "Про це глава Європейської Ради Шарль Мішель … заявив": his, of the lead
                d = _draft(rules, j, content) if j not in used else None
                if d is not None and rules.lexicon.act(tokens[j].lemma) == "speech":
                    d.speaker = before
                    found.append(d)
                continue
        if j not in used and rules.lexicon.act(tokens[j].lemma) == "speech":
            d = _draft(rules, j, content)
            if d is not None and not _lead_speaker_after(rules, j, d.speaker, content):
                found.append(d)
    return found


def _lead_speaker_after(rules: Rules, j: int, speaker: Span | None, lead: Span) -> bool:
    """Whether the subject right after a "Про це" line's verb ``j`` is the lead's own
    speaker: its last word's stem stands in the lead before the lead's first cue ('У
    "Нафтогазі" назвали … . Про це повідомляє прес-служба Нафтогазу'), so the line adds no
    statement."""
    tokens = rules.parse.tokens
    if speaker is None or j + 1 >= len(tokens) or speaker.start != tokens[j + 1].start:
        return False  # a speaker found elsewhere (a lost outlet's) is another rule's
    words = rules.text[speaker.start : speaker.end].split()
    names = [w.strip("«»\"'“”") for w in words if w[:1].isupper() or w[:1] in '«"“']
    if not names or not names[-1]:
        return False
    parse = rules.parse
    first, last = parse.token_at(lead.start), parse.token_at(lead.end - 1)
    if first is None or last is None:
        return False
    cue = next((i for i in range(first, last + 1) if rules._is_cue(i)), None)
    if cue is None:
        return False
    name = names[-1].casefold()
    stem = name[: max(4, len(name) - 2)]
    return stem in rules.text[lead.start : parse.tokens[cue].start].casefold()


def _in_lead(rules: Rules, speaker: Span, lead: Span) -> bool:
    """Whether the subject before a "Про це" line's verb is the lead's own speaker: a pronoun,
    a name whose last word's stem the lead holds ("… Барньє запропонував … . Про це Барньє
    заявив"), or a title with no name after a lead holding a cue of its own."""
    words = rules.text[speaker.start : speaker.end].split()
    if not words or " ".join(words).lower() in rules.lexicon.pronouns:
        return True
    last = words[-1].casefold()
    stem = last[: max(4, len(last) - 2)]
    if stem in rules.text[lead.start : lead.end].casefold():
        return True
    # "Трамп закликав … . Про це президент США написав": a title for the lead's speaker
    named = any(w[:1].isupper() and not w.isupper() for w in words[1:])
    lead_tokens = range(
        rules.parse.token_at(lead.start) or 0, rules.parse.token_at(lead.end - 1) or 0
    )
    # a belief or intent verb of its own ("Си рассчитывает на «плавный транзит». Об этом
    # китайский лидер заявил …") leaves the lead the line's statement
    return not named and any(
        rules._is_cue(i) and rules.lexicon.act(rules.parse.tokens[i].lemma) == "speech"
        for i in lead_tokens
    )


def _draft(rules: Rules, j: int, content: Span) -> SlavicDraft | None:
    """The statement of cue ``j``, or None when its speaker is a pronoun or not found."""
    parse, tokens, lexicon = rules.parse, rules.parse.tokens, rules.lexicon
    d = SlavicDraft("indirect", [content], RULE)
    rules._fill_cue(d, j)
    t = tokens[j]
    if lexicon.is_document_cue(t):  # "Об этом говорится в сообщении ведомства"
        d.speaker = located_document(parse, j, lexicon)
    nobody = t.tag.startswith("PRTS") or t.lemma in lexicon.impersonal
    owner = site_owner(tokens, j + 1, lexicon) if d.speaker is None else None
    passive = nobody or lexicon.is_document_cue(t) or t.text.casefold().endswith(_PASSIVE)
    if owner is not None and passive:
        # "Про це повідомляється на сайті Хмельницького відділення АМКУ": the site's owner
        d.speaker = Span(tokens[owner].start, tokens[owner_end(parse, owner, t.sent) - 1].end)
    if lexicon.is_document_cue(t) or nobody or d.speaker is not None:
        return d  # "Об этом сообщается": nobody
    start = j + 1
    while start < len(tokens) and tokens[start].text in _QUOTES:
        start += 1
    start = _past_date(parse, start)  # "передає у п'ятницю, 15 січня, Reuters"
    if _cites(rules, start):
        return d  # 'повідомляє " " з посиланням на ВВС': the reporter's name is lost
    if t.lemma in lexicon.outlet_verbs and name_lost(rules.text, parse, j, quote=False):
        d.name_lost = True  # "Про це повідомили у Ryanair, передає\n\n": it reports theirs
        return d
    stop = _clause_end(parse, start)
    # "Об этом сообщили в Министерстве обороны": the body "в X" beside a plural verb
    speaker = subject(parse, j) or located_body(parse, j, lexicon.bodies)
    if speaker is None and start < stop:
        speaker = phrase_after(parse, start, stop)
    if speaker is not None and "\n" in rules.text[min(t.end, speaker.start) : speaker.start]:
        speaker = None  # "Про це пише\n\nУ Ryanair заявили": the name was lost, not the next line
    if speaker is not None and _in_quoted_words(rules, t.end, speaker):
        speaker = None  # 'Про це повідомляє "Активи лишатимуться …"': the name lost before words
    if speaker is not None:
        words = rules.text[speaker.start : speaker.end].lower()
        if words in lexicon.pronouns or words in RELATIVE:
            return None
    d.speaker = speaker
    return d


def _in_quoted_words(rules: Rules, after: int, speaker: Span) -> bool:
    """Whether ``speaker`` lies in a quote opening after offset ``after`` that is too long
    for a name in quote marks (``quoted.NAME_WORDS``): someone's words, not who says them."""
    return any(
        q.outer.start >= after
        and q.inner.contains(speaker)
        and len(rules.text[q.inner.start : q.inner.end].split()) > NAME_WORDS
        for q in rules.quotes
    )


def _cites(rules: Rules, k: int) -> bool:
    """Whether the words from token ``k`` open with a citing phrase ("з посиланням на")."""
    tokens = rules.parse.tokens
    if k >= len(tokens):
        return False
    rest = rules.text[tokens[k].start : tokens[k].start + 40].lower()
    return any(rest.startswith(c) for c in rules.lexicon.citing)


def _after_adp(parse: SlavicParse, span: Span) -> bool:
    k = parse.token_at(span.start)
    return k is not None and k > 0 and parse.tokens[k - 1].pos == "ADP"


def _after_oblique_noun(parse: SlavicParse, span: Span) -> bool:
    """Whether ``span`` follows a noun it depends on: one not in the nominative, or one after
    a preposition ("Про це в ефірі Українського радіо повідомила X", "у програмі Міжнародний
    контекст повідомила X"): part of an adverbial, not the verb's subject."""
    k = parse.token_at(span.start)
    tokens = parse.tokens
    while k is not None and k > 0 and tokens[k - 1].pos == "ADJ":
        k -= 1  # "Українського радіо": the adjective of the phrase
    if k is None or k < 2:
        return False
    noun, before = tokens[k - 1], tokens[k - 2]
    if noun.pos != "NOUN" or noun.sent != tokens[k].sent:
        return False
    return "nomn" not in noun.tag or before.pos == "ADP"


def _past_date(parse: SlavicParse, k: int) -> int:
    """Token ``k``, or the token after the day and date that open there ("у п'ятницю, 15
    січня,"), which stand between a verb and its subject."""
    tokens = parse.tokens
    at = k + 1 if k < len(tokens) and tokens[k].text.lower() in AT else k
    if at < len(tokens) and tokens[at].sent == tokens[k].sent and time_word(parse, at):
        return min(date_end(parse, at), len(tokens) - 1)
    return k


def _clause_end(parse: SlavicParse, k: int) -> int:
    tokens = parse.tokens
    j = k
    while j < len(tokens) and tokens[j].sent == tokens[k].sent and tokens[j].text not in ",;":
        j += 1
    return j
