"""Check the Russian and Ukrainian cue lexicons against the morphology: forms a cue lost.

Two checks, printed per language (session 21, docs/EVALUATION.md):

- every cue lemma of the lexicon (``verbs``, ``complement_verbs``, ``denied_complement_verbs``,
  ``document_verbs``, ``impersonal``, ``reported``) expanded by pymorphy3 into every form of its
  lexeme, each form (lower-case and capitalised) lemmatised back as the pipeline does; a form
  whose lemma is no cue lemma is listed ("хотів" -> a noun, "пояснять" -> "поясняти");
- with ``--corpus DIR`` (the ru-uk data folder), every word of its texts in that language whose
  first parse is not a verb while another parse is a cue verb, by frequency ("заяви" -> the
  noun заява: rightly a noun; "хотів": wrongly).

    .venv/bin/python scripts/check_cue_forms.py uk [--corpus ../shared/data/ru-uk]
"""

from __future__ import annotations

import argparse
import collections
import re
from pathlib import Path

import yaml

from reportedly.nlp.slavic_morph import Lang, analyzer, best_parse

_KEYS = ("complement_verbs", "denied_complement_verbs", "document_verbs", "impersonal", "reported")
_VERBS = {"VERB", "INFN", "GRND", "PRTF", "PRTS"}
_WORD = re.compile(r"[^\W\d_][^\W\d_'’]*")


def cue_lemmas(lang: Lang) -> set[str]:
    """The single-word cue lemmas of the packaged lexicon for ``lang``."""
    path = (
        Path(__file__).parents[1] / "src/reportedly/attribution/slavic/data" / f"cues_{lang}.yaml"
    )
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    words = {str(w) for group in data["verbs"].values() for w in group}
    for key in _KEYS:
        words |= {str(w) for w in data.get(key) or () if " " not in str(w)}
    return words


def lost_forms(lang: Lang, cues: set[str]) -> dict[str, set[str]]:
    """Cue lemma -> its forms the pipeline lemmatises to no cue lemma ("form -> lemma")."""
    lost: dict[str, set[str]] = collections.defaultdict(set)
    for lemma in sorted(cues):
        own = [p for p in analyzer(lang).parse(lemma) if p.normal_form == lemma]
        if not own:
            lost[lemma].add(
                f"(not a dictionary lemma: {analyzer(lang).parse(lemma)[0].normal_form})"
            )
            continue
        for form in own[0].lexeme:
            for word in (form.word, form.word.capitalize()):
                p = best_parse(lang, word, "VERB" if lang == "ru" else None)
                got = p.normal_form if p is not None else None
                if got not in cues:
                    lost[lemma].add(f"{word} -> {got}")
    return lost


def misread_words(lang: Lang, cues: set[str], root: Path) -> collections.Counter[str]:
    """Words of the corpus read as no verb while a reading is a cue verb, with their counts."""
    folders = ["slavicner/ru"] if lang == "ru" else ["slavicner/uk", "ner-uk"]
    counts: collections.Counter[str] = collections.Counter()
    for folder in folders:
        for path in (root / folder).rglob("*.txt"):
            counts.update(w.lower() for w in _WORD.findall(path.read_text(encoding="utf-8")))
    found: collections.Counter[str] = collections.Counter()
    for word, n in counts.items():
        p = best_parse(lang, word)
        if p is None or str(p.tag.POS) in _VERBS:
            continue
        verbs = [
            q
            for q in analyzer(lang).parse(word)
            if str(q.tag.POS) in _VERBS and q.normal_form in cues
        ]
        if verbs:
            found[f"{word} ({p.tag.POS} {p.normal_form}; verb {verbs[0].normal_form})"] = n
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("lang", choices=["ru", "uk"])
    parser.add_argument("--corpus", type=Path, help="the ru-uk data folder")
    args = parser.parse_args()
    lang: Lang = args.lang
    cues = cue_lemmas(lang)
    for lemma, forms in sorted(lost_forms(lang, cues).items()):
        print(f"{lemma}: {'; '.join(sorted(forms))}")
    if args.corpus is not None:
        for word, n in misread_words(lang, cues, args.corpus).most_common(40):
            print(f"{n:5d} {word}")


if __name__ == "__main__":
    main()
