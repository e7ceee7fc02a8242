"""Who a Russian or Ukrainian speaker phrase refers to.

The phrase next to a cue ("— заявил пресс-секретарь Кремля Дмитрий Песков", "по словам
министра", "он сказал", "издание «Страна» сообщило") is read in order: a pronoun goes to its
antecedent, a relative pronoun to its head, a role noun alone to the person it names, a name in
quote marks or beside a kind noun to that body, a person's name in the phrase's own case to the
person, a body noun to the body, and a capitalised name the NER missed to a new name; a title
with none of these goes to the person it stood beside before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from reportedly.attribution.slavic._context import in_case, wholly_in_case
from reportedly.attribution.slavic._names import (
    by_surname,
    group_of,
    named_body,
    named_for,
    plural_head,
)
from reportedly.attribution.slavic.antecedents import (
    described_before,
    may_hold,
    role_after_name,
    role_named_before,
    role_of_body_before,
    titled_before,
    unnamed_person_between,
    unnamed_voice_before,
)
from reportedly.attribution.slavic.apposition import relative_head
from reportedly.attribution.slavic.bodies import body_head, body_name, leading_body, two_word_body
from reportedly.attribution.slavic.conjuncts import joined_names
from reportedly.attribution.slavic.kin import called_by_name, kin_of_named
from reportedly.attribution.slavic.kinds import (
    company_noun,
    introduced,
    kind_and_name,
    legal_form_body,
    named_after,
    outlet_noun,
    unnamed,
)
from reportedly.attribution.slavic.named_before_uk import (
    body_named_before,
    share_of,
    written_body_before,
)
from reportedly.attribution.slavic.phrases import RELATIVE
from reportedly.attribution.slavic.untagged import unrecognised_name
from reportedly.attribution.slavic.voices import outlet_informant, past_adjectives, voiced_body
from reportedly.model import Span
from reportedly.nlp.slavic_morph import is_known, nominative

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.speakers import SlavicEntities

_INITIAL = re.compile(r"[A-ZА-ЯЁІЇЄҐ]\.")
# the top-level domains of the outlets the texts name by address ("RBC.UA", "Gazeta.ua")
_DOMAIN = re.compile(r"\.(?:ua|ru|net|com|info|org|by|kz)\b", re.IGNORECASE)
POSSESSIVE = {
    "его": "он", "ее": "она", "её": "она", "их": "они", "його": "він", "її": "вона",
    "їх": "вони", "їхніми": "вони", "їхню": "вони", "їхньою": "вони",
}  # fmt: skip


def is_anaphor(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """A role noun alone, or after adjectives, that no lexicon title is."""
    parse = index.parse
    key = index.title_key(speaker)
    if key in lexicon.anaphors:
        return True
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    parts = key.split("-")  # a rank of a role: "Генерал-полковник", "вице-адмирал"
    if len(found) == 1 and len(parts) > 1 and {parts[0], parts[-1]} & lexicon.anaphors:
        return True
    if len(found) < 2 or any(key == t or key.startswith(t + " ") for t in lexicon.titles):
        return False
    if "Number=Plur" in found[0].morph and found[0].pos == "NOUN":
        return False  # "Эксперты издания": a group described, not one person named before
    if found[-1].lemma.casefold() in lexicon.anaphors:  # "американський лідер"
        # a capital only where the sentence begins ("Высокопоставленный военный заявил")
        first = parse.token_at(speaker.start)
        opens = first is not None and (first == 0 or parse.tokens[first - 1].sent != found[0].sent)
        return all(
            t.pos == "ADJ" and (t.text.islower() or (n == 0 and opens))
            for n, t in enumerate(found[:-1])
        )
    # "Глава области", "глава Мінфіну": a role of a body or region with no name in it
    return (
        len(found) <= 3
        and found[0].lemma.casefold() in lexicon.anaphors - lexicon.voices
        and all(t.pos == "NOUN" and not parse.has_case(t, "Nom") for t in found[1:])
        and all(t.lemma.casefold() in lexicon.bodies or t.text.islower() for t in found[1:])
    )


def _entourage(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether the phrase is the people around a person it names in the genitive ("Переходная
    команда Трампа", "штаб кандидата Ивана Петрова"): an entourage noun past adjectives."""
    parse = index.parse
    tokens = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    n = past_adjectives(tokens)
    if n + 1 >= len(tokens) or tokens[n].lemma.casefold() not in lexicon.entourages:
        return False
    rest = Span(tokens[n + 1].start, tokens[-1].end)
    return any(index.kind(k) == "person" for _, k in index.names_in(rest))


def _company_spokesperson(
    index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon
) -> str | None:
    """The role's lemma when the phrase is a spokesperson of a bare company noun ("Речник
    компанії", "Официальный пресс-секретарь авиакомпании"), not of a named body or person."""
    tokens = [index.parse.tokens[i] for i in index.parse.tokens_in(speaker)]
    n = past_adjectives(tokens)  # "Офіційний речник"
    if n + 1 < len(tokens) and company_noun(tokens[n + 1 :], lexicon):
        role = tokens[n].lemma.casefold()
        return role if role in lexicon.spokespeople else None
    return None


def _body_spokesperson(
    index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon
) -> tuple[str, Span] | None:
    """The role's lemma and the body's words when the phrase is a spokesperson of a body
    named in it ("Речник Єврокомісії", "пресс-секретарь МИД Венгрии"), with no person named
    and no registry title ("речник Кремля" is Peskov's)."""
    parse = index.parse
    tokens = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    n = past_adjectives(tokens)
    if n + 1 >= len(tokens) or tokens[n].lemma.casefold() not in lexicon.spokespeople:
        return None
    key = index.title_key(speaker)
    if any(key == t or key.startswith(t + " ") for t in lexicon.titles):
        return None
    if any(index.kind(k) == "person" for _, k in index.names_in(speaker)):
        return None
    rest = tokens[n + 1 :]
    if body_head(rest, lexicon.bodies, index.lang) != 0:
        return None
    return tokens[n].lemma.casefold(), Span(rest[0].start, rest[-1].end)


def _named_by_role(
    index: SlavicEntities, before: int, role: str, reach: int = 4, of: str | None = None
) -> str | None:
    """The last person named before ``before`` within ``reach`` words after ``role``
    ("речник Ryanair Кенні Джейкобс … Речник компанії" is Джейкобс), and after the lemma
    ``of`` when given (the body: "речник Єврокомісії Маргарітіс Шінас")."""
    tokens = index.parse.tokens
    for span, key in reversed(index.mentions_before(before)):
        k = index.parse.token_at(span.start)
        if k is None or index.kind(key) != "person":
            continue
        lemmas = [t.lemma.casefold() for t in tokens[max(0, k - reach) : k]]
        if role in lemmas and (of is None or of in lemmas[lemmas.index(role) :]):
            return key
    return None


def _company_called_her(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether a feminine company noun ("компания", "авіакомпанія") came before ``speaker``:
    "она"/"вона" with no woman named before is that company ("Накануне она заявила")."""
    parse = index.parse
    return any(
        t.end <= speaker.start
        and t.lemma.casefold() in lexicon.org_anaphors - lexicon.outlet_anaphors
        and "Gender=Fem" in t.morph
        for t in parse.tokens
    )


def _widened(index: SlavicEntities, speaker: Span) -> Span:
    """The phrase grown to the whole of a name it cuts: "«Центр … моніторингу [та
    досліджень»]" ends with the name; "[Урсула фон дер] Ляєн", cut at a particle, starts with
    it; "[ONLINE].UA", an outlet named by its web address, ends with the domain."""
    text = index.text
    if (domain := _DOMAIN.match(text, speaker.end)) is not None and text[speaker.end - 1].isalnum():
        speaker = Span(speaker.start, domain.end())  # "ONLINE.UA", cut at its dot
    for span, _ in index.mentions():
        if speaker.start <= span.start < speaker.end < span.end:
            speaker = Span(speaker.start, span.end)
        elif span.start < speaker.start < span.end <= speaker.end and any(
            w.islower() for w in text[span.start : speaker.start].split()
        ):
            speaker = Span(span.start, speaker.end)
    return speaker


def speaker_referent(
    index: SlavicEntities,
    speaker: Span,
    lexicon: SlavicLexicon,
    cue_gender: str | None,
    case: str = "Nom",
) -> str | None:
    """The cluster the speaker phrase refers to: the last name inside it, the antecedent of
    a pronoun, or the name a title stood beside; None when unresolved."""
    parse, text = index.parse, index.text
    word = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    animate = len(word) == 1 and word[0].pos == "PROPN" and "Animacy=Anim" in word[0].morph
    if case != "Nom" and animate:  # "цитирует Тихого Reuters": the NER made it an ORG
        people = index.people()
        known = by_surname(people, word[0].text) or by_surname(people, word[0].lemma)
        return index.add(speaker, "PERSON", case, name=known)  # "Георгий Тихий" before
    if index.lang == "uk" and share_of(text, speaker):
        return None  # "96 відсотків опитаних членів Cockpit": a share of a group
    speaker = _widened(index, speaker)
    if (called := called_by_name(index, speaker, lexicon)) is not None:
        return called
    if kin_of_named(index, speaker, lexicon):
        return None  # "Дочка Соні Ацеведо": a relative the text does not name
    words = speaker.text(text).strip().casefold()
    pronoun = lexicon.pronouns.get(POSSESSIVE.get(words, words))
    if pronoun is not None:
        gender = pronoun.gender or cue_gender
        if pronoun.plural:
            return None
        person = index.antecedent(speaker.start, gender)
        voice = unnamed_voice_before(index, speaker.start, person, lexicon)
        if voice is not None:  # "заявил представитель правительства … — заявил он"
            return speaker_referent(index, voice, lexicon, cue_gender)
        if (
            person is not None
            and gender
            and unnamed_person_between(index, person, speaker.start, gender)
        ):
            return None  # "… виступив представник Нацгвардії. … він пояснив": not named
        if person is None and gender == "female" and _company_called_her(index, speaker, lexicon):
            return index.company_before(speaker.start, lexicon.outlet_anaphors)
        return person
    before = relative_head(parse, speaker, case)  # "министерство, которое заявило"
    if before is not None:
        return speaker_referent(index, before, lexicon, cue_gender, case)
    if words in RELATIVE or unnamed(index, speaker, lexicon):
        return None
    if _entourage(index, speaker, lexicon):
        # "Переходная команда Трампа": the group speaks, under the name the text gives it
        # (nominative only: "по словам команды Трампа" is left unresolved)
        return index.add(speaker, "ORG", name=speaker.text(text).strip()) if case == "Nom" else None
    if (role := _company_spokesperson(index, speaker, lexicon)) is not None:
        # "Речник компанії": the spokesperson named before by that role, else the company
        spokesperson = _named_by_role(index, speaker.start, role)
        return spokesperson or index.company_before(speaker.start, lexicon.outlet_anaphors)
    if (spoken := _body_spokesperson(index, speaker, lexicon)) is not None:
        # "Речник Єврокомісії заявив": the spokesperson named before by that role, else the
        # body (docs/gold-guide.md: an anonymous spokesperson gets the body)
        role, body = spoken
        body_words = [parse.tokens[i] for i in parse.tokens_in(body)]
        head = body_head(body_words, lexicon.bodies, index.lang) or 0
        kind = body_words[head].lemma.casefold()
        person = _named_by_role(index, speaker.start, role, of=kind)
        if person is None and len(body_words) == 1:  # "пресс-секретарь МИД": the one named before
            person = index.organisation_before(speaker.start, kind=kind)
        return person or index.add(body, "ORG", name=body_name(text, body_words, head, index.lang))
    if is_anaphor(index, speaker, lexicon):  # "— написал чиновник", "американський лідер"
        if plural_head(parse, speaker):  # "со ссылкой на неназванных европейских дипломатов"
            return None  # a group of officials is none of the people named before
        described = described_before(index, speaker) if index.lang == "uk" else None
        nouns = [parse.tokens[i].lemma.casefold() for i in parse.tokens_in(speaker)]
        role = next((w for w in nouns if w in lexicon.role_titles), None)
        if described is not None or role is None:
            return described or index.antecedent(speaker.start, cue_gender)
        return index.antecedent(  # "— сказал дипломат" is no president named before
            speaker.start,
            cue_gender,
            lambda key: may_hold(index, key, role, lexicon.role_titles),
        )
    kinds = lexicon.org_anaphors | lexicon.outlet_anaphors | lexicon.bodies | lexicon.unnamed
    kinds |= lexicon.kin  # "Чоловік Азії Бібі … Чоловік побоюється": not Asia Bibi
    person = role_named_before(index, speaker, kinds) or role_of_body_before(index, speaker)
    person = person or role_after_name(index, speaker)  # "Мадсен, медичний директор …"
    if person is not None:
        return person  # "адвокат Дональда Трампа Рудольф Джуліані … Адвокат уточнив"
    written = speaker.text(text).strip()
    if written[:1] in '«"„“' and written[-1:] in '»"“”' and len(written) > 2:
        return index.add(speaker, "ORG")  # a name in quote marks: «Известия», "РБК"
    if case == "Nom" and group_of(parse, speaker):
        return None  # "Бортпровідники Ryanair", "Інвестори компанії": not the body itself
    named = named_after(index, speaker, lexicon.org_anaphors | lexicon.outlet_anaphors)
    named = named or kind_and_name(index, speaker, lexicon)  # "агентство Интерфакс"
    if named is not None:  # "издание «Страна» сообщило": the name beside the kind noun
        return index.add(named, "ORG", name=named.text(text))  # not declined
    if case == "Nom":
        named_kind = introduced(index, speaker)  # "агентство Kyodo … пишет агентство"
        if named_kind is not None:
            return named_kind
    if (legal := legal_form_body(index, speaker, lexicon)) is not None:
        return legal  # "Комунальне підприємство" after "КП «…»"
    # "Компанія заявила", "Ірландська авіакомпанія заявила"
    if company_noun([parse.tokens[i] for i in parse.tokens_in(speaker)], lexicon):
        return index.company_before(speaker.start, lexicon.outlet_anaphors)
    if outlet_noun([parse.tokens[i] for i in parse.tokens_in(speaker)], lexicon):
        # "резюмує видання", "Зарубежное издание сообщает": the outlet quoted last, which
        return None  # roles.resolve_speakers finds (not a company named since)
    found = list(parse.tokens_in(speaker))
    if len(found) > 1 and parse.tokens[found[0]].lemma in lexicon.reporters:
        # "передає кореспондент Укрінформу": the outlet the reporter writes for
        return index.add(Span(parse.tokens[found[1]].start, speaker.end), "ORG")
    return _named(index, speaker, lexicon, cue_gender, case)


def _named(
    index: SlavicEntities,
    speaker: Span,
    lexicon: SlavicLexicon,
    cue_gender: str | None,
    case: str,
) -> str | None:
    """A phrase with no pronoun or role noun alone: the person or body it names."""
    parse, text, lang = index.parse, index.text, index.lang
    inside = index.names_in(speaker)
    if joined_names(text, [s for s, _ in inside]):
        return None  # "Nord Stream AG та Nord Stream 2 AG": a group
    # a name in the phrase's own case is the speaker ("пресс-секретарь Дмитрий Песков");
    # one in another case modifies it ("Представитель администрации Трампа")
    tokens = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    body = leading_body(tokens, lexicon.bodies, case, lang)
    persons = [
        (span, k)
        for span, k in inside
        if index.kind(k) == "person"
        and (body is None or span.start < body)  # "Уряд Терези Мей": the body speaks
        and in_case(parse, span, case)
        and (lang != "uk" or wholly_in_case(parse, span, case))
        and not named_for(parse, span)
    ]
    if persons:
        if case == "Nom":
            index.as_written(*persons[-1])
            return persons[-1][1]
        # "За словами Степанова" after "Максим Степанов": the name in the phrase's case
        # (the mention was read out of context as a woman's nominative "Степанова")
        written = nominative(lang, persons[-1][0].text(text).strip(), case)
        key = index.person_key(written)
        if key not in index:  # "За словами Бомбандьорова": a man's genitive
            index.as_man(persons[-1][1], written)
        return key if key in index else persons[-1][1]
    initials = all(_INITIAL.fullmatch(t.text) for t in tokens[:-1])
    if 2 <= len(tokens) <= 3 and initials and tokens[-1].text[:1].isupper():
        # "С.Міксера", "А. Монтедуро": the surname of a person named before, in any case
        known = by_surname(index.people(), tokens[-1].text)
        return index.add(Span(tokens[-1].start, speaker.end), "PERSON", case, name=known)
    if outlet_informant(index, tokens, lexicon):
        return None  # "джерело Forbes": the outlet's source, unnamed
    voiced = voiced_body(index, tokens, lexicon, cue_gender)
    if voiced is not None:
        return voiced
    if (building := two_word_body(tokens, lexicon.bodies, lang)) is not None:
        return index.add(speaker, "ORG", name=building)  # "У Білому домі заявили": Білий дім
    head = body_head(tokens, lexicon.bodies) if lexicon.bodies else None
    if head is not None:  # "Правительство Британии", "в российском дипведомстве"
        if len(tokens) == 1 and tokens[0].lemma in lexicon.generic_bodies:
            # a bare "правительство" names no one but the body of its kind just named
            kind = tokens[0].lemma.casefold()
            return index.organisation_before(speaker.start, kind=kind) or written_body_before(
                index, speaker
            )
        latin = tokens[head + 1 :]
        if latin and all(t.text.isascii() and t.text[:1].isupper() for t in latin):
            # "Пенсійний фонд Local Authority Pension Fund Forum": the name, not the kind
            named = Span(latin[0].start, latin[-1].end)
            return index.add(named, "ORG", name=named.text(text))
        return index.add(speaker, "ORG", name=body_name(text, tokens, head, lang))
    # a body that opens the phrase speaks ("МИД России заявил"); one inside a title
    # ("пресс-секретарь Кремля") does not: the title is resolved instead
    if inside and inside[0][0].start == speaker.start:
        # the whole subject phrase names the body: "МИД России", not "МИД"
        kind = index.kind(inside[0][1])
        return index.add(speaker, "GPE" if kind == "country" else "ORG")
    if lang == "uk" and len(tokens) == 1 and tokens[0].text.isascii() and tokens[0].text.isalpha():
        return index.add(speaker, "ORG")  # "зазначає dpa": a Latin name in lower case
    if (
        tokens
        and tokens[-1].text[:1].isupper()
        and ("NameType" in tokens[-1].morph or not is_known(lang, tokens[-1].text))
    ):
        return unrecognised_name(index, tokens, lexicon, case)
    if named_body(parse, tokens, case):
        return index.add(speaker, "ORG")  # "повідомляє Європейська правда"
    # Ukrainian "Залізниця стверджує", "згідно з техзавданням": the body named before
    return titled_before(index, speaker) or body_named_before(index, speaker, lexicon)
