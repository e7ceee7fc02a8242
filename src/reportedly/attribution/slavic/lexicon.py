"""The Russian and Ukrainian cue lexicons (``data/cues_<lang>.yaml``), loaded once per language."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from reportedly._yaml import load_yaml
from reportedly.errors import ConfigError
from reportedly.model import StatementAct, Token

Lang = Literal["ru", "uk"]
LANGUAGES: tuple[Lang, ...] = ("ru", "uk")
E_LEXICON = "E622"  # a Russian/Ukrainian cue lexicon is missing or malformed


@dataclass(frozen=True, slots=True)
class Pronoun:
    gender: str | None
    plural: bool


@dataclass(frozen=True, slots=True)
class SlavicLexicon:
    """Reporting verbs by act, and the phrases, labels and words the rules read."""

    lang: Lang
    acts: dict[str, StatementAct]  # cue lemma -> act
    weak: frozenset[str]
    negators: frozenset[str]
    according_to: tuple[tuple[tuple[str, ...], str], ...]  # (lemmas, case of the source)
    reported: frozenset[str]
    citing: tuple[str, ...]
    source_labels: frozenset[str]
    repost_markers: tuple[str, ...]
    pronouns: dict[str, Pronoun]
    titles: dict[str, str]  # folded lemmas of a role description -> registry title
    # titles that name no country ("міністр закордонних справ"): the home country's holder
    # only in a text that names that country
    home_titles: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()  # role nouns that refer back like a pronoun
    # "дипломат": a role noun that names only a person whose title in the text holds one of
    # these lemmas, when the text gives the person a title of another of these roles
    role_titles: dict[str, frozenset[str]] = field(default_factory=dict)
    bodies: frozenset[str] = frozenset()  # lemmas of nouns that head a body's name ("МИД")
    generic_bodies: frozenset[str] = frozenset()  # alone they name no one ("правительство")
    outlet_anaphors: frozenset[str] = frozenset()  # "пишет издание": the outlet just cited
    # "на користь ініціативи", "в поддержку задержанных": two-word stance openings
    stance_phrases: tuple[tuple[str, ...], ...] = ()
    about_this: tuple[tuple[str, ...], ...] = ()  # "об этом", "про це" [сообщил X]: points back
    about_verbs: frozenset[str] = frozenset()  # "сообщил о X": X is the statement
    # the case an according_to phrase's own noun must be in ("со слов": Gen, not "со словами")
    according_cue_case: dict[tuple[str, ...], str] = field(default_factory=dict)
    # what an according_to phrase's source may not open with ("за підрахунком голосів": the
    # counting of votes, no source), by the phrase's lemmas
    according_not_of: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict)
    org_anaphors: frozenset[str] = frozenset()  # "видання", "компанія": the body named before
    # "ведомство": an office noun alone is the body that spoke just before, not the body the
    # text names most ("ВСУ атаковали … Минобороны утверждает … Ведомство заявило")
    office_anaphors: frozenset[str] = frozenset()
    # "уточняется в статье": an outlet's document noun alone is the outlet that reported last
    outlet_documents: frozenset[str] = frozenset()
    complement_verbs: frozenset[str] = frozenset()  # "запропонував продовжити": no "що"
    # "назвав інформацію фейком": naming verbs, read only with what the thing is called
    naming_verbs: frozenset[str] = frozenset()
    # "попросил пять систем ПВО, чтобы …": after a thing asked for, these open its purpose
    purpose_conjunctions: frozenset[str] = frozenset()
    # "попросил убежища": what a complement verb asks for by an application, not a statement
    applications: frozenset[str] = frozenset()
    # "не виключив можливості арешту": complement verbs that say something only when denied
    denied_complement_verbs: frozenset[str] = frozenset()
    # "Барньє пояснив пропозицію необхідністю …": verbs of explaining a thing by a cause, the
    # cause (an instrumental) their content
    cause_verbs: frozenset[str] = frozenset()
    # "висловив підтримку", "закликав до переговорів": complement verbs whose object alone,
    # one or two words, says what was said (complement_sense.py)
    short_complement_verbs: frozenset[str] = frozenset()
    # "вимагати": complement verbs that mean "need" after a thing ("вакцини вимагають …"),
    # and the nouns of people the dictionary reads as things ("персонал", "профспілка")
    requiring_verbs: frozenset[str] = frozenset()
    # "засудило обстріл": complement verbs that also mean "sentence" ("засудив його до …")
    condemning_verbs: frozenset[str] = frozenset()
    # "до п'яти років", "на пять лет": the words of a prison term after a condemning verb
    term_words: frozenset[str] = frozenset()
    speaking_groups: frozenset[str] = frozenset()
    # "звернувся до суду з вимогою скасувати …": nouns of a request after "з"/"с", and the
    # verbs of addressing whose subject makes it
    request_nouns: frozenset[str] = frozenset()
    request_verbs: frozenset[str] = frozenset()
    # the prepositions before a request noun ("з", "с") and those after it that open what is
    # asked for ("із проханням про перерахунок")
    request_with: frozenset[str] = frozenset()
    request_about: frozenset[str] = frozenset()
    impersonal: frozenset[str] = frozenset()  # "зазначається, що": a cue with no speaker
    # "Як повідомляється, …" in the present right after a source line: that source's words
    source_passives: frozenset[str] = frozenset()
    # "говорится в заявлении X", "йдеться в повідомленні": the document "в X" is the speaker
    document_verbs: frozenset[str] = frozenset()
    # "законопроект требует": a legal act's provision, no statement (the Russian gold's rule)
    legal_subjects: frozenset[str] = frozenset()
    # after a comma or dash, these open a clause that is no longer the reported content
    clause_breaks: tuple[tuple[str, ...], ...] = ()
    modals: frozenset[str] = frozenset()  # "слід зазначити": the writer's aside, no cue
    # "рішення про те, що …", "тверджень X про те, що …": nouns whose "про те, що" clause
    # is a statement of the noun's genitive, or of the subject of the verb before it
    noun_cues: frozenset[str] = frozenset()
    # "вимогу Трампа про перерахунок": nouns of a demand whose "про"/"о" phrase is asked for
    demand_nouns: frozenset[str] = frozenset()
    # "до ЄС сказали": prepositions whose object is never the subject beside it
    prepositions: frozenset[str] = frozenset()
    # "кореспондент Укрінформу": a reporter speaks for the outlet named after the role
    reporters: frozenset[str] = frozenset()
    # "пресс-служба Минобороны", "заявление МИД": nouns that speak for the body after them
    voices: frozenset[str] = frozenset()
    # "джерело", "собеседник": an anonymous source; of an outlet ("джерело Forbes") no one
    informants: frozenset[str] = frozenset()
    # "заявлении, опубликованном на сайте МИД": the participles and the place nouns of a
    # document on a body's site, whose owner is the speaker (attribution/slavic/sites.py)
    published: frozenset[str] = frozenset()
    # "другий американський телеканал": adjectives that set an outlet noun apart from the
    # outlet cited before
    others: frozenset[str] = frozenset()
    sites: frozenset[str] = frozenset()
    # "чоловік на ім'я Ашик Масіх", "мужчина по имени …": the name after them is the speaker's
    called: tuple[str, ...] = ()
    # "Дочка Соні Ацеведо розповіла": a kinship noun before a name is another, unnamed person
    kin: frozenset[str] = frozenset()
    # "КП" = "комунальне підприємство": a legal form's abbreviation -> its words' lemmas
    legal_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "Речник компанії", "пресс-секретарь компании": a company's spokesperson is the company
    spokespeople: frozenset[str] = frozenset()
    # "Представники компанії": representatives speak for their body, as one; staff do not
    representatives: frozenset[str] = frozenset()
    # "СМИ", "ЗМІ", "источники": media and sources in general, a speaker that names no one
    unnamed: frozenset[str] = frozenset()
    # "UPD:", "СРОЧНО:": a post's line labels, no speaker before a colon
    line_labels: frozenset[str] = frozenset()
    # the act an according_to phrase gives, where not speech ("по мнению": belief)
    according_acts: dict[tuple[str, ...], StatementAct] = field(default_factory=dict)
    # "мы", "нам": first-person words, which make a frameless sentence the frame's speech
    first_person: frozenset[str] = frozenset()
    # "Ви", "Вы": the reader addressed ("Ви підтверджуєте, що ознайомилися з Політикою …")
    readers: frozenset[str] = frozenset()
    # "имени", "імені"; "институт", "інститут": a person named after them names the body
    named_for: frozenset[str] = frozenset()
    named_after: frozenset[str] = frozenset()
    # "місто", "штат": a capitalised word right after one is a place, whatever the NER read
    place_nouns: frozenset[str] = frozenset()
    # "…, передає" ending a paragraph: an outlet's verb whose name was lost with its link
    outlet_verbs: frozenset[str] = frozenset()
    # "«…», — цитирует Тихого Reuters", "— приводит слова чиновника агентство": verbs whose
    # object is the quote's speaker, with the nouns that must come between (none: any)
    quoting: dict[str, frozenset[str]] = field(default_factory=dict)
    # "Однако, по словам X, …": words that open a sentence before an according-to aside
    connectives: frozenset[str] = frozenset()
    # "вимагав і засновник", "подтвердил и суд": words between a verb and its subject after it
    additive_particles: frozenset[str] = frozenset()
    # "кілька", "большинство": a share of a group, which names no one in it
    quantifiers: frozenset[str] = frozenset()
    # "за даними опитувань", "по данным опроса": a source that is a poll's findings, an
    # `other` statement by the poll (the golds' convention), not speech
    findings: frozenset[str] = frozenset()
    # "импичмент", "арешт": acts done to a person; a name in their genitive is no speaker
    object_nouns: frozenset[str] = frozenset()
    # "если", "якщо"; "бы", "би"; "ли", "чи": a cue in a condition, in the conditional mood
    # or in an indirect question is hypothetical, no statement
    conditionals: frozenset[str] = frozenset()
    mood_particles: frozenset[str] = frozenset()
    question_words: frozenset[str] = frozenset()
    # "визнає свою поразку: коли вирішиться …": the words a headline's question opens with
    interrogatives: frozenset[str] = frozenset()
    # "Главные заявления Путина:", "Основні тези Зеленського:": a digest header's first word
    # and its noun of saying, the speaker of the items below it (attribution/slavic/digests.py)
    digest_heads: frozenset[str] = frozenset()
    digest_nouns: frozenset[str] = frozenset()
    # "Другие заявления Пескова:", "Ещё несколько высказываний Путина:": words that may open
    # a digest header before its noun of saying, as a head word does
    digest_others: frozenset[str] = frozenset()
    # "Владимир Путин на пленарной сессии «Валдая». Главное:": lemmas of a speaking occasion
    # that make a person named before a bare "Главное:" the speaker of the items below
    digest_occasions: frozenset[str] = frozenset()
    # "Заявления сторон:": nouns after a digest's noun of saying that name no one
    digest_unnamed: frozenset[str] = frozenset()
    # "Переходная команда Трампа": nouns of the people around a person, who speak as a group
    entourages: frozenset[str] = frozenset()
    # "в інтерв'ю", "на брифінгу": lemmas of the occasion of saying, where a complement ends
    speech_occasions: frozenset[str] = frozenset()
    # "скаржилася на дискомфорт": verbs whose content is what follows "на"
    complaint_verbs: frozenset[str] = frozenset()
    # "отметил необходимость поддержки": verbs read as complement verbs only when their object
    # is one of noted_nouns (a view's noun), not "отметил юбилей"
    noting_verbs: frozenset[str] = frozenset()
    noted_nouns: frozenset[str] = frozenset()
    # "96 відсотків висловилися за страйк": verbs whose content is a stance "за"/"проти" X,
    # opened by one of stance_prepositions
    stance_verbs: frozenset[str] = frozenset()
    stance_prepositions: frozenset[str] = frozenset()
    # "наполягає на перевірці": verbs whose content is the noun after "на", not an occasion
    insisting_verbs: frozenset[str] = frozenset()
    # "наголосили на необхідності реформи": verbs whose content is one of noted_nouns after "на"
    stressing_verbs: frozenset[str] = frozenset()
    # "продовжує заявляти про перемогу": verbs whose subject says what the cue infinitive after
    # them says
    phase_verbs: frozenset[str] = frozenset()
    # "звинувачуючи його в …": complement verbs read in a gerund, whose dictionary lemma is
    # the gerund itself
    gerund_verbs: frozenset[str] = frozenset()
    # "выступила против сборной Испании": nouns whose "за"/"против" is a match, not a stance
    teams: frozenset[str] = frozenset()
    # "она уверена": a short form pymorphy3 reads only as a participle (verb lemma "уверить")
    # -> the adjective's lemma ("уверенный"), which the cue lexicon lists
    short_adjectives: dict[str, str] = field(default_factory=dict)

    def is_document_cue(self, tok: Token) -> bool:
        """Whether ``tok`` is a cue whose speaker is a document beside it: a document verb
        ("говорится в заявлении"), or a speech verb in an impersonal form ("сказано в
        сообщении", "сказано у повідомленні")."""
        if tok.lemma in self.document_verbs:
            return True
        impersonal = self.is_passive_short(tok) or "Impe" in tok.tag.split()
        return impersonal and self.acts.get(tok.lemma) == "speech"

    def is_passive_short(self, tok: Token) -> bool:
        """Whether ``tok`` is a short passive participle ("сказано", "пояснено"), whose
        speaker is unnamed; not a short adjective read as one ("она уверена")."""
        return tok.tag.startswith("PRTS") and not (
            tok.pos == "ADJ" and tok.lemma in self.short_adjectives
        )

    def act(self, lemma: str) -> StatementAct | None:
        """The act a cue lemma signals, or None when it is no cue."""
        return self.acts.get(lemma)

    @classmethod
    def load(cls, lang: Lang, path: Path | None = None) -> SlavicLexicon:
        """The packaged lexicon for ``lang`` (or the file at ``path``).

        Raises:
            ConfigError: the file is missing or malformed (E622, naming the file).
        """
        source = path or Path(str(resources.files("reportedly.attribution.slavic") / "data"))
        if path is None:
            source = source / f"cues_{lang}.yaml"
        try:
            data = load_yaml(source.read_text(encoding="utf-8"))
            return cls._parse(lang, data)
        except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError, AttributeError) as e:
            raise ConfigError(f"{source}: not a cue lexicon: {e}", code=E_LEXICON) from e

    @classmethod
    def _parse(cls, lang: Lang, data: dict[str, Any]) -> SlavicLexicon:
        unknown = sorted(set(data) - _KEYS)
        if unknown:
            # a misspelt or retired key (source_openings is now about_this) would otherwise
            # leave its rule without words, and the file would look fine
            raise ValueError(
                f"unknown key(s) {', '.join(unknown)}; known: {', '.join(sorted(_KEYS))}"
            )
        verbs = data["verbs"]
        acts: dict[str, StatementAct] = {}
        for act in ("other", "intent", "belief", "speech"):  # speech last: it wins a lemma
            for lemma in verbs.get(act, ()):
                acts[str(lemma)] = act
        for lemma in data.get("document_verbs", ()):  # "говорится в заявлении": speech
            acts.setdefault(str(lemma), "speech")
        return cls(
            lang=lang,
            acts=acts,
            weak=frozenset(map(str, verbs.get("weak", ()))),
            according_to=tuple(
                (tuple(map(str, e["words"])), str(e["case"])) for e in data["according_to"]
            ),
            citing=tuple(map(str, data.get("citing", ()))),
            source_labels=frozenset(str(s).lower() for s in data.get("source_labels", ())),
            repost_markers=tuple(str(s).lower() for s in data.get("repost_markers", ())),
            pronouns={
                str(k): Pronoun(gender=v.get("gender"), plural=v.get("number") == "plural")
                for k, v in data.get("pronouns", {}).items()
            },
            titles={str(k): str(v["title"]) for k, v in data.get("titles", {}).items()},
            home_titles=frozenset(
                str(k) for k, v in data.get("titles", {}).items() if v.get("home")
            ),
            role_titles={
                str(k): frozenset(str(w).casefold() for w in v)
                for k, v in data.get("role_titles", {}).items()
            },
            according_cue_case={
                tuple(map(str, e["words"])): str(e["cue_case"])
                for e in data["according_to"]
                if "cue_case" in e
            },
            according_not_of={
                tuple(map(str, e["words"])): frozenset(map(str, e["not_of"]))
                for e in data["according_to"]
                if "not_of" in e
            },
            according_acts={
                tuple(map(str, e["words"])): _act(e["act"], e["words"])
                for e in data["according_to"]
                if "act" in e
            },
            stance_phrases=tuple(
                tuple(str(w).casefold() for w in p) for p in data.get("stance_phrases", ())
            ),
            about_this=tuple(
                tuple(str(w).casefold() for w in p) for p in data.get("about_this", ())
            ),
            called=tuple(str(w).casefold() for w in data.get("called", ())),
            legal_forms={
                str(k): tuple(map(str, v)) for k, v in (data.get("legal_forms") or {}).items()
            },
            clause_breaks=tuple(
                tuple(str(p).casefold().split()) for p in data.get("clause_breaks", ())
            ),
            short_adjectives={
                str(k): str(v) for k, v in (data.get("short_adjectives") or {}).items()
            },
            quoting={
                str(k): frozenset(map(str, v or ())) for k, v in data.get("quoting", {}).items()
            },
            **{k: frozenset(map(str, data.get(k, ()))) for k in _LEMMA_SETS},
            **{k: frozenset(str(w).casefold() for w in data.get(k, ())) for k in _FOLDED_SETS},
        )


def _act(value: object, words: object) -> StatementAct:
    if value not in ("speech", "belief", "intent", "other"):
        raise ValueError(f"according_to {words}: act {value!r} is not speech/belief/intent/other")
    return value


# word sets read as written (lemmas): each a key of the file and a field
_LEMMA_SETS = (
    "negators", "reported", "anaphors", "bodies", "generic_bodies", "outlet_anaphors",
    "about_verbs", "org_anaphors", "office_anaphors", "outlet_documents", "voices", "informants",
    "published",
    "others", "sites", "kin", "spokespeople", "representatives", "impersonal", "source_passives",
    "document_verbs", "legal_subjects", "complement_verbs", "naming_verbs", "applications",
    "denied_complement_verbs", "cause_verbs", "short_complement_verbs", "requiring_verbs",
    "condemning_verbs", "speaking_groups", "noun_cues", "demand_nouns", "request_nouns",
    "request_verbs", "request_with", "request_about", "reporters", "outlet_verbs",
    "additive_particles", "quantifiers", "findings", "object_nouns", "digest_nouns",
    "digest_occasions", "digest_unnamed", "entourages", "speech_occasions", "complaint_verbs",
    "noting_verbs", "noted_nouns",
    "stance_verbs", "insisting_verbs", "stressing_verbs", "phase_verbs", "teams",
    "gerund_verbs",
)  # fmt: skip
# word sets compared case-folded
_FOLDED_SETS = (
    "purpose_conjunctions", "term_words", "prepositions", "unnamed", "line_labels",
    "first_person", "readers", "named_for", "named_after", "place_nouns", "connectives",
    "conditionals", "mood_particles", "question_words", "interrogatives", "digest_heads",
    "digest_others", "modals", "stance_prepositions",
)  # fmt: skip
# keys read one by one in SlavicLexicon._parse
_OTHER_KEYS = (
    "verbs", "according_to", "citing", "source_labels", "repost_markers", "pronouns", "titles",
    "about_this", "stance_phrases", "called", "legal_forms", "clause_breaks", "quoting",
    "role_titles", "short_adjectives",
)  # fmt: skip
_KEYS = frozenset((*_LEMMA_SETS, *_FOLDED_SETS, *_OTHER_KEYS))


@cache
def default_lexicon(lang: Lang) -> SlavicLexicon:
    """The packaged lexicon for ``lang``, loaded once per process."""
    return SlavicLexicon.load(lang)
