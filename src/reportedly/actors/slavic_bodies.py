"""National bodies named by a country in Russian and Ukrainian ("немецкое правительство",
"уряд Німеччини", "польский МИД"): the registry's body of that country, by its English name
("Government of Germany"); a government named by its head ("уряд Мей") is that head's. The
body nouns and country adjectives are a data file
(attribution/slavic/data/national_bodies.yaml); a country noun is read through the
registry's Cyrillic country names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from importlib import resources
from typing import Any

from reportedly._yaml import load_yaml
from reportedly.actors.records import Actor
from reportedly.actors.registry import ActorRegistry
from reportedly.attribution.slavic.lexicon import default_lexicon
from reportedly.model import Token
from reportedly.nlp.slavic_morph import Lang, lemma, nominative, parses


@cache
def _table() -> dict[str, Any]:
    path = resources.files("reportedly.attribution.slavic") / "data" / "national_bodies.yaml"
    data = load_yaml(path.read_text(encoding="utf-8"))
    keys = {"heads", "adjectives", "full_names", "outlet_kinds", "country_names", "legal_forms"}
    keys |= {"led_by", "of_place"}
    if not isinstance(data, dict) or not keys <= data.keys():
        raise ValueError(f"{path}: needs the keys {', '.join(sorted(keys))}")
    return data


def national_body(registry: ActorRegistry, name: str, lang: Lang) -> Actor | None:
    """The registry body ``name`` describes by its kind and country, if it is one."""
    table = _table()
    words = [w.strip('«»"„“”') for w in name.split()]
    words = [w for w in words if w]
    lemmas = [lemma(lang, w).casefold() for w in words]
    words, lemmas = _joined_head(words, lemmas, table["heads"][lang])
    heads = [table["heads"][lang][x] for x in lemmas if x in table["heads"][lang]]
    if len(heads) != 1 or len(lemmas) > 4:
        return None
    countries = {table["adjectives"][lang].get(x) for x in lemmas} - {None}
    for word, x in zip(words, lemmas, strict=False):
        if word[:1].isupper() and x not in table["heads"][lang]:
            named = [a for a in registry.match_name(x.capitalize()) if a.type == "country"]
            countries |= {a.country for a in named if a.country}
    if len(countries) != 1:
        return None
    code = countries.pop()
    country = registry.country(code)
    if country is None:
        return None
    found = registry.match_name(heads[0].format(country=country.name))
    if not found:  # "Ministry of Defence of the United Kingdom"
        found = registry.match_name(heads[0].format(country=f"the {country.name}"))
    return found[0] if len(found) == 1 else None


def _joined_head(
    words: list[str], lemmas: list[str], heads: dict[str, str]
) -> tuple[list[str], list[str]]:
    """``words`` and ``lemmas`` with a head of several words ("министерство иностранных дел",
    "внешнеполитическое ведомство") made one item, so that the rest are read for the country."""
    for key in heads:
        parts = key.split()
        n = len(parts)
        if n < 2:
            continue
        for i in range(len(lemmas) - n + 1):
            if lemmas[i : i + n] == parts:
                joined = " ".join(words[i : i + n])
                return [*words[:i], joined, *words[i + n :]], [*lemmas[:i], key, *lemmas[i + n :]]
    return words, lemmas


def led_body(
    registry: ActorRegistry,
    name: str,
    lang: Lang,
    on: date | None,
    person: Callable[[str], Actor | None],
) -> Actor | None:
    """The government an executive noun and its head's name in the genitive name ("Уряд
    Терези Мей", "администрация Байдена"): the registry government whose office the person
    ``person`` finds held on ``on`` (or, undated, any one office); None when they held the
    offices of none or of several governments."""
    head, _, rest = name.partition(" ")
    if lemma(lang, head).casefold() not in _table()["led_by"][lang] or not rest[:1].isupper():
        return None
    written = nominative(lang, rest, "Gen")
    actor = person(written) or (person(written.split()[-1]) if " " in written else None)
    if actor is None or actor.type != "person":
        return None
    roles = [r for r in actor.roles_on(on) if r.org] if on is not None else list(actor.roles)
    orgs = {r.org for r in roles if r.org is not None and r.org in registry}
    governments = [registry.by_id(o) for o in orgs if registry.by_id(o).type == "government"]
    return governments[0] if len(governments) == 1 else None


def of_another_country(actor: Actor, tokens: Sequence[Token], lang: Lang) -> bool:
    """Whether a speaker phrase that names no one ("немецкий чиновник", "російська компанія")
    gives its role or kind a country adjective other than the country of the registry person,
    body or company ``actor`` it was resolved to: the noun's antecedent (a Trump quoted
    before, a Naftogaz named before) is then someone else."""
    if any(t.text[:1].isupper() for t in tokens[1:]):
        return False  # a name in the phrase decides ("британський прем'єр-міністр Тереза Мей")
    table = _table()["adjectives"][lang]
    codes = {table.get(t.lemma.casefold()) for t in tokens if t.pos == "ADJ"} - {None}
    known = actor.type != "country" and actor.country is not None
    return known and bool(codes) and actor.country not in codes


def country_adjectives(lang: Lang) -> dict[str, str]:
    """The lemmas of the country adjectives -> their country codes ("российский": RUS)."""
    adjectives: dict[str, str] = _table()["adjectives"][lang]
    return adjectives


def country_code(name: str, lang: Lang) -> str | None:
    """The code of the country whose nominative ``name`` the table of country names holds
    ("Испания": ESP); None when it holds none."""
    names = _table()["country_names"][lang]
    return next((c for c, n in names.items() if n.casefold() == name.casefold()), None)


def body_of_country(
    registry: ActorRegistry, noun: Token, code: str, lang: Lang
) -> tuple[Actor | None, str | None]:
    """A bare body noun ("правительство", "у поліції") read as the body of the country
    ``code``: the registry's body of that kind and country, else the name the gold gives a
    body the registry does not hold ("Поліція Пакистану"); (None, None) when ``noun`` is no
    national body noun (``of_place``) or the table of country names lacks the country."""
    kind = noun.lemma.casefold()
    written = _table()["country_names"][lang].get(code)
    if kind not in _table()["of_place"][lang] or written is None:
        return None, None
    head = _table()["heads"][lang].get(kind)
    land = registry.country(code)
    if head is not None and land is not None:
        found = registry.match_name(head.format(country=land.name))
        if len(found) == 1:
            return found[0], None
    return None, f"{kind[:1].upper()}{kind[1:]} {_genitive(lang, written)}"


def described_country(tokens: Sequence[Token], lang: Lang) -> str | None:
    """The one country a speaker phrase that names no one gives by an adjective ("Российский
    поставщик": RUS); None when it names someone or gives no country, or several."""
    if any(t.text[:1].isupper() for t in tokens[1:]):
        return None
    table = _table()["adjectives"][lang]
    codes = {table.get(t.lemma.casefold()) for t in tokens if t.pos == "ADJ"} - {None}
    return codes.pop() if len(codes) == 1 else None


def full_name(name: str, lang: Lang) -> str:
    """``name`` with the abbreviation that opens it written out ("МВД Грузии" ->
    "Министерство внутренних дел Грузии"); ``name`` itself when it opens with none."""
    first, _, rest = name.partition(" ")
    full = _table()["full_names"][lang].get(first.casefold())
    if full is None or not first[:1].isupper():
        return name
    return f"{full} {rest}".strip()


def outlet_name(name: str, lang: Lang) -> str:
    """``name`` without the words for its kind of outlet or its company form that open it
    ("ИА REGNUM" -> "REGNUM", "агенція новин AP" -> "AP", "ТОВ «Армант»" -> "Армант");
    ``name`` itself when no name follows them, or when a capitalised kind word may be the
    name's own ("Газета Выборча")."""
    words = name.split()
    kinds = {tuple(k.split()) for k in _table()["outlet_kinds"][lang]}
    if (
        len(words) > 1
        and words[0].isupper()
        and words[0].casefold() in _table()["legal_forms"][lang]
    ):
        return _unquoted(" ".join(words[1:]))  # "ТОВ «Спецінформ Безпека»", "ООО «Ромашка»"
    lemmas = tuple(lemma(lang, w).casefold() for w in words[:2])
    for n in (2, 1):
        rest = " ".join(words[n:])
        quoted = rest[:1] in ("«", '"', "“", "„")
        if lemmas[:n] not in kinds or not (rest[:1].isupper() or quoted):
            continue
        if words[0].islower() or words[0].isupper() or quoted:  # "агентство", "ИА"
            return _unquoted(rest)
    return name


def national_name(name: str, lang: Lang) -> str:
    """A body the registry does not hold, named by a country adjective and its kind, named
    as the gold names it, the kind and the country in the genitive ("пакистанська поліція" ->
    "Поліція Пакистану", "австралийское МВД" -> "МВД Австралии"); ``name`` itself else."""
    table = _table()
    words = name.split()
    if len(words) < 2 or not words[0].islower():
        return name
    forms = [lemma(lang, words[0]).casefold(), *(p.normal_form for p in parses(lang, words[0]))]
    code = next(
        (table["adjectives"][lang][f] for f in forms if f in table["adjectives"][lang]), None
    )
    country = table["country_names"][lang].get(code) if code else None
    rest = words[1:]
    if country is None or not all(w.islower() or w.isupper() for w in rest) or len(rest) > 3:
        return name
    if lemma(lang, rest[0]).casefold() not in default_lexicon(lang).bodies:
        return name  # "американська компанія" is no national body
    head = rest[0] if rest[0].isupper() else rest[0][:1].upper() + rest[0][1:]
    return " ".join([head, *rest[1:], _genitive(lang, country)])


def _genitive(lang: Lang, name: str) -> str:
    """A country's name in the genitive ("Пакистан" -> "Пакистану" in Ukrainian); an
    abbreviation ("США") as it is."""
    out = []
    for word in name.split():
        found = [p for p in parses(lang, word) if "nomn" in str(p.tag)]
        form = found[0].inflect({"gent"}) if found and not word.isupper() else None
        out.append(word if form is None else form.word[:1].upper() + form.word[1:])
    return " ".join(out)


def _unquoted(name: str) -> str:
    """``name`` without its outer quote marks, an inner pair kept ("«Група компаній «Вектор»"
    -> "Група компаній «Вектор»": one closing mark is written for both)."""
    if name[:1] in ("«", '"', "“", "„"):
        name = name[1:]
    unpaired = (
        name.count("«") < name.count("»")
        or name.count('"') % 2 == 1
        or name.count("“") + name.count("„") < name.count("”")
    )
    if name[-1:] in ("»", '"', "”") and unpaired:
        name = name[:-1]
    return name
