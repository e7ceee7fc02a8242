"""Hypothetical cues in Russian and Ukrainian: what someone might say, not what was said.

"Если Зеленский придет и скажет, что …", "якщо Путін заявить, що …" (a condition), "сказал
бы" (the conditional mood), "скажет ли Путин, что …", "невідомо, чи заявить він …" (an
indirect question) and a speech verb in the future ("Пенсильванія оголосить про результати
… не раніше 6 листопада", "объявит", "буде говорити": nothing is said yet) are no
statements; English drops its hypothetical and question cues
the same way (:func:`reportedly.attribution.act_modes.is_hypothetical`). A condition after the
cue ("заявил, что если …") is part of what was said, and one cut off from the cue by a
comma or a dash ("Если, как заявил Песков, …") does not govern it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportedly.nlp.slavic_morph import parses

if TYPE_CHECKING:
    from reportedly.attribution.slavic.lexicon import Lang, SlavicLexicon
    from reportedly.attribution.slavic.phrases import SlavicParse
    from reportedly.model import Token

# marks that end the clause the cue stands in, looking back from it
_BREAKS = frozenset(',;:—–-()«»"“”„?!.…')


def is_hypothetical(parse: SlavicParse, lexicon: SlavicLexicon, cue: int) -> bool:
    """Whether cue token ``cue`` is said only in a condition, an indirect question or (a verb
    of speech) the conditional mood."""
    tokens = parse.tokens
    t = tokens[cue]

    def word(j: int) -> str:
        same = 0 <= j < len(tokens) and tokens[j].sent == t.sent
        return tokens[j].text.casefold() if same else ""

    speech = lexicon.acts.get(t.lemma) == "speech"  # "хотел бы" is a wish all the same
    if speech and {word(cue - 1), word(cue + 1)} & lexicon.mood_particles:
        return True  # "сказал бы", "би заявив"
    evidence = lexicon.acts.get(t.lemma) == "other"
    if evidence and "infn" in t.tag.casefold():
        return True  # "пообіцяв показати, як …": evidence to be shown, none given yet
    if (speech or evidence) and _in_future(parse.lang, t, word(cue - 1)):
        return True  # "оголосить про результати", "сообщит", "буде говорити", "покаже час"
    if word(cue + 1) in lexicon.question_words:
        return True  # "скажет ли Путин"
    j = cue - 1
    while word(j) and word(j) not in _BREAKS:
        if word(j) in lexicon.conditionals:
            # "Если Зеленский придет к ним и скажет", "если бы Байден отказался"; not a fact
            # set against another ("Если на публике чиновники говорят, что …, то …")
            mood = any(word(m) in lexicon.mood_particles for m in range(j + 1, cue))
            return mood or not _told_as_fact(t)
        j -= 1
    return word(j + 1) in lexicon.question_words and j + 1 < cue  # "невідомо, чи заявить"


def _told_as_fact(t: Token) -> bool:
    """Whether cue ``t`` is in the past, or the third person of the present: what was or is
    said, where the future ("скажет", "заявить") or the second person ("хочешь") is not."""
    morph, tag = t.morph.split("|"), t.tag.replace(" ", ",").split(",")
    if "Tense=Past" in morph or "past" in tag:
        return True
    present = "Tense=Pres" in morph or ("pres" in tag and "impf" in tag)
    return present and ("Person=3" in morph or "3per" in tag)


# the auxiliary of the compound future ("буде говорити", "будет говорить")
_FUTURE_AUXILIARIES = frozenset({"буде", "будуть", "будет", "будут"})


def _in_future(lang: Lang, t: Token, before: str) -> bool:
    """Whether verb ``t`` is in the future tense (``before``: the word before it).

    A form the dictionary also reads as a present is not: "визнає" (визнати, and визнавати),
    "резюмирует" (two aspects in one verb). The Ukrainian tagger reads a perfective third
    person singular ("оголосить", "повідомить") as the colloquial short infinitive: a
    perfective "-ть" form of a "-ти" lemma is taken as the future too (an imperfective one,
    "просить", is the present)."""
    tag = t.tag.replace(" ", ",").split(",")
    if "Tense=Pres" in t.morph or any(
        "pres" in p.tag.grammemes for p in parses(lang, t.text.casefold())
    ):
        return False
    if "futr" in tag and "VERB" in tag:
        return True
    if "infn" not in tag and "INFN" not in tag:
        return False
    if before in _FUTURE_AUXILIARIES:
        return True
    text = t.text.casefold()
    return "perf" in tag and text.endswith("ть") and t.lemma.endswith("ти")
