"""The Russian/Ukrainian frames after plain content: "Россия готова к диалогу, заявил
Песков.", "Как заявил Песков, …" and "…, — нагадує видання" (a :class:`FramesAfter` mixin of
:class:`~reportedly.attribution.slavic.rules.Rules`; offsets into the original text).
"""

from __future__ import annotations

from reportedly.attribution.slavic._text import DASHES, EDGE_NO_COLON, trim
from reportedly.attribution.slavic.according import AccordingTo
from reportedly.attribution.slavic.agreement import agrees, number
from reportedly.attribution.slavic.bodies import located_body, located_document
from reportedly.attribution.slavic.cues import VERBAL
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import is_infinitive
from reportedly.attribution.slavic.lost_outlets import name_lost
from reportedly.attribution.slavic.phrases import WHICH, phrase_after
from reportedly.model import Span


class FramesAfter(AccordingTo):
    """Frames whose speaker and cue come after the content, or open it with "как"/"як"."""

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
            if self.lexicon.is_document_cue(t):  # "Как указано в документе, …"
                d.speaker = located_document(self.parse, k, self.lexicon)
            else:
                # "Як зазначають в Інституті імені Роберта Коха, …": the body "в X" first
                d.speaker = located_body(self.parse, k, self.lexicon.bodies) or phrase_after(
                    self.parse, k + 1, comma
                )
            return d if len(content) > 2 else None
        if prev is not None and prev.text.lower() in {"как", "як"}:
            return self._as_aside(k, first)
        # "…, заявил X", "…, — заявил X" and "… – нагадує видання" (a dash alone)
        if prev is None or (prev.text != "," and prev.text not in DASHES + "-"):
            return None
        if k - 1 == first or self._relative_before(first, k):
            return None
        if "VerbForm=Part" in t.morph and "Variant=Short" not in t.morph:
            return None  # "Тезисы, озвученные Путиным, …": a participle describes the noun
        content = trim(self.text, Span(tokens[first].start, prev.start), EDGE_NO_COLON)
        words = content.text(self.text).split()
        if self._points_back(first):
            return None  # "Об этом в четверг, 14 апреля, сообщает ТАСС": about_this reads it
        stop = self._last(k) + 1
        if self.lexicon.is_document_cue(t):
            speaker = located_document(self.parse, k, self.lexicon)  # "…, йдеться в повідомленні"
        else:
            speaker = located_body(self.parse, k, self.lexicon.bodies) or phrase_after(
                self.parse, k + 1, stop
            )
        if speaker is None or self._quote_after(speaker):
            return self._name_lost(k, content, words)
        if not self.lexicon.is_document_cue(t) and not agrees(self.parse, k, speaker):
            return None
        contents = [content]
        rest = self._resumed(speaker, prev.text == ",")
        if rest is not None:  # "Запад, указал Нарышкин, осознаёт …": the frame inside
            contents.append(rest)
        elif len(words) < 3 and not (len(words) == 2 and self._short_clause(first, prev.i)):
            return None  # "Кроме того, заявил он"; not "Угрозы нет, заявили в МЧС"
        if rest is None and self._ends_paragraph(speaker):
            start = self._spoken_before(first)  # "Мы … . Поэтому у нас …, отметил директор."
            contents = [trim(self.text, Span(tokens[start].start, content.end), " \t\n")]
        elif (
            rest is None
            and (start := self._spoken_before(first)) < first
            and not any(
                self._is_cue(i) and not is_infinitive(tokens[i]) for i in range(start, first)
            )
        ):
            # the same inside a paragraph ("Сегодня я объявляю … . Этот пакет включает … .
            # Он также включает …, сказал он. Ранее …"), where no other cue frames a part
            contents = [trim(self.text, Span(tokens[start].start, content.end), " \t\n")]
        d = SlavicDraft("indirect", contents, "ru-uk:reported-after")
        self._fill_cue(d, k)
        d.speaker = speaker
        return d

    def _short_clause(self, first: int, end: int) -> bool:
        """Whether the two words from token ``first`` to ``end`` open their sentence and say
        something: a verb, a short adjective or "нет"/"немає" ("Ситуация стабильна")."""
        tokens = self.parse.tokens
        if self.parse.lang != "ru" or (first > 0 and tokens[first - 1].sent == tokens[first].sent):
            return False  # Russian only: its parse finds the speaker after (session 33)
        return any(
            t.pos in {"VERB", "AUX"}
            or "Variant=Short" in t.morph
            or t.text.casefold() in {"нет", "немає", "немa"}
            for t in tokens[first:end]
        )

    def _relative_before(self, first: int, k: int) -> bool:
        """Whether cue ``k`` follows a relative clause set off by commas whose noun agrees with
        it ("офіційні представники, котрі відповідають за вибори, підтвердили …"): that noun
        is its subject, and the clause no content of a frame ("Это решение, которое мы
        приняли, сказал Путин" keeps its frame: "решение" is no subject of "сказал")."""
        tokens = self.parse.tokens
        opening = next((j for j in range(k - 2, first, -1) if tokens[j].text == ","), None)
        if opening is None or tokens[opening + 1].lemma.casefold() not in WHICH:
            return False
        noun, verb = tokens[opening - 1], tokens[k]
        if noun.pos not in {"NOUN", "PROPN"} or not self.parse.has_case(noun, "Nom"):
            return False
        if number(noun) != number(verb) or number(verb) is None:
            return False
        return number(verb) == "plur" or self.parse.gender(noun) == self.parse.gender(verb)

    def _quote_after(self, speaker: Span) -> bool:
        """A "speaker" that is a quotation of four words or more: the next sentence's."""
        said = speaker.text(self.text)
        return said[:1] in '«„“"' and len(said.split()) >= 4

    def _name_lost(self, k: int, content: Span, words: list[str]) -> SlavicDraft | None:
        """ "…, передає" ending a paragraph (or before a quote or the next sentence): the
        outlet's name was lost with its link when the text was scraped; no speaker."""
        t = self.parse.tokens[k]
        lost = name_lost(self.text, self.parse, k)
        if not lost or t.lemma not in self.lexicon.outlet_verbs or len(words) < 3:
            return None
        d = SlavicDraft("indirect", [content], "ru-uk:reported-after", name_lost=True)
        self._fill_cue(d, k)
        return d

    def _ends_paragraph(self, speaker: Span) -> bool:
        rest = self.text[speaker.end : speaker.end + 3]
        return rest[:1] == "." and (len(rest) == 1 or rest[1] in "\r\n")

    def _spoken_before(self, first: int) -> int:
        """The first token of the sentences right before token ``first`` in its paragraph that
        are speech in the first person with no quote marks (verbatim speech framed once at
        the paragraph's end); ``first`` when there are none. A paragraph that opens in the
        first person is the speaker's from its start ("Мы переживаем санкции … . Если
        говорить о текущих условиях, то … . …, отметил директор."), unless quote marks or
        another cue stand in it."""
        tokens = self.parse.tokens
        start, run = first, None
        while start > 0 and "\n" not in self.text[tokens[start - 1].end : tokens[start].start]:
            j = start - 1
            while j > 0 and tokens[j - 1].sent == tokens[start - 1].sent:
                j -= 1
            said = self.text[tokens[j].start : tokens[start - 1].end]
            if any(c in said for c in '«»"„“”'):
                return start if run is None else run
            if run is None and not self._first_person(j, start):
                run = start  # the first-person sentences right before end here
            start = j
        if run is None:
            return start
        # the whole paragraph: it opens in the first person, and no other cue frames a part
        opener = next(
            (i for i in range(start, first) if tokens[i].sent != tokens[start].sent), first
        )
        framed = any(self._is_cue(i) and not is_infinitive(tokens[i]) for i in range(start, first))
        return start if self._first_person(start, opener) and not framed else run

    def _first_person(self, start: int, stop: int) -> bool:
        """Whether tokens ``start``..``stop`` hold a first-person word ("мы", "наш")."""
        words = {t.text.casefold() for t in self.parse.tokens[start:stop]}
        return bool(words & self.lexicon.first_person)

    def _as_aside(self, k: int, first: int) -> SlavicDraft | None:
        """ "С начала августа, как уточнили в МЧС, в регионе обезврежено …", "Драпатый, как
        говорится в сообщении президента, организовал оборону": the sentence around the
        aside is the content."""
        tokens = self.parse.tokens
        if k < 3 or k - 2 <= first or tokens[k - 2].text != ",":
            return None
        stop = self._last(k) + 1
        t = tokens[k]
        if self.lexicon.is_document_cue(t):
            speaker = located_document(self.parse, k, self.lexicon)
        else:
            speaker = located_body(self.parse, k, self.lexicon.bodies) or phrase_after(
                self.parse, k + 1, stop
            )
        if speaker is None or speaker.start < t.end:
            return None
        rest = self._resumed(speaker, True)
        if rest is None:
            return None
        before = trim(self.text, Span(tokens[first].start, tokens[k - 2].start), EDGE_NO_COLON)
        # "Кроме того, как сообщает X, …": a connective before the aside is no content
        nouns = [t for t in tokens[first : k - 2] if t.pos in {"NOUN", "PROPN", "X"}]
        contents = [before, rest] if nouns else [rest]
        d = SlavicDraft("indirect", contents, "ru-uk:reported-after")
        self._fill_cue(d, k)
        d.speaker = speaker
        return d

    def _resumed(self, speaker: Span, comma: bool) -> Span | None:
        """The clause that goes on after a frame set off by commas ("Запад, указал Нарышкин,
        осознаёт …"): from the comma after the speaker to the sentence's end, when it holds a
        verb and a few words; None when the frame ends the sentence."""
        tokens = self.parse.tokens
        j = self.parse.token_at(speaker.end)
        if not comma or j is None or j >= len(tokens) or tokens[j].text != ",":
            return None
        end = self._sentence_end(j)
        after = [t for t in tokens[j + 1 :] if t.start < end and t.sent == tokens[j].sent]
        words = [t for t in after if t.pos != "PUNCT"]
        if len(words) < 3 or not any(t.pos in VERBAL for t in words):
            return None
        if any(t.lemma in self.lexicon.acts for t in words[:1]):
            return None  # "…, заявил X, добавив …": another frame
        if any(t.lemma.casefold() in WHICH for t in words[:3]):
            return None  # "…, сообщил Песков, по словам которого …": a clause about the speaker
        rest = trim(self.text, Span(tokens[j].end, end), " \t\n\xa0,.")
        if any(rest.text(self.text).casefold().startswith(c + " ") for c in self.lexicon.citing):
            return None  # "…, утверждает WP, ссылаясь на источники": the frame's own source
        return rest

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
        elif k - first >= 2 and tokens[k - 1].text == ",":
            # "Кроме того, заявил Лавров, …": any cue after a connective of the lexicon
            lead_words = " ".join(t.text.casefold() for t in tokens[first : k - 1])
            return lead_words in self.lexicon.connectives and not self._frames_end(k)
        else:
            return False
        lead = tokens[first:at]  # before "як": nothing, or a connective ("Проте,", "Але")
        if at == k:
            return len(lead) == 2 and lead[1].text == "," and lead[0].pos not in VERBAL
        if not lead:
            return True
        if len(lead) > 2 or lead[0].pos in VERBAL or lead[0].pos == "PUNCT":
            return False
        return len(lead) == 1 or lead[1].text == ","

    def _frames_end(self, k: int) -> bool:
        """Whether nothing follows cue ``k``'s frame in its sentence ("Кроме того, заявил он.")."""
        comma = next(
            (j for j in range(k + 1, self._last(k) + 1) if self.parse.tokens[j].text == ","), None
        )
        return comma is None

    def _points_back(self, k: int) -> bool:
        """Whether the words from token ``k`` open with an about_this phrase ("об этом")."""
        words = [t.text.casefold() for t in self.parse.tokens[k : k + 3]]
        return any(tuple(words[: len(p)]) == p for p in self.lexicon.about_this)
