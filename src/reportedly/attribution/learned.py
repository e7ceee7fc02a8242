"""Combine the learned span model with the rules.

Measured on PolNeAR dev (docs/EVALUATION.md): the model finds indirect and mixed statements
better than the rules (indirect content F1 0.70 against 0.65) while the rules' framed quotes
stay better for direct speech (0.94 against 0.88). So the rules keep the quotes they frame
(direct and mixed statements, and what is reported inside them), and the model's
attributions replace the rest: a rule statement that is not a framed quote is kept where it
is reported inside a model statement (the model does not mark nesting), or where the model
found nothing overlapping it and the model's own content probability over it is high enough; a
sure rule statement a model one displaced takes its place where calibration drops that one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from reportedly.attribution._draft import Draft
from reportedly.attribution._parse import Parse, subject_of
from reportedly.attribution._readings import (
    borrows_speaker,
    contents_overlap,
    cut_short,
    lies_inside,
    reported_inside,
    speaker_in_words,
)
from reportedly.attribution._tidy import FRAMED_RULES
from reportedly.attribution.anaphoric_frames import pointed_at_by_frame
from reportedly.attribution.clause_sources import own_clause_speaker
from reportedly.attribution.lexicon import CueLexicon, data_table
from reportedly.attribution.model_spans import (
    QUOTE_MARKS,
    across_a_paragraph,
    garbled_cue,
    governing_cue,
    head_token,
    infinitive_marker,
    one_paragraph,
    said_parts,
    strip_marks,
    trim_cue,
    whole_tokens,
)
from reportedly.attribution.span_model import ModelAttribution, RoleSpan, mean_role
from reportedly.model import Article, Span
from reportedly.nlp.encoder import Tagged

# a rule statement the model did not find stays only if the model gives its content this much
RULE_SUPPORT = 0.5
FRAMED_KINDS = {"direct", "mixed"}


def cue_words(lexicon: CueLexicon) -> frozenset[str]:
    """Every word the lexicon knows as part of a cue (lemmas)."""
    words = set(lexicon.strong_verbs) | set(lexicon.weak_verbs) | set(lexicon.nouns)
    words |= set(lexicon.intent_verbs) | set(lexicon.adjectives) | set(lexicon.nominal_verbs)
    words |= {p[0] for p in lexicon.prepositional}
    return frozenset(w.lower() for w in words)


def _first_line(text: str, span: Span) -> Span:
    """A section's body up to its line's end (a ``Source:`` body runs on to the next label)."""
    end = text.find("\n", span.start, span.end)
    return Span(span.start, span.end if end < 0 else end)


def model_regions(
    article: Article, parse: Parse, lexicon: CueLexicon, cues: frozenset[str]
) -> list[Span]:
    """The sentences the model reads: those with a quote mark or one of ``cues`` (see
    :func:`cue_words`), outside the article's ``Source:`` lines (cited outlets, not
    statements) and title."""
    text = article.text
    skip = [
        _first_line(text, s.body)
        for s in article.sections
        if s.label.strip().lower() in lexicon.source_labels
    ]
    if article.title_span is not None:  # a headline names a topic; the rules read "Name: …"
        skip.append(article.title_span)
    regions: list[Span] = []
    for sent in range(parse.sentence_count):
        tokens = [parse.tokens[i] for i in parse.sentence_range(sent)]
        span = Span(tokens[0].start, tokens[-1].end)
        if any(b.overlaps(span) for b in skip):
            continue
        if any(c in QUOTE_MARKS for c in text[span.start : span.end]) or any(
            t.lemma.lower() in cues or t.text.lower() in cues for t in tokens
        ):
            regions.append(span)
    return regions


def model_draft(
    text: str, parse: Parse, attribution: ModelAttribution, cues: frozenset[str] = frozenset()
) -> Draft | None:
    """A draft statement from one model attribution (``None`` when its content is empty); a
    cue with no word that can report takes the verb of ``cues`` (:func:`cue_words`) that its
    content hangs on, where there is one (:func:`garbled_cue`)."""
    cue = attribution.cue.span if attribution.cue is not None else None
    content = [
        strip_marks(text, one_paragraph(text, part.span, cue)) for part in attribution.content
    ]
    content = [c for c in content if len(c)]
    content = said_parts(parse, content, cue, text)
    content, cue = infinitive_marker(parse, content, cue)
    if not content:
        return None
    draft = Draft(kind="indirect", content=content, confidence=attribution.score, via="model")
    if cue is not None:
        draft.cue = trim_cue(parse, cue)
        draft.cue_token = head_token(parse, draft.cue, prefer_verb=True)
        if garbled_cue(parse, draft):
            governing_cue(parse, draft, cues)
    if attribution.source is not None:
        draft.speaker = strip_marks(text, attribution.source.span) or attribution.source.span
        draft.speaker_token = head_token(parse, draft.speaker, prefer_verb=False)
        _relative_clause_speaker(parse, draft)
        own_clause_speaker(parse, draft, _word_list("not_speakers"), _word_list("adverbial_marks"))
    elif not _cue_subject(parse, draft) and not _accused(parse, draft.cue_token):
        return None  # "was declared", "reports of", "Known for": nobody says anything
    return draft


def _relative_clause_speaker(parse: Parse, draft: Draft) -> None:
    """A cue heading a relative clause speaks for the noun its relative pronoun stands for:
    "Reuters has spoken to unnamed diplomats who have suggested that …" is the diplomats'
    statement, whatever source the model read."""
    i = draft.cue_token
    if i is None or draft.speaker is None or parse.tokens[i].dep != "relcl":
        return
    # "who" only: "which" after a comma often stands for a clause or a noun the parser
    # does not hang it on ("a different approach to the matter, which plans to buy …")
    pronouns = [j for j in parse.deps(i, "nsubj") if parse.tokens[j].text.lower() == "who"]
    if not pronouns or draft.speaker.overlaps(parse.tokens[pronouns[0]].span):
        return  # the model read the pronoun itself: the speakers stage resolves it
    noun = parse.tokens[i].head
    if not draft.speaker.overlaps(parse.tokens[noun].span):
        draft.speaker = parse.noun_phrase(noun)
        draft.speaker_token = noun


@cache
def _word_list(name: str) -> frozenset[str]:
    """A word list of ``data/model_rules.yaml`` (subjects that are nobody, cues of unnamed
    accusers), lower-cased."""
    return frozenset(str(w).lower() for w in data_table("model_rules.yaml")[name])


def _accused(parse: Parse, i: int | None) -> bool:
    """Whether cue ``i`` is a passive accusation ("was accused of", "had been charged
    with"): a claim whose accusers go unnamed, still a statement."""
    return (
        i is not None
        and parse.tokens[i].lemma.lower() in _word_list("unnamed_accusers")
        and parse.tokens[i].tag == "VBN"
    )


def _cue_subject(parse: Parse, draft: Draft) -> bool:
    """Give a draft the model found no source for its cue verb's grammatical subject
    ("Wang also said …", "Moscow halted … while warning that …"); whether it has one. An
    expletive or passive subject ("It is emphasized that …") is nobody."""
    i = draft.cue_token
    if i is None or parse.tokens[i].pos not in {"VERB", "AUX"}:
        return False
    subject = subject_of(parse, i)
    if subject is None or parse.tokens[subject].dep in {"expl", "nsubjpass"}:
        return False
    if parse.tokens[subject].text.lower() in _word_list("not_speakers"):
        return False
    draft.speaker = parse.noun_phrase(subject)
    draft.speaker_token = subject
    return True


# rules whose statements stand without the model: forms of text the model never saw in
# training ("Name: words" lines, transcripts) and "according to X, …"
SURE_RULES = {"according-to", "section-label", "transcript", "dash-name", "name-colon"}
SURE_RULES |= {"name-colon-line", "headline-colon", "dash-frame"}


def mark_sure(parse: Parse, drafts: Sequence[Draft]) -> None:
    """Mark the rule drafts that stand without the span model's support: those of
    :data:`SURE_RULES`, and a that-clause after a reporting verb ("Nexta reminds that …"),
    which the model misses where run-in headlines or translation hide the sentence."""
    for d in drafts:
        words = parse.tokens_in(d.content[0]) if d.content else range(0)
        that = bool(words) and parse.tokens[words[0]].text.lower() == "that"
        d.sure = d.via in SURE_RULES or (d.via == "ccomp" and that)


def mark_relayed(
    text: str, parse: Parse, drafts: Sequence[Draft], is_outlet: Callable[[str], bool]
) -> None:
    """Mark sure a quote framed by its speaker's reporting verb that an outlet relays
    ('"…," Danilov told Ukrainian TV, according to The Wall Street Journal'): the span model,
    trained where the outlet is the source, doubts the speaker the frame names."""
    for d in drafts:
        if d.kind != "direct" or d.cue_token is None or d.speaker is None:
            continue
        sent = parse.sentence_range(parse.tokens[d.cue_token].sent)
        for j in sent:
            t = parse.tokens[j]
            if j <= d.cue_token or t.text.lower() != "according" or j + 1 not in sent:
                continue
            objects = parse.deps(j + 1, "pobj") if parse.tokens[j + 1].text == "to" else []
            objects = objects or parse.deps(j, "pobj")
            if any(is_outlet(parse.span(*parse.subtree(o)).text(text)) for o in objects):
                d.sure = True


# how the words after a content hang on it when they are still part of it (the gold guide:
# "do not cut it at which …, including … or a trailing relative clause")
_TRAILING_DEPS = {"relcl", "appos", "acl", "punct", "cc", "conj"}


def _whole_clause(parse: Parse, m: Draft, rules: Sequence[Draft]) -> None:
    """Give a model statement the whole clause the rules found for its cue where the model cut
    it before a relative clause or an apposition in the same sentence ("announced that Russia
    would suspend the New START treaty, a key arms reduction agreement …")."""
    if m.cue is None or len(m.content) != 1:
        return
    part = m.content[0]
    for d in rules:
        if not (
            d.via == "ccomp"
            and d.shares_cue(m)
            and len(d.content) == 1
            and d.content[0].start <= part.start < part.end < d.content[0].end
        ):
            continue
        inside = set(parse.tokens_in(part))
        extra = [i for i in parse.tokens_in(Span(part.end, d.content[0].end)) if i not in inside]
        sentences = {parse.tokens[i].sent for i in inside}
        tops = [i for i in extra if parse.tokens[i].head not in extra]
        if (
            inside
            and extra
            and all(parse.tokens[i].sent in sentences for i in extra)
            and any(parse.tokens[i].head in inside for i in tops)
            and all(
                parse.tokens[i].head in inside and parse.tokens[i].dep in _TRAILING_DEPS
                for i in tops
            )
        ):
            m.content = [Span(part.start, d.content[0].end)]
        return


def _fall_back(rule: Draft, models: Sequence[Draft]) -> None:
    """Let a sure rule draft stand in for the model draft that displaced it, where
    calibration drops the model's reading of the words: a sure draft stands without the
    model's support, and would have stood had the model not read those words at all."""
    if not rule.sure:
        return
    for m in models:
        if m.fallback is None:
            m.fallback = rule
            return


def align_spans(drafts: Sequence[Draft], spans: Sequence[RoleSpan], parse: Parse) -> None:
    """Give a rule draft's speaker and cue the model's boundaries where the model's span of
    that role overlaps the rule's: the rules find who and which word, the model learned
    where such spans begin and end ("Rep. Jim Jordan (R-Ohio)", "told reporters"). A model
    span cut inside a token is widened to whole tokens; where it then lies inside the rule's
    span it is a word piece ("S" of "the U.S. leader"), not a boundary, and the rule's stands."""
    for d in drafts:
        for role in ("source", "cue"):
            current = d.speaker if role == "source" else d.cue
            if current is None:
                continue
            match = [s.span for s in spans if s.role == role and s.span.overlaps(current)]
            if len(match) != 1 or any(match[0].overlaps(c) for c in d.content):
                continue
            span = whole_tokens(parse, match[0])
            if span != match[0] and current.contains(span):
                continue
            if role == "source":
                d.speaker = span
            else:
                d.cue = trim_cue(parse, span)


def _points_back(text: str | None, draft: Draft) -> bool:
    """Whether ``draft`` is an anaphoric "according to" frame's ("… says it raised $21
    million. That's according to its filings."), its content the words the frame points back
    at: the source's account whole, with the statements in it nested, not another reading of
    them."""
    if text is None or draft.cue is None:
        return False
    return [pointed_at_by_frame(text, draft.cue.start)] == list(draft.content)


def combine(
    rules: Sequence[Draft],
    learned: Sequence[Draft],
    tagged: Tagged,
    parse: Parse | None = None,
    text: str | None = None,
) -> list[Draft]:
    """The statements to keep of the rules' and the model's drafts (see the module docs);
    with the ``parse``, a model content cut short before its clause's trailing relative clause
    or apposition takes them in (:func:`_whole_clause`), and a rule statement overlapping a
    model one whose cue holds no reporting word (:func:`garbled_cue`) is kept in its place;
    with the ``text``, so is one overlapping a model content a paragraph away from its cue."""
    framed = [d for d in rules if d.kind in FRAMED_KINDS or d.via in FRAMED_RULES]
    kept = list(framed)
    kept += [d for d in rules if d not in framed and any(reported_inside(d, f) for f in framed)]
    # a model content cut inside what a clause rule found for the same cue: the rule's whole
    # clause ("According to him, [after Western Russia], India sanctions increased …")
    kept += [d for d in rules if d not in kept and any(cut_short(m, d) for m in learned)]
    # a model cue no rule reads, inside the clause a sentence-final "according to X" reports
    # ("…, also appears as a buyer of …, according to filings dated …"): the phrase's reading;
    # so is any statement in the words an anaphoric frame points back at ("X says … .
    # That's according to filings."): the frame reports them whole
    unread = [m for m in learned if not any(m.shares_cue(r) for r in rules)]
    kept += [
        d
        for d in rules
        if d not in kept
        and d.via == "according-to"
        and any(reported_inside(m, d) and (m in unread or _points_back(text, d)) for m in learned)
    ]
    if parse is not None:  # a model cue of no reporting word: the rule's reading of the words
        garbled = [m for m in learned if garbled_cue(parse, m)]
        kept += [
            d
            for d in rules
            if d not in kept
            and d.cue is not None
            and not garbled_cue(parse, d)
            and any(contents_overlap(d, m) for m in garbled)
        ]
    if text is not None:  # "Read also: …" above "According to the general, …": the model
        # paired the cue with the paragraph before; a rule's reading of those words stands
        # ("German MoD says …"), and the "According to" rule its own ("the ministers …")
        far = [m for m in learned if across_a_paragraph(text, m.content, m.cue)]
        kept += [
            d
            for d in rules
            if d not in kept
            and not across_a_paragraph(text, d.content, d.cue)
            and any(contents_overlap(d, m) for m in far)
        ]
    if parse is not None:  # a noun of a rule statement's words as a cue, with its speaker
        kept += [
            d
            for d in rules
            if d not in kept
            and any(borrows_speaker(parse, m, d) for m in learned)
            and not any(m.shares_cue(d) for m in learned)
        ]
    # the rule's cue with a speaker among the words the rule's frame reports
    kept += [d for d in rules if d not in kept and any(speaker_in_words(m, d) for m in learned)]
    # a statement inside the words an "according to" frame points back at is nested in it
    back = [k for k in kept if k.via == "according-to" and _points_back(text, k)]
    added = [
        m
        for m in learned
        if not any(
            contents_overlap(m, k) and not (k in back and reported_inside(m, k)) for k in kept
        )
    ]
    if parse is not None:
        for m in added:
            _whole_clause(parse, m, rules)
    # what the rules find reported inside a model statement ("X said he had never said
    # that …"): the model, trained on PolNeAR, does not mark nested statements
    kept += [d for d in rules if d not in kept and any(lies_inside(d, m) for m in added)]
    for d in rules:
        if d in kept or any(lies_inside(d, f) for f in framed):
            continue
        same = [m for m in added if contents_overlap(d, m)]
        if same:
            _fall_back(d, same)
            continue
        if d.sure or mean_role(tagged, d.extent, "content") >= RULE_SUPPORT:
            kept.append(d)
    return kept + added
