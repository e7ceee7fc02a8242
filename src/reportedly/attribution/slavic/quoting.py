"""Quotes a quoting verb frames: "«…», — цитирует Тихого Reuters", "— приводит слова чиновника
агентство", "— цитирует его телеграм-канал «Эхо»": the verb's object said the quote, its
subject relays it (the subject's statement, the quoted one's nested in it)."""

from __future__ import annotations

from reportedly.attribution.slavic._text import Quote
from reportedly.attribution.slavic.bodies import token_case
from reportedly.attribution.slavic.cues import Cues
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.phrases import phrase_after
from reportedly.model import Span


class QuotingFrames(Cues):
    """The quoting-verb frames of the quote rules (quote_frames.QuoteFrames)."""

    # drafts a quote's frame gives besides its own: relaying subjects, second frames
    _extra: list[SlavicDraft]

    def _quoting(self, q: Quote, frame: Span) -> SlavicDraft | None:
        """ "«…», — цитирует Тихого Reuters", "— приводит слова чиновника агентство": the
        quoting verb's object, a person or a role, said the quote; its subject relays it."""
        tokens = self.parse.tokens
        found = self.parse.tokens_in(frame)
        if not found:
            return None
        k = found[0]
        between = self.lexicon.quoting.get(tokens[k].lemma)
        if between is None:
            return None
        j = k + 1
        # "— цитирует его телеграм-канал «Эхо»", "— приводит его слова «Эхо»": a pronoun said it
        pronoun = j if j < len(tokens) and tokens[j].pos in {"PRON", "DET"} else None
        if pronoun is not None and tokens[j].lemma.casefold() not in self.lexicon.pronouns:
            pronoun = None
        if between:
            if pronoun is not None and j + 1 < len(tokens):
                j += 1  # "приводит его слова": the pronoun before the noun
            if j >= len(tokens) or tokens[j].lemma.casefold() not in between:
                return self._subject_first(q, k, found[-1] + 1)
            j += 1
        if pronoun is not None and pronoun < found[-1]:
            d = SlavicDraft("direct", [q.inner], "ru-uk:frame-after", quotes=[q.inner])
            d.cue, d.cue_token = Span(tokens[k].start, tokens[j - 1].end), k
            d.speaker, d.speaker_case = Span(tokens[pronoun].start, tokens[pronoun].end), "Gen"
            self._relay(d, j, found[-1] + 1)
            return d
        stop = min(found[-1] + 1, j + 6)
        for i in range(j, stop):
            t = tokens[i]
            role = t.pos == "NOUN" and t.lemma.casefold() in self.lexicon.anaphors
            # "— цитирует этого человека агентство Reuters": a person a demonstrative points to
            pointed = i > j and tokens[i - 1].pos == "DET" and t.pos == "NOUN"
            role = role or (pointed and "Animacy=Anim" in t.morph)
            person = t.ent_type == "PERSON" and t.ent_iob == "B"
            if person or role or (t.pos == "PROPN" and "Animacy=Anim" in t.morph):
                end = i
                while person and end + 1 < len(tokens) and tokens[end + 1].ent_iob == "I":
                    if token_case(tokens[end + 1]) not in (None, token_case(t)):
                        break  # "цитирует Байдена Он также …": a lost stop, a new sentence
                    end += 1
                d = SlavicDraft("direct", [q.inner], "ru-uk:frame-after", quotes=[q.inner])
                d.cue, d.cue_token = Span(tokens[k].start, tokens[j - 1].end), k
                d.speaker = Span(t.start, tokens[end].end)
                d.speaker_case = "Acc" if self.parse.has_case(t, "Acc") else "Gen"
                self._relay(d, end + 1, found[-1] + 1)
                return d
        return None

    def _subject_first(self, q: Quote, k: int, stop: int) -> SlavicDraft | None:
        """ "— приводит издание заявление", "— приводит издание слова министра": the subject
        right after the quoting verb relays the quote (its direct statement), the words or
        statement it names after it; the person whose words they are said it, nested."""
        tokens = self.parse.tokens
        said = self.lexicon.quoting.get(tokens[k].lemma, frozenset()) | self.lexicon.noun_cues
        noun = next(
            (i for i in range(k + 2, min(stop, k + 6)) if tokens[i].lemma.casefold() in said), None
        )
        if noun is None:
            return None
        who = phrase_after(self.parse, k + 1, noun)
        if all(t.text[:1].isupper() and t.text.isascii() for t in tokens[k + 1 : noun]):
            who = Span(tokens[k + 1].start, tokens[noun - 1].end)  # "— приводит Reuters слова"
        if who is None or self.parse.token_at(who.start) != k + 1:
            return None
        last = self.parse.tokens_in(who)[-1]
        if last + 1 != noun:
            return None
        d = SlavicDraft("direct", [q.inner], "ru-uk:frame-after", quotes=[q.inner])
        d.cue, d.cue_token, d.speaker = Span(tokens[k].start, tokens[k].end), k, who
        if tokens[last + 1].lemma.casefold() in self.lexicon.quoting.get(tokens[k].lemma, ()):
            owner = phrase_after(self.parse, last + 2, stop, "Gen")  # "слова министра"
            if owner is not None and self.parse.token_at(owner.start) == last + 2:
                inner = SlavicDraft("direct", [q.inner], "ru-uk:frame-after", quotes=[q.inner])
                inner.cue, inner.cue_token = d.cue, k
                inner.speaker, inner.speaker_case, inner.via = owner, "Gen", d
                self._extra.append(inner)
        return d

    def _relay(self, d: SlavicDraft, k: int, stop: int) -> None:
        """The quoting verb's subject after its object ("— цитирует его телеграм-канал «Эхо»",
        "— приводит слова чиновника агентство"): its statement of the same quote, ``d``
        nested in it (as "X сообщает со ссылкой на Y", gold/ru/README.md)."""
        if k >= stop:
            return
        who = phrase_after(self.parse, k, stop)
        if who is None or d.cue_token is None:
            return
        first = self.parse.token_at(who.start)
        if first is None or self.parse.tokens[first].pos in {"PRON", "DET"}:
            return  # "— цитирует Байдена Он также объявил …": a lost name, a new sentence
        named = who.text(self.text)
        if named.count("«") > named.count("»") and self.text[who.end : who.end + 1] == "»":
            who = Span(who.start, who.end + 1)  # "телеграм-канал «Эхо»": its closing mark
        outer = SlavicDraft(d.kind, list(d.content), "ru-uk:frame-after", quotes=list(d.quotes))
        outer.cue = Span(self.parse.tokens[d.cue_token].start, self.parse.tokens[d.cue_token].end)
        outer.cue_token, outer.speaker = d.cue_token, who
        d.via = outer
        self._extra.append(outer)
