"""Companies the Ukrainian annotator finds by the Russian dictionary's organisation tag."""

from __future__ import annotations

from reportedly.nlp import ukrainian
from reportedly.nlp.slavic_morph import is_organisation_name


def test_the_russian_dictionary_tags_a_companys_name_in_any_case() -> None:
    assert is_organisation_name("Газпром")
    assert is_organisation_name("Газпрому")
    assert not is_organisation_name("Орешник")
    assert not is_organisation_name("газпром")  # a lower-case word is no name


def test_a_company_name_quoted_or_inside_a_sentence_is_an_org_mention() -> None:
    text = (
        'Російський монополіст "Газпром" розкрив інформацію про свої активи. '
        "Суд заборонив операції з активами Газпрому."
    )
    mentions = [(m.text, m.label) for m in ukrainian.annotate(text).entities]
    assert ("Газпром", "ORG") in mentions
    assert ("Газпрому", "ORG") in mentions
