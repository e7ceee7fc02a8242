"""Names in quote marks as organisation mentions (nlp/quoted_names.py)."""

from __future__ import annotations

from tests.attribution.slavic.speaking import speakers

from reportedly import pipeline_slavic


def _orgs(text: str) -> list[str]:
    [annotation] = pipeline_slavic.annotate("uk", [(text, [])])
    return [m.text for m in annotation.entities if m.label == "ORG"]


def test_a_legal_form_and_a_name_quoted_inside_it_are_one_name() -> None:
    text = "Суд розглянув позов фірми «АБ «Легіон» до замовника торгів."
    assert "АБ «Легіон»" in _orgs(text)
    assert "Легіон" not in _orgs(text)


def test_a_company_named_with_its_legal_form_keeps_it_as_a_speaker() -> None:
    text = (
        "Тендер виграла фірма «АБ «Легіон». Фірма мала би оскаржити результати торгів, "
        "натомість у позові вона вимагає визнати її переможцем."
    )
    assert speakers(text, "uk")[-1][1] == "АБ «Легіон»"
