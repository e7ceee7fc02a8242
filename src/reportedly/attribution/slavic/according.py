"""The "according to" rules in Russian and Ukrainian: "По словам X, …", "…, по словам X.",
"За його словами, …", "Однако, по словам X, …" (the cue phrases are the lexicon's
``according_to``, the source in the case each gives)."""

from __future__ import annotations

from reportedly.attribution.slavic._text import EDGE_AND_STOP, trim
from reportedly.attribution.slavic.bodies import owner_end
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.lexicon import Lang
from reportedly.attribution.slavic.phrases import WHICH, phrase_after, phrase_before
from reportedly.attribution.slavic.quote_frames import QuoteFrames
from reportedly.attribution.slavic.sites import site_owner
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import parses


class AccordingTo(QuoteFrames):
    """The according-to rules over one article's masked text, parse and lexicon."""

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
                # "по последним данным ООН", "за оновленими даними МОЗ": adjectives between
                skip = 0
                if n == 2 and not inner and _reads_as(self.parse.lang, tokens[k], words[0]):
                    skip = self._modifiers(k + 1, words[1])
                if skip:
                    window = [tokens[k], tokens[k + 1 + skip]]
                if len(window) < n or not all(
                    _reads_as(self.parse.lang, w, x) for w, x in zip(window, words, strict=True)
                ):
                    continue
                if n == 1 and k + 1 < len(tokens) and tokens[k + 1].pos == "ADP":
                    continue  # "згідно з якими": the entry of two words reads it
                own = self.lexicon.according_cue_case.get(words)
                if own is not None and f"Case={own}" not in window[-1].morph:
                    continue
                d = self._according(k, n, case, inner, skip)
                if d is not None and self._counted(d.speaker, words):
                    continue  # "за підрахунком голосів": votes counted, no source
                if d is not None:
                    d.act = self.lexicon.according_acts.get(words, "speech")
                    if d.act == "speech" and self._poll(d.speaker):
                        d.act = "other"  # "за даними соціологічних опитувань": findings
                    drafts.append(d)
        return drafts

    def _modifiers(self, k: int, noun: str) -> int:
        """How many adjectives (or participles) from token ``k`` stand before a form of
        ``noun``, up to 2, in its case ("по последним данным": 1); else 0."""
        tokens = self.parse.tokens
        for skip in (1, 2):
            j = k + skip
            if j >= len(tokens) or tokens[j].sent != tokens[k].sent:
                return 0
            if tokens[j - 1].pos != "ADJ" or tokens[j - 1].text.lower() in _POSSESSIVES:
                return 0
            if _reads_as(self.parse.lang, tokens[j], noun):
                case = next((f for f in tokens[j].morph.split("|") if f.startswith("Case=")), "")
                # "по словам главы": the adjective must agree with the cue's noun
                return skip if all(case in tokens[i].morph for i in range(k, j)) else 0
        return 0

    def _according(
        self, k: int, n: int, case: str, inner: bool, skip: int = 0
    ) -> SlavicDraft | None:
        tokens = self.parse.tokens
        cue = Span(tokens[k].start, tokens[k + n - 1 + skip].end)
        last = self._last(k)
        ud_case = {"gent": "Gen", "datv": "Dat", "ablt": "Ins"}.get(case, "Gen")
        # "по его словам": the pronoun sits inside the cue
        if inner:
            speaker: Span | None = tokens[k + 1].span
            cue = Span(tokens[k].start, tokens[k + 2].end)
            after = k + 3
        elif k + n + skip < len(tokens) and tokens[k + n + skip].lemma.casefold() in WHICH:
            # "…, сообщил Песков, по словам которого …": the person before the comma
            return self._of_relative(k, k + n + skip, cue, last, ud_case)
        else:
            speaker = phrase_after(self.parse, k + n + skip, last + 1, case=ud_case)
            after = (self.parse.token_at(speaker.end) or last + 1) if speaker else k + n + skip
            if speaker is not None and (owner := site_owner(tokens, after, self.lexicon)):
                # "згідно з інформацією на сайті аеропорту «Бориспіль»": the site's owner
                after = owner_end(self.parse, owner, tokens[k].sent)
                speaker = Span(speaker.start, tokens[after - 1].end)
        if speaker is None or self._legal(speaker):
            return None  # "согласно закону, штраф составит …": a provision, no statement
        if not inner and all(
            tokens[j].pos in ("PRON", "NUM", "DET") for j in self.parse.tokens_in(speaker)
        ):
            return None  # "согласно одному из …", "согласно ему": no source named
        first = next(j for j in range(k, -1, -1) if j == 0 or tokens[j - 1].sent != tokens[k].sent)
        opens = (
            k == first
            or (k == first + 1 and tokens[first].pos == "PUNCT")
            # "Недоволен остался и Шольц: по его словам, …": a colon opens the clause
            or tokens[k - 1].text == ":"
            # "Однако, по словам X, …", "Проте, за словами X, …": a connective opens it
            or (
                k == first + 2
                and tokens[first].text.lower() in self.lexicon.connectives
                and tokens[k - 1].text == ","
            )
            # "При цьому згідно з інформацією X, …": a connective of two words, no comma
            or " ".join(t.text.lower() for t in tokens[first:k]) in self.lexicon.connectives
            # "Крім того, за версією X …": a connective of two words and its comma (uk)
            or (
                self.parse.lang == "uk"
                and tokens[k - 1].text == ","
                and " ".join(t.text.lower() for t in tokens[first : k - 1])
                in self.lexicon.connectives
            )
            # "… відставку Мей За даними видання, …": a capital after a word, a sentence
            # whose start lost its stop (a headline glued to the text)
            or (tokens[k].text[:1].isupper() and tokens[k - 1].text[-1:].isalpha())
            # "утверждает, что согласно плану X, …": the aside opens a reported clause
            or tokens[k - 1].text.casefold() in _THAT
            or (k > 1 and tokens[k - 1].text == "," and tokens[k - 2].text.casefold() in _THAT)
        )
        if not opens and tokens[k - 1].pos != "PUNCT":
            return None  # "… компенсації відповідно до директиви": no aside, a modifier
        if opens:
            after = self._source_tail(after, last)  # "Згідно з інформацією на сайті X, …"
            after = self._relative_skipped(after, last)  # "Согласно письму, которое …, …"
            content = Span(
                tokens[min(after, last)].end if after > last else tokens[after].start,
                self._before_frame(after - 1, last),  # "…», повідомляє Мінюст"
            )
        elif (
            self._parenthetical(k, after, last)
            and not self._subject_only(first, k)
            and not self._source_relative(after, last)
        ):
            # "…, потім, згідно з планом, повинен настати …": the clause after the aside
            content = Span(tokens[after].end, self._sentence_end(after))
        elif self._aside(k, after, last) and self._subject_only(first, k):
            # "Еще 24 человека, согласно заявлению властей, получили ранения": the aside
            # parts the clause's subject from its predicate, and the content is both
            head = trim(self.text, Span(tokens[first].start, tokens[k].start), EDGE_AND_STOP)
            end = self._before_frame(after, last)  # "…, заявил Шойгу": its reporter's frame
            rest = trim(self.text, Span(tokens[after].end, end), EDGE_AND_STOP)
            d = SlavicDraft("indirect", [head, rest], "ru-uk:according-to", speaker_case=ud_case)
            d.cue, d.speaker = cue, speaker
            return d
        elif "?" in self.text[cue.end : tokens[last].end]:
            return None  # "О чем же они говорили (по версии сторон)?": a question, no claim
        else:
            content = Span(tokens[first].start, tokens[k].start)
        content = trim(self.text, content, EDGE_AND_STOP)
        before = not opens and content.end <= cue.start
        if len(content.text(self.text).split()) < (3 if before else 2):
            return None  # "Поки що, за даними НАК …": two words before an aside are no content
        d = SlavicDraft("indirect", [content], "ru-uk:according-to", speaker_case=ud_case)
        d.cue, d.speaker = cue, speaker
        return d

    def _of_relative(
        self, k: int, which: int, cue: Span, last: int, ud_case: str
    ) -> SlavicDraft | None:
        """ "…, сообщил РИА Новости Песков, по словам которого новые регионы …": in Russian,
        a person's words whose relative pronoun points back to the name before the comma;
        None elsewhere ("результати, згідно з якими …": no source named)."""
        tokens = self.parse.tokens
        if self.parse.lang != "ru" or k < 2 or tokens[k - 1].text != "," or which >= last:
            return None
        antecedent = phrase_before(self.parse, k - 1)
        if antecedent is None or tokens[k - 2].pos != "PROPN":
            return None
        content = trim(
            self.text,
            Span(tokens[which + 1].start, self._before_frame(which, last)),
            EDGE_AND_STOP,
        )
        if len(content.text(self.text).split()) < 3:
            return None
        d = SlavicDraft("indirect", [content], "ru-uk:according-to", speaker_case=ud_case)
        d.cue, d.speaker = Span(cue.start, tokens[which].end), antecedent
        return d

    def _counted(self, speaker: Span | None, words: tuple[str, ...]) -> bool:
        """Whether the source phrase opens with a word the phrase's entry rules out as a
        source ("за підрахунком [голосів]": what is counted, not who counts)."""
        barred = self.lexicon.according_not_of.get(words)
        found = list(self.parse.tokens_in(speaker)) if speaker is not None else []
        return bool(barred and found and self.parse.tokens[found[0]].lemma in barred)

    def _poll(self, speaker: Span | None) -> bool:
        """Whether the source phrase names a poll ("соціологічних опитувань", "опроса")."""
        if speaker is None or not self.lexicon.findings:
            return False
        tokens = self.parse.tokens
        return any(
            _reads_as(self.parse.lang, tokens[j], lemma)
            for j in self.parse.tokens_in(speaker)
            for lemma in self.lexicon.findings
        )

    def _source_tail(self, after: int, last: int, reach: int = 10) -> int:
        """The token after the comma that closes an opening source phrase's modifiers ("на
        сайті аеропорту «Бориспіль»"), when no verb comes before it; else ``after``."""
        tokens = self.parse.tokens
        for j in range(after, min(last, after + reach) + 1):
            if tokens[j].pos in ("VERB", "AUX"):
                return after
            if tokens[j].text == ",":
                return j + 1 if j > after and j < last else after
        return after

    def _before_frame(self, after: int, last: int) -> int:
        """Where the clause after an aside ends: before a comma or dash and a speech verb
        that frame the whole sentence ("…, заявил Шойгу"), else at the sentence's end."""
        tokens = self.parse.tokens
        for j in range(after + 1, last):
            nxt = tokens[j + 1]
            if tokens[j].text in {",", "-", "–", "—"} and self.lexicon.acts.get(nxt.lemma):
                return tokens[j].start
        return self._sentence_end(after)

    def _source_relative(self, after: int, last: int) -> bool:
        """Whether a relative clause of the source phrase follows its comma ("…, следует из
        документа, который есть у РИА Новости", "из мемуаров X, отрывки которых …"): the
        source's, not a clause the aside opens."""
        tokens = self.parse.tokens
        if after + 1 > last or tokens[after].text != ",":
            return False
        return any(
            tokens[j].lemma.casefold() in WHICH for j in range(after + 1, min(after + 3, last))
        )

    def _relative_skipped(self, after: int, last: int) -> int:
        """The token after a relative clause that follows the source phrase's comma
        ("Согласно пресс-релизу Кремля, который цитируют агентства, Путин заявил …"), else
        ``after``."""
        tokens = self.parse.tokens
        if after + 1 > last or tokens[after].text != ",":
            return after
        if tokens[after + 1].lemma.casefold() not in WHICH:
            return after
        for j in range(after + 2, last):
            if tokens[j].text == ",":
                return j
        return after

    def _legal(self, speaker: Span) -> bool:
        """Whether the source phrase is headed by a legal act (lexicon ``legal_subjects``)."""
        ks = self.parse.tokens_in(speaker)
        head = next((self.parse.tokens[j] for j in ks if self.parse.tokens[j].pos == "NOUN"), None)
        return head is not None and head.lemma.casefold() in self.lexicon.legal_subjects

    def _aside(self, k: int, after: int, last: int) -> bool:
        """Whether the cue at token ``k`` and its source (up to ``after``) stand between
        commas with a predicate after them."""
        return self._between_commas(k, after, last) and any(
            t.pos in ("VERB", "AUX") for t in self.parse.tokens[after + 1 : last + 1]
        )

    def _subject_only(self, first: int, k: int) -> bool:
        """Whether the words of the sentence before token ``k`` are a subject waiting for
        its predicate after an aside: a nominative noun or pronoun, no verb, no preposition
        first ("З 15 січня, за словами X, …" opens with a time, not a subject)."""
        before = [t for t in self.parse.tokens[first:k] if t.pos != "PUNCT"]
        return (
            bool(before)
            and before[0].pos != "ADP"
            and any(
                t.pos == "NUM"
                or (t.pos in ("NOUN", "PROPN", "PRON") and self.parse.has_case(t, "Nom"))
                for t in before
            )
            and not any(t.pos in ("VERB", "AUX") for t in before)
        )

    def _parenthetical(self, k: int, after: int, last: int) -> bool:
        """Whether the cue at token ``k`` and its source (up to token ``after``) stand between
        commas inside a sentence, with a clause of a few words after them."""
        words = [t for t in self.parse.tokens[after + 1 : last + 1] if t.pos != "PUNCT"]
        return self._between_commas(k, after, last) and len(words) >= 3

    def _between_commas(self, k: int, after: int, last: int) -> bool:
        """Whether the cue at token ``k`` has a comma before it and its source, up to token
        ``after``, a comma after it with words of the sentence (to ``last``) still to come."""
        tokens = self.parse.tokens
        return k > 0 and tokens[k - 1].text == "," and after < last and tokens[after].text == ","


def _reads_as(lang: Lang, token: Token, lemma: str) -> bool:
    """Whether ``token`` is a form of ``lemma`` by the tagger or by any dictionary reading: the
    Ukrainian tagger lemmatises "даними" (за даними X) as the adjective "даний", not "дані"."""
    if token.lemma == lemma:
        return True
    return token.text[:1].lower() == lemma[:1] and any(
        p.normal_form == lemma for p in parses(lang, token.text.lower())
    )


_THAT = {"что", "що"}
_POSSESSIVES = {"его", "ее", "её", "их", "його", "її", "їх", "їхніми", "їхню", "їхньою"}
