"""The cue and speaker helpers every Russian/Ukrainian rule shares: which token is a cue,
its act and negation, and the speaker the cue's clause names."""

from __future__ import annotations

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.addressees import after_agrees, named_as, told
from reportedly.attribution.slavic.agreement import first_person
from reportedly.attribution.slavic.apposition import (
    apposed_subject,
    relative_head,
    subject_before_relative,
)
from reportedly.attribution.slavic.bodies import IN_DOC, located_body, located_document
from reportedly.attribution.slavic.distant_subjects import subject_across_phrases
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import (
    cue_lemma,
    finite_reading,
    governor,
    is_gerund,
    is_infinitive,
)
from reportedly.attribution.slavic.late_subjects import subject_after_infinitive
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import (
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
        if first_person(t):
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
        if fact_subject(self.parse, k) or evidence_subject(self.parse, self.lexicon, k):
            return None  # "…, что подтверждает версию о том, что …": a fact, no one's words
        after = phrase_after(self.parse, k + 1, stop)
        if after is not None and self.text[after.start : after.end].lower() in {"те", "то"}:
            after = None  # "заявив про те, що": the subject is before the verb
        if after is not None and told(self.parse, self.conj, k, after):
            after = None  # "Ашіг Масіх повідомив DW, що …": DW was told
        if after is not None and named_as(self.parse, after):
            after = None  # "Пенс назвав такий варіант таким, що …": what was named
        if after is not None and not after_agrees(self.parse, k, after):
            after = None  # "та висловила сподівання, що": the object, not the subject
        if after is not None and self.parse.lang == "uk" and _possessive(self.parse, after):
            after = None  # "суд відхилив її скаргу": her complaint, not her
        if after is None and (late := subject_after_infinitive(self.parse, k)) is not None:
            return late  # "… намагалися використати … адвокат Трампа": not the phrase before
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
        return found or self.shared_subject(k)

    def speaker_of(self, k: int) -> Span | None:
        """The speaker of cue token ``k`` as the cue rules find it (:meth:`_speaker`)."""
        return self._speaker(k, len(self.parse.tokens))

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

    def _connective(self, t: Token) -> bool:
        return t.text.lower() in self.lexicon.connectives

    def shared_subject(self, k: int) -> Span | None:
        """The subject of the verb cue ``k`` is coordinated with ("Трамп не вірить …, і
        запевняє, що", "Трамп відреагував …: каже, що"; Ukrainian, with no parse): the
        phrase before the last verb of its sentence before the "і"/"та" or colon."""
        tokens = self.parse.tokens
        j = k - 1
        while j >= 0 and tokens[j].pos in {"ADV", "PART"}:
            if j > 0 and tokens[j - 1].text == "," and self._connective(tokens[j]):
                break  # "…, однако не подтвердил": the tagger's adverb joins the predicate
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
                # "закликали Ryanair припинити … та вимагали"; not "вірить" (also finite)
                and not (is_infinitive(tokens[v]) and not finite_reading(self.parse, tokens[v]))
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


def fact_subject(parse: SlavicParse, k: int) -> bool:
    """Whether the parse makes a relative "что" after a comma the subject of cue ``k``
    ("…, что подтверждает версию": the clause before, a fact; not "который")."""
    tokens = parse.tokens
    return any(
        t.head == k
        and t.dep in ("nsubj", "nsubj:pass")
        and t.text.casefold() == "что"
        and t.i > 0
        and tokens[t.i - 1].text == ","
        for t in tokens[max(0, k - 4) : k]
    )


def evidence_subject(parse: SlavicParse, lexicon: SlavicLexicon, k: int) -> bool:
    """Whether cue ``k`` is "говорит о том, что" whose parsed subject is "это" or a thing, no
    body or person ("Это говорит о том, что …", "Манера … говорит о том, что …"): evidence of
    the clause, nobody's words."""
    tokens = parse.tokens
    if tokens[k].lemma != "говорить" or k + 2 >= len(tokens):
        return False
    if [t.text.casefold() for t in tokens[k + 1 : k + 3]] != ["о", "том"]:
        return False
    subject = next(
        (t for t in tokens[max(0, k - 30) : k] if t.head == k and t.dep == "nsubj"), None
    )
    if subject is None:
        return False
    if subject.text.casefold() in {"это", "что", "всё", "все"}:
        return True
    kinds = lexicon.bodies | lexicon.voices | lexicon.org_anaphors | lexicon.outlet_anaphors
    return (
        subject.pos == "NOUN"
        and "Animacy=Inan" in subject.morph
        and subject.lemma.casefold() not in kinds
    )


def unsourced_passive(parse: SlavicParse, lexicon: SlavicLexicon, k: int) -> bool:
    """Whether cue ``k`` is a short passive participle with no document or body "в …" before
    it in its sentence ("достоверно подтверждено, что …": nobody's statement; not "В
    сообщении Росавиации, которое цитируют агентства, сказано, что …")."""
    tokens = parse.tokens
    if not lexicon.is_passive_short(tokens[k]):
        return False
    return not any(
        tokens[j].sent == tokens[k].sent
        and tokens[j].lemma.casefold() in lexicon.voices | lexicon.bodies
        and tokens[j - 1].text.casefold() in IN_DOC
        for j in range(max(1, k - 20), k)
    )


_POSSESSIVES_UK = frozenset({"її", "його", "їх", "їхній", "їхня", "їхнє", "їхні"})


def _possessive(parse: SlavicParse, phrase: Span) -> bool:
    """Whether a Ukrainian phrase after a verb is a possessive pronoun alone that a noun
    follows ("відхилив [її] скаргу"): the object's determiner, no subject."""
    inside = parse.tokens_in(phrase)
    if len(inside) != 1 or parse.tokens[inside[0]].text.casefold() not in _POSSESSIVES_UK:
        return False
    nxt = inside[0] + 1
    t = parse.tokens[nxt] if nxt < len(parse.tokens) else None
    return t is not None and t.sent == parse.tokens[inside[0]].sent and t.pos == "NOUN"
