"""Pronouns and "the latter"/"the former" to antecedents, walking the article in text order."""

from __future__ import annotations

from functools import cached_property

from reportedly.actors._antecedents import _AntecedentChoice
from reportedly.actors._resolution_data import DASHES, Gender
from reportedly.actors._runs import NOBODY, _Last
from reportedly.actors._state import _LATTER, _NAME_LABELS, _OBJECT_DEPS, _Seen
from reportedly.attribution._quote_marks import find_quotes
from reportedly.model import Span, Statement

_QUOTE_MARKS = "\"“”‘’«»'"  # a quote mark the tokenizer left glued to the word after it


class _PronounResolver(_AntecedentChoice):
    """Walks names, pronouns and titles in order, choosing antecedents by gender and role."""

    def _walk(self, speakers: dict[str, str | None]) -> None:
        doc = self.doc
        if doc is None:
            return
        events: list[tuple[int, int, str, Span, int]] = []  # start, rank, what, span, token
        for work in self.works.values():
            for span in work.mentions:
                events.append((span.start, 0, "name:" + work.key, span, -1))
        person_tokens = self._person_tokens()
        for t in doc.tokens:
            word = t.text.lower()
            if t.pos == "PRON" and (self.data.pronoun_gender(word) or word in self._first):
                events.append((t.start, 1, "pronoun", t.span, t.i))
            elif word[:1] in DASHES and self.data.pronoun_gender(word):
                events.append((t.start, 1, "pronoun", t.span, t.i))  # "-he" of a dash quote
            elif word[:1] in _QUOTE_MARKS and self.data.pronoun_gender(word[1:]):
                # 'moment."He said': a closing quote glued to the pronoun after it
                events.append((t.start + 1, 1, "pronoun", Span(t.start + 1, t.end), t.i))
            elif word in _LATTER and t.dep not in {"amod", "compound", "advmod"}:
                if t.i > 0 and doc.tokens[t.i - 1].text.lower() == "the":
                    span = Span(doc.tokens[t.i - 1].start, t.end)
                    events.append((span.start, 1, "latter", span, t.i))
            elif word in self.data.title_heads and t.i not in person_tokens:
                found = self._title_phrase(t.i)
                if found is not None:
                    events.append((found.start, 2, "title", found, t.i))
        events.sort(key=lambda e: (e[0], e[1]))
        speaker_keys = {
            (s.speaker.span.start, s.speaker.span.end): speakers[s.id]
            for s in self.analysis.statements
            if s.speaker is not None and speakers.get(s.id) is not None
        }
        said = {
            (s.speaker.span.start, s.speaker.span.end): s
            for s in self.analysis.statements
            if s.speaker is not None and s.reported_by is None
        }
        self._quotes = [q.inner for q in find_quotes(self.text)] + [
            part
            for s in self.analysis.statements
            if s.kind != "indirect"
            for part in (s.content if s.kind == "direct" else s.quotes)
        ]
        said_spans = [(s.speaker.span, s) for s in said.values() if s.speaker is not None]
        # every statement of one speaker mention: "He said Guterres 'had no choice …'" is an
        # indirect and a direct statement, and Guterres is named in the words of both
        words: dict[tuple[int, int], tuple[Span, ...]] = {}
        for s in self.analysis.statements:
            if s.speaker is not None and s.reported_by is None:
                at = (s.speaker.span.start, s.speaker.span.end)
                words[at] = words.get(at, ()) + s.content
        last: _Last | None = None  # the latest top-level speaker, who it is, what was said
        for start, _, what, span, i in events:
            del start
            statement = said.get((span.start, span.end))
            if what.startswith("name:"):
                self._see(span, what[5:], named=True)
                if self._headline_of(span) is not None:
                    continue  # another story's headline: no speaker of this one's run
                if statement is None:
                    statement = next((s for at, s in said_spans if span.overlaps(at)), None)
                if statement is not None and statement.id in self.joint:
                    last = None  # "Stoltenberg and Johnson confirmed …": no one man's run
                elif statement is not None and statement.speaker is not None:
                    if not self._heads_phrase(
                        span, statement.speaker.span
                    ) and not self._unnamed_speaker(statement):
                        # "Jermak, head of the office of … Zelensky, wrote": Jermak's run; but
                        # "one of the EU officials" runs on as the body named inside
                        continue
                    at = (statement.speaker.span.start, statement.speaker.span.end)
                    said_words = words.get(at, statement.content)
                    last = (span, what[5:], said_words, self._unnamed_speaker(statement))
                continue
            given = speaker_keys.get((span.start, span.end))
            key: str | None
            if what == "pronoun":
                key = self._pronoun(span, i, speakers, given, statement, last)
            elif what == "latter":
                key = self._latter(span, _LATTER[doc.tokens[i].text.lower()])
            else:
                # what the title says before attribution's guess at it
                key = self._title(span, i) or given
            said_words = words.get((span.start, span.end), ())
            if key is None:
                if statement is not None and what == "pronoun" and self._third_singular(span):
                    last = (span, None, said_words or statement.content, False)
                continue
            if statement is not None:
                # an unnamed official's "He added" goes on as that official
                unnamed = last is not None and last[3] and last[1] == key
                last = (span, key, said_words or statement.content, unnamed)
            self.resolved_at[(span.start, span.end)] = key
            work = self.works[key]
            if not any(m.overlaps(span) for m in work.mentions):
                work.mentions.append(span)
            if what != "pronoun" or doc.tokens[i].text.lower() not in self._first:
                self._see(span, key, named=False)

    def _heads_phrase(self, name: Span, phrase: Span) -> bool:
        """Whether ``name`` holds the head token of ``phrase`` (unknown: yes)."""
        doc = self.doc
        head = doc.head_of(phrase) if doc is not None else None
        return doc is None or head is None or name.contains(doc.tokens[head].span)

    def _third_singular(self, span: Span) -> bool:
        return self.data.pronoun_gender(span.text(self.text).lower()) in ("male", "female")

    @cached_property
    def _first(self) -> frozenset[str]:
        return self.data.first_singular | self.data.first_plural

    def _genders_from_text(self) -> None:
        """People the registry and the name lists leave without a gender get the one the
        article's own pronouns give them: "Wojtaszek said she agreed", when she is the only
        person named before the pronoun in its sentence, outside quotes, and every such
        sentence agrees."""
        doc = self.doc
        if doc is None:
            return
        named: dict[int, list[tuple[int, str]]] = {}  # sentence -> (offset, key)
        for work in self.works.values():
            if work.kind == "person":
                for m in work.mentions:
                    named.setdefault(doc.sentence_of(m), []).append((m.start, work.key))
        quoted = [
            part
            for s in self.analysis.statements
            if s.kind != "indirect"
            for part in (s.content if s.kind == "direct" else s.quotes)
        ]
        votes: dict[str, set[Gender]] = {}
        for t in doc.tokens:
            gender = self.data.pronoun_gender(t.text) if t.pos == "PRON" else None
            if gender is None or t.sent not in named or any(q.contains(t.span) for q in quoted):
                continue
            before = {key for start, key in named[t.sent] if start < t.start}
            if len(before) == 1:
                votes.setdefault(before.pop(), set()).add(gender)
        for key, genders in votes.items():
            work = self.works[key]
            if work.gender is None and len(genders) == 1:
                work.gender = next(iter(genders))

    def _person_tokens(self) -> set[int]:
        """Tokens inside named mentions: a title word there is part of a name."""
        doc = self.doc
        annotation = self.analysis.annotation
        if doc is None or annotation is None:
            return set()
        inside: set[int] = set()
        for m in annotation.entities:
            if m.label in _NAME_LABELS:
                inside.update(doc.tokens_in(m.span))
        return inside

    def _see(self, span: Span, key: str, *, named: bool) -> None:
        doc = self.doc
        if doc is None:
            return
        modifier = named and doc.modifies_noun(span)
        # "Former Bill Clinton pollster Douglas Schoen said": Schoen is the subject, not Clinton
        self.history.append(
            _Seen(
                span=span,
                key=key,
                sent=doc.sentence_of(span),
                subject=not modifier and doc.is_subject(span),
                main=not modifier and doc.is_main_subject(span),
                named=named,
                modifier=modifier,
            )
        )

    def _pronoun(
        self,
        span: Span,
        i: int,
        speakers: dict[str, str | None],
        given: str | None,
        statement: Statement | None = None,
        last: _Last | None = None,
    ) -> str | None:
        doc = self.doc
        if doc is None:
            return None
        word = span.text(self.text).lower()
        quoted_by = self._quoted_by(span, speakers)
        if word in self.data.first_singular:
            return given if given is not None else quoted_by
        if word in self.data.first_plural:
            return quoted_by  # "we" in someone's quoted words: their side speaks through them
        gender = self.data.pronoun_gender(word)
        exclude = {quoted_by} if quoted_by else set()
        named_in_words: set[str] = set()
        if statement is not None:
            # '"Biden knows this," he added': whoever the words name is not who says them
            named_in_words = {
                h.key
                for h in self.history
                if h.named and any(part.contains(h.span) for part in statement.content)
            }
            exclude |= named_in_words
        if gender in ("male", "female") and self._indefinite_before(i):
            self.ambiguous.add(span)  # no name, no guess, no run of quotes
            return None
        if gender in ("male", "female"):
            ahead = self._fronted_clause_subject(i, gender, exclude)
            if ahead is not None:
                return ahead
        if statement is not None and last is not None:
            run = self._run_speaker(span, gender, exclude, last)
            if run == NOBODY:
                self.self_named.add(span)  # the run's speaker is no one named: not a guess
                return None
            if run is not None:
                return run
        token = doc.tokens[i]
        if word.endswith("self"):
            bound = self._clause_subject(i)
            if bound is not None and self._compatible(bound, gender):
                return bound
        elif token.dep in _OBJECT_DEPS:
            bound = self._clause_subject(i)
            if bound is not None:
                exclude.add(bound)  # "Biden told him": him is not Biden
        found = self._antecedent(span, gender, exclude)
        if found is None and given is None and statement is not None:
            found = self._only_person_ahead(span, gender, exclude, statement)
        if (
            found is None
            and given is not None
            and given not in exclude
            and span not in self.ambiguous
        ):
            # attribution's guess only where the text offers no antecedent of its own
            return given if self._compatible(given, gender) else None
        if found is None and given in named_in_words:
            self.self_named.add(span)  # attribution's guess is named in the words: no one
        return found

    def _quoted_by(self, span: Span, speakers: dict[str, str | None]) -> str | None:
        """The resolved speaker of the innermost direct quote holding ``span``."""
        best: tuple[int, str] | None = None
        for s in self.analysis.statements:
            key = speakers.get(s.id)
            if key is None or s.kind == "indirect":
                continue
            holders = s.content if s.kind == "direct" else s.quotes
            for part in holders:
                if part.contains(span) and (best is None or len(part) < best[0]):
                    best = (len(part), key)
        return best[1] if best else None
