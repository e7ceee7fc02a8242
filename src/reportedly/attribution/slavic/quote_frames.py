"""Quotes with their frames («…», — заявил X. / X заявил: «…» / «…, — сказал X. — …»)
and dash-introduced direct speech ("— Мы не уйдём, — сказал он.")."""

from __future__ import annotations

import re

from reportedly.attribution.slavic._text import DASHES, Quote, is_speech, line_of, trim
from reportedly.attribution.slavic.agreement import agrees
from reportedly.attribution.slavic.bodies import located_body, located_document
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.phrases import phrase_after, phrase_before
from reportedly.attribution.slavic.quoting import QuotingFrames
from reportedly.model import Span, StatementKind

# «A, — сказал X. — B»: a comma or stop, a dash, the frame, a stop or colon, a dash (the
# spaces may be no-break spaces: "[^\S\n]"); the comma may be missing ("«A — говорится в
# заявлении X. — B»"), the frame then opening with its cue
_SP = r"[^\S\n]"
_INTERRUPTION = re.compile(
    rf"(?<=[,.!?…\w]){_SP}+[{DASHES}-]{_SP}+"
    rf"(?P<frame>[^{DASHES}«»\n]{{3,120}}?)[.,:]{_SP}+[{DASHES}-]{_SP}+"
)
# a comma after the quote may end its line: «…»,\n— сказал Стармер. (a post's line break)
_FRAME_AFTER = re.compile(rf"^{_SP}*(?:[,.!?…]?{_SP}*|,{_SP}*\n{_SP}*)[{DASHES}-]{_SP}+")
# «…», сказал он. (no dash): the frame's cue must then be its first word
_COMMA_FRAME_AFTER = re.compile(rf"^,{_SP}+(?=[^\W\d_])")
# «A», — сказал X. — «B»: the frame ends, a dash, and the quote goes on in marks of its own
_CONTINUED = re.compile(rf"^[.,:]{_SP}+[{DASHES}-]{_SP}*(?=[«\"„“])")
# «A», «B»: a comma (or "и") between two quotes of one list
_LISTED = re.compile(rf",?{_SP}+(?:и{_SP}+)?(?=[«\"„“])")
_CLAUSE_END = re.compile(r"[.!?…;]\s|\n|$")
_MARKUP = re.compile(r"[\s*_~]*")  # a post's markdown marks before a quote on its line
_LEAD = re.compile(r"^[^\w«\"]+")  # marks and emoji before a headline's name
# where a clause before a quote on its line begins: a sentence's stop, a colon or a dash
_CLAUSE_START = re.compile(r"[.!?…:;]\s|[:—–]|\s-\s")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_WORD_END = re.compile(r"[^\W\d_][\s\xa0]*$")  # the clause runs on into the open mark


class QuoteFrames(QuotingFrames):
    """The rules of quoted and dash speech."""

    def framed(self, quotes: list[Quote]) -> tuple[list[SlavicDraft], list[Quote]]:
        """Quotes followed by "— заявил X" or preceded by "X заявил:"; and the rest."""
        drafts: list[SlavicDraft] = []
        left: list[Quote] = []
        self._continued: set[int] = set()
        self._extra: list[SlavicDraft] = []
        for q in quotes:
            if q.outer.start in self._continued:
                continue  # the second part of a quote its frame interrupts, taken with the first
            if any(p.depth < q.depth and p.outer.end == q.outer.end for p in quotes):
                left.append(q)  # «… «розкрадання», – продовжив: the outer quote's frame
                continue
            # a one-word quote is a name («Укрэнерго», «Мосфильм») unless a dash frame follows
            d = (
                self._interrupted(q)
                or self._after(q)
                or (self._before(q) if is_speech(self.text, q) else None)
            )
            if d is None:
                left.append(q)
            else:
                if d.rule == "ru-uk:frame-before" and len(d.content) == 1:
                    self._listed(q, d, quotes)
                drafts.append(d)
        return drafts + self._extra, left

    def _listed(self, q: Quote, d: SlavicDraft, quotes: list[Quote]) -> None:
        """The quotes listed after a framed one ("скандировали: «A», «B», «C»"): the same
        statement's words, its content the list from the first quote's words to the last's."""
        end = q.outer.end
        while True:
            m = _LISTED.match(self.text, end)
            nxt = m and next(
                (p for p in quotes if p.outer.start == m.end() and p.depth == q.depth), None
            )
            if nxt is None:
                break
            self._continued.add(nxt.outer.start)
            d.content = [Span(d.content[0].start, nxt.inner.end)]
            d.quotes.append(nxt.inner)
            end = nxt.outer.end

    def _interrupted(self, q: Quote) -> SlavicDraft | None:
        """A quote its frame interrupts: «Мы готовы, — сказал Песков. — Но не сейчас»; the
        content is the two parts, the frame's marks and dashes left out."""
        at = q.inner.start
        while (m := _INTERRUPTION.search(self.text, at, q.inner.end)) is not None:
            d = self._interrupted_at(q, m)
            if d is not None:
                return d
            at = m.start() + 1  # the next dash may open the frame (matches overlap)
        return None

    def _interrupted_at(
        self, q: Quote, m: re.Match[str], start: int | None = None
    ) -> SlavicDraft | None:
        """The statement of quote ``q`` if match ``m`` is its frame (a dash of the quote's own
        may come first: "«… пострадавших — девушка 15 лет … выясняется, — говорится …»"); the
        part before the frame starts at ``start`` (the quote's start by default). A second frame
        in the rest («A? — продолжает он. — B, — сказал сотрудник. — C») ends the first one's
        words at A; B and C are the second frame's statement."""
        frame = Span(m.start("frame"), m.end("frame"))
        begin = q.inner.start if start is None else start
        first = trim(self.text, Span(begin, m.start()), " \t\n\xa0,")
        later = self._next_frame(q, m.end())
        end = later.start() if later is not None else q.inner.end
        second = trim(self.text, Span(m.end(), end), " \t\n\xa0,")
        if not len(first) or not len(second):
            return None
        quoting = self._quoting(q, frame)
        if quoting is not None:  # «A, — цитирует заявления Си Reuters. — B»: Xi said A and B
            quoting.content, quoting.quotes = [first, second], [first, second]
            return quoting
        k = self.cue_in(frame, limit=4)
        if k is None:
            return None
        if self.text[m.start() - 1].isalnum() and k != self.parse.token_at(frame.start):
            return None  # "«Россия — это …»": a dash of the quote's own, no frame
        parts = [first] if later is not None else [first, second]
        d = SlavicDraft("direct", parts, "ru-uk:frame-after", quotes=list(parts))
        self._fill_cue(d, k)
        if self.lexicon.is_document_cue(self.parse.tokens[k]):
            d.speaker = located_document(self.parse, k, self.lexicon)
        else:
            stop = self.parse.token_at(frame.end) or len(self.parse.tokens)
            d.speaker = phrase_after(self.parse, k + 1, stop)
        if later is not None:
            then = self._interrupted_at(q, later, m.end())
            if then is not None:
                self._extra.append(then)
        return d

    def _next_frame(self, q: Quote, at: int) -> re.Match[str] | None:
        """The next interruption of quote ``q`` after ``at`` whose frame holds a cue, or None."""
        while (m := _INTERRUPTION.search(self.text, at, q.inner.end)) is not None:
            frame = Span(m.start("frame"), m.end("frame"))
            if self.cue_in(frame, limit=4) is not None and self.text[m.start() - 1] in ",.!?…":
                return m
            at = m.start() + 1
        return None

    def _after(self, q: Quote) -> SlavicDraft | None:
        rest = self.text[q.outer.end :]
        m = _FRAME_AFTER.match(rest)
        bare = m is None
        if bare and self._opens_sentence(q):
            m = _COMMA_FRAME_AFTER.match(rest)
        if m is None:
            return None
        start = q.outer.end + m.end()
        end = start + _CLAUSE_END.search(rest[m.end() :]).start()  # type: ignore[union-attr]
        quoting = self._quoting(q, Span(start, end))
        clause = self._embedding(q)
        if quoting is not None:
            if clause is not None:  # "Упомянутые 500 миллионов … «для …», — цитирует Байдена"
                for d in (quoting, quoting.via):
                    if d is not None:
                        d.kind, d.content, d.quotes = "indirect", [clause], []
            return quoting
        if clause is not None:
            return None
        k = self.cue_in(Span(start, end), limit=4)
        if k is None or (
            bare
            and (
                self.parse.tokens[k].start != start
                or "VerbForm=Fin" not in self.parse.tokens[k].morph  # "…», отметив": a gerund's
            )
        ):
            return None
        d = SlavicDraft("direct", [q.inner], "ru-uk:frame-after", quotes=[q.inner])
        self._fill_cue(d, k)
        then = self._continuation(q, end)
        if then is not None:
            d.content, d.quotes = [q.inner, then.inner], [q.inner, then.inner]
            self._continued.add(then.outer.start)
        stop = self.parse.token_at(end) or len(self.parse.tokens)
        if self.lexicon.is_document_cue(self.parse.tokens[k]):
            d.speaker = located_document(
                self.parse, k, self.lexicon
            )  # "«…», — говорится в заявлении"
            return d
        d.speaker = (
            # "— повідомили в Ryanair", "— заявили в Міністерстві оборони України"
            located_body(self.parse, k, self.lexicon.bodies)
            or phrase_after(self.parse, k + 1, stop)
            or (phrase_before(self.parse, k) if self.parse.tokens[k].start > start else None)
        )
        return d

    def _opens_sentence(self, q: Quote) -> bool:
        """Whether a quote of a few words opens its sentence (after a stop, or on a line of its
        own): one that a comma and a verb may frame with no dash ("«…», сказал он.")."""
        before = self.text[max(0, q.outer.start - 40) : q.outer.start][::-1].lstrip(" \t\xa0*_~")
        starts = not before or before[0] in ".!?…\n" or q.outer.start < 2
        return starts and len(q.inner.text(self.text).split()) >= 4

    def _continuation(self, q: Quote, end: int) -> Quote | None:
        """The quote that goes on after a frame ending at ``end`` («A», — сказал X. — «B»):
        a quote of ``q``'s depth right after the frame's stop and a dash, or None."""
        m = _CONTINUED.match(self.text[end:])
        if m is None:
            return None
        opens = end + m.end()
        return next((p for p in self.quotes if p.outer.start == opens and p.depth == q.depth), None)

    def _embedding(self, q: Quote) -> Span | None:
        """The clause a quote closes when it opened before the quote on its line ("В Грузии
        не повторится сценарий украинского «Майдана», — заявил премьер"): the frame after it
        reports the whole clause (which the plain frame-after rule reads), else None."""
        start = self.text.rfind("\n", 0, q.outer.start) + 1
        clause = _CLAUSE_START.split(self.text[start : q.outer.start])[-1]
        if not _WORD_END.search(clause) or len(_WORDS.findall(clause)) < 2:
            return None
        before = Span(q.outer.start - len(clause), q.outer.start)
        if any(
            self.parse.tokens[k].lemma in self.lexicon.acts for k in self.parse.tokens_in(before)
        ):
            return None  # "Про це повідомляє [a lost link] «…», — йдеться у повідомленні"
        return trim(self.text, Span(before.start, q.outer.end), " \t\xa0*_")

    def _before(self, q: Quote) -> SlavicDraft | None:
        line = line_of(self.text, q.outer.start)
        head = self.text[line.start : q.outer.start]
        colon = re.search(r":\s*$", head)
        that = re.search(rf",\s*({'|'.join(self.conj)})\s*$", head)
        if colon is None and that is None:
            verb = self._cue_right_before(q)
            if verb is not None:  # "Роган сказал «…»", "президент закликав “…”"
                return self._before_in(q, Span(line.start, self.parse.tokens[verb].end + 1))
            # "X заявил:\n«…»": the frame ends the line before (blank lines and a post's
            # markdown between: "**⚡️Зеленский:\n\n**__«…»")
            if q.outer.start == line.start or _MARKUP.fullmatch(head):
                prev = line_of(self.text, max(0, line.start - 1))
                while prev.start > 0 and not self.text[prev.start : prev.end].strip():
                    prev = line_of(self.text, prev.start - 1)
                if prev.start < line.start and self.text[prev.start : prev.end].rstrip(
                    " \t*_"
                ).endswith(":"):
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
        written = self.text[clause.start : clause.end].strip().rstrip("*_ ").rstrip(":")
        words = _LEAD.sub("", written).strip()  # "**⚡️Зеленский:": marks and emoji first
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
                prev = line_of(self.text, line.start - 1)
                found = self._introduced(body, prev) or self._framing(body, prev, taken)
                if found is not None:
                    drafts.append(found)
        return drafts

    def _framing(self, body: Span, prev: Span, taken: list[Span]) -> SlavicDraft | None:
        """A dash line that is a frame alone, the paragraph before it what was said (a post's
        unquoted speech): "Мобилизация … может повлиять на ситуацию\n\n— заявил представитель
        администрации США." Not a paragraph in quote marks (the quote's rule reads it), one
        that opens with a dash (a line of dialogue) or ends in a colon."""
        found = self.parse.tokens_in(body)
        if not found or not self._is_cue(found[0]):
            return None  # the cue opens the line: "— заявил Зеленский в интервью"
        k = found[0]
        if not self.text[prev.start : prev.end].strip() and prev.start > 0:
            prev = line_of(self.text, prev.start - 1)  # one blank line between
        content = trim(self.text, prev)
        said = content.text(self.text)
        if (
            len(said.split()) < 3
            or said[:1] in DASHES + '-«„“"*'
            or said[-1:] in ':»“”"*'
            or any(s.overlaps(content) for s in taken)
        ):
            return None
        speaker = phrase_after(self.parse, k + 1, found[-1] + 1)
        if speaker is None or not agrees(self.parse, k, speaker):
            return None
        d = SlavicDraft("direct", [content], "ru-uk:dash-line", quotes=[content])
        self._fill_cue(d, k)
        d.speaker = speaker
        d.confidence = round(d.confidence - 0.1, 3)  # the frame is a line away
        return d

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
