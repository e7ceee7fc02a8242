"""The Russian/Ukrainian attribution rules: quotes with their frames, dash speech, reported
speech ("заявил, что …"), "по словам X"/"за словами X", and frames after plain content.

Each rule returns :class:`SlavicDraft` records; offsets are into the original text (the rules
read the masked copy, see :func:`~reportedly.attribution.slavic._text.mask`).
"""

from __future__ import annotations

import re

from reportedly.attribution.slavic._text import DASHES, Quote, is_speech, line_of, trim
from reportedly.attribution.slavic.bodies import located_body, located_document
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import cue_lemma, governor, is_gerund
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import (
    RELATIVE,
    SlavicParse,
    agrees,
    phrase_after,
    phrase_before,
    subject,
)
from reportedly.model import Span, StatementKind, Token

WEAK = 0.2  # taken off a belief verb's confidence ("считает, что")
# «A, — сказал X. — B»: a comma or stop, a dash, the frame, a stop or colon, a dash (the
# spaces may be no-break spaces: "[^\S\n]")
_SP = r"[^\S\n]"
_INTERRUPTION = re.compile(
    rf"(?<=[,.!?…]){_SP}+[{DASHES}]{_SP}+"
    rf"(?P<frame>[^{DASHES}«»\n]{{3,120}}?)[.,:]{_SP}+[{DASHES}]{_SP}+"
)
_FRAME_AFTER = re.compile(rf"^{_SP}*[,.!?…]?{_SP}*[{DASHES}-]{_SP}+")
_CLAUSE_END = re.compile(r"[.!?…;]\s|\n|$")
_VERBAL = {"VERB", "AUX"}
_CONJ = {"ru": ("что", "чтобы"), "uk": ("що", "щоб", "як")}  # "пояснив, як …"


class Rules:
    """The rules over one article's masked text, parse and lexicon."""

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
        if _infinitive(t) and self._quoted(t.span):
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
        if t.lemma in self.lexicon.document_verbs:
            return located_document(self.parse, k)
        if t.tag.startswith("PRTS") or t.lemma in self.lexicon.impersonal:
            return None
        after = phrase_after(self.parse, k + 1, stop)
        if after is not None and self.text[after.start : after.end].lower() in {"те", "то"}:
            after = None  # "заявив про те, що": the subject is before the verb
        found = (
            subject(self.parse, k)
            or after
            or phrase_before(self.parse, k)
            or located_body(self.parse, k, self.lexicon.bodies)  # "в Кремле заявили"
        )
        if found is not None and self.text[found.start : found.end].lower() in RELATIVE:
            return None
        return found

    # -- quotes with a frame --------------------------------------------------------

    def framed(self, quotes: list[Quote]) -> tuple[list[SlavicDraft], list[Quote]]:
        """Quotes followed by "— заявил X" or preceded by "X заявил:"; and the rest."""
        drafts: list[SlavicDraft] = []
        left: list[Quote] = []
        for q in quotes:
            # a one-word quote is a name («Укрэнерго», «Мосфильм») unless a dash frame follows
            d = (
                self._interrupted(q)
                or self._after(q)
                or (self._before(q) if is_speech(self.text, q) else None)
            )
            if d is None:
                left.append(q)
            else:
                drafts.append(d)
        return drafts, left

    def _interrupted(self, q: Quote) -> SlavicDraft | None:
        """A quote its frame interrupts: «Мы готовы, — сказал Песков. — Но не сейчас»; the
        content is the two parts, the frame's marks and dashes left out."""
        m = _INTERRUPTION.search(self.text, q.inner.start, q.inner.end)
        if m is None:
            return None
        frame = Span(m.start("frame"), m.end("frame"))
        k = self.cue_in(frame, limit=4)
        if k is None:
            return None
        first = trim(self.text, Span(q.inner.start, m.start()), " \t\n\xa0,")
        second = trim(self.text, Span(m.end(), q.inner.end))
        if not len(first) or not len(second):
            return None
        d = SlavicDraft("direct", [first, second], "ru-uk:frame-after", quotes=[first, second])
        self._fill_cue(d, k)
        if self.parse.tokens[k].lemma in self.lexicon.document_verbs:
            d.speaker = located_document(self.parse, k)
        else:
            stop = self.parse.token_at(frame.end) or len(self.parse.tokens)
            d.speaker = phrase_after(self.parse, k + 1, stop)
        return d

    def _after(self, q: Quote) -> SlavicDraft | None:
        rest = self.text[q.outer.end :]
        m = _FRAME_AFTER.match(rest)
        if m is None:
            return None
        start = q.outer.end + m.end()
        end = start + _CLAUSE_END.search(rest[m.end() :]).start()  # type: ignore[union-attr]
        k = self.cue_in(Span(start, end), limit=4)
        if k is None:
            return None
        d = SlavicDraft("direct", [q.inner], "ru-uk:frame-after", quotes=[q.inner])
        self._fill_cue(d, k)
        stop = self.parse.token_at(end) or len(self.parse.tokens)
        if self.parse.tokens[k].lemma in self.lexicon.document_verbs:
            d.speaker = located_document(self.parse, k)  # "«…», — говорится в заявлении"
            return d
        d.speaker = phrase_after(self.parse, k + 1, stop) or (
            phrase_before(self.parse, k) if self.parse.tokens[k].start > start else None
        )
        return d

    def _before(self, q: Quote) -> SlavicDraft | None:
        line = line_of(self.text, q.outer.start)
        head = self.text[line.start : q.outer.start]
        colon = re.search(r":\s*$", head)
        that = re.search(rf",\s*({'|'.join(self.conj)})\s*$", head)
        if colon is None and that is None:
            verb = self._cue_right_before(q)
            if verb is not None:  # "Роган сказал «…»", "президент закликав “…”"
                return self._before_in(q, Span(line.start, self.parse.tokens[verb].end + 1))
            if q.outer.start == line.start:  # "X заявил:\n«…»": the frame ends the line before
                prev = line_of(self.text, max(0, line.start - 1))
                if prev.start < line.start and self.text[prev.start : prev.end].rstrip().endswith(
                    ":"
                ):
                    return self._before_in(q, Span(prev.start, prev.end))
            return None
        if that is not None and not re.match(r"\s*([,.;!?…]|$)", self.text[q.outer.end :]):
            return None  # "заявив, що "Північний потік" є …": the clause, not the quote, is said
        return self._before_in(q, Span(line.start, q.outer.start), mixed=that is not None)

    def _cue_right_before(self, q: Quote) -> int | None:
        """A speech verb right before the quote's opening mark, in its sentence."""
        k = self.parse.token_at(q.outer.start)
        if k is None or k == 0:
            return None
        j = k - 1
        t = self.parse.tokens[j]
        if t.end > q.outer.start or self.text[t.end : q.outer.start].strip():
            return None
        if not self._is_cue(j) or self.lexicon.act(t.lemma) != "speech":
            return None
        if t.lemma in self.lexicon.reported:
            return None  # "повідомляє "Європейська правда"": the quote names the reporter
        if not re.match(r"\s*([,.;!?…]|$)", self.text[q.outer.end : q.outer.end + 2]):
            return None  # "обіцяє “пекельну битву” за Білий дім": a phrase of the clause
        words = q.inner.text(self.text).split()
        if len(words) <= 3 and all(w[:1].isupper() for w in words):
            return None  # "як вказує «Gazeta Wyborcza»": a name, the speaker
        return j

    def _before_in(self, q: Quote, frame: Span, mixed: bool = False) -> SlavicDraft | None:
        # the clause right before the quote: after the previous sentence's end
        head = frame.text(self.text)
        cut = max(head.rfind(". "), head.rfind("! "), head.rfind("? "), head.rfind("» "))
        clause = Span(frame.start + cut + 1, frame.end) if cut >= 0 else frame
        tokens = list(self.parse.tokens_in(clause))
        cues = [k for k in tokens if self._is_cue(k)]
        if not cues:
            return self._name_colon(q, clause)
        k = cues[-1]
        kind: StatementKind = "mixed" if mixed else "direct"
        d = SlavicDraft(kind, [q.inner], "ru-uk:frame-before", quotes=[q.inner])
        self._fill_cue(d, k)
        stop = tokens[-1] + 1 if tokens else k + 1
        d.speaker = self._speaker(k, stop)
        return d

    def _name_colon(self, q: Quote, clause: Span) -> SlavicDraft | None:
        """ "Песков: «…»" — a name and a colon right before the quote."""
        words = self.text[clause.start : clause.end].strip().rstrip(":").strip()
        if not words or len(words.split()) > 3 or not all(w[:1].isupper() for w in words.split()):
            return None  # only a name: "Участники митинга скандировали: «…»" is no frame
        found = self.text.find(words, clause.start, clause.end)
        d = SlavicDraft("direct", [q.inner], "ru-uk:name-colon", quotes=[q.inner])
        d.speaker = Span(found, found + len(words))
        return d

    # -- dash speech ---------------------------------------------------------------

    def dash_lines(self, taken: list[Span]) -> list[SlavicDraft]:
        """Lines opening with a dash: "— Мы не уйдём, — сказал он." (the frame inside), or a
        whole line after "X сказал:"."""
        drafts: list[SlavicDraft] = []
        for m in re.finditer(rf"(?m)^{_SP}*[{DASHES}]{_SP}+(?=\S)", self.text):
            line = line_of(self.text, m.start())
            body = Span(m.end(), line.end)
            if any(s.overlaps(body) for s in taken):
                continue
            inner = re.search(rf"[,.!?…]{_SP}+[{DASHES}]{_SP}+", body.text(self.text))
            if inner is not None:
                frame = Span(body.start + inner.end(), body.end)
                k = self.cue_in(frame, limit=4)
                if k is None:
                    continue
                content = trim(self.text, Span(body.start, body.start + inner.start() + 1))
                d = SlavicDraft("direct", [content], "ru-uk:dash-line", quotes=[content])
                self._fill_cue(d, k)
                stop = self.parse.token_at(frame.end) or len(self.parse.tokens)
                d.speaker = phrase_after(self.parse, k + 1, stop)
                drafts.append(d)
            elif line.start > 0:
                found = self._introduced(body, line_of(self.text, line.start - 1))
                if found is not None:
                    drafts.append(found)
        return drafts

    def _introduced(self, body: Span, prev: Span) -> SlavicDraft | None:
        """A dash line whose frame ends the line before: "Песков сказал:\n— Это не так."."""
        head = self.text[prev.start : prev.end].rstrip()
        if not head.endswith(":"):
            return None
        tokens = list(self.parse.tokens_in(prev))
        cues = [k for k in tokens if self._is_cue(k)]
        if not cues:
            return None
        content = trim(self.text, body)
        d = SlavicDraft("direct", [content], "ru-uk:dash-line", quotes=[content])
        d.confidence = round(d.confidence - 0.1, 3)  # the frame is a line away
        self._fill_cue(d, cues[-1])
        d.speaker = self._speaker(cues[-1], tokens[-1] + 1)
        return d

    # -- reported speech -----------------------------------------------------------

    def indirect(self, used: set[int]) -> list[SlavicDraft]:
        """ "X заявил, что …" / "X сказав, що …" and "…, сообщил X." (a frame after plain
        content); "как заявил X, …"."""
        drafts: list[SlavicDraft] = []
        tokens = self.parse.tokens
        for k, _t in enumerate(tokens):
            if k in used or not self._is_cue(k):
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

    def _colon_after(self, k: int) -> int | None:
        """The colon that opens cue ``k``'s content: right after it, or after a few words
        that are no verb ("подчеркнув при этом: …"); not one a quote follows (a frame)."""
        tokens = self.parse.tokens
        for j in range(k + 1, min(k + 5, len(tokens) - 1)):
            t = tokens[j]
            if t.sent != tokens[k].sent or t.pos in _VERBAL:
                return None
            if t.text == ":":
                return j if tokens[j + 1].text not in '«„“"' else None
            if t.pos == "PUNCT":
                return None
        return None

    def _conj_after(self, k: int) -> int | None:
        """The "что"/"що" of cue ``k``'s clause: right after it, or after a few words that
        are no verb ("сказал мне, что", "заявил в понедельник Лавров, что")."""
        tokens = self.parse.tokens
        for j in range(k + 1, min(k + 8, len(tokens) - 1)):
            t = tokens[j]
            if t.sent != tokens[k].sent or t.pos in {"VERB", "AUX"}:
                return None
            if t.text == ",":
                nxt = tokens[j + 1]
                return j + 1 if nxt.text.lower() in self.conj else None
            if t.pos == "PUNCT":
                return None
        return None

    def _that_clause(self, k: int, conj: int) -> SlavicDraft | None:
        tokens = self.parse.tokens
        start = tokens[conj].end
        sent_end = self._sentence_end(conj)
        holder = [q.inner.end for q in self.quotes if q.inner.contains(tokens[k].span)]
        if holder:  # reported inside a quote: the content ends where the quote does
            sent_end = min(sent_end, min(holder))
        # … or where a frame interrupts it: "…, что Америка превыше всего, — говорится …",
        # "…, що газопровід – це зброя – нагадує видання"
        for j in range(conj + 1, len(tokens)):
            if tokens[j].start >= sent_end:
                break
            if tokens[j].text in DASHES + "-" and j + 1 < len(tokens) and self._is_cue(j + 1):
                sent_end = tokens[j].start
                break
            if tokens[j].text in DASHES + ",-" and self._breaks(j):
                sent_end = tokens[j].start  # "…, в той час як …", "… — зокрема, …"
                break
        content = trim(self.text, Span(start, sent_end), " \t\n\xa0,;:.")
        if len(content) < 3:
            return None
        d = SlavicDraft("indirect", [content], "ru-uk:indirect")
        self._fill_cue(d, k)
        d.speaker = self._speaker(k, conj)
        return d

    def _frame_after_plain(self, k: int) -> SlavicDraft | None:
        """ "Россия готова к диалогу, заявил Песков." — content before the cue; or "Как
        заявил Песков, …" — content after the speaker."""
        tokens = self.parse.tokens
        t = tokens[k]
        first = next(j for j in range(k, -1, -1) if j == 0 or tokens[j - 1].sent != t.sent)
        prev = tokens[k - 1] if k > 0 else None
        if self._as_opening(k, first):
            comma = next(
                (j for j in range(k + 1, self._last(k) + 1) if tokens[j].text == ","), None
            )
            if comma is None:
                return None
            after = Span(tokens[comma].end, self._sentence_end(comma))
            content = trim(self.text, after, " \t\n\xa0,.")
            if self._points_back(comma + 1):
                return None  # "Як передає Укрінформ, про це сказав …": about_this reads it
            d = SlavicDraft("indirect", [content], "ru-uk:reported-after")
            self._fill_cue(d, k)
            d.speaker = phrase_after(self.parse, k + 1, comma) or located_body(
                self.parse, k, self.lexicon.bodies
            )
            return d if len(content) > 2 else None
        # "…, заявил X", "…, — заявил X" and "… – нагадує видання" (a dash alone)
        if prev is None or (prev.text != "," and prev.text not in DASHES + "-"):
            return None
        if k - 1 == first:
            return None
        content = trim(self.text, Span(tokens[first].start, prev.start), " \t\n\xa0,—–-")
        words = content.text(self.text).split()
        if len(words) < 3:
            return None
        if self._points_back(first):
            return None  # "Об этом в четверг, 14 апреля, сообщает ТАСС": about_this reads it
        stop = self._last(k) + 1
        if t.lemma in self.lexicon.document_verbs:
            speaker = located_document(self.parse, k)  # "…, йдеться в повідомленні"
        else:
            speaker = phrase_after(self.parse, k + 1, stop) or located_body(
                self.parse, k, self.lexicon.bodies
            )
        if speaker is None:
            return None
        if t.lemma not in self.lexicon.document_verbs and not agrees(self.parse, k, speaker):
            return None
        d = SlavicDraft("indirect", [content], "ru-uk:reported-after")
        self._fill_cue(d, k)
        d.speaker = speaker
        return d

    def _as_opening(self, k: int, first: int) -> bool:
        """Whether cue ``k`` opens its sentence as a parenthesis: "Как заявил X, …", "Проте,
        як зазначається, …", "Як раніше інформував УНН, …", "Зокрема, пише The Guardian, …"
        (a reporting verb alone only after a connective and a comma)."""
        tokens = self.parse.tokens
        words = [j for j in range(first, k) if tokens[j].text.lower() in {"как", "як"}]
        if words:
            at = words[-1]
            between = tokens[at + 1 : k]
            if len(between) > 3 or any(b.pos in {"VERB", "AUX", "PUNCT"} for b in between):
                return False
        elif tokens[k].lemma in self.lexicon.reported and k - first == 2:
            at = k  # "Зокрема, пише X, …"
        else:
            return False
        lead = tokens[first:at]  # before "як": nothing, or a connective ("Проте,", "Але")
        if at == k:
            return len(lead) == 2 and lead[1].text == "," and lead[0].pos not in _VERBAL
        if not lead:
            return True
        if len(lead) > 2 or lead[0].pos in _VERBAL or lead[0].pos == "PUNCT":
            return False
        return len(lead) == 1 or lead[1].text == ","

    def _breaks(self, j: int) -> bool:
        """Whether the comma or dash at token ``j`` opens one of the lexicon's clause_breaks
        (one written with a dash only after a dash)."""
        tokens = self.parse.tokens
        dash = tokens[j].text in DASHES + "-"
        words = [t.text.casefold() for t in tokens[j + 1 : j + 5]]
        for p in self.lexicon.clause_breaks:
            needs_dash = p[0] in DASHES
            phrase = p[1:] if needs_dash else p
            if (dash or not needs_dash) and tuple(words[: len(phrase)]) == phrase:
                return True
        return False

    def _points_back(self, k: int) -> bool:
        """Whether the words from token ``k`` open with an about_this phrase ("об этом")."""
        words = [t.text.casefold() for t in self.parse.tokens[k : k + 3]]
        return any(tuple(words[: len(p)]) == p for p in self.lexicon.about_this)

    def according_to(self) -> list[SlavicDraft]:
        """ "По словам X, …" / "…, по словам X." / "За його словами, …"."""
        drafts: list[SlavicDraft] = []
        tokens = self.parse.tokens
        for k in range(len(tokens)):
            for words, case in self.lexicon.according_to:
                n = len(words)
                window = list(tokens[k : k + n + 1])
                # "по его словам", "за його словами": a possessive between the cue's words
                inner = n == 2 and len(window) == 3 and window[1].text.lower() in _POSSESSIVES
                if inner:
                    del window[1]
                window = window[:n]
                if len(window) < n or any(w.lemma != x for w, x in zip(window, words, strict=True)):
                    continue
                own = self.lexicon.according_cue_case.get(words)
                if own is not None and f"Case={own}" not in window[-1].morph:
                    continue
                d = self._according(k, n, case, inner)
                if d is not None:
                    d.act = self.lexicon.according_acts.get(words, "speech")
                    drafts.append(d)
        return drafts

    def _according(self, k: int, n: int, case: str, inner: bool) -> SlavicDraft | None:
        tokens = self.parse.tokens
        cue = Span(tokens[k].start, tokens[k + n - 1].end)
        last = self._last(k)
        ud_case = {"gent": "Gen", "datv": "Dat", "ablt": "Ins"}.get(case, "Gen")
        # "по его словам": the pronoun sits inside the cue
        if inner:
            speaker: Span | None = tokens[k + 1].span
            cue = Span(tokens[k].start, tokens[k + 2].end)
            after = k + 3
        else:
            speaker = phrase_after(self.parse, k + n, last + 1, case=ud_case)
            after = (self.parse.token_at(speaker.end) or last + 1) if speaker else k + n
        if speaker is None:
            return None
        first = next(j for j in range(k, -1, -1) if j == 0 or tokens[j - 1].sent != tokens[k].sent)
        if k == first or (k == first + 1 and tokens[first].pos == "PUNCT"):
            content = Span(
                tokens[min(after, last)].end if after > last else tokens[after].start,
                self._sentence_end(after - 1),
            )
        else:
            content = Span(tokens[first].start, tokens[k].start)
        content = trim(self.text, content, " \t\n\xa0,.;:—–-")
        if len(content.text(self.text).split()) < 2:
            return None
        d = SlavicDraft("indirect", [content], "ru-uk:according-to", speaker_case=ud_case)
        d.cue, d.speaker = cue, speaker
        return d

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


_POSSESSIVES = {"его", "ее", "её", "их", "його", "її", "їх"}


def _infinitive(t: Token) -> bool:
    grams = set(t.tag.replace(" ", ",").split(","))
    return bool(grams & {"INFN", "infn"}) or "VerbForm=Inf" in t.morph
