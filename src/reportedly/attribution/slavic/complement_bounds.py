"""Where a complement verb's complement ends (:func:`complement_end`): at the sentence's
end, a comma that opens no relative clause or list, a second predicate, or the occasion it
was said at. Moved from complements.py (session 30), which reads the complement."""

from __future__ import annotations

from collections.abc import Sequence

from reportedly.attribution.slavic.complement_sense import lists_on
from reportedly.attribution.slavic.gerunds import is_infinitive
from reportedly.attribution.slavic.phrases import RELATIVE, WHICH, SlavicParse
from reportedly.model import Token

# "and" of either language, which may join a second predicate to the cue verb
_AND = frozenset({"і", "й", "та", "и"})
# a dash before a demonstrative opens a clause of its own after the complement
_DASHES = frozenset({"—", "–"})
_DEMONSTRATIVES = frozenset({"этот", "это", "тот", "цей", "це", "той"})


def complement_end(parse: SlavicParse, k: int, *, occasions: frozenset[str] = frozenset()) -> int:
    """The last token of the complement opening at ``k``: the sentence's, or the one before a
    comma that opens no relative clause (a Russian ", что" is the whole clause's: "который" is
    a noun's) nor stands in a quote the complement opened, or before "і"/"та" (Russian "и")
    and a verb (a second predicate), or before a dash and a demonstrative, or before a
    preposition that names where it was said (``occasions``: "підтвердив цю інформацію [в
    інтерв'ю журналісту]", "[під час брифінгу]")."""
    tokens = parse.tokens
    j = k
    opened = 1 if tokens[k].text == "«" else 0  # «…» marks the complement opened, not closed
    while j + 1 < len(tokens) and tokens[j + 1].sent == tokens[k].sent:
        nxt = tokens[j + 1]
        if j > k and _names_occasion(tokens, j + 1, occasions):
            break
        if opened > 0 and nxt.text != "»":  # "назвали блокировку «сигналом …, что …»"
            j += 1
            opened += nxt.text == "«"
            continue
        opened += (nxt.text == "«") - (nxt.text == "»")
        after = tokens[j + 2] if j + 2 < len(tokens) else None
        listed = tokens[j].pos == "ADJ" and after is not None and after.pos == "ADJ"
        listed = listed or lists_on(parse, k, j)  # "на усталость, ранения, проблемы …"
        if (
            nxt.text == ","
            and not listed
            and (after is None or after.lemma not in RELATIVE)
            and not _clause_goes_on(tokens, k, j, after)
        ):
            break  # not "безпідставними, спекулятивними …": a list of the complement's words
        if (
            nxt.text == ","
            and after is not None
            and after.text.lower() == "что"
            and not is_infinitive(tokens[j])  # "требуя признать, что …": the infinitive's
        ):
            break  # "планирует большие расходы, что не пойдет на пользу": of the whole clause
        if nxt.text.lower() in _AND and _predicate_follows(tokens, j + 2, nxt.sent):
            break
        if nxt.text in _DASHES and after is not None and after.lemma in _DEMONSTRATIVES:
            break  # "потребовали уволить главу района — этот вопрос был …": a new clause
        if nxt.text == ":" and after is not None and after.text.casefold() in _INTERROGATIVES:
            break  # "не визнає свою поразку: коли вирішиться …": a headline's question
        j += 1
    return j


# the words a question after a colon opens with (the lexicons' `interrogatives`)
_INTERROGATIVES = frozenset(
    {"когда", "как", "почему", "зачем", "где", "куда", "сколько", "чем"}
    | {"коли", "як", "чому", "навіщо", "де", "куди", "скільки", "чим"}
)
# "після того, як …", "для того, щоб …": a comma after these opens the clause they announce
_CORRELATIVES = frozenset({"того", "тому", "тим", "тем", "том"})
# after an infinitive complement, a comma and these open a condition or time of it ("не
# планує визнавати поразку, якщо …")
_SUBORDINATORS = frozenset({"якщо", "коли", "поки", "доки", "если", "когда", "пока"})


def _clause_goes_on(tokens: Sequence[Token], k: int, j: int, after: Token | None) -> bool:
    """Whether the comma after token ``j`` goes on with the complement opening at ``k``: a
    relative clause after a preposition ("принцип, согласно которому …"), a correlative's
    clause ("показати після того, як …") or an infinitive's condition."""
    if after is None:
        return False
    if after.pos in {"ADP", "ADV"} and j + 3 < len(tokens) and tokens[j + 3].lemma in WHICH:
        return True  # "подтвердил принцип, согласно которому …", "выводы, к которым …"
    if tokens[j].text.casefold() in _CORRELATIVES:
        return True
    if not is_infinitive(tokens[k]):
        return False
    if after.text.casefold() in _SUBORDINATORS:
        return True
    # "обещал уволить Смита, как только вступит в должность": "как только", "як тільки"
    following = tokens[after.i + 1] if after.i + 1 < len(tokens) else None
    return (
        after.text.casefold() in {"как", "як"}
        and following is not None
        and following.text.casefold() in {"только", "тільки", "лише"}
    )


# prepositions that open the occasion of saying: "в інтерв'ю", "під час брифінгу", "в ходе"
_OCCASION_PREPOSITIONS = frozenset({"в", "у", "во", "на", "під", "под"})


def _names_occasion(tokens: Sequence[Token], k: int, occasions: frozenset[str]) -> bool:
    """Whether token ``k`` is a preposition whose phrase names an occasion of saying within
    two words ("у коментарі", "під час брифінгу", "в ходе интервью")."""
    if tokens[k].text.casefold() not in _OCCASION_PREPOSITIONS:
        return False
    return any(
        t.sent == tokens[k].sent and t.lemma.replace("’", "'").replace("ʼ", "'") in occasions
        for t in tokens[k + 1 : k + 3]
    )


def _predicate_follows(tokens: Sequence[Token], k: int, sent: int, reach: int = 3) -> bool:
    """Whether a verb comes within ``reach`` words of token ``k``, with no punctuation between
    ("… і в позові відмовив": a second predicate, not more of the complement)."""
    for t in tokens[k : k + reach]:
        if t.sent != sent or t.pos == "PUNCT":
            return False
        if t.pos == "VERB":  # not an infinitive: "закликав зупинити … і не рахувати …"
            return not is_infinitive(t)
    return False
