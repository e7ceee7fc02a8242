"""Tests of who a reporting verb's subject is when the parser hangs the verb elsewhere."""

from __future__ import annotations

import pytest

from reportedly.pipeline import analyze_text


def test_adding_hung_on_the_reported_clause_is_the_sayers() -> None:
    text = (
        "Leena Nurmsalu said that training Ukraine’s forces on their territory would not be "
        "escalatory, adding that “Russia’s propaganda is about being at war with NATO; they "
        "don’t need an excuse.”"
    )
    a = analyze_text(text)
    added = next(s for s in a.statements if "propaganda" in s.content_text(text))
    assert added.speaker is not None
    assert added.speaker.text == "Leena Nurmsalu"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "May said the world body has become an increasingly dysfunctional organization, "
            'noting, "This has been apparent for years to anyone paying close attention."',
            "apparent for years",
            "May",
        ),
        (
            # after a sentence naming Clifford May the parser takes "May" for a modal
            "One of the critics is Clifford May, the president of the Foundation for the "
            "Defense of Democracies (FDD). May said the world body has become an increasingly "
            'dysfunctional organization, noting, "This has been apparent for years to anyone '
            'paying close attention."',
            "apparent for years",
            "May",
        ),
        (
            "Last month, Putin said Russia had moved a first batch of tactical nuclear weapons "
            'to Belarus, claiming they were placed there for "deterrence."',
            "placed there",
            "Putin",
        ),
        (
            'The minister said the talks had collapsed, stressing, "Kyiv will not give up '
            'territory."',
            "give up",
            "The minister",
        ),
        (
            'Officials said the troops had retreated, insisting, "We did not lose a single tank."',
            "single tank",
            "Officials",
        ),
        (
            "Zelensky said Russia launched 40 missiles overnight, "
            'saying, "They want to freeze us."',
            "freeze us",
            "Zelensky",
        ),
        (
            # the parser hangs the participle on the reported clause's last conjunct
            "Zelensky said Russia had launched 40 missiles and the army had shot down 30 of "
            'them, saying, "They want to freeze us."',
            "freeze us",
            "Zelensky",
        ),
    ],
)
def test_participle_after_the_reported_clause_is_the_sayers(
    text: str, words: str, speaker: str
) -> None:
    # the parser hangs the participle on the reported clause; its subject is what was said
    a = analyze_text(text)
    found = next(s for s in a.statements if words in s.content_text(text))
    assert found.speaker is not None
    assert found.speaker.text == speaker
