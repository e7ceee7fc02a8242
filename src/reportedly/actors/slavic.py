"""The actors stage for Russian and Ukrainian: entities and speakers to registry actors.

Entity names arrive in the nominative ("Дмитрий Песков"); the registry holds the Cyrillic
and Latin spellings of each actor ("Песков", "Пєсков", "Peskov"), so the same actor id comes
out of an English, a Russian and a Ukrainian article. A case form the morphology could not
undo ("Пєскова") is matched by its stem. A speaker known only by a title ("пресс-секретарь
Кремля") is matched through the lexicon's titles to the registry role held on the article's
date. Same contract as :func:`reportedly.actors.resolve.resolve_actors`: an Analysis in, a
new one out.
"""

from __future__ import annotations

import dataclasses
import re
import weakref
from collections.abc import Callable, Iterable, Iterator
from datetime import date

from reportedly._fingerprint import package_digest
from reportedly.actors._spelling import spelling_key
from reportedly.actors.folding import fold
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.actors.slavic_bodies import (
    full_name,
    led_body,
    national_body,
    national_name,
    of_another_country,
    outlet_name,
)
from reportedly.actors.slavic_home_uk import home_bodies
from reportedly.actors.slavic_kinds import (
    body_of_place,
    case_forms,
    company_of,
    shorter_name,
    speaker_tokens,
    untagged_name,
    written_body,
)
from reportedly.actors.slavic_titles import supported, title_entry, title_key, titled
from reportedly.actors.slavic_titles_uk import composed_title
from reportedly.actors.slavic_variants import (
    described_by_country,
    given_name_variant,
    same_given_name,
)
from reportedly.attribution.slavic.lexicon import LANGUAGES, Lang, default_lexicon
from reportedly.attribution.slavic.quoted import CLOSING_QUOTES, OPENING_QUOTES
from reportedly.attribution.speakers import slugify
from reportedly.model import Analysis, Entity, Resolution, Span, Statement, Token
from reportedly.nlp.slavic_morph import is_known, parses

VERSION = f"reportedly.actors.ru-uk.v1+{package_digest('reportedly.actors')}"
# Ukrainian news writes Latin acronyms in look-alike Cyrillic capitals ("ВВС" for BBC); in
# Russian "ВВС" is the air force, so the reading is Ukrainian only
_LOOKALIKE = str.maketrans("АВЕКМНОРСТХІ", "ABEKMHOPCTXI")
_CYRILLIC = re.compile(r"[а-яіїєґё]", re.IGNORECASE)
_G_FOR_GHE = str.maketrans("ґҐ", "гГ")
# "Центральное телеграфное агентство Кореи (ЦТАК)": a body's short name in brackets after it
_BRACKETED_TAIL = re.compile(r"\s*\([^()\n]{1,60}\)\s*$")
_NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}  # a word the dictionary has as a name
_LATIN = re.compile(r"[a-z]", re.IGNORECASE)
_INITIAL = re.compile(r"[А-ЯЁІЇЄҐ]\.")
_SURNAMES: weakref.WeakKeyDictionary[ActorRegistry, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)
_BODY_SPELLINGS: weakref.WeakKeyDictionary[ActorRegistry, dict[str, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)


def match_actor(
    registry: ActorRegistry, name: str, *, lang: str = "ru", person: bool = False
) -> Actor | None:
    """The registry actor ``name`` names (a full name, a surname, or a case form of one).

    A ``person`` known only by a surname ("Мей") is the one registry person whose Cyrillic
    name ends in it; a Ukrainian acronym in look-alike capitals is read in Latin ("ВВС");
    an initial and a surname ("Т. Мей") are the person the surname names whose Cyrillic given
    name opens with that letter."""
    initial, _, surname = name.partition(" ")
    if person and _INITIAL.fullmatch(initial) and surname and " " not in surname:
        actor = match_actor(registry, surname, lang=lang, person=True)
        names = (actor.name, *actor.aliases) if actor is not None else ()
        return actor if initial[0] in {n[0] for n in names if " " in n} else None
    for form in case_forms(name):
        found = registry.match_name(form)
        if len(found) == 1 or (found and form == name):
            if spelt_only(form, found[0], lang):
                return None
            return found[0]
    if lang == "uk" and name.isupper() and " " not in name and _CYRILLIC.search(name):
        latin = name.translate(_LOOKALIKE)
        if not _CYRILLIC.search(latin):
            found = registry.match_name(latin)
            if len(found) == 1:
                return found[0]
    if person and " " not in name.strip() and _CYRILLIC.search(name):
        surnames = _surnames(registry)
        for form in case_forms(name.strip()):
            ids = surnames.get(fold(form), frozenset())
            if len(ids) == 1:
                return registry.by_id(next(iter(ids)))
    words = name.split()
    if person and len(words) > 1 and _role_word(words[0], lang):
        # "Президент Володимир Зеленський": a title the NER took into the name at a sentence's
        # start
        return match_actor(registry, " ".join(words[1:]), lang=lang, person=True)
    if person and len(words) > 2:  # "Джен Дженніфер Псакі", "Владимир Владимирович Путин"
        return match_actor(registry, f"{words[0]} {words[-1]}", lang=lang, person=True)
    if person and len(words) == 2 and _CYRILLIC.search(name):
        return given_name_variant(registry, words, lang, match_actor)
    if not person and _CYRILLIC.search(name):
        return (
            _body_spelt(registry, name)
            or _of_country(registry, name, lang)
            or described_by_country(registry, name, lang, match_actor)
        )
    return None


def _role_word(word: str, lang: str) -> bool:
    """Whether ``word`` is a capitalised role noun of the lexicon's (its anaphors:
    "Президент", "Міністр", "Канцлер"), which no name is."""
    language: Lang = "uk" if lang == "uk" else "ru"
    if not word[:1].isupper() or word.isupper():
        return False
    roles = default_lexicon(language).anaphors
    return any(
        p.tag.POS == "NOUN" and p.normal_form in roles for p in parses(language, word.lower())
    )


def spelt_only(word: str, actor: Actor, lang: str) -> bool:
    """Whether one ``word`` names ``actor`` only through the registry's spelling key, as a
    common word of the language ("Гроші", money, for "Гроссі") or a Latin word in a Cyrillic
    text ("Mash" for "Maas") may: the key is for one name's spellings across alphabets."""
    if " " in word.strip() or any(fold(n) == fold(word) for n in actor.names):
        return False
    if not _CYRILLIC.search(word):
        return True
    language: Lang = "uk" if lang == "uk" else "ru"
    if not is_known(language, word):
        return False
    tags = (set(str(p.tag).replace(" ", ",").split(",")) for p in parses(language, word))
    return not any(t & _NAME_TAGS for t in tags)


def _body_spelt(registry: ActorRegistry, name: str) -> Actor | None:
    """The one body or outlet whose Cyrillic name ``name`` is in the other language's
    spelling ("Інтерфакс" for "Интерфакс"), by the registry's spelling key; never a short
    word, a lower-case one or an acronym, whose keys collide ("он" and "ООН")."""
    if len(name) < 5 or not name[:1].isupper() or name.isupper():
        return None
    table = _registry_index(_BODY_SPELLINGS, registry, _body_spelling_keys)
    ids = table.get(spelling_key(fold(name)), frozenset())
    return registry.by_id(next(iter(ids))) if len(ids) == 1 else None


def _of_country(registry: ActorRegistry, name: str, lang: str) -> Actor | None:
    """A body named with its country in the genitive after it ("Верховна Рада України"),
    when the registry holds it without the country and it is that country's."""
    head, _, last = name.rpartition(" ")
    if not head or not last[:1].isupper():
        return None
    land = match_actor(registry, last, lang=lang)
    if land is None or land.type != "country":
        return None
    body = match_actor(registry, head, lang=lang)
    return body if body is not None and body.country == land.country else None


def _body_spelling_keys(actor: Actor) -> Iterator[str]:
    """The spelling keys of a body's or outlet's Cyrillic names."""
    if actor.type != "person":
        yield from (spelling_key(fold(n)) for n in actor.names if _CYRILLIC.search(n))


def _surnames(registry: ActorRegistry) -> dict[str, frozenset[str]]:
    """The last words of the registry persons' Cyrillic names, to the ids that end so."""
    return _registry_index(_SURNAMES, registry, _surname_keys)


def _surname_keys(actor: Actor) -> Iterator[str]:
    if actor.type == "person":
        for n in actor.names:
            words = n.split()
            if len(words) > 1 and _CYRILLIC.search(words[-1]) and actor.surname_of(n):
                yield fold(words[-1])


def _registry_index(
    cache: weakref.WeakKeyDictionary[ActorRegistry, dict[str, frozenset[str]]],
    registry: ActorRegistry,
    keys: Callable[[Actor], Iterable[str]],
) -> dict[str, frozenset[str]]:
    """The registry's actors by each of their ``keys``, to the ids with that key: built once
    per registry and kept in ``cache``."""
    found = cache.get(registry)
    if found is None:
        table: dict[str, set[str]] = {}
        for actor in registry:
            for key in keys(actor):
                table.setdefault(key, set()).add(actor.id)
        found = {k: frozenset(v) for k, v in table.items()}
        cache[registry] = found
    return found


def resolve_actors_slavic(
    analysis: Analysis, registry: ActorRegistry, *, published: date | None = None
) -> Analysis:
    """Resolve the entities and speakers of a Russian/Ukrainian ``analysis`` to actors."""
    on = published if published is not None else analysis.article.published
    lang = analysis.article.language if analysis.article.language in LANGUAGES else "ru"
    lexicon = default_lexicon(lang)
    merged: dict[str, Entity] = {}
    alias: dict[str, str] = {}
    for e in analysis.entities:
        resolved = _resolve(e, registry, lang, analysis.article.text, on)
        alias[e.id] = resolved.id
        old = merged.get(resolved.id)
        if old is not None:
            spans = tuple(sorted(set(old.mentions) | set(resolved.mentions)))
            resolved = dataclasses.replace(old, mentions=spans)
        merged[resolved.id] = resolved
    if lang == "uk":  # "У МЗС заявили" in a text about Ukraine: Ukraine's ministry
        for old_id, home in home_bodies(registry, merged).items():
            del merged[old_id]
            if (held := merged.get(home.id)) is not None:
                home = dataclasses.replace(
                    held, mentions=tuple(sorted({*held.mentions, *home.mentions}))
                )
            merged[home.id] = home
            alias = {k: home.id if v == old_id else v for k, v in alias.items()}
    statements: list[Statement] = []
    shortened: dict[str, Entity] = {}  # a body's noun -> the registry body it opened the name of
    text = analysis.article.text
    for s in analysis.statements:
        eid = alias.get(s.speaker_entity) if s.speaker_entity else None
        actor = None
        if eid is None and s.speaker is not None:
            key = title_key(analysis, s.speaker.span)
            actor = titled(registry, lexicon.titles, key, on)
            entry = title_entry(lexicon.titles, key)
            if actor is not None and entry in lexicon.home_titles:
                actor = actor if supported(registry, actor, analysis.article.text) else None
            if actor is not None and entry is not None and entry != key:
                tail = speaker_tokens(analysis, s.speaker.span)[len(entry.split()) :]
                actor = None if _names_elsewhere(registry, actor, tail, lang) else actor
            if actor is None and lang == "uk":  # "канцлер Німеччини", "німецький канцлер"
                actor = composed_title(registry, key.split(), text, on)
            if actor is None:  # "Всесвітня організація охорони здоров'я": the NER missed it
                actor = written_body(registry, s.speaker.span.text(text))
            name = None
            if actor is None:  # "Талибы заявили", "— RMF24": one word the NER did not tag
                # (one it tagged and the attribution left unresolved is no whole subject:
                # "Польща, країни Балтії та Україна вважають")
                words = speaker_tokens(analysis, s.speaker.span)
                if not any(t.ent_type for t in words):
                    quoted = _quoted(text, s.speaker.span)
                    actor, name = untagged_name(registry, s.speaker.span.text(text), quoted)
            if actor is None and name is None:  # "… в Испании … правительство подтвердило"
                actor, name = body_of_place(registry, analysis, s.speaker.span, lang)
            if name is not None:
                local = Entity(
                    id=slugify(name),
                    name=name,
                    kind="organisation",
                    mentions=(s.speaker.span,),
                    resolution="article",
                )
                merged.setdefault(local.id, local)
                eid = local.id
        elif eid is not None and s.speaker is not None and merged[eid].resolution == "article":
            # the mention itself may name a registry body the entity's shorter name does not
            # ("Верховна Рада України" where the sentence start left a "person" "Рада України")
            actor = match_actor(registry, s.speaker.span.text(analysis.article.text), lang=lang)
            actor = actor if actor is not None and actor.type != "person" else None
        if actor is not None and s.speaker is not None:
            holder = actor.entity((s.speaker.span,))
            old = merged.get(holder.id)
            if old is not None:
                holder = dataclasses.replace(
                    old, mentions=tuple(sorted({*old.mentions, s.speaker.span}))
                )
            merged[holder.id] = holder
            eid = holder.id
        entity = merged.get(eid) if eid else None
        if s.speaker is not None:  # "Генштаб ВСУ заявил … как заявил генштаб": that body
            entity = shorter_name(shortened, entity, speaker_tokens(analysis, s.speaker.span), lang)
        if entity is not None and s.speaker is not None:
            # "Российский поставщик" after "Газпром" and EuRoPol GAZ: the company of that
            # country, when the one the attribution took is not known to be of it
            entity = company_of(
                registry, merged, entity, speaker_tokens(analysis, s.speaker.span), lang
            )
        actor_id = entity.actor_id if entity is not None else None
        if actor_id is not None and actor_id in registry and s.speaker is not None:
            words = speaker_tokens(analysis, s.speaker.span)
            if of_another_country(registry.by_id(actor_id), words, lang):
                entity = None  # "немецкий чиновник" is no Trump named before
        resolution: Resolution = "unresolved"
        if entity is not None and entity.resolution in ("registry", "article"):
            resolution = entity.resolution
        statements.append(
            dataclasses.replace(
                s,
                speaker_entity=entity.id if entity else None,
                speaker_actor=entity.actor_id if entity else None,
                speaker_resolution=resolution if s.speaker is not None or entity else "unresolved",
            )
        )
    del text
    versions = {**analysis.versions, "actors": VERSION}
    return dataclasses.replace(
        analysis, entities=tuple(merged.values()), statements=tuple(statements), versions=versions
    )


def _resolve(
    entity: Entity,
    registry: ActorRegistry,
    lang: Lang = "ru",
    text: str = "",
    on: date | None = None,
) -> Entity:
    if entity.kind == "organisation":  # "ИА REGNUM": the outlet is REGNUM
        bare = _BRACKETED_TAIL.sub("", entity.name)
        entity = dataclasses.replace(entity, name=outlet_name(bare or entity.name, lang))
    actor = match_actor(registry, entity.name, lang=lang, person=entity.kind == "person")
    if actor is None and entity.kind == "person" and text:
        # a person written two ways in one text ("Тереза Май … Тереза Мей"): any full name
        written = {m.text(text).strip() for m in entity.mentions}
        found = {match_actor(registry, w, lang=lang, person=True) for w in written if " " in w}
        found.discard(None)
        actor = found.pop() if len(found) == 1 and _one_given_name(written) else None
    if actor is not None and actor.type == "country" and not _CYRILLIC.search(entity.name):
        actor = None  # a Latin word in a Cyrillic text names a company ("Norwegian"), not a land
    if actor is None and entity.kind in ("country", "organisation"):  # "Кремль", "Белый дом"
        # the Ukrainian dictionary's lemma may spell ґ where the text and registry write г
        # ("Вашингтон" → "Вашинґтон"): the capital as a speaker is still its government
        actor = registry.match_metonym(entity.name) or registry.match_metonym(
            entity.name.translate(_G_FOR_GHE)
        )
    if actor is None and entity.kind == "organisation":  # "німецький уряд", "МИД Польши"
        actor = national_body(registry, entity.name, lang)
    if actor is None and entity.kind == "organisation":  # "Уряд Терези Мей"
        actor = led_body(
            registry,
            entity.name,
            lang,
            on,
            lambda n: match_actor(registry, n, lang=lang, person=True),
        )
    if actor is not None:
        return actor.entity(entity.mentions)
    resolution: Resolution = "unresolved" if entity.kind == "country" else "article"
    name = entity.name
    if entity.kind == "organisation":  # "пакистанська поліція": "Поліція Пакистану"
        name = full_name(national_name(name, lang), lang)
    words = name.split()
    if entity.kind == "person" and len(words) > 2 and _role_word(words[0], lang):
        name = " ".join(words[1:])  # "Міністр Іван Петренко" at a sentence's start
    return dataclasses.replace(entity, name=name, resolution=resolution)


def _one_given_name(written: set[str]) -> bool:
    """Whether the full names of a person's mentions all give one given name, in any case or
    spelling: "Владимир Кличко" and "Виталия Кличко" are two brothers the NER joined."""
    given = sorted({w.split()[0] for w in written if " " in w})
    return all(same_given_name(given[0], g) for g in given[1:])


def _quoted(text: str, span: Span) -> bool:
    """Whether ``span`` is written inside quote marks of its own ("передає «Сіньхуа»")."""
    before = text[max(0, span.start - 1) : span.start]
    return before in OPENING_QUOTES and text[span.end : span.end + 1] in CLOSING_QUOTES


def _names_elsewhere(registry: ActorRegistry, actor: Actor, tail: list[Token], lang: str) -> bool:
    """Whether the words after a title name a registry country other than ``actor``'s: "Глава
    МЗС Польщі", "Пресс-секретарь президента Франции" are no Ukrainian or Russian holder,
    "Міністр закордонних справ України" is."""
    for t in tail:
        if t.text[:1].isupper():
            land = match_actor(registry, t.text, lang=lang)
            if land is not None and land.type == "country" and land.country != actor.country:
                return True
    return False
