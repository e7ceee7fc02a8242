"""Statement attribution for Russian and Ukrainian: the same records as the English stage.

``attribute_slavic`` takes an article and its Russian or Ukrainian annotation and returns an
:class:`~reportedly.attribution.Attribution` (statements with speakers, nesting and acts;
entities; cited sources). Cues come from the per-language lexicons in ``data/``. A
statement's confidence is the Russian/Ukrainian calibration's probability that it is right
(:mod:`~reportedly.attribution.slavic.calibration`, fitted on the ru/uk gold's dev records
and hand-judged statements of texts no gold holds; each rule's hand-set confidence is one of
its signals); the English calibration never sets these rules' statements
(:data:`UNCALIBRATED_RULES`) and no statement is cut by its cut-off.
"""

from __future__ import annotations

from collections.abc import Callable

from reportedly._fingerprint import package_digest
from reportedly.attribution._nesting import enclosing
from reportedly.attribution.slavic._text import find_quotes, mask, trim
from reportedly.attribution.slavic.about_noun import about_noun
from reportedly.attribution.slavic.about_this import about_this
from reportedly.attribution.slavic.calibration import (
    SlavicCalibrator,
    default_calibrator,
    signals,
)
from reportedly.attribution.slavic.chains import link
from reportedly.attribution.slavic.citations import find_citations
from reportedly.attribution.slavic.closing_lines import closing_lines
from reportedly.attribution.slavic.complements import complements
from reportedly.attribution.slavic.digests import RULE as DIGEST_RULE
from reportedly.attribution.slavic.digests import digests
from reportedly.attribution.slavic.drafts import CONFIDENCE, SlavicDraft
from reportedly.attribution.slavic.evidence import evidence_sources
from reportedly.attribution.slavic.fronted import fronted_complements
from reportedly.attribution.slavic.handed import RULE as HANDED_RULE
from reportedly.attribution.slavic.handed import handed_paragraphs
from reportedly.attribution.slavic.headlines import RULE as HEADLINE_RULE
from reportedly.attribution.slavic.headlines import headlines
from reportedly.attribution.slavic.hypotheticals import is_hypothetical
from reportedly.attribution.slavic.lexicon import LANGUAGES, SlavicLexicon, default_lexicon
from reportedly.attribution.slavic.not_said import own_report, to_reader, writers_own
from reportedly.attribution.slavic.noun_cues import noun_cues
from reportedly.attribution.slavic.paragraph_leads_uk import widen_paragraph_leads
from reportedly.attribution.slavic.phrases import SlavicParse
from reportedly.attribution.slavic.quote_runs import runs_of_quotes
from reportedly.attribution.slavic.quoted import across_lines
from reportedly.attribution.slavic.relayed import RULE as CITING_RULE
from reportedly.attribution.slavic.relayed import relayed
from reportedly.attribution.slavic.request_phrases import request_phrases
from reportedly.attribution.slavic.role_names import with_name
from reportedly.attribution.slavic.roles import resolve_speakers
from reportedly.attribution.slavic.rules import Rules
from reportedly.attribution.slavic.source_passives import after_source
from reportedly.attribution.slavic.speakers import SlavicEntities
from reportedly.model import Annotation, Article, Citation, Mention, Span, Statement, content_hash

__all__ = ["LANGUAGES", "UNCALIBRATED_RULES", "SlavicLexicon", "attribute_slavic"]

VERSION = f"reportedly.attribution.ru-uk.rules.v1+{package_digest(__name__)}"
# every Russian/Ukrainian rule: none is set by the English calibration (fitted on English
# only); their statements' confidence is the Slavic calibration's (the name is older than it)
UNCALIBRATED_RULES = frozenset(CONFIDENCE)


def attribute_slavic(
    article: Article,
    annotation: Annotation,
    *,
    lexicon: SlavicLexicon | None = None,
    is_outlet: Callable[[str], bool] | None = None,
    rule_log: dict[str, str] | None = None,
    calibrator: SlavicCalibrator | None = None,
    feature_log: dict[str, dict[str, float]] | None = None,
) -> tuple[tuple[Statement, ...], tuple[Citation, ...], SlavicEntities]:
    """The statements, cited sources and entity index of a Russian or Ukrainian article.

    ``is_outlet`` says whether a name is a news outlet ("как сообщает ТАСС" cites a source
    besides being its statement); by default the outlet registry decides.
    ``rule_log`` receives the rule that found each statement, by statement id, and
    ``feature_log`` the calibration signals its confidence was computed from; ``calibrator``
    is the shipped Slavic calibration unless given.
    """
    lang = article.language if article.language in LANGUAGES else "ru"
    lexicon = lexicon or default_lexicon(lang)
    if is_outlet is None:
        from reportedly.provenance.outlets import default_registry

        outlets = default_registry()
        is_outlet = lambda name: outlets.match(name) is not None  # noqa: E731
    text = mask(article.text)
    parse = SlavicParse(annotation, lexicon.lang)
    rules = Rules(text, parse, lexicon)
    quotes = find_quotes(text)
    rules.quotes = quotes
    tops = [q for q in quotes if q.depth == 0]
    drafts, _left = rules.framed(quotes)
    taken = [c for d in drafts for c in d.content]
    drafts += rules.dash_lines(taken)
    used = {d.cue_token for d in drafts if d.cue_token is not None}
    drafts += rules.indirect(used) + rules.according_to() + about_this(rules, used)
    drafts += about_noun(rules, used) + noun_cues(rules, used)
    used |= {d.cue_token for d in drafts if d.cue_token is not None}
    read = complements(text, parse, lexicon, used, rules.shared_subject, rules.speaker_of)
    read += request_phrases(text, parse, lexicon, used)
    drafts += read
    # a verb the complement rule read is no fronted object's too
    used |= {d.cue_token for d in read if d.cue_token is not None}
    drafts += fronted_complements(text, parse, lexicon, used)
    drafts += headlines(text, parse, annotation, lexicon, is_outlet)
    taken = [c for d in drafts for c in d.content]
    drafts += closing_lines(text, parse, annotation, lexicon, taken)
    drafts = [d for d in drafts if d.content and all(len(c) for c in d.content)]
    drafts += digests(text, parse, lexicon, drafts)
    drafts += handed_paragraphs(text, drafts)
    drafts += runs_of_quotes(text, lang, annotation, quotes, tops, drafts)
    if lang == "uk":  # "… . …, передає “Радіо Свобода”." ending a paragraph: all of it
        widen_paragraph_leads(text, parse, lexicon, drafts)
    drafts = evidence_sources(parse, lexicon, drafts)
    drafts = [
        d
        for d in drafts
        if not (writers_own(parse, lexicon, d) and not after_source(parse, lexicon, d, drafts))
        and not rules.legal(d)
    ]
    # "если Зеленский … скажет", "сказал бы", "скажет ли": what might be said, not what was
    drafts = [
        d for d in drafts if d.cue_token is None or not is_hypothetical(parse, lexicon, d.cue_token)
    ]
    drafts = [d for d in drafts if not to_reader(text, lexicon, d, tops)]
    if article.outlet:  # "Ранее SHOT писал" in SHOT's own channel: the author's claim
        own = article.outlet.strip(' «»"').casefold()
        drafts = [
            d
            for d in drafts
            if d.speaker is None or d.speaker.text(text).strip(' «»"').casefold() != own
        ]
        # "Ранее мы писали, что …" outside any quote: the channel's own report, as its name is
        # (a news article's "як ми повідомляли" stays its statement, as gold/uk has it)
        drafts = [d for d in drafts if not own_report(text, parse, lexicon, d, tops)]
    # "как сообщает ТАСС, …", "…, передає УНН": the outlet's statement (the gold's convention
    # in both languages, gold/ru/README.md), and a cited source as well (see _citations)
    for d in drafts:
        _settle_kind(text, d, tops)
    drafts += relayed(text, parse, lexicon, drafts)
    for d in drafts:
        if d.speaker is not None:  # "временный поверенный в делах … Джамал Насир Гарвал"
            d.speaker = with_name(parse, d.speaker, d.speaker_case)
            d.speaker = across_lines(text, d.speaker, quotes)  # "«Слідство.\nІнфо»"
    _unstack(text, drafts)
    drafts = _dedupe(drafts, lambda a, b: link(a, b, text, parse, is_outlet))
    nesting = enclosing(drafts)
    for n, d in enumerate(drafts):  # a cited source's statement lies in its reporter's
        if d.via is not None and d.via in drafts:
            nesting[n] = [drafts.index(d.via), *nesting[n]]

    index = SlavicEntities(article.text, annotation, parse)
    index.cited = [d.speaker for d in drafts if d.speaker is not None]
    index.contents = [c for d in drafts for c in d.content]
    index.is_outlet = is_outlet
    index.own_outlet = article.outlet
    # "«… Байден …», — додав він", "«… Путину …», — пишет автор материала": he is not the
    # man he quotes
    index.quoted = [q.inner for q in tops]
    if lang == "uk":
        # an outlet closing a headline is no person a pronoun or title refers to ("… - Deutsche
        # Welle" heading a text is not the "вона" of its first quote; the registry's match is
        # loose, so only there: "заявив Медоуз CNN" stays his)
        index.speakers = [
            d.speaker
            for d in drafts
            if d.speaker is not None
            and not (d.rule == HEADLINE_RULE and is_outlet(d.speaker.text(article.text)))
        ]
    ids = [Statement.make_id(article.id, tuple(d.content), d.kind) for d in drafts]
    for n, d in enumerate(drafts):  # the same content as its reporter's: another id
        if d.via is not None and d.speaker is not None:
            ids[n] = content_hash(ids[n], "via", str(d.speaker.start), str(d.speaker.end))
    statements: list[Statement] = []
    keys = resolve_speakers(drafts, index, parse, lexicon)
    index.settle_names()
    calibrator = calibrator or default_calibrator()
    for n, d in enumerate(drafts):
        key = keys[n]
        if rule_log is not None:
            rule_log[ids[n]] = d.rule
        outer = nesting[n]
        values = signals(text, d, parse, lexicon, resolved=key is not None, nested=bool(outer))
        if feature_log is not None:
            feature_log[ids[n]] = values
        statements.append(
            Statement(
                id=ids[n],
                kind=d.kind,
                content=tuple(d.content),
                cue=d.cue,
                speaker=(
                    Mention(span=d.speaker, text=d.speaker.text(article.text), label="SPEAKER")
                    if d.speaker is not None
                    else None
                ),
                speaker_entity=index.entity_id(key) if key is not None else None,
                reported_by=ids[outer[0]] if outer else None,
                quotes=tuple(d.quotes),
                confidence=round(calibrator.probability(values), 3),
                act=d.act,
                negated=d.negated,
            )
        )
    citations = _citations(article, text, parse, lexicon, is_outlet, statements)
    return tuple(statements), citations, index


def _unstack(text: str, drafts: list[SlavicDraft]) -> None:
    """Two frames after one content ("<content>, повідомив Заріф, пише Інтерфакс"): the outer
    frame's content stops where the inner frame begins, the two then a chain of reporters."""
    for lost in drafts:
        cue = lost.cue
        if not lost.name_lost or cue is None:
            continue
        for b in drafts:  # "…, що 90% рейсів працюватимуть, повідомляє\n": not its words
            b.content = [
                trim(text, Span(c.start, cue.start), " \t\n,—–-")
                if b is not lost and c.start < cue.start and c.contains(cue)
                else c
                for c in b.content
            ]
    for a in drafts:
        if len(a.content) != 1 or a.cue is None or a.cue.start < a.content[0].end:
            continue
        for b in drafts:
            if b is a or len(b.content) != 1 or b.cue is None or b.speaker is None:
                continue
            inner, outer = b.content[0], a.content[0]
            if not outer.start <= inner.start < inner.end < outer.end:
                continue
            frame = Span(inner.end, outer.end)
            if (
                frame.contains(b.cue)
                and frame.contains(b.speaker)
                and text[inner.end : b.cue.start].strip() in {",", "—", "–", ", —", ", –"}
            ):
                a.content = [Span(outer.start, inner.end)]
                break


def _settle_kind(text: str, d: SlavicDraft, tops: list) -> None:  # type: ignore[type-arg]
    """An indirect content holding a quote of someone's words is mixed (or direct)."""
    if d.kind != "indirect":
        return
    inside = [q for q in tops if any(c.contains(q.outer) for c in d.content)]
    inside = [q for q in inside if len(q.inner.text(text).split()) >= 3]
    if not inside:
        return
    d.quotes = [q.inner for q in inside]
    rest = "".join(c.text(text) for c in d.content)
    for q in inside:
        rest = rest.replace(q.outer.text(text), " ")
    d.kind = "mixed" if any(ch.isalpha() for ch in rest) else "direct"
    if d.kind == "direct":
        d.content = [q.inner for q in inside]


def _dedupe(
    drafts: list[SlavicDraft], link: Callable[[SlavicDraft, SlavicDraft], None]
) -> list[SlavicDraft]:
    """One draft per content (the surest), and none whose content another's equals; but
    each reporter of a chain, ``link`` nesting the inner in the outer."""
    best: dict[tuple[object, ...], SlavicDraft] = {}
    for d in drafts:
        key = (*((s.start, s.end) for s in d.content), d.via is not None)
        if key not in best or (d.speaker is not None, d.confidence) > (
            best[key].speaker is not None,
            best[key].confidence,
        ):
            best[key] = d
    kept = list(best.values())
    # a chain of reporters of one content: "Про це повідомив X, передає Y", "Як передає Y,
    # про це сказав X" — each speaker's statement (another cue, another speaker)
    for d in drafts:
        twin = best.get((*((s.start, s.end) for s in d.content), d.via is not None))
        if (
            twin is not None
            and twin is not d
            and d.speaker is not None
            and twin.speaker is not None
            and d.cue_token != twin.cue_token
            and not d.speaker.overlaps(twin.speaker)
            and not any(e.speaker is not None and e.speaker.overlaps(d.speaker) for e in kept)
        ):
            link(twin, d)
            kept.append(d)
    # "Про це повідомили у Ryanair, передає\n\n": the outlet whose name was lost reports the
    # speaker's statement (gold/uk/README.md, "Cut-off source names")
    for d in drafts:
        twin = best.get((*((s.start, s.end) for s in d.content), d.via is not None))
        if (
            d.name_lost
            and twin is not None
            and twin is not d
            and twin.speaker is not None
            and twin.via is None
            and twin.cue_token != d.cue_token
        ):
            twin.via = d
            kept.append(d)
    # "Про це заявив X, повідомляє Y з посиланням на Z": Y cites Z, who reported X's words
    for d in kept:
        cited = [
            e for e in kept if e.rule == CITING_RULE and e.via is d.via and e.content == d.content
        ]
        if d.via is not None and d.rule != CITING_RULE and cited:
            d.via = cited[0]
    # a frame-after-plain reading of a sentence that holds a framed quote is the same statement
    # (not a digest's items, which share their header's cue: one holding a quote is mixed)
    kept = [
        d
        for d in kept
        if not (
            d.kind == "indirect"
            and d.rule != DIGEST_RULE
            and any(e is not d and e.cue == d.cue and e.cue is not None for e in kept)
            and any(e.kind != "indirect" and e.cue == d.cue and e.rule != HANDED_RULE for e in kept)
        )
    ]
    # an outer reporter before the statements nested in it (the gold's order)
    return sorted(kept, key=lambda d: (d.extent.start, -d.extent.end, _depth(d)))


def _depth(d: SlavicDraft) -> int:
    """How many reporters' drafts ``d`` is nested in."""
    n = 0
    while d.via is not None:
        d, n = d.via, n + 1
    return n


def _citations(
    article: Article,
    text: str,
    parse: SlavicParse,
    lexicon: SlavicLexicon,
    is_outlet: Callable[[str], bool],
    statements: list[Statement],
) -> tuple[Citation, ...]:
    found: list[Citation] = []
    seen: set[tuple[int, int]] = set()
    for c in find_citations(text, parse, lexicon, is_outlet):
        outlet = trim(article.text, c.outlet, ' \t*_[]()«»"')
        if (outlet.start, outlet.end) in seen or not len(outlet):
            continue
        seen.add((outlet.start, outlet.end))
        covered = tuple(s.id for s in statements if c.scope is None or c.scope.overlaps(s.extent))
        found.append(
            Citation(
                id=content_hash(article.id, "citation", str(outlet.start), str(outlet.end)),
                kind=c.kind,
                outlet=outlet.text(article.text),
                span=outlet,
                cue=c.cue,
                statements=covered,
            )
        )
    return tuple(found)
