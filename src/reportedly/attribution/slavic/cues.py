"""The cue and speaker helpers every Russian/Ukrainian rule shares: which token is a cue,
its act and negation, and the speaker the cue's clause names."""

from __future__ import annotations

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.agreement import agrees
from reportedly.attribution.slavic.apposition import (
    apposed_subject,
    relative_head,
    subject_before_relative,
)
from reportedly.attribution.slavic.bodies import located_body, located_document
from reportedly.attribution.slavic.complements import nominative_subject
from reportedly.attribution.slavic.distant_subjects import subject_across_phrases
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import cue_lemma, governor, is_gerund, is_infinitive
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import (
    PERSONAL,
    RELATIVE,
    SlavicParse,
    phrase_after,
    phrase_before,
    subject,
)
from reportedly.attribution.slavic.quoted import CLOSING_QUOTES, OPENING_QUOTES
from reportedly.model import Span, Token

WEAK = 0.2  # taken off a belief verb's confidence ("считает, что")
VERBAL = {"VERB", "AUX"}
_JOINS = {"і", "й", "та", "и", ":"}  # a verb's second predicate, or its headline's
# "пояснив, як …"; "щоби" is "щоб" ("домагався, щоби … скасували")
_CONJ = {"ru": ("что", "чтобы"), "uk": ("що", "щоб", "щоби", "як")}


class Cues:
    """One article's masked text, parse and lexicon, and the cue helpers over them."""

    def __init__(self, masked: str, parse: SlavicParse, lexicon: SlavicLexicon) -> None:
        self.text = masked
        self.parse = parse
        self.lexicon = lexicon
        self.conj = _CONJ[lexicon.lang]
        self.quotes: list[Quote] = []  # set by the caller: a content ends with its quote

    # -- cues ------------------------------------------------------------------------

    def cue_in(self, span: Span, limit: int = 8) -> int | None:
        """The first cue verb among the first ``limit`` tokens of ``span``."""
        for n, k in enumerate(self.parse.tokens_in(span)):
            if n >= limit:
                break
            if self._is_cue(k):
                return k
        return None

    def _is_cue(self, k: int) -> bool:
        t = self.parse.tokens[k]
        if k > 0 and self.parse.tokens[k - 1].text.lower() in self.lexicon.modals:
            return False  # "Слід зазначити, що": the writer's own aside
        if "1per" in t.tag or "Person=1" in t.morph:
            # "Напомним, …", "Нагадаємо, …": the writer's aside; "Наголошую, що …", "я
            # считаю" inside a quote: the quote is the statement, its speaker no first person
            return False
        if "impr" in t.tag or "Mood=Imp" in t.morph:
            return False  # "пропонуйте цікаві теми", "скажите, что …": a bidding, no report
        if is_infinitive(t) and self._quoted(t.span):
            return False  # "Можна програти й сказати: …" inside a quote: no one says it
        lemma = cue_lemma(t, self.lexicon)
        return t.pos in {"VERB", "ADJ", "AUX"} and self.lexicon.act(lemma) is not None

    def _quoted(self, span: Span) -> bool:
        return any(q.inner.contains(span) for q in self.quotes)

    def _fill_cue(self, d: SlavicDraft, k: int) -> None:
        t = self.parse.tokens[k]
        d.cue, d.cue_token = t.span, k
        lemma = cue_lemma(t, self.lexicon)
        d.act = self.lexicon.act(lemma) or "speech"
        if lemma in self.lexicon.weak:
            d.confidence = round(d.confidence - WEAK, 3)
        prev = self.parse.tokens[k - 1] if k > 0 else None
        if prev is not None and prev.text.lower() in self.lexicon.negators:
            d.negated = True
            d.cue = Span(prev.start, t.end)

    def _speaker(self, k: int, stop: int) -> Span | None:
        """The speaker of cue token ``k``: its parsed subject, else a phrase after it, else
        one before it, else a body "в X" beside a plural verb; never a relative pronoun
        ("который утверждает"), and nobody for an impersonal passive ("в документации
        указано, что", "вказано", "зазначається")."""
        t = self.parse.tokens[k]
        if is_gerund(t):  # "…, наполягаючи, що …": the subject of the verb it qualifies
            head = governor(self.parse, k)
            return self._speaker(head, len(self.parse.tokens)) if head is not None else None
        if self.lexicon.is_document_cue(t):
            return located_document(self.parse, k, self.lexicon)
        if self.lexicon.is_passive_short(t) or t.lemma in self.lexicon.impersonal:
            return None
        after = phrase_after(self.parse, k + 1, stop)
        if after is not None and self.text[after.start : after.end].lower() in {"те", "то"}:
            after = None  # "заявив про те, що": the subject is before the verb
        if after is not None and (
            self._told_name(k, after)
            or self._told_noun(k, after)
            or self._told_at(k, after)
            or self._told_quoted(k, after)
        ):
            after = None  # "Ашіг Масіх повідомив DW, що …": DW was told
        if after is not None and self._named_as(after):
            after = None  # "Пенс назвав такий варіант таким, що …": what was named
        if after is not None and not self._after_agrees(k, after):
            after = None  # "та висловила сподівання, що": the object, not the subject
        located = located_body(self.parse, k, self.lexicon.bodies)  # "в Кремле заявили"
        found = (
            subject(self.parse, k)
            or after
            # "У Міністерстві оборони України заявили": the body, not its genitive tail
            or (located if located is not None and located.end <= t.start else None)
            or phrase_before(self.parse, k)
            or located
            or apposed_subject(self.parse, k)  # "Угур Шахін, директор BioNTech, сподівається"
            or subject_before_relative(self.parse, k)  # "Pfizer, яка співпрацює з …, оголосила"
            # "Матеуш Моравецький під час дебатів у … парламенті заявив"
            or subject_across_phrases(self.parse, k, self.lexicon)
        )
        if found is not None and found.end <= t.start:
            found = self._citing(found) or found
        if found is not None and self.text[found.start : found.end].lower() in RELATIVE:
            return relative_head(self.parse, found)  # "ВГСУ, який заявив": ВГСУ; else none
        return found or self._shared_subject(k)

    def _told_name(self, k: int, after: Span) -> bool:
        """Whether the Latin name right after Ukrainian cue ``k`` is its addressee: a person
        (a named one, or a personal pronoun) stands right before the verb as its subject
        ("Ашіг Масіх повідомив DW, що …"). With no parse, the name's case is unknown."""
        tokens = self.parse.tokens
        inside = [tokens[j] for j in self.parse.tokens_in(after)]
        if self.parse.lang != "uk" or not inside or inside[0].i != k + 1:
            return False
        if not all(t.text.isascii() and t.text[:1].isupper() for t in inside):
            return False
        if any(t.ent_type == "PERSON" for t in inside):
            return False
        before = self._phrase_right_before(k)
        if before is None:
            return False
        words = [tokens[j] for j in self.parse.tokens_in(before)]
        return any(t.ent_type == "PERSON" for t in words) or (
            len(words) == 1 and words[0].lemma in PERSONAL
        )

    def _told_at(self, k: int, after: Span) -> bool:
        """Whether the one name right after a plural Ukrainian cue ``k`` is its addressee:
        the clause opens with the place it was said in, "у"/"в" and a noun ("У самій клініці
        розповіли РБК, що …"; the people there spoke, to РБК)."""
        tokens = self.parse.tokens
        inside = self.parse.tokens_in(after)
        if self.parse.lang != "uk" or len(inside) != 1 or inside[0] != k + 1:
            return False
        if "Number=Plur" not in tokens[k].morph or not tokens[k + 1].text[:1].isupper():
            return False
        j = k - 1
        while (
            j >= 0
            and tokens[j].sent == tokens[k].sent
            and tokens[j].pos in {"NOUN", "ADJ", "DET", "PRON"}
        ):
            j -= 1
        opens = j < 1 or tokens[j - 1].sent != tokens[k].sent or tokens[j - 1].text == ","
        return 0 <= j < k - 1 and tokens[j].text.lower() in {"у", "в"} and opens

    def _told_noun(self, k: int, after: Span) -> bool:
        """Whether the common noun right after Ukrainian cue ``k``, its "що" clause right after
        it, is the addressee: a subject agreeing with the verb stands right before the verb
        ("ТД «Украгропром» повідомив держпідприємство, що …")."""
        tokens = self.parse.tokens
        inside = self.parse.tokens_in(after)
        if self.parse.lang != "uk" or not inside or inside[0] != k + 1 or k < 1:
            return False
        rest = [t.text.lower() for t in tokens[inside[-1] + 1 : inside[-1] + 3]]
        if rest != [",", "що"] or not all(tokens[i].text.islower() for i in inside):
            return False
        before = self._phrase_right_before(k)
        if before is None:
            return False
        return nominative_subject(self.parse, before, tokens[k]) and agrees(self.parse, k, before)

    def _told_quoted(self, k: int, after: Span) -> bool:
        """Whether the name in quote marks right after cue ``k``, its clause right after it
        (", що"/", что", "про те, що"/"о том, что"), is the one told: a subject agreeing with
        the verb stands right before it ("«Газпром» поінформував «Нафтогаз» про те, що …")."""
        tokens = self.parse.tokens
        inside = self.parse.tokens_in(after)
        if not inside or inside[0] != k + 1 or tokens[k + 1].text not in OPENING_QUOTES:
            return False
        rest = [t.text.lower() for t in tokens[inside[-1] + 1 : inside[-1] + 5]]
        if rest[:2] not in ([",", c] for c in self.conj) and rest[:4] not in (
            ["про", "те", ",", "що"],
            ["о", "том", ",", "что"],
        ):
            return False
        before = phrase_before(self.parse, k)  # "«Газпром» офіційно поінформував": an adverb
        if before is None or any(
            t.end > before.end and t.pos != "ADV" for t in tokens[max(0, k - 3) : k]
        ):
            return False
        return nominative_subject(self.parse, before, tokens[k]) and agrees(self.parse, k, before)

    def _after_agrees(self, k: int, after: Span) -> bool:
        """Whether a common noun opening the phrase after cue ``k`` may be the verb's subject
        by number and by a past tense's neuter ("висловила сподівання", "заявила в інтерв'ю":
        a neuter noun, no subject of a feminine verb). Masculine and feminine are not
        weighed ("заявила представитель МИД": a woman's title is masculine), nor a name's
        gender (the dictionary's guess)."""
        tokens = self.parse.tokens
        inside = self.parse.tokens_in(after)
        head = next((tokens[i] for i in inside if tokens[i].pos in {"NOUN", "PROPN"}), None)
        if head is None or head.pos != "NOUN" or not head.text.islower():
            return True
        verb, noun = _gender(tokens[k]), _gender(head)
        neuter_mismatch = (
            verb is not None and noun is not None and (verb == "Neut") != (noun == "Neut")
        )
        return agrees(self.parse, k, after) and not neuter_mismatch

    def _phrase_right_before(self, k: int) -> Span | None:
        """The nominative phrase that ends right at cue ``k``, or None."""
        before = phrase_before(self.parse, k)
        return before if before is not None and before.end == self.parse.tokens[k - 1].end else None

    def _named_as(self, after: Span) -> bool:
        """Whether the phrase after a cue is followed by an instrumental "таким"/"такой" ("назвав
        такий варіант таким, що …", "назвал эти слова такими, что …"): an object named as
        something, not the verb's subject."""
        inside = self.parse.tokens_in(after)
        tokens = self.parse.tokens
        if not inside or inside[-1] + 1 >= len(tokens):
            return False
        nxt = tokens[inside[-1] + 1]
        return nxt.lemma in {"такий", "такой"} and self.parse.has_case(nxt, "Ins")

    def _citing(self, found: Span) -> Span | None:
        """The subject before a citing phrase the phrase ``found`` closes ("Видання «Страна»
        з посиланнями на власні джерела повідомило": the outlet, not its sources)."""
        before = self.text[max(0, found.start - 40) : found.start].casefold()
        for c in self.lexicon.citing:
            if before.rstrip().endswith(c):
                at = found.start - len(before) + before.rstrip().rfind(c)
                k = self.parse.token_at(at)
                return self._named_before(k) if k else None
        return None

    def _named_before(self, k: int) -> Span | None:
        """The subject phrase ending right before token ``k``, one closing with a name in
        quote marks included ("видання «Страна»")."""
        tokens = self.parse.tokens
        if tokens[k - 1].text not in CLOSING_QUOTES:
            return phrase_before(self.parse, k)
        o = k - 2
        while o > 0 and k - o < 8 and tokens[o].text not in OPENING_QUOTES:
            o -= 1
        if tokens[o].text not in OPENING_QUOTES:
            return None
        kind = phrase_before(self.parse, o)
        start = kind.start if kind is not None else tokens[o].start
        return Span(start, tokens[k - 1].end)

    def _shared_subject(self, k: int) -> Span | None:
        """The subject of the verb cue ``k`` is coordinated with ("Трамп не вірить …, і
        запевняє, що", "Трамп відреагував …: каже, що"; Ukrainian, with no parse): the
        phrase before the last verb of its sentence before the "і"/"та" or colon."""
        tokens = self.parse.tokens
        j = k - 1
        while j >= 0 and tokens[j].pos in {"ADV", "PART"}:
            j -= 1
        # "…, утім додав, що": a connective after a comma joins a second predicate too
        but = (
            j > 0
            and tokens[j - 1].text == ","
            and tokens[j].text.lower() in self.lexicon.connectives
        )
        if j < 0 or (tokens[j].text.lower() not in _JOINS and not but):
            return None
        clause = self._clause_cue_before(j, k) if tokens[j - 1].text == "," else None
        if clause is not None:  # "Трамп заявив, що …, і додав, що …": Trump
            return self._speaker(*clause)
        if self.parse.lang != "uk":
            return self._cue_subject_before(j, k)
        for v in range(j - 1, -1, -1):
            if tokens[v].sent != tokens[k].sent or tokens[v].lemma in RELATIVE:
                return None
            if (
                tokens[v].pos == "VERB"
                and "GRND" not in tokens[v].tag
                and "PRT" not in tokens[v].tag
            ):
                found = phrase_before(self.parse, v)
                first = self.parse.tokens_in(found) if found is not None else range(0)
                if first and tokens[first[0]].lemma in RELATIVE:
                    return None  # "партія, яка програла вибори, і заявила": whose?
                if found is None and self._is_cue(v):
                    return phrase_after(self.parse, v + 1, j)  # "- сказав Байден і пообіцяв"
                return found
        return None

    def _clause_cue_before(self, j: int, k: int) -> tuple[int, int] | None:
        """The first cue of cue ``k``'s sentence whose "що"/"что" clause runs to the join
        ``j`` ("Трамп заявив, що …, і додав"), and the comma before its clause."""
        tokens = self.parse.tokens
        first = j
        while first > 0 and tokens[first - 1].sent == tokens[k].sent:
            first -= 1
        for c in range(first, j - 2):
            if not self._is_cue(c) or is_gerund(tokens[c]):
                continue
            for m in range(c + 1, min(c + 8, j - 1)):
                t = tokens[m]
                if t.text == ",":
                    if tokens[m + 1].text.lower() in {"що", "что"}:
                        return c, m
                    break
                if t.pos in {"VERB", "AUX", "PUNCT"}:
                    break
        return None

    def _cue_subject_before(self, j: int, k: int) -> Span | None:
        """Russian: the parsed subject of the verb cue ``k`` is coordinated with ("OMV
        выиграла спор … и заявила, что …"), or the name after that verb when it is a cue
        framing a quote ("— сказал Песков и добавил, что …")."""
        tokens = self.parse.tokens
        parsed = tokens[k].head
        head: int | None = parsed
        if tokens[k].dep != "conj" or not 0 <= parsed < k or not _finite(tokens[parsed]):
            # no parse of the join: the last finite verb before it ("— сказал Песков и …")
            head = next(
                (
                    v
                    for v in range(j - 1, -1, -1)
                    if _finite(tokens[v]) or tokens[v].sent != tokens[k].sent
                ),
                None,
            )
        if head is None or tokens[head].sent != tokens[k].sent or not _finite(tokens[head]):
            return None
        genders = {self.parse.gender(tokens[head]), self.parse.gender(tokens[k])}
        if {"male", "female"} <= genders:
            return None  # "«Газпром» объявил …, как OMV выиграла спор … и заявила": not his
        # the verb the cue is coordinated with, cue or not ("OMV выиграла спор … и заявила")
        found = subject(self.parse, head)
        if found is None and self._is_cue(head):
            found = phrase_after(self.parse, head + 1, j)
        return found

    # -- helpers -------------------------------------------------------------------

    def _last(self, k: int) -> int:
        tokens = self.parse.tokens
        j = k
        while j + 1 < len(tokens) and tokens[j + 1].sent == tokens[k].sent:
            j += 1
        return j

    def _sentence_end(self, k: int) -> int:
        """Where the sentence of token ``k`` ends (its last token's end)."""
        return self.parse.tokens[self._last(k)].end

    def legal(self, d: SlavicDraft) -> bool:
        """Whether a draft states a legal act's provision: its cue's subject before it, or
        the phrase before it, is headed by one of the lexicon's legal_subjects ("Законопроект
        … требует, чтобы …")."""
        if d.cue_token is None or not self.lexicon.legal_subjects:
            return False
        k = d.cue_token
        tokens = self.parse.tokens
        found = subject(self.parse, k) or phrase_before(self.parse, k)
        if found is not None and found.start < tokens[k].start:
            heads = [tokens[j] for j in self.parse.tokens_in(found)]
        else:  # "Законопроект о санкциях против России и Беларуси официально требует"
            first = k  # the sentence's opening words, when no comma or verb parts them from k
            while first > 0 and tokens[first - 1].sent == tokens[k].sent:
                first -= 1
            between = tokens[first:k]
            if any(t.text == "," or t.pos in VERBAL for t in between):
                return False
            heads = list(between)
        noun = next((t for t in heads if t.pos in {"NOUN", "PROPN"}), None)
        return noun is not None and noun.lemma.casefold() in self.lexicon.legal_subjects


def _finite(t: Token) -> bool:
    """A verb in a finite form: not an infinitive, gerund or participle."""
    return t.pos == "VERB" and not is_infinitive(t) and not is_gerund(t) and "PRT" not in t.tag


def _gender(t: Token) -> str | None:
    """A token's one gender ("Masc", "Fem", "Neut") by its morphology, or None."""
    found = [g for g in ("Masc", "Fem", "Neut") if f"Gender={g}" in t.morph]
    return found[0] if len(found) == 1 else None
