"""Cue verbs whose content is their complement, not a "що" clause: "Барньє запропонував
продовжити перехідний період", "США пригрозили санкціями", "Інвестори вимагають зміни
голови правління" — the content runs from the word after the verb to the clause's end
(:func:`complement_end`).

Only the verbs of the lexicon's ``complement_verbs`` are read so (with ``about_verbs``
before "про", ``denied_complement_verbs`` after a negator), and only with a subject: right
before them (the Ukrainian annotation has no parse: the nominative phrase that ends at the
verb), a body named where it spoke ("В Белом доме … подтвердили", "У ЄС пропонують"), or a
named subject a relative clause sets off ("LAPFF, що є акціонером Ryanair, вимагає …");
absent the key, the rule finds nothing. The object put first ("Цього рішення вимагав
президент") is fronted.py's.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import pairwise

from reportedly.attribution.slavic._names import holds_name
from reportedly.attribution.slavic._text import DASHES, EDGE_AND_STOP, trim
from reportedly.attribution.slavic.agreement import number
from reportedly.attribution.slavic.apposition import subject_before_relative
from reportedly.attribution.slavic.bodies import located_body
from reportedly.attribution.slavic.complement_bounds import complement_end
from reportedly.attribution.slavic.complement_openings import (
    applied_for,
    complained_of,
    insisted_on,
    stance_at,
)
from reportedly.attribution.slavic.complement_sense import (
    SHORT,
    noted_object,
    sentenced,
    short_content_says,
    thing_requires,
)
from reportedly.attribution.slavic.drafts import SlavicDraft
from reportedly.attribution.slavic.gerunds import (
    cue_lemma,
    finite_reading,
    governor,
    is_gerund,
    is_infinitive,
    main_subject,
)
from reportedly.attribution.slavic.instrumentals import CLAUSE_OPENERS, cause_at, named_as
from reportedly.attribution.slavic.late_subjects import subject_after_infinitive
from reportedly.attribution.slavic.lexicon import SlavicLexicon
from reportedly.attribution.slavic.phrases import (
    PERSONAL,
    RELATIVE,
    SlavicParse,
    phrase_before,
)
from reportedly.attribution.slavic.phrases import (
    subject as parsed_subject,
)
from reportedly.attribution.slavic.predicates import (
    clause_may_govern,
    in_relative_clause,
    same_gender,
)
from reportedly.attribution.slavic.quoted import MARKS
from reportedly.attribution.slavic.skipped_words import ADVERBS
from reportedly.model import Span, Token
from reportedly.nlp.slavic_morph import parses

RULE = "ru-uk:complement"
_WE = {"ми", "мы", "я"}  # first-person subjects: read, then dropped by first_person
# negative pronouns: a subject that says no one spoke
_NOBODY = frozenset({"никто", "ніхто", "ничто", "ніщо"})
# the parts of speech a complement may open with
_OPENING_POS = {"NOUN", "PROPN", "ADJ", "VERB", "NUM", "DET", "ADP", "PRON", "ADV"}
# "цю інформацію", "эту информацию": a two-word complement that points back to what was said
_DEMONSTRATIVES = frozenset({"цей", "той", "такий", "этот", "тот", "такой"})


_DASH = frozenset(DASHES)


def complements(
    text: str,
    parse: SlavicParse,
    lexicon: SlavicLexicon,
    used: set[int],
    shared: Callable[[int], Span | None] | None = None,
    governed: Callable[[int], Span | None] | None = None,
) -> list[SlavicDraft]:
    """Statements of "X <verb> <complement>" for the lexicon's complement verbs; ``shared``
    gives the subject a second predicate shares with the first ("Президент висловив
    підтримку Україні і пообіцяв допомогу"), tried for the short-content verbs last;
    ``governed`` the speaker of a gerund, the subject of the verb it qualifies ("Роммель
    заявил …, назвав это успехом")."""
    drafts: list[SlavicDraft] = []
    tokens = parse.tokens
    for k, t in enumerate(tokens):
        lemma = cue_lemma(t, lexicon)
        mapped = is_gerund(t) and lemma != t.lemma and lemma in lexicon.gerund_verbs
        if mapped:
            t = replace(t, lemma=lemma)  # "звинувачуючи його в …": the gerund's verb
        about = t.lemma in lexicon.about_verbs
        denied = t.lemma in lexicon.denied_complement_verbs and _after_negator(tokens, k, lexicon)
        cause = t.lemma in lexicon.cause_verbs
        on = complained_of(tokens, k) if t.lemma in lexicon.complaint_verbs else None
        on = on or (stance_at(tokens, k, lexicon) if t.lemma in lexicon.stance_verbs else None)
        if t.lemma in lexicon.insisting_verbs or t.lemma in lexicon.stressing_verbs:
            on = on or insisted_on(tokens, k, lexicon)
        # "назвав інформацію фейком": a naming verb only with what the thing is called
        # "оголосив себе переможцем": an about verb names its subject
        itself = about and k + 1 < len(tokens) and tokens[k + 1].text.lower() in {"себе", "себя"}
        called = named_as(parse, k) if t.lemma in lexicon.naming_verbs or itself else None
        noted = t.lemma in lexicon.noting_verbs and noted_object(tokens, k, lexicon)
        read = about or denied or cause or on or called or noted
        read = read or t.lemma in lexicon.complement_verbs
        if k in used or t.pos != "VERB" or not read:
            continue
        # "Трамп продовжує заявляти про перемогу": the phase verb's subject speaks
        phased = k > 0 and tokens[k - 1].lemma in lexicon.phase_verbs and is_infinitive(t)
        if is_infinitive(t) and not finite_reading(parse, t) and not phased:
            continue  # "відмова Трампа визнавати поразку": no subject before an infinitive
        if not (about or cause or on) and (fronted := _fronted_object(parse, k)):
            drafts.append(complement_draft(tokens, k, fronted[0], fronted[1], lexicon))
            continue
        if about and not called and (k + 1 >= len(tokens) or tokens[k + 1].text.lower() != "про"):
            continue  # "заявила про необхідність": the content follows "про"
        about = about and not called  # "оголосив себе переможцем": a naming, no "про"
        at = k + 2 if about else on or k + 1  # the complement's first token
        if cause:  # "пояснив пропозицію необхідністю …": the cause is the content
            if t.tag.startswith("PRTS") or t.text.lower().endswith(("но", "то")):
                continue  # "це пояснено необхідністю": impersonal, the speaker unnamed
            found = cause_at(parse, k)
            if found is None:
                continue
            at = found
        if at >= len(tokens) or tokens[at].sent != t.sent:
            continue
        nxt = tokens[at]
        if nxt.text.lower() in {"те", "то", "це"}:
            continue  # "про те, що": a clause, not a complement
        if nxt.text.lower() in {"проти", "против"} and on is None:
            continue  # "суб'єкти … заперечують проти їх зміни": an objection, mostly a law's
        negated_complement = (  # "обещал не использовать …": a promise of a negative
            nxt.text.lower() in {"не", "ні"}
            and at + 1 < len(tokens)
            and tokens[at + 1].pos == "VERB"
        )
        # a complement may open with quoted words ("скаржилася на "звичайний" дискомфорт")
        word = tokens[at + 1] if nxt.text in MARKS and at + 1 < len(tokens) else nxt
        if not negated_complement and (
            word.pos not in _OPENING_POS or word.text.lower() in CLAUSE_OPENERS
        ):
            continue
        if applied_for(tokens, at, lexicon):
            continue  # "попросил убежища в Литве": an application, not a statement
        late = subject_after_infinitive(parse, k)
        if is_gerund(t) and governed is not None:
            speaker = governed(k)  # "…, назвав це успіхом": the subject of the verb it qualifies
            if mapped:  # "Конгресмени звернулись до ФБР, звинувачуючи …": the subject before
                g = governor(parse, k)
                speaker = _speaker(parse, lexicon, g, word, None) if g is not None else None
                if g is None or not main_subject(parse, k, g, speaker):
                    continue
        else:  # "… намагалися використати … адвокат Трампа": the subject after the infinitive
            speaker = late or _speaker(parse, lexicon, k - phased, word, shared)
        if speaker is None or (speaker.end > t.start and speaker is not late):
            continue
        if speaker.text(text).strip().casefold() in lexicon.first_person:
            continue  # "Ми плануємо вакцинувати …" in a quote: the quote is the statement
        if speaker.text(text).strip().casefold() in _NOBODY:
            continue  # "никто … не требовал и не требует этого": no one said it
        if thing_requires(parse, lexicon, t, speaker, holds_name(parse, speaker)):
            continue  # "вакцини вимагають глибокого заморожування": a need, not a demand
        last = complement_end(parse, at, occasions=lexicon.speech_occasions)
        if speaker is late and (opening := parse.token_at(speaker.start)) is not None:
            last = min(last, opening - 1)
        if noted:  # "признала своё поражение — кандидатка позвонила …": a new clause
            last = next((j - 1 for j in range(at + 1, last + 1) if tokens[j].text in _DASH), last)
        if called is not None and called > last:  # "інформацію, поширену …, фейком"
            last = called + (called + 1 < len(tokens) and tokens[called + 1].text in MARKS)
        content = trim(text, Span(nxt.start, tokens[last].end), EDGE_AND_STOP)
        words = text[content.start : content.end].split()
        if (
            len(words) < SHORT
            and not (len(words) == 2 and nxt.lemma in _DEMONSTRATIVES)
            and not (called is not None and len(words) == 2)
            and not noted  # "признал вину", "отметил важность диалога": a view's noun
            and not short_content_says(parse, lexicon, t, at, last)
        ):
            continue  # "відмовляється від зустрічі"; not "підтвердив цю інформацію"
        if sentenced(parse, lexicon, t, at, last):
            continue  # "суд засудив його до п'яти років": a sentence, not a condemnation
        draft = complement_draft(tokens, k, content, speaker, lexicon)
        if (topic := _topicalised_object(parse, speaker, t)) is not None:
            # "[Відповідні документи] прокурор пообіцяв показати …": the object is content
            draft.content.insert(0, topic[0])
            draft.speaker = topic[1]
        drafts.append(draft)
    return drafts


def _speaker(
    parse: SlavicParse,
    lexicon: SlavicLexicon,
    k: int,
    word: Token,
    shared: Callable[[int], Span | None] | None,
) -> Span | None:
    """The subject of complement verb ``k`` (``word``: its complement's first word): the
    nominative phrase before it, a body named where it spoke, a named subject before a
    relative clause, or the subject a second predicate shares with the first."""
    t = parse.tokens[k]
    speaker = _past_preposition(parse, phrase_before(parse, k))
    subject = speaker is not None and nominative_subject(parse, speaker, t)
    if speaker is None or not (subject or _located(parse, speaker, t)):
        # "В Белом доме впервые официально подтвердили …": a body named before the verb
        speaker = located_body(parse, k, lexicon.bodies)
        # "Министры … на заседании … в Брюсселе пообещали": the parsed subject, not the place
        parsed = parsed_subject(parse, k) if speaker is not None else None
        if (
            parsed is not None
            and speaker is not None
            and parsed.end <= speaker.start
            and nominative_subject(parse, parsed, t)
        ):
            speaker = parsed
        if speaker is None or speaker.end > t.start:
            # "LAPFF, що є акціонером Ryanair, вимагає …": the subject before the clause
            speaker = subject_before_relative(parse, k)
            if speaker is not None and not holds_name(parse, speaker):
                return None  # "регулятори, які …, допускають вакцини на ринок": an act
        if (
            speaker is None
            and shared is not None
            and t.lemma in lexicon.short_complement_verbs
            # "и подтвердил представитель суда": the subject after the verb
            and not (parse.has_case(word, "Nom") and not parse.has_case(word, "Acc"))
            and not clause_may_govern(parse, k)  # "…, що ситуація складна, і вимагає"
            and not in_relative_clause(parse, k)  # "…, которое отменил парламент и потребовал"
        ):
            speaker = shared(k)  # "… і закликав до переговорів": the first verb's subject
            if speaker is not None and not same_gender(parse, speaker, t):
                speaker = None  # "Россия начала вторжение, … Журавель … и предложил"
    return speaker


# particles that may stand between a complaint verb and its "на" ("скаржилася тільки на")
def _fronted_object(parse: SlavicParse, k: int) -> tuple[Span, Span] | None:
    """(content, speaker) where a demonstrative object stands between the subject and verb
    ``k`` at the clause's end: "Керівництво фірми [цю інформацію] спростувало."."""
    tokens = parse.tokens
    sent = tokens[k].sent
    if k < 3 or tokens[k - 2].sent != sent or tokens[k - 2].lemma not in _DEMONSTRATIVES:
        return None
    noun = tokens[k - 1]
    if noun.pos != "NOUN" or not parse.has_case(noun, "Acc"):
        return None
    if k + 1 < len(tokens) and tokens[k + 1].sent == sent and tokens[k + 1].pos != "PUNCT":
        return None  # "цю інформацію підтвердив прокурор": the subject after, fronted.py's
    speaker = phrase_before(parse, k - 2)
    if speaker is None or not nominative_subject(parse, speaker, tokens[k]):
        return None
    return Span(tokens[k - 2].start, noun.end), speaker


def _topicalised_object(parse: SlavicParse, speaker: Span, verb: Token) -> tuple[Span, Span] | None:
    """(object, subject) of a subject phrase that opens with a plural object put first,
    before a singular subject and verb: "[Відповідні документи] прокурор пообіцяв …"."""
    if number(verb) != "sing":
        return None
    found = list(parse.tokens_in(speaker))
    tokens = parse.tokens
    for i, j in pairwise(found):
        head, nxt = tokens[i], tokens[j]
        if head.pos not in {"ADJ", "DET", "NOUN"} or head.text.isupper():
            return None  # the object opens the phrase: "США Сандра Оудкірк" is no object
        if (
            head.pos == "NOUN"
            and number(head) == "plur"
            and parse.has_case(head, "Acc")
            and nxt.pos in {"NOUN", "PROPN"}
            and number(nxt) == "sing"
            and parse.has_case(nxt, "Nom")
        ):
            subject = Span(nxt.start, speaker.end)
            return Span(speaker.start, head.end), subject
        if head.pos == "NOUN":
            return None  # only adjectives before the object's noun
    return None


def complement_draft(
    tokens: Sequence[Token], k: int, content: Span, speaker: Span, lexicon: SlavicLexicon
) -> SlavicDraft:
    """The indirect statement of complement verb ``k``, negated after a negator ("не
    виключив": the negator joins the cue)."""
    t = tokens[k]
    d = SlavicDraft("indirect", [content], RULE)
    d.cue, d.cue_token, d.speaker = t.span, k, speaker
    d.act = lexicon.act(cue_lemma(t, lexicon)) or "speech"
    if _after_negator(tokens, k, lexicon):
        d.negated = True
        d.cue = Span(tokens[k - 1].start, t.end)
    return d


def _after_negator(tokens: Sequence[Token], k: int, lexicon: SlavicLexicon) -> bool:
    """Whether the word before token ``k`` denies it ("не виключив")."""
    return k > 0 and tokens[k - 1].text.lower() in lexicon.negators


def _past_preposition(parse: SlavicParse, speaker: Span | None) -> Span | None:
    """The phrase from its name on when it opens with a preposition's object: "[щодо]
    Brexit Мішель Барньє" -> "Мішель Барньє", "[від] партії Джо Байден" -> "Джо Байден"."""
    if speaker is None:
        return None
    found = list(parse.tokens_in(speaker))
    if len(found) < 2 or found[0] == 0 or parse.tokens[found[0] - 1].pos != "ADP":
        return speaker
    names = [k for k in found[1:] if parse.tokens[k].pos == "PROPN"]
    return Span(parse.tokens[names[0]].start, speaker.end) if names else speaker


def _located(parse: SlavicParse, speaker: Span, verb: Token) -> bool:
    """A body named "у X" before a plural verb with no subject: "У ЄС пропонують …"."""
    found = list(parse.tokens_in(speaker))
    if not found or found[0] == 0 or "Number=Plur" not in verb.morph:
        return False
    before = parse.tokens[found[0] - 1]
    opens = found[0] == 1 or parse.tokens[found[0] - 2].sent != before.sent
    named = parse.tokens[found[0]].text[:1].isupper()  # a name, not "у понеділок"
    return opens and named and before.text.lower() in {"у", "в", "во"}


def nominative_subject(parse: SlavicParse, speaker: Span, verb: Token) -> bool:
    """A subject phrase: it ends in a noun, name or pronoun, opens with no relative pronoun
    ("яка цієї осені [планує]") and follows no preposition ("в обхід України [планують]");
    a pronoun only in the nominative ("її визнали винною": the object), a noun not singular
    before a plural verb ("політика звинувачують у …": the accused)."""
    # a name in quote marks is read without them ("ТОВ «Спецінформ Безпека» [пропонувало]")
    found = [parse.tokens[i] for i in parse.tokens_in(speaker)]
    found = [t for t in found if t.text not in MARKS]
    if not found:
        return False
    last, alone = found[-1], len(found) == 1
    if alone and last.pos == "ADJ" and {"Case=Nom", "Number=Plur"} <= set(last.morph.split("|")):
        # "Слідчі звинувачують …": a plural adjective used as a noun, before a plural verb
        return "Number=Plur" in verb.morph
    if last.pos not in {"NOUN", "PROPN", "PRON", "X"}:
        return False
    if alone and last.pos == "PRON" and last.text.lower() not in PERSONAL | _WE:
        return False  # "її визнали винною": the object; a subject pronoun is a personal one
    singular = last.pos == "NOUN" and "Number=Plur" not in last.morph
    if alone and singular and "Number=Plur" in verb.morph and not _plural_reading(parse, last):
        return False  # "політика звинувачують у …": the accused before an impersonal verb
    if found[0].lemma in RELATIVE or found[0].text.lower() in RELATIVE:
        return False
    k = found[0].i
    before = parse.tokens[k - 1] if k > 0 else None
    # "Раніше Різві закликав": the tagger takes "раніше" for a preposition
    return before is None or before.pos != "ADP" or before.text.lower() in ADVERBS


def _plural_reading(parse: SlavicParse, t: Token) -> bool:
    """Whether the word may be a nominative plural ("Політики", "інвестори")."""
    return any(
        "plur" in p.tag.grammemes and "nomn" in p.tag.grammemes for p in parses(parse.lang, t.text)
    )
