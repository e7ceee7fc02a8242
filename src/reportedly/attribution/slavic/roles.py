"""A role description as the speaker: "— рассказал директор департамента" after "…, указал
Евдокимов" is Евдокимов. News goes on quoting the person it just quoted, naming them by role;
a role the registry knows ("пресс-секретарь президента") is left to the actors stage. A role
no person precedes (a headline's "…, заявил дипломат", a name lost with its link: "рассказал
директор департамента [link]") is the person quoted next, close after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from reportedly.attribution.slavic.conjuncts import not_whole_subject
from reportedly.attribution.slavic.kinds import outlet_noun
from reportedly.attribution.slavic.referents import POSSESSIVE
from reportedly.model import Span

if TYPE_CHECKING:
    from reportedly.attribution.slavic.drafts import SlavicDraft
    from reportedly.attribution.slavic.lexicon import SlavicLexicon
    from reportedly.attribution.slavic.phrases import SlavicParse
    from reportedly.attribution.slavic.speakers import SlavicEntities

REACH = 2  # sentences between the role and the statement whose speaker it continues


def is_role(
    index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon, case: str = "Nom"
) -> bool:
    """Whether ``speaker`` is a bare role of a person: an animate singular noun in ``case``
    (the nominative; the genitive after "по мнению") heading common words and the names of
    places and bodies only ("директор департамента", "глава дипмиссии", "Прем'єр-міністр
    Великої Британії"; in Ukrainian, whose tagger reads no animacy, a lexicon role noun), no
    person inside it, no registry title."""
    names = index.names_in(speaker)
    if any(index.kind(k) == "person" for _, k in names):
        return False
    parse = index.parse
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    if not found:
        return False
    head = found[0]
    if head.lemma.casefold() in lexicon.voices and len(found) > 1:
        return False  # "Собеседник агентства": the voice of a body, not the person quoted last
    if head.text.isupper() and len(head.text) > 1:
        # a headline in capitals ("… - МИНИСТР"): the tagger reads no animacy or part of
        # speech there, so a lexicon role noun is a role, as in Ukrainian
        if head.lemma.casefold() not in lexicon.anaphors:
            return False
    elif lexicon.lang == "uk":
        if head.pos != "NOUN" or head.lemma.casefold() not in lexicon.anaphors:
            return False
        if "Number=Plur" in head.morph:
            return False  # "Експерти США рекомендують": a group, no person named before
    elif head.pos != "NOUN" or not all(
        f in head.morph.split("|") for f in ("Animacy=Anim", "Number=Sing", f"Case={case}")
    ):
        return False
    # the sentence's first word, after any marks ("**⚡️Глава МИ-6 признал")
    j = head.i - 1
    while j >= 0 and parse.tokens[j].sent == head.sent and not parse.tokens[j].text.isalnum():
        j -= 1
    opens = j < 0 or parse.tokens[j].sent != head.sent
    named = [t for t in found[1:] if any(s.start <= t.start < s.end for s, _ in names)]
    # an acronym is a body's ("Глава МИ-6", "директор ФСБ"), no person's name
    capitals = [
        t for t in found[1:] if t.text[:1].isupper() and t not in named and not t.text.isupper()
    ]
    if lexicon.lang == "uk":  # no NER for places: a capitalised word no name's ("Британії")
        capitals = [t for t in capitals if "NameType" in t.morph or t.pos == "PROPN"]
    if capitals or (head.text[:1].isupper() and not opens and not head.text.isupper()):
        return False
    key = index.title_key(speaker)
    return not any(key == t or key.startswith(t + " ") for t in lexicon.titles)


def continuing(
    index: SlavicEntities, previous: tuple[str, int] | None, sent: int, gender: str | None
) -> str | None:
    """The person ``previous`` (a speaker's key and sentence) when it is close before
    sentence ``sent`` and its gender fits the cue's (``gender`` "body": any body)."""
    if previous is None or not 0 <= sent - previous[1] <= REACH:
        return None
    return previous[0] if gender == "body" or index.is_person(previous[0], gender) else None


def is_outlet_role(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether ``speaker`` is a bare "издание"/"агентство": the outlet just cited, by kind."""
    return outlet_noun([index.parse.tokens[i] for i in index.parse.tokens_in(speaker)], lexicon)


def is_document(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether ``speaker`` is a bare document noun ("йдеться в повідомленні", "говорится в
    заявлении"): the body quoted just before issued it."""
    found = list(index.parse.tokens_in(speaker))
    if len(found) != 1:
        return False
    token = index.parse.tokens[found[0]]
    lemma = token.lemma.casefold()
    others = lexicon.generic_bodies | lexicon.unnamed  # "прес-служба", "джерело"
    return lemma in lexicon.voices - others and "Animacy=Anim" not in token.morph


def _after_source(
    index: SlavicEntities, drafts: Sequence[SlavicDraft], d: SlavicDraft, lexicon: SlavicLexicon
) -> bool:
    """Whether ``d``'s speaker is a singular pronoun and the speaker named last before it is
    an unnamed source ("источник в украинской дипломатической среде", "співрозмовник")."""
    assert d.speaker is not None
    at = d.speaker.start
    pronoun = lexicon.pronouns.get(d.speaker.text(index.text).strip().casefold())
    earlier = [x for x in drafts if x.speaker is not None and x.speaker.end <= at]
    if pronoun is None or pronoun.plural or not earlier:
        return False
    before = max(earlier, key=lambda x: x.speaker.start if x.speaker else -1)
    assert before.speaker is not None
    parse = index.parse
    found = [parse.tokens[i] for i in parse.tokens_in(before.speaker)]
    if not found or index.names_in(before.speaker):
        return False
    cue = parse.tokens[before.cue_token] if before.cue_token is not None else None
    if cue is not None and lexicon.is_document_cue(cue):
        return False  # "…, йдеться в повідомленні. Він додав": a document is no "he"
    head = found[0]
    close = parse.tokens[parse.tokens_in(d.speaker)[0]].sent - head.sent <= REACH
    unnamed = lexicon.unnamed | lexicon.voices
    return close and head.lemma.casefold() in unnamed and "Number=Plur" not in head.morph


def _pronoun_after(
    index: SlavicEntities, speaker: Span, role: tuple[str, int, int], lexicon: SlavicLexicon
) -> bool:
    """Whether ``speaker`` is a singular personal pronoun with no person named outside quoted
    speech since the role speaker ``role`` (its key, end offset and sentence)."""
    words = speaker.text(index.text).strip().casefold()
    pronoun = lexicon.pronouns.get(POSSESSIVE.get(words, words))
    if pronoun is None or pronoun.plural:
        return False
    return not any(
        role[1] <= span.start < speaker.start
        and index.kind(key) == "person"
        and not any(q.contains(span) for q in index.quoted)
        for span, key in index.mentions()
    )


def _body_reporting(
    index: SlavicEntities,
    before: Sequence[SlavicDraft],
    keys: Sequence[str | None],
    speaker: Span,
    lexicon: SlavicLexicon,
) -> str | None:
    """The body whose statement, in the sentence of ``speaker``, holds ``speaker`` when that is
    a singular personal pronoun ("він", "она") that no person named before refers to."""
    pronoun = lexicon.pronouns.get(speaker.text(index.text).strip().casefold())
    if pronoun is None or pronoun.plural or pronoun.gender is None:
        return None
    parse = index.parse
    sent = parse.tokens[parse.tokens_in(speaker)[0]].sent
    for draft, key in zip(reversed(before), reversed(keys), strict=True):
        if draft.speaker is None or key is None or index.is_person(key):
            continue
        k = parse.token_at(draft.speaker.start)
        if (
            k is not None
            and parse.tokens[k].sent == sent
            and any(c.start <= speaker.start < c.end for c in draft.content)
        ):
            return key
    return None


def _office_noun(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether ``speaker`` is an office noun alone ("Ведомство", "відомство")."""
    found = index.parse.tokens_in(speaker)
    return len(found) == 1 and (
        index.parse.tokens[found[0]].lemma.casefold() in lexicon.office_anaphors
    )


def _neuter_possessive(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether ``speaker`` is the possessive "его"/"його", masculine or neuter alike."""
    words = speaker.text(index.text).strip().casefold()
    pronoun = lexicon.pronouns.get(POSSESSIVE.get(words, ""))
    return pronoun is not None and not pronoun.plural and pronoun.gender == "male"


def _plural_pronoun(index: SlavicEntities, speaker: Span, lexicon: SlavicLexicon) -> bool:
    """Whether ``speaker`` is a plural personal pronoun ("они", "их", "вони", "їхніми")."""
    words = speaker.text(index.text).strip().casefold()
    pronoun = lexicon.pronouns.get(POSSESSIVE.get(words, words))
    return pronoun is not None and pronoun.plural


def _holds_name(index: SlavicEntities, d: SlavicDraft) -> bool:
    """Whether ``d``'s speaker phrase holds a name ("Глава MI6", "Прем'єр-міністр Данії")."""
    return d.speaker is not None and bool(index.names_in(d.speaker))


def _same_role(index: SlavicEntities, role: SlavicDraft, later: SlavicDraft) -> bool:
    """Whether ``later``'s speaker phrase holds the role noun that heads ``role``'s ("Глава
    MI6 признал …" and "… заявил глава разведки Ричард Мур"; not "… заявил Лавров")."""
    if role.speaker is None or later.speaker is None:
        return False
    parse = index.parse
    found = parse.tokens_in(role.speaker)
    if not found:
        return False
    head = parse.tokens[found[0]].lemma.casefold()
    return any(parse.tokens[k].lemma.casefold() == head for k in parse.tokens_in(later.speaker))


def _opening(parse: SlavicParse, d: SlavicDraft, sent: int) -> int:
    """The sentence ``d`` opens in: a frame after a quote of many sentences ("«… . …», —
    сказал глава дипмиссии") continues the person quoted before the quote, not before the
    frame."""
    k = parse.token_at(d.extent.start)
    return min(sent, parse.tokens[k].sent) if k is not None else sent


def resolve_speakers(
    drafts: Sequence[SlavicDraft],
    index: SlavicEntities,
    parse: SlavicParse,
    lexicon: SlavicLexicon,
) -> list[str | None]:
    """Each draft's speaker cluster: the phrase's own, else a role or outlet noun continuing
    the person or body quoted just before, else (a role) the person quoted just after."""
    keys: list[str | None] = []
    roles: list[tuple[int, int, str | None]] = []  # unresolved roles: draft, sentence, gender
    sents: list[int | None] = []
    previous: tuple[str, int] | None = None  # the last person speaker and their sentence
    body: tuple[str, int] | None = None  # the last other speaker (outlet, body) and theirs
    reporter: str | None = None  # the last of them that reported ("пишет AP"): an outlet
    said_in: tuple[str, int] | None = None  # the last body a plural verb's speakers were in
    issuer: str | None = None  # the body of the last document quoted ("йдеться в повідомленні")
    role_said: tuple[str, int, int] | None = None  # the last person speaker named by a role
    person_said: tuple[str, int, int] | None = None  # the last person speaker, however named
    last_document = False  # whether the last speaker resolved was a document quoted
    for n, d in enumerate(drafts):
        key, sent = None, None
        if d.speaker is None and d.cue_token is not None:
            said = parse.tokens[d.cue_token]
            passive = said.lemma in lexicon.impersonal | lexicon.source_passives
            if passive and body is not None and said.sent - body[1] <= 2:
                # "Про це повідомляє CNBC. Зазначається, що …": the outlet; "…, — йдеться в
                # повідомленні. Зазначається, що …": the document's issuer (gold/uk/README.md)
                key = issuer if last_document else reporter
        if d.speaker is not None and not_whole_subject(
            parse, d.speaker, d.cue_token, lexicon, d.speaker_case
        ):  # "Pfizer і BioNTech розповіли": a group; "до ЄС сказали": not the subject
            keys.append(None)
            sents.append(parse.tokens[parse.tokens_in(d.speaker)[0]].sent)
            continue
        if d.speaker is not None:
            gender = parse.gender(parse.tokens[d.cue_token]) if d.cue_token is not None else None
            key = index.speaker_key(d.speaker, lexicon, gender, d.speaker_case)
            if (
                key is not None
                and gender is not None
                and key in dict(index.names_in(d.speaker)).values()
            ):
                index.note_gender(key, gender)  # "– отметила Лийметс": the verb agrees with her
            sent = parse.tokens[parse.tokens_in(d.speaker)[0]].sent
            if body is not None and _office_noun(index, d.speaker, lexicon):
                # "ВСУ атаковали … Минобороны утверждает … Ведомство заявило": the body that
                # spoke last, not the one the text names most
                key = continuing(index, body, sent, "body") or key
            if key is not None and _after_source(index, drafts, d, lexicon):
                key = None  # "…, объяснил изданию источник. «…», — сказал он": the source
            elif (
                role_said is not None
                and _pronoun_after(index, d.speaker, role_said, lexicon)
                and index.is_person(role_said[0], gender)
                and sent - role_said[2] <= REACH
            ):  # "«…», — сказал дипломат. «…», — добавил он": the diplomat, not the last name
                key = role_said[0]
            elif (
                key is not None
                and person_said is not None
                and key != person_said[0]
                and d.speaker_case != "Nom"
                and sent - person_said[2] <= 1
                and _pronoun_after(index, d.speaker, person_said, lexicon)
            ):  # "… — экс-глава МИД Кулеба.\n\nПо его словам, …": the speaker just before,
                # not a man named in what he said, in the next sentence, nobody named between
                key = person_said[0]
            if key is None and d.speaker_case == "Nom":
                # "«Газпром» поінформував «Нафтогаз» про те, що він відмовляється": no person
                # before "він", the body whose statement holds it
                key = _body_reporting(index, drafts[:n], keys, d.speaker, lexicon)
            if key is None and is_role(index, d.speaker, lexicon, d.speaker_case):
                # "директор департамента МИД Польши" may be another person than the last one
                if not any(index.kind(k) != "country" for _, k in index.names_in(d.speaker)):
                    key = continuing(index, previous, _opening(parse, d, sent), gender)
                if key is None:
                    roles.append((n, sent, gender))
            elif key is None and is_outlet_role(index, d.speaker, lexicon):
                # "резюмує видання" at an article's end: the outlet it cited, however far back;
                # one that reported before a body that planned ("пишет AP … отмечает агентство")
                key = reporter or (body[0] if body is not None else None)
                if key is None:  # no outlet spoke before: the one the text introduced
                    key = index.outlet_before(d.speaker.start, lexicon.outlet_anaphors)
            elif key is None and is_document(index, d.speaker, lexicon):
                # "«… . …», — йдеться в повідомленні": the body named before the whole quote;
                # however far back, the issuer of the last document when no body spoke since;
                # an outlet's article ("уточняется в статье") the outlet that reported
                if (
                    reporter is not None
                    and index.parse.tokens[index.parse.tokens_in(d.speaker)[0]].lemma.casefold()
                    in lexicon.outlet_documents
                ):
                    key = reporter
                key = key or continuing(index, body, _opening(parse, d, sent), "body")
                if key is None and body is not None and body[0] == issuer:
                    key = issuer
            elif (
                key is None
                and d.speaker_case != "Nom"
                and _plural_pronoun(index, d.speaker, lexicon)
            ):
                # "…, заявляют в ГУР. По их словам, …": the people of that body, in the next
                # sentence (a subject "они" may be any group the text names)
                near = said_in is not None and sent - said_in[1] <= 1
                key = continuing(index, said_in, sent, "body") if near else None
            elif (
                key is None
                and d.speaker_case != "Nom"
                and body is not None
                and sent - body[1] <= 1
                and (previous is None or previous[1] < body[1])
                and _neuter_possessive(index, d.speaker, lexicon)
            ):
                # "…, сообщило Минобороны. По его данным, …": no man named, "его" is the
                # body or outlet that spoke in this sentence or the one before (neuter too)
                key = body[0]
            if key is not None and index.is_person(key):
                previous = (key, sent)
                named = any(index.kind(k) == "person" for _, k in index.names_in(d.speaker))
                role_said = None if named else (key, d.speaker.end, sent)
                person_said = (key, d.speaker.end, sent)
            elif key is not None:
                body = (key, sent)
                cue = parse.tokens[d.cue_token] if d.cue_token is not None else None
                last_document = cue is not None and lexicon.is_document_cue(cue)
                if last_document:
                    issuer = key
                if cue is not None and cue.lemma in lexicon.reported:
                    reporter = key
                if cue is not None and "Number=Plur" in cue.morph:
                    said_in = (key, sent)
        if key is not None and d.via is not None and d.speaker is not None:
            at = next((m for m in range(n) if drafts[m] is d.via), None)
            words = d.speaker.text(index.text).strip().casefold()
            if (
                at is not None
                and keys[at] == key
                and POSSESSIVE.get(words, words) in (lexicon.pronouns)
            ):  # "— приводит его слова газета WSJ": his words, not the paper's own
                key = None
        keys.append(key)
        sents.append(sent)
    for n, sent, gender in roles:
        # "Эксперт: …": the first person the article goes on to quote
        headline = sent == 0
        for m in range(n + 1, len(drafts)):
            later, at = keys[m], sents[m]
            if (
                later is None
                or at is None
                or not 0 <= at - sent <= (1 << 30 if headline else REACH)
            ):
                continue
            # a role of a named body ("Глава MI6") is only a person named by that role again
            named = (
                not headline
                or not _holds_name(index, drafts[n])
                or _same_role(index, drafts[n], drafts[m])
            )
            if index.is_person(later, gender) and named:
                keys[n] = later
            elif headline:
                continue
            break
    return keys
