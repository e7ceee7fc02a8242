"""The person a Russian or Ukrainian pronoun refers to: the nearest person named before it
whose gender fits, a subject or a speaker first; and the person a role or title names."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._context import (
    apposed,
    close_subject,
    nominative_in_context,
    subject_in_context,
)
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities

# a name's colon, then the words before a pronoun of the same clause ("Шольц: по его")
_COLON = re.compile(r"[ \t*_]*:[^.!?:;\n]{0,40}")


def antecedent(
    index: SlavicEntities,
    before: int,
    gender: str | None,
    role: Callable[[str], bool] | None = None,
) -> str | None:
    """The nearest person mentioned before ``before`` whose gender fits, and who may hold
    the ``role`` when one is given, a subject (in the nominative) first: "Ланза … кампаниях
    Дональда Трампа. Он сказал" is Ланза."""
    fits = [
        (span, key)
        for span, key in index.mentions_before(before)
        if index.is_person(key, gender)
        and not any(q.contains(span) for q in index.quoted)
        and (role is None or role(key))
    ]
    if fits and close_subject(index.parse, fits[-1][0], before):
        return fits[-1][1]  # "Шмигаль доручив … . Він запевнив": not a speaker before him
    if fits and _before_colon(index, fits[-1][0], before):
        return fits[-1][1]  # "Недоволен остался и Шольц: по его словам, …": not one before

    def a_speaker(span: Span) -> bool:
        return any(s.contains(span) for s in index.speakers)

    def nominative(span: Span) -> bool:
        return nominative_in_context(index.parse, span)

    def subject(span: Span) -> bool:
        return subject_in_context(index.parse, span)

    # a speaker first, a subject (the name right before a verb), a nominative, the nearest
    for test in (a_speaker, subject, nominative):
        for span, key in reversed(fits[-5:]):
            if test(span):
                return key
    return fits[-1][1] if fits else None


def _before_colon(index: SlavicEntities, span: Span, before: int) -> bool:
    """Whether the name ``span`` is nominative and a colon right after it opens the clause of
    offset ``before`` ("… и Шольц: по его словам"), no stop between."""
    between = index.text[span.end : before]
    opens = _COLON.fullmatch(between) is not None
    return opens and nominative_in_context(index.parse, span)


def described_before(
    index: SlavicEntities, speaker: Span, reach: int = 4, role: str | None = None
) -> str | None:
    """The last person named before ``speaker`` right after the same role noun
    ("міністр інформації Пакистану Фавад Чаудхрі … — сказав міністр"); ``role``: that
    noun's lemma, else the phrase's title key."""
    role = role or index.title_key(speaker)
    for span, key in reversed(index.mentions_before(speaker.start)):
        k = index.parse.token_at(span.start)
        if k is None or index.kind(key) != "person":
            continue
        before = index.parse.tokens[max(0, k - reach) : k]
        if any(t.lemma.casefold() == role for t in before):
            return key
    return None


def titled_before(index: SlavicEntities, speaker: Span) -> str | None:
    """A bare title ("пресс-секретарь Кремля") that stood right before a name earlier, or
    the head of a hyphenated one ("лікар" after "лікар-інфекціоніст Євген Дубровський")."""
    lemmas = index.title_key(speaker)
    if not lemmas:
        return None
    n = len(lemmas.split())
    for span, key in index.mentions_before(speaker.start):
        k = index.parse.token_at(span.start)
        if index.kind(key) != "person" or k is None or k < n:
            continue
        before = " ".join(t.lemma for t in index.parse.tokens[k - n : k])
        # "лікар-інфекціоніст Євген Дубровський … заявив лікар": a compound's head word
        compound = n == 1 and before.split("-")[0] == lemmas and "-" in before
        if (before == lemmas or compound) and apposed(index.parse, k - n, k):
            return key
    return None


def may_hold(index: SlavicEntities, key: str, role: str, titles: dict[str, frozenset[str]]) -> bool:
    """Whether the person ``key`` may be the one a bare ``role`` noun names ("— сказал
    дипломат"): no title the text gives them (the words right before a mention of theirs)
    holds a lemma of ``titles`` but none of ``role``'s ("президент Франции Эммануэль Макрон"
    is no "дипломат"; "вице-министр иностранных дел Литвы Раймундас Кароблис" may be)."""
    wanted = titles.get(role)
    if not wanted:
        return True
    known = frozenset().union(*titles.values())
    held = {part for lemma in _title_lemmas(index, key) for part in (lemma, *lemma.split("-"))}
    return not (held & known) or bool(held & wanted)


def _title_lemmas(index: SlavicEntities, key: str, reach: int = 5) -> set[str]:
    """The lemmas of the words within ``reach`` before each mention of ``key`` in its
    sentence, back to a punctuation mark or a verb."""
    parse = index.parse
    found: set[str] = set()
    for span in index.spans_of(key):
        k = parse.token_at(span.start)
        if k is None:
            continue
        j = k - 1
        while j >= max(0, k - reach) and parse.tokens[j].sent == parse.tokens[k].sent:
            t = parse.tokens[j]
            if t.pos in ("PUNCT", "VERB") or t.text in ',;:—–(«»"':
                break
            found.add(t.lemma.casefold())
            j -= 1
    return found


def role_named_before(index: SlavicEntities, speaker: Span, kinds: frozenset[str]) -> str | None:
    """The person a bare role noun introduced earlier in the text, whatever the role
    ("адвокат Дональда Трампа Рудольф Джуліані … Адвокат уточнив", "журналист Такер Карлсон
    … Американский журналист отмечает"): a singular person noun, after lower-case adjectives
    at most (the first may open the sentence), with no name in the phrase and no body's kind
    or kinship noun (``kinds``: "компанія" is the company, not its chief named after it);
    the name in the nominative beside the role, a few words after it."""
    parse = index.parse
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    if not found or len(found) > 3 or index.names_in(speaker):
        return None
    head = found[-1]
    if head.pos != "NOUN" or head.lemma.casefold() in kinds or "Number=Plur" in head.morph:
        return None
    first = parse.token_at(speaker.start)
    opens = first is not None and (first == 0 or parse.tokens[first - 1].sent != head.sent)
    if not all(t.text.islower() or (n == 0 and opens) for n, t in enumerate(found)):
        return None
    if any(t.pos != "ADJ" for t in found[:-1]) or not _animate(index.lang, head):
        return None
    role = head.lemma.casefold()
    for span, key in reversed(index.mentions_before(speaker.start)):
        k = parse.token_at(span.start)
        if k is None or index.kind(key) != "person":
            continue
        # the name set beside the role, not one it governs ("Чоловік … християнки Азії Бібі")
        beside = parse.has_case(parse.tokens[k], "Nom")
        if beside and any(t.lemma.casefold() == role for t in parse.tokens[max(0, k - 4) : k]):
            return key
    return None


def role_after_name(index: SlavicEntities, speaker: Span) -> str | None:
    """The person a role phrase was set after, past a comma, earlier in the text ("сказав
    Стейнар Мадсен, медичний директор Норвезького агентства … Медичний директор Норвезького
    агентства вважає"): a singular person noun heading the phrase and the word after it, both
    read again right after "NAME," past adjectives that hold the phrase's own (by lemma); no
    person named in it."""
    parse = index.parse
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    if any(index.kind(k) == "person" for _, k in index.names_in(speaker)):
        return None
    n = next((i for i, t in enumerate(found) if not _adjective(index.lang, t)), len(found))
    if n + 1 >= len(found) or found[n].pos != "NOUN" or "Number=Plur" in found[n].morph:
        return None
    if not _animate(index.lang, found[n]):
        return None
    wanted = [t.lemma.casefold() for t in found[n : n + 2]]
    adjectives = {t.lemma.casefold() for t in found[:n]}
    tokens = parse.tokens
    for span, key in reversed(index.mentions_before(speaker.start)):
        inside = parse.tokens_in(span)
        k = inside[-1] if inside else len(tokens)
        if index.kind(key) != "person" or k + 2 >= len(tokens):
            continue
        if tokens[k + 1].text != ",":
            continue
        j = k + 2
        while j < len(tokens) - 1 and tokens[j].pos == "ADJ" and j - k < 5:
            j += 1
        described = {t.lemma.casefold() for t in tokens[k + 2 : j]}
        if [t.lemma.casefold() for t in tokens[j : j + 2]] == wanted and adjectives <= described:
            return key  # "Генеральний директор" is no "медичний директор" named before
    return None


def role_of_body_before(index: SlavicEntities, speaker: Span, reach: int = 6) -> str | None:
    """The person introduced earlier by the same role of the same body ("Глава Pfizer Альберт
    Бурла … — сказал глава Pfizer", "керівник Pfizer, грек Альберт Бурла … каже керівник
    Pfizer"): a person noun, then names of bodies only; the last person named within
    ``reach`` words after that role and the body's first word."""
    parse = index.parse
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    names = index.names_in(speaker)
    if len(found) < 2 or not names or any(index.kind(k) == "person" for _, k in names):
        return None
    head = found[0]
    if head.pos != "NOUN" or "Number=Plur" in head.morph or not _animate(index.lang, head):
        return None
    if parse.token_at(names[0][0].start) != head.i + 1:
        return None  # "директор департамента МИД": the body is not right after the role
    role, body = head.lemma.casefold(), found[1].lemma.casefold()
    for span, key in reversed(index.mentions_before(speaker.start)):
        k = parse.token_at(span.start)
        if k is None or index.kind(key) != "person":
            continue
        words = [t.lemma.casefold() for t in parse.tokens[max(0, k - reach) : k]]
        if role in words and body in words[words.index(role) :]:
            return key
    return None


def _adjective(lang: str, t: Token) -> bool:
    """Whether ``t`` is an adjective, or a capitalised word whose likeliest dictionary reading
    is one (the tagger may read "Медичний" opening a sentence as a noun)."""
    if t.pos == "ADJ":
        return True
    best = parses(lang, t.text.lower())[:1] if t.text[:1].isupper() else []
    return bool(best) and best[0].tag.POS in ("ADJF", "ADJS")


def _animate(lang: str, t: Token) -> bool:
    """Whether ``t`` names a person: the Russian tagger's animacy, a Ukrainian dictionary
    reading of an animate noun."""
    if lang == "ru":
        return "Animacy=Anim" in t.morph
    return any(p.tag.POS == "NOUN" and "anim" in p.tag for p in parses("uk", t.text))


def unnamed_person_between(index: SlavicEntities, key: str, before: int, gender: str) -> bool:
    """Whether a person the text does not name, of ``gender``, stands as a subject between
    the last mention of ``key`` and offset ``before``, in the pronoun's sentence or the one
    before it: "… виступив представник Нацгвардії України. Свою присутність … він пояснив"
    is that representative, not the author named two paragraphs up. The subject is a lower-
    case animate noun the dictionary reads only as a nominative (no object, no genitive)."""
    parse = index.parse
    last = [span for span, k in index.mentions_before(before) if k == key]
    if not last:
        return False
    k = parse.token_at(before)
    if k is None:
        return False
    sentences = {parse.tokens[k].sent, parse.tokens[k].sent - 1}
    tag = {"male": "masc", "female": "femn"}.get(gender)
    for t in parse.tokens[:k]:
        if t.start < last[-1].end or t.sent not in sentences or t.pos != "NOUN":
            continue
        if not t.text.islower() or any(q.contains(t.span) for q in index.quoted):
            continue
        if not index.text[last[-1].end : t.start].strip(" ,"):
            continue  # "розповідає Микола Миркевич, президент Асоціації": his title
        if any(s.contains(t.span) for s in index.cited):
            continue  # "— также отметил зампред Совбеза. По его словам": a speaker's title
        if any(c.contains(t.span) for c in index.contents):
            continue  # "Уолтц заверил, что будущий президент …": a person he spoke of
        found = parses(parse.lang, t.text)
        if (
            found
            and all(
                "nomn" in p.tag and "anim" in p.tag and "plur" not in p.tag and tag in p.tag
                for p in found
                if p.tag.POS == "NOUN"
            )
            and any(p.tag.POS == "NOUN" for p in found)
        ):
            return True
    return False


def unnamed_voice_before(
    index: SlavicEntities, before: int, person: str | None, lexicon: SlavicLexicon
) -> Span | None:
    """The speaker phrase of the last statement before offset ``before``, in its sentence
    or the one before, when it is a voice of the lexicon's the text does not name, who
    speaks for a body ("представитель правительства Германии"; not a role, "зампред
    Совбеза", which may be a person named before), and no mention of ``person`` comes
    after it: a pronoun then is that voice, not a person named further back."""
    parse = index.parse
    k = parse.token_at(before)
    if k is None:
        return None
    sentences = {parse.tokens[k].sent, parse.tokens[k].sent - 1}
    last = [span.end for span, key in index.mentions_before(before) if key == person]
    cited = [
        c
        for c in index.cited
        if c.end <= before and (not last or c.start >= last[-1]) and c.start < before
    ]
    if not cited:
        return None
    voice = max(cited, key=lambda c: c.start)
    found = list(parse.tokens_in(voice))
    head = next((parse.tokens[i] for i in found if parse.tokens[i].pos == "NOUN"), None)
    if (
        not found
        or parse.tokens[found[0]].sent not in sentences
        or head is None
        or not head.text[1:].islower()
        or "Animacy=Anim" not in head.morph
        or head.lemma.casefold() not in lexicon.voices | lexicon.spokespeople
        or any(index.kind(key) == "person" for _, key in index.names_in(voice))
    ):
        return None
    return voice
