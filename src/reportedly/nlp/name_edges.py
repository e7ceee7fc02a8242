"""Entity spans without the verbs the tagger glued to their edges.

A question or a headline puts a capitalised verb beside a name ("Will Sanders come down …?",
"Ted Cruz Refuses to Disavow …"), and the entity tagger takes it into the name: the article
then has a person "Will Sanders" whom every bare "Sanders" joins. A word the tagger reads as
a verb of the sentence, not as a part of the name, is cut from the entity's edges: an
auxiliary opening a question before its bare verb, a finite verb closing the name that the
parser hangs outside it. A given name the tagger misreads ("Will Hurd said", "Will" a modal
hung on "said") stays: no modal goes with a past tense.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

AUXILIARY_TAGS = frozenset({"MD", "VBZ", "VBD", "VBP"})  # "Will", "Does", "Did", "Do"
FINITE_TAGS = frozenset({"VBZ", "VBD", "VBP"})  # "Refuses", "Warned"


@dataclass(frozen=True, slots=True)
class Word:
    """What the cut reads of one token: its fine tag, dependency and head."""

    tag: str
    dep: str
    head: int


def trimmed_bounds(words: Sequence[Word], start: int, end: int) -> tuple[int, int]:
    """The token range ``[start, end)`` of an entity less the verbs at its edges (one token
    at least is kept; ``words`` are the whole text's tokens)."""

    def outside(i: int) -> bool:
        return not start <= words[i].head < end

    def question_auxiliary(i: int) -> bool:
        w = words[i]
        return (
            w.tag in AUXILIARY_TAGS and w.dep == "aux" and outside(i) and words[w.head].tag == "VB"
        )

    def closing_verb(i: int) -> bool:
        w = words[i]
        return w.tag in FINITE_TAGS and (outside(i) or w.head == i)

    while end - start > 1 and question_auxiliary(start):
        start += 1
    while end - start > 1 and closing_verb(end - 1):
        end -= 1
    return start, end
