"""The Russian/Ukrainian attribution rules: reported speech ("заявил, что …"), "по словам
X"/"за словами X", and frames after plain content (from
:class:`~reportedly.attribution.slavic.frames_after.FramesAfter`); quotes with their frames
and dash speech come from :class:`~reportedly.attribution.slavic.quote_frames.QuoteFrames`.

Each rule returns :class:`SlavicDraft` records; offsets are into the original text (the rules
read the masked copy, see :func:`~reportedly.attribution.slavic._text.mask`).
"""

from __future__ import annotations

from reportedly.attribution.slavic._text import AND, DASHES, trim
from reportedly.attribution.slavic.agreement import first_person, grams, same_form
from reportedly.attribution.slavic.cues import VERBAL
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.frames_after import FramesAfter
from reportedly.attribution.slavic.gerunds import is_gerund, is_infinitive
from reportedly.attribution.slavic.participles import described_by, resumes
from reportedly.attribution.slavic.predicates import second_predicate
from reportedly.attribution.slavic.quoted import CLOSING_QUOTES, MARKS
from reportedly.model import Span
from reportedly.nlp.slavic_morph import cases

# what may follow a name in quote marks between a cue and its clause: the clause's comma,
# or "про те"/"о том"
_AFTER_NAME = frozenset({",", "про", "о", "об"})


class Rules(FramesAfter):
    """The rules over one article's masked text, parse and lexicon."""

    # -- reported speech -----------------------------------------------------------

    def indirect(self, used: set[int]) -> list[SlavicDraft]:
        """ "X заявил, что …" / "X сказав, що …" and "…, сообщил X." (a frame after plain
        content); "как заявил X, …"."""
        drafts: list[SlavicDraft] = []
        tokens = self.parse.tokens
        for k, _t in enumerate(tokens):
            if k in used:
                continue
            if not self._is_cue(k):
                possible = self._not_ruled_out(k)
                if possible is not None:
                    drafts.append(possible)
                continue
            conj = self._conj_after(k)
            colon = self._colon_after(k)
            if conj is not None:
                d = self._that_clause(k, conj)
            elif colon is not None:
                d = self._that_clause(k, colon)
            elif is_gerund(tokens[k]):
                d = None  # "…, подчеркнув это": a gerund frames nothing before it
            else:
                d = self._frame_after_plain(k)
            if d is not None:
                drafts.append(d)
        return drafts

    def _not_ruled_out(self, k: int) -> SlavicDraft | None:
        """ "Он не исключил, что …" / "не виключив, що …": the speaker says the clause may be
        so, a statement of positive polarity (the negator joins the cue, nothing is denied).
        Only with a "что"/"що" clause; "не исключил введения войск" is complements.py's."""
        tokens = self.parse.tokens
        t = tokens[k]
        if (
            k == 0
            or t.pos != "VERB"
            or t.lemma not in self.lexicon.denied_complement_verbs
            or tokens[k - 1].text.lower() not in self.lexicon.negators
            or is_infinitive(t)
            or is_gerund(t)
            or first_person(t)  # "Я не виключаю, що …" inside a quote: the quote speaks
            or "VerbForm=Part" in t.morph
            or t.tag.startswith("PRTS")
            or t.text.lower().endswith(("но", "то"))  # "не виключено, що": nobody speaks
        ):
            return None
        conj = self._conj_after(k)
        if conj is None or tokens[conj].text.lower() not in {"что", "що"}:
            return None
        d = self._that_clause(k, conj)
        if d is not None:
            d.negated = False
        return d

    def _colon_after(self, k: int) -> int | None:
        """The colon that opens cue ``k``'s content: right after it, or after a few words
        that are no verb ("подчеркнув при этом: …"); not one a quote follows (a frame)."""
        tokens = self.parse.tokens
        for j in range(k + 1, min(k + 5, len(tokens) - 1)):
            t = tokens[j]
            if t.sent != tokens[k].sent or t.pos in VERBAL:
                return None
            if t.text == ":":
                if tokens[j + 1].text.casefold() in self.lexicon.interrogatives and any(
                    self._object(i) for i in range(k + 1, j)
                ):
                    return None  # "Трамп не визнає свою поразку: коли вирішиться …": a question
                return j if tokens[j + 1].text not in '«„“"' else None
            if t.pos == "PUNCT":
                return None
        return None

    def _conj_after(self, k: int) -> int | None:
        """The "что"/"що" of cue ``k``'s clause: right after it, or after a few words that
        are no verb ("сказал мне, что", "заявил в понедельник Лавров, что")."""
        tokens = self.parse.tokens
        inside = False  # within a name in quote marks
        for j in range(k + 1, min(k + 8, len(tokens) - 1)):
            t = tokens[j]
            if t.sent != tokens[k].sent or t.pos in {"VERB", "AUX"}:
                return None
            if t.text == ",":
                nxt = tokens[j + 1]
                if nxt.text.lower() not in self.conj or self._relative(k, j + 1):
                    return None
                if nxt.text.casefold() in self.lexicon.purpose_conjunctions and any(
                    self._thing_asked(i) for i in range(k + 1, j)
                ):
                    return None  # "попросил … пять систем ПВО, чтобы …": the systems are asked
                return j + 1
            if t.text in MARKS:
                # "сказал «Интерфаксу», что", "поінформував «Нафтогаз» про те, що": a name in
                # marks ends nothing; "назвав «Північний потік-2» помилкою, що" is a naming
                closing = inside and t.text in CLOSING_QUOTES
                if closing and tokens[j + 1].text.lower() not in _AFTER_NAME:
                    return None
                if not inside and any(self._object(i) for i in range(k + 1, j)):
                    return None  # "прокоментували заяву «Газпрому» про те, що": its claim
                inside = not closing
                continue
            if t.text in {"—", "–"}:  # "сообщают — пока без подробностей — что …": an aside
                nxt = tokens[j + 1]
                if j > k + 1 and nxt.text.lower() in self.conj and not self._relative(k, j + 1):
                    return j + 1
                if j == k + 1:
                    continue
                return None
            if t.pos == "PUNCT":
                return None
        return None

    def _relative(self, k: int, conj: int) -> bool:
        """Whether the "что"/"що" at ``conj``, after cue ``k``'s object and a comma, is a
        relative pronoun, the subject of the verb right after it ("планирует большие
        расходы, что не пойдет на пользу"): a clause of its own ("предупредила Киев, что
        ответ будет …") has a subject first, one a correlative holds ("назвав … таким, що")
        follows no noun."""
        tokens = self.parse.tokens
        j = conj + 1
        if j < len(tokens) and tokens[j].text.lower() in {"не", "ні"}:
            j += 1
        verb = (
            j < len(tokens)
            and tokens[j].pos in {"VERB", "AUX"}
            and "Person=1" not in tokens[j].morph
        )
        # the noun phrase ends at the comma ("назвав варіант таким, що": "таким" holds it)
        noun = tokens[conj - 2].pos in {"NOUN", "PROPN"}
        return verb and noun and any(self._object(i) for i in range(k + 1, conj - 1))

    def _object(self, i: int) -> bool:
        """Whether token ``i`` is a noun in the accusative (Ukrainian: that case alone)."""
        t = self.parse.tokens[i]
        if t.pos != "NOUN":
            return False
        if self.parse.lang == "uk":
            return cases("uk", t.text) == {"Acc"}
        return "Case=Acc" in t.morph

    def _thing_asked(self, i: int) -> bool:
        """Whether token ``i`` is a thing a cue asks for: an inanimate noun in the accusative
        or a number ("пять систем"), not a person asked ("попросил журналистов")."""
        t = self.parse.tokens[i]
        return t.pos == "NUM" or (self._object(i) and "anim" not in grams(t))

    def _that_clause(self, k: int, conj: int) -> SlavicDraft | None:
        tokens = self.parse.tokens
        start = tokens[conj].end
        sent_end = self._sentence_end(conj)
        holder = [q.inner.end for q in self.quotes if q.inner.contains(tokens[k].span)]
        if holder:  # reported inside a quote: the content ends where the quote does
            sent_end = min(sent_end, min(holder))
        # … or where a frame interrupts it: "…, что Америка превыше всего, — говорится …",
        # "…, що газопровід – це зброя – нагадує видання"
        # Ukrainian "опитування показало, що 51% …, а 41% заявили, що …": the finding is both
        finding = self.parse.lang == "uk" and self.lexicon.act(tokens[k].lemma) == "other"
        for j in range(conj + 1, len(tokens)):
            if tokens[j].start >= sent_end:
                break
            if tokens[j].text in DASHES + "-" and j + 1 < len(tokens) and self._is_cue(j + 1):
                sent_end = tokens[j].start
                break
            if tokens[j].text in DASHES + ",-" and self._breaks(j, finding):
                sent_end = tokens[j].start  # "…, в той час як …", "… — зокрема, …"
                break
            if tokens[j].text == ";":
                sent_end = tokens[j].start  # "…, що має намір …; Мей заявила про це …"
                break
            if tokens[j].text in ".!?" and tokens[j + 1 : j + 2] and tokens[j + 1].text in MARKS:
                sent_end = tokens[j].start  # "… на пользу.«Это …»": the quote is no part of it
                break
            if tokens[j].text == "," and j + 1 < len(tokens) and self._gerund_cue(j + 1):
                sent_end = tokens[j].start  # "…, отметив, что …": the gerund's own statement
                break
            if tokens[j].text == "," and self._framed_clause(j + 1):
                sent_end = tokens[j].start  # "…, на встрече он указал …, что …": its own frame
                break
            if tokens[j].text == "," and self._second_cue(j + 1, k):
                sent_end = tokens[j].start  # "…, и подчеркнул, что …": the second cue's own
                break
            joins = j + 1 if tokens[j].text == "," else j  # "досягнуті[,] і запросила"
            if second_predicate(self.parse, k, conj, joins, self.lexicon.connectives):
                sent_end = tokens[j].start  # "заявила, що угоди досягнуті, і запросила …"
                break
            if tokens[j].text == "," and self._frame_closes(j + 1, sent_end):
                sent_end = tokens[j].start  # "…, що угоди досягнуті, зазначає Deutsche Welle."
                break
            if tokens[j].text == "," and described_by(self.parse, k) and resumes(self.parse, j):
                sent_end = tokens[j].start  # "Захарова, заявившая, что …, также отметила"
                break
        content = trim(self.text, Span(start, sent_end), " \t\n\xa0,;:.")
        if len(content) < 3:
            return None
        d = SlavicDraft("indirect", [content], "ru-uk:indirect")
        self._fill_cue(d, k)
        if (described := described_by(self.parse, k)) is not None:
            d.speaker, d.speaker_case = described  # "украинских СМИ, заявивших, что …"
            return d
        d.speaker = self._speaker(k, conj)
        return d

    def _second_cue(self, j: int, first: int) -> bool:
        """Whether "и"/"і"/"та" at token ``j`` joins a second cue with a clause of its own
        ("…, и подчеркнул, что …", "…, і додав: …"), or a complement verb of the lexicon's
        ``short_complement_verbs`` in the form of the first cue ``first`` ("Він заявив, що
        …, і закликав Захід посилити санкції": the same subject's second statement)."""
        tokens = self.parse.tokens
        if j + 1 >= len(tokens) or tokens[j].text.lower() not in AND:
            return False
        k = j + 1
        while k < len(tokens) - 1 and tokens[k].pos in {"ADV", "PART"}:
            k += 1  # "и также подчеркнул"
        if not self._is_cue(k) or is_gerund(tokens[k]):
            return False
        if self._conj_after(k) is not None or self._colon_after(k) is not None:
            return True
        return tokens[k].lemma in self.lexicon.short_complement_verbs and same_form(
            self.parse, tokens[first], tokens[k]
        )

    def _frame_closes(self, k: int, sent_end: int, most: int = 8) -> bool:
        """Whether cue ``k``, after a comma, frames the whole sentence from its end: a speech
        verb and a short phrase with no verb, no comma and no clause of its own up to the
        sentence's end ("…, повідомляє Reuters.", "…, зазначає німецьке видання DW")."""
        tokens = self.parse.tokens
        if k >= len(tokens):
            return False  # a text that ends with the comma
        if not self._is_cue(k) or is_gerund(tokens[k]) or self._conj_after(k) is not None:
            return False
        tail = [t for t in tokens[k + 1 :] if t.start < sent_end]
        if not tail or len(tail) > most or tail[0].pos == "PUNCT":
            return False
        return not any(t.pos in {"VERB", "AUX"} or t.text in {",", ":"} for t in tail)

    def _framed_clause(self, j: int, reach: int = 6) -> bool:
        """Whether the words from token ``j`` (after a comma) open a clause with its own
        subject and cue, and the cue its own "что" or colon ("…, на встрече он указал главе
        МИД Кассису, что …"): a nominative pronoun or name, then a finite cue verb, within
        ``reach`` words and no punctuation."""
        tokens = self.parse.tokens
        subject = False
        for i in range(j, min(j + reach, len(tokens))):
            t = tokens[i]
            if t.pos == "PUNCT":
                return False
            if t.pos in {"PRON", "PROPN"} and self.parse.has_case(t, "Nom"):
                subject = True
            elif subject and self._is_cue(i) and not is_gerund(t):
                return self._conj_after(i) is not None or self._colon_after(i) is not None
        return False

    def _gerund_cue(self, k: int) -> bool:
        return is_gerund(self.parse.tokens[k]) and self._is_cue(k)

    def _breaks(self, j: int, finding: bool = False) -> bool:
        """Whether the comma or dash at token ``j`` opens one of the lexicon's clause_breaks
        (one written with a dash only after a dash); the next share of a poll does, unless the
        complement is the poll's ``finding``."""
        tokens = self.parse.tokens
        dash = tokens[j].text in DASHES + "-"
        words = [t.text.casefold() for t in tokens[j + 1 : j + 5]]
        if words[:1] == ["а"] and j + 2 < len(tokens) and tokens[j + 2].text[:1].isdigit():
            return not finding  # "…, що це не так, а 11% не впевнені": the next share
        for p in self.lexicon.clause_breaks:
            needs_dash = p[0] in DASHES
            phrase = p[1:] if needs_dash else p
            if (dash or not needs_dash) and tuple(words[: len(phrase)]) == phrase:
                return True
        return False
