"""Statement attribution: direct, mixed and indirect quotations, nesting, cited sources.

``attribute`` is the stage's entry point: plain article and annotation in, plain
statements, entities and citations out.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reportedly._fingerprint import package_digest
from reportedly.attribution._draft import Draft, StageLog, log_stage
from reportedly.attribution._nesting import enclosing
from reportedly.attribution._parse import Parse
from reportedly.attribution._quote_marks import find_quotes
from reportedly.attribution._tidy import (
    TRUSTED_RULES,
    _close_quotes,
    _core,
    _cut_asides,
    _cut_participle,
    _cut_speaker_clause,
    _dedupe,
    _drop_orphans,
    _drop_weak,
    _quoted_words_only,
    _settle_kind,
)
from reportedly.attribution.act_lexicon import default_acts
from reportedly.attribution.acts import settle_acts
from reportedly.attribution.anaphoric_frames import passive_frames, point_back, reports_a_frame
from reportedly.attribution.article_citations import article_citations
from reportedly.attribution.bounds import settle_bounds
from reportedly.attribution.calibration import RUN_IN_RULES, Calibrator, features
from reportedly.attribution.cue_model import CueModel
from reportedly.attribution.direct import find_direct, top_level
from reportedly.attribution.furniture import furniture_lines, outside_furniture
from reportedly.attribution.indirect import find_indirect
from reportedly.attribution.indirect_forms import source_clause_to_content
from reportedly.attribution.learned import (
    align_spans,
    combine,
    cue_words,
    mark_relayed,
    mark_sure,
    model_draft,
    model_regions,
)
from reportedly.attribution.lexicon import CueLexicon
from reportedly.attribution.name_colon_lines import name_colon_lines
from reportedly.attribution.nested_phrases import drop_nested_phrases
from reportedly.attribution.one_cue import one_statement_per_cue
from reportedly.attribution.pieces import drop_frame_adjunct
from reportedly.attribution.quote_frames import reports_a_clause_before
from reportedly.attribution.run_in import dash_speech, end_at_colon_quotes
from reportedly.attribution.run_in_headlines import headline_lines
from reportedly.attribution.second_acts import cut_second_acts
from reportedly.attribution.span_model import decode, pair
from reportedly.attribution.speaker_bounds import whole_word_speaker
from reportedly.attribution.speakers import EntityIndex, resolve_speaker
from reportedly.attribution.tails import whole_tails
from reportedly.attribution.teasers import teaser_lines
from reportedly.attribution.titles import drop_quoted_titles
from reportedly.attribution.unframed import (
    CONTINUATIONS,
    continue_paragraph_quotes,
    quote_arguments,
)
from reportedly.attribution.unsaid import drop_borrowed, drop_unsaid
from reportedly.attribution.writer_voice import drop_writer_voice
from reportedly.model import Annotation, Article, Citation, Entity, Mention, Statement
from reportedly.nlp.encoder import Tagged, TokenTagger
from reportedly.provenance.outlets import default_registry as default_outlets

__all__ = ["TRUSTED_RULES", "Attribution", "CueLexicon", "CueModel", "attribute", "find_quotes"]

# the package digest changes with any rule, word list or model: stored analyses re-run
VERSION = f"reportedly.attribution.rules.v1+{package_digest(__name__)}"
VERSION_LEARNED = f"reportedly.attribution.rules+minilm-spans.v1+{package_digest(__name__)}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Attribution:
    """The stage's output for one article."""

    statements: tuple[Statement, ...]
    entities: tuple[Entity, ...]
    citations: tuple[Citation, ...]


def attribute(
    article: Article,
    annotation: Annotation,
    *,
    lexicon: CueLexicon,
    cue_model: CueModel | None = None,
    span_model: TokenTagger | None = None,
    calibrator: Calibrator | None = None,
    min_confidence: float | None = None,
    rule_log: dict[str, str] | None = None,
    feature_log: dict[str, dict[str, float]] | None = None,
    stage_log: StageLog | None = None,
) -> Attribution:
    """Find the statements of ``article`` with their speakers, nesting and cited sources.

    ``cue_model``, when given, adds the verbs the learned detector takes for cues to those the
    lexicon and rules find (the pipeline always passes the shipped model). ``span_model``, when
    given, is the learned Source/Cue/Content tagger whose statements replace the rules' outside
    the quotes the rules frame (see :mod:`reportedly.attribution.learned`); with it, each
    statement's confidence is the ``calibrator``'s probability (by default the span model's)
    and statements under ``min_confidence`` (by default the calibrator's own cut-off) are
    dropped. ``feature_log`` receives the calibration features by statement id (to fit the
    calibrator). ``rule_log``, when given, receives the name of the rule that found each
    statement, by statement id (for error analysis and for learning which rules a corpus bears
    out). ``stage_log`` receives the candidates' contents where some are dropped (see
    :func:`~reportedly.attribution._draft.log_stage`).
    """
    text = article.text
    parse = Parse(annotation)
    quotes = find_quotes(text)
    drafts, leftover = find_direct(text, parse, quotes, article.sections, lexicon)
    used = {
        d.cue_token
        for d in drafts
        if d.cue_token is not None and not reports_a_clause_before(parse, d)
    }
    outlets = default_outlets()
    indirect = find_indirect(
        text,
        parse,
        lexicon,
        used_cues=used,
        quotes=quotes,
        is_outlet=lambda name: outlets.match(name) is not None,
        cue_model=cue_model,
    )
    tops = top_level(quotes)
    for d in indirect:
        _close_quotes(text, d, tops)
        _settle_kind(text, d, tops)
    # a leftover quote inside an indirect statement is its (mixed) content; others may
    # continue the previous paragraph's quote
    leftover = [
        q
        for q in leftover
        if not any(c.contains(_core(text, q)) for d in indirect for c in d.content)
    ]
    furniture = furniture_lines(text)  # a newsletter box reports nothing
    drafts = outside_furniture(drafts + indirect, furniture)  # before a quote goes on from one
    continued, leftover = continue_paragraph_quotes(text, parse, leftover, drafts)
    arguments, _unattributed = quote_arguments(parse, leftover, lexicon)
    drafts = drafts + continued + arguments
    quoted = [c for d in drafts if d.kind != "indirect" for c in d.content]
    drafts += headline_lines(text, parse, quoted)
    # a teaser line in capitals is read by its words; the parse's readings of it give way
    teasers = teaser_lines(text, parse, quoted)
    for d in teasers:
        _settle_kind(text, d, tops)
    drafts = [d for d in drafts if not any(d.extent.overlaps(t.extent) for t in teasers)]
    drafts += teasers
    drafts += name_colon_lines(text, parse, [c for d in drafts for c in d.content])
    # a dash frame's words may hold quoted words but no quote with its own frame, nor cut
    # across a quote
    framed = [d.cue for d in drafts if d.via in TRUSTED_RULES and d.cue is not None]
    marks = [c for d in drafts if d.kind == "direct" for c in d.content]
    marks += [q for d in drafts if d.kind == "mixed" for q in d.quotes]
    dashed = dash_speech(text, parse, lexicon, framed, marks)
    for d in dashed:
        _settle_kind(text, d, tops)
    drafts = end_at_colon_quotes(text, drafts, dashed) + dashed
    drafts = _dedupe(text, drafts)
    log_stage(stage_log, "rules", drafts)
    drafts = _drop_weak(drafts, parse, lexicon)
    drafts = _drop_orphans(text, drafts, tops)
    tagged = None
    if span_model is not None:
        words = cue_words(lexicon)
        tagged = span_model.tag(text, model_regions(article, parse, lexicon, words))
        spans = decode(text, tagged)
        align_spans([d for d in drafts if d.via not in RUN_IN_RULES], spans, parse)
        found = (
            model_draft(text, parse, a, words) for a in pair(spans, annotation.sentences, text)
        )
        learned = drop_borrowed(parse, [m for m in found if m and not reports_a_frame(text, m)])
        learned = end_at_colon_quotes(text, learned, dashed)
        for d in learned:
            _close_quotes(text, d, tops)
            _settle_kind(text, d, tops)
        log_stage(stage_log, "combined_rules", drafts)
        log_stage(stage_log, "model", learned)
        mark_sure(parse, drafts)
        mark_relayed(text, parse, drafts, lambda name: outlets.match(name) is not None)
        drafts = _dedupe(text, combine(drafts, learned, tagged, parse, text))
    source_clause_to_content(text, parse, drafts)
    whole_tails(text, parse, lexicon, drafts)
    for d in drafts:
        _cut_asides(text, d)
        drop_frame_adjunct(text, parse, d)
        _cut_participle(parse, lexicon, d)
        _cut_speaker_clause(text, parse, d)
    settle_bounds(text, parse, drafts)
    drafts = drop_unsaid(parse, drafts)
    drafts = drop_quoted_titles(text, parse, drafts, cue_words(lexicon))
    cut_second_acts(text, parse, drafts, lexicon.strong_verbs)
    drafts = outside_furniture(drafts, furniture)  # the span model's drafts too
    drafts = drop_nested_phrases(parse, drafts)
    drafts += passive_frames(text, parse, drafts)  # "…, and this was confirmed by X" in a quote
    if tagged is not None and span_model is not None:
        calibrator = calibrator or model_calibrator(span_model.directory)
        log_stage(stage_log, "calibration", drafts)
        drafts = _calibrate(
            drafts,
            parse,
            tagged,
            words,
            calibrator,
            calibrator.min_confidence if min_confidence is None else min_confidence,
            title_end=max(0, text.find("\n")),
        )
    # after calibration: the frame was found as it was, only its words are another's
    drafts = point_back(text, drafts, tops)
    drafts = one_statement_per_cue(text, drafts, tops)
    drafts = drop_writer_voice(text, parse, drafts, quotes, default_acts())
    nesting = enclosing(drafts)
    for d in drafts:  # after nesting: a quote taken twice is not reported inside itself
        _quoted_words_only(text, d)
        # after calibration, whose signals were fitted on the speakers as found
        whole_word_speaker(text, parse, d)

    labels = tuple(
        s.label_span
        for s in article.sections
        if not s.label.lower().startswith(lexicon.section_labels)
    )
    index = EntityIndex(text, annotation, parse, ignore=labels)
    for d in drafts:
        if d.role and d.speaker is not None:
            key = index.person_key(d.speaker.text(text))
            if key is not None:
                index.add_role(key, d.role)

    # resolve speakers outermost first, so inner pronouns can see who is quoting them
    ids: dict[int, str] = {}
    keys: dict[int, str | None] = {}
    order = sorted(range(len(drafts)), key=lambda n: (len(nesting[n]), drafts[n].extent.start))
    for n in order:
        d = drafts[n]
        outer_keys = [(drafts[m].kind, keys.get(m)) for m in nesting[n]]
        keys[n] = resolve_speaker(d, index, enclosing=outer_keys)
        ids[n] = Statement.make_id(article.id, tuple(d.content), d.kind)
        if rule_log is not None:
            rule_log[ids[n]] = d.rule
        if feature_log is not None and d.signals:
            feature_log[ids[n]] = d.signals

    statements: list[Statement] = []
    for n, d in enumerate(drafts):
        outer = nesting[n]
        key = keys[n]
        speaker = None
        if d.speaker is not None:
            speaker = Mention(span=d.speaker, text=d.speaker.text(text), label="SPEAKER")
        statements.append(
            Statement(
                id=ids[n],
                kind=d.kind,
                content=tuple(d.content),
                cue=d.cue,
                speaker=speaker,
                speaker_entity=index.entity_id(key) if key is not None else None,
                reported_by=ids[outer[0]] if outer else None,
                quotes=tuple(d.quotes),
                confidence=d.confidence,
            )
        )

    statements = settle_acts(text, parse, statements)
    citations = article_citations(text, article, parse, lexicon, statements)
    return Attribution(statements=tuple(statements), entities=index.entities(), citations=citations)


def _calibrate(
    drafts: list[Draft],
    parse: Parse,
    tagged: Tagged,
    words: frozenset[str],
    calibrator: Calibrator,
    min_confidence: float,
    title_end: int = 0,
) -> list[Draft]:
    """Set each top-level draft's confidence to the calibrated probability and drop those
    under ``min_confidence``; a draft reported inside another (which PolNeAR never annotates)
    is as sure as its own rule times its reporter, unless the calibration's scope is "all"
    (fitted on war news too, which annotates nesting and run-in frames): then every draft
    gets its probability. Nested drafts, run-in frames and sure rule drafts are never cut, nor
    a frameless quote whose speaker's statement before it stands. Each kept draft carries the
    signals its confidence was computed from (``Draft.signals``).
    ``words``: the lexicon's cue words (:func:`~reportedly.attribution.learned.cue_words`)."""
    nested = [bool(outer) for outer in enclosing(drafts)]
    every = calibrator.scope == "all"
    for d, inside in zip(drafts, nested, strict=True):
        d.signals = features(d, parse, tagged, words, nested=inside, title_end=title_end)
        if every or (not inside and d.via not in RUN_IN_RULES):
            d.confidence = round(calibrator.probability(d.signals), 3)
    keep = [
        n
        for n, d in enumerate(drafts)
        if nested[n] or d.via in RUN_IN_RULES or d.sure or d.confidence >= min_confidence
    ]
    for n, d in enumerate(drafts):  # a frame the rules are sure of outlives the model's doubt
        if n not in keep and d.fallback is not None:
            drafts[n] = d.fallback
            d.fallback.signals = features(
                d.fallback, parse, tagged, words, nested=nested[n], title_end=title_end
            )
            d.fallback.confidence = round(calibrator.probability(d.fallback.signals), 3)
            keep.append(n)
    keep = sorted(keep + _continuations_kept(drafts, [n for n in keep if not nested[n]]))
    drafts = [drafts[n] for n in keep]
    for d, outer in zip(drafts, enclosing(drafts), strict=True):
        if outer and not every:
            d.confidence = round(d.confidence * drafts[outer[0]].confidence, 3)
    return drafts


def _continuations_kept(drafts: list[Draft], kept: list[int]) -> list[int]:
    """The frameless quotes under the cut whose speaker's statement before them stands among
    the ``kept`` top-level drafts: the calibration, fitted on framed statements, doubts a quote
    with no cue of its own and its speaker named a sentence or a paragraph away; the rule that
    gave it that speaker is what vouches for it, so it stands or falls with the statement it
    goes on from (one the article reports, not one reported inside another's words)."""
    standing = [drafts[n] for n in kept if drafts[n].via not in CONTINUATIONS]
    return [
        n
        for n, d in enumerate(drafts)
        if n not in kept
        and d.via in CONTINUATIONS
        and any(s.speaker == d.speaker and s.extent.end <= d.extent.start for s in standing)
    ]


@cache
def model_calibrator(directory: Path) -> Calibrator:
    """The calibration fitted on the outputs of the span model in ``directory``: its own
    ``calibration.json`` where it has one (the int8 model), else the shipped one."""
    own = directory / "calibration.json"
    return Calibrator.load(own if own.is_file() else None)
