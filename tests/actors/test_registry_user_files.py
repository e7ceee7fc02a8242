"""User actor files over the packaged registry, and the name a person goes by alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from tests.actors.registry_ids import _ids

from reportedly.actors import ActorRegistry, default_registry
from reportedly.errors import ConfigError


@pytest.fixture(scope="module")
def registry() -> ActorRegistry:
    return ActorRegistry.load()


# -- user files ---------------------------------------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_registry_user_file_replaces_an_entry_and_adds_another(tmp_path: Path) -> None:
    extra = _write(
        tmp_path / "mine.yaml",
        """
- id: peskov-dmitry
  type: person
  name: Dmitry S. Peskov
  aliases: [Peskov, Песков]
  gender: male
  country: RUS
  roles:
    - title: press secretary of the President of Russia
      titles: [Kremlin spokesman]
      org: government-russia
      start: 2012-05
- id: doe-jane
  type: person
  name: Jane Doe
  aliases: [Doe]
  gender: female
  member_of: [government-ukraine]
""",
    )
    registry = ActorRegistry.load([extra])
    assert registry.by_id("peskov-dmitry").name == "Dmitry S. Peskov"
    assert registry.by_id("peskov-dmitry").source == str(extra)
    assert registry.match_name("Dmitriy Peskov") == ()  # the override's aliases replace the old
    assert _ids(registry.match_name("Doe")) == ["doe-jane"]
    assert _ids(registry.match_title("Kremlin spokesman", on=date(2012, 5, 2))) == ["peskov-dmitry"]
    assert len(registry) == len(ActorRegistry.load()) + 1


def test_registry_user_file_adds_tables(tmp_path: Path) -> None:
    extra = _write(
        tmp_path / "mine.yaml",
        """
country_forms:
  RUS: [Rossiyskaya]
ambiguous_aliases: [Lavrov]
actors:
  - {id: lavrov-other, type: person, name: Ivan Lavrov, aliases: [Lavrov], gender: male}
""",
    )
    registry = ActorRegistry.load([extra])
    assert set(_ids(registry.match_name("Lavrov"))) == {"lavrov-sergey", "lavrov-other"}
    assert _ids(registry.match_title("Rossiyskaya President", on=date(2022, 1, 1))) == [
        "putin-vladimir"
    ]


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("- {id: x-y, type: robot, name: X}", "'type' must be one of"),
        ("- {id: X Y, type: person, name: X}", "'id' must be a lowercase slug"),
        ("- {id: x-y, type: person}", "'name' must be a non-empty string"),
        ("- {id: x-y, type: person, name: X, nickname: Z}", "unknown keys ['nickname']"),
        ("- {id: x-y, type: person, name: X, wikidata: 7747}", "'wikidata' must be a QID"),
        ("- {id: x-y, type: person, name: X, country: Russia}", "ISO 3166-1 alpha-3"),
        ("- {id: x-y, type: organisation, name: X, gender: male}", "only for persons"),
        ("- {id: x-y, type: person, name: X, metonyms: [Here]}", "a person has no metonyms"),
        ("- {id: x-y, type: person, name: X, roles: [{title: T, start: 2012-13}]}", "'start'"),
        ("- {id: x-y, type: person, name: X, roles: [{title: T, end: 'May 2012'}]}", "'end'"),
        (
            "- {id: x-y, type: person, name: X, roles: [{title: T, start: 2020, end: 2019}]}",
            "starts (2020) after it ends (2019)",
        ),
        ("- {id: x-y, type: person, name: X, roles: [{titles: [T]}]}", "non-empty 'title'"),
        ("- {id: x-y, type: person, name: X, roles: [{title: T, org: nowhere}]}", "'nowhere'"),
        ("- {id: x-y, type: person, name: X, member_of: [nowhere]}", "'nowhere'"),
        ("- {id: x-y, type: person, name: X, aliases: [Peskov]}", "list it under ambiguous"),
        ("- {id: x-y, type: government, name: X, metonyms: [Moscow]}", "metonym 'Moscow'"),
        ("- {id: x-y, type: person, name: X}\n- {id: x-y, type: person, name: Y}", "duplicate id"),
        ("- just a string", "must be a mapping"),
        ("- {id: x-y, type: organisation, name: X Y, goes_by: [Y]}", "only for persons"),
        ("- {id: x-y, type: person, name: Ana Ruiz, goes_by: [Pérez]}", "be its name, an alias"),
        ("- {id: x-y, type: person, name: Ana Ruiz, goes_by: [Rui]}", "be its name, an alias"),
    ],
)
def test_registry_malformed_entry_raises_config_error_naming_file_and_entry(
    tmp_path: Path, entry: str, message: str
) -> None:
    path = _write(tmp_path / "bad.yaml", entry + "\n")
    with pytest.raises(ConfigError) as info:
        ActorRegistry.load([path])
    text = str(info.value)
    assert str(path) in text
    assert message in text
    assert "actor" in text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("actors: [\n", "not valid YAML"),
        ("42\n", "expected a list of actors or a mapping"),
        ("people: []\n", "unknown top-level keys"),
        ("actors: {a: 1}\n", "'actors' must be a list"),
        ("country_forms: [RUS]\n", "must be a mapping"),
    ],
)
def test_registry_malformed_file_raises_config_error(
    tmp_path: Path, content: str, message: str
) -> None:
    path = _write(tmp_path / "bad.yaml", content)
    with pytest.raises(ConfigError, match="E51") as info:
        ActorRegistry.load([path])
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_registry_missing_user_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read actor file"):
        ActorRegistry.load([tmp_path / "absent.yaml"])


def test_registry_empty_user_file_changes_nothing(tmp_path: Path) -> None:
    path = _write(tmp_path / "empty.yaml", "")
    assert len(ActorRegistry.load([path])) == len(ActorRegistry.load())


def test_registry_says_by_which_name_a_person_goes_alone(tmp_path: Path) -> None:
    # Spanish: the father's surname, not the last word; Portuguese: a name the person chose
    extra = _write(
        tmp_path / "mine.yaml",
        """
- id: sanchez-pedro
  type: person
  name: Pedro Sánchez Pérez-Castejón
  aliases: [Pedro Sánchez, Sánchez]
  goes_by: [Sánchez]
- id: lopez-obrador-andres-manuel
  type: person
  name: Andrés Manuel López Obrador
  aliases: [López Obrador, AMLO]
  goes_by: [López Obrador, AMLO]
""",
    )
    registry = ActorRegistry.load([extra])
    sanchez = registry.by_id("sanchez-pedro")
    assert sanchez.alone_names == ("Sánchez",)
    assert sanchez.surname_of("Pedro Sánchez")
    assert not sanchez.surname_of("Pedro Sánchez Pérez-Castejón")
    assert registry.by_id("lopez-obrador-andres-manuel").surname_of("Andrés Manuel López Obrador")
    lula = registry.by_id("lula-da-silva-luiz-inacio")
    assert "Lula" in lula.alone_names
    assert not lula.surname_of("Luiz Inácio Lula da Silva")
    # without goes_by, the last word of each name
    assert registry.by_id("peskov-dmitry").alone_names[:1] == ("Peskov",)


@pytest.mark.parametrize(
    ("actor", "alone"),
    [
        ("kim-jong-un", ("Kim",)),  # family name first, a word of his name
        ("xi-jinping", ("Xi",)),  # not "Jinping"
        ("wang-yi", ("Wang",)),
        ("mohammed-bin-salman", ("MBS", "bin Salman", "бин Салман", "бін Салман")),  # not "Saud"
        ("tamim-bin-hamad", ("Sheikh Tamim", "Emir Tamim")),  # not "Thani"
        ("kellogg-keith", ("Kellogg", "Келлог")),  # not "Jr."
        ("austin-lloyd", ("Austin", "Остин", "Остін")),  # not "III"
        ("pope-leo-xiv", ("Leo", "Prevost")),  # not "XIV"
    ],
)
def test_registry_packaged_people_go_by_their_own_name_alone(
    actor: str, alone: tuple[str, ...]
) -> None:
    assert default_registry().by_id(actor).alone_names == alone


def test_registry_goes_by_may_be_words_of_a_name(tmp_path: Path) -> None:
    extra = _write(
        tmp_path / "mine.yaml",
        "- {id: moon-jae-in, type: person, name: Moon Jae-in, goes_by: [Moon]}\n",
    )
    moon = ActorRegistry.load([extra]).by_id("moon-jae-in")
    assert moon.surname_of("Moon Jae-in") is False
    assert moon.alone_names == ("Moon",)
