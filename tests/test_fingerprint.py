"""Stage versions carry a digest of their package's code and data."""

from __future__ import annotations

from pathlib import Path

from reportedly._fingerprint import directory_digest, package_digest


def _tree(root: Path) -> Path:
    (root / "data").mkdir(parents=True)
    (root / "rules.py").write_text("WORDS = ('say',)\n")
    (root / "data" / "cues.yaml").write_text("speech: [say]\n")
    (root / "data" / "model.bin").write_bytes(bytes(range(256)) * 20_000)  # 5 MB: sampled
    return root


def test_the_same_files_give_the_same_digest_wherever_they_lie(tmp_path: Path) -> None:
    assert directory_digest(_tree(tmp_path / "a")) == directory_digest(_tree(tmp_path / "b"))


def test_a_changed_word_list_rule_or_model_changes_the_digest(tmp_path: Path) -> None:
    root = _tree(tmp_path / "a")
    before = directory_digest(root)
    (root / "data" / "cues.yaml").write_text("speech: [say, tell]\n")
    after_words = directory_digest(root)
    assert after_words != before
    (root / "rules.py").write_text("WORDS = ('say', 'tell')\n")
    after_rules = directory_digest(root)
    assert after_rules != after_words
    model = bytearray((root / "data" / "model.bin").read_bytes())
    model[:16] = bytes(16)  # retraining changes every block; the first is always read
    (root / "data" / "model.bin").write_bytes(bytes(model))
    assert directory_digest(root) != after_rules
    (root / "data" / "new.yaml").write_text("")
    assert directory_digest(root) != after_rules


def test_compiled_files_do_not_change_the_digest(tmp_path: Path) -> None:
    root = _tree(tmp_path / "a")
    before = directory_digest(root)
    (root / "__pycache__").mkdir()
    (root / "__pycache__" / "rules.cpython-311.pyc").write_bytes(b"\0" * 10)
    (root / "rules.pyc").write_bytes(b"\0")
    assert directory_digest(root) == before


def test_a_models_notes_do_not_change_the_digest(tmp_path: Path) -> None:
    root = _tree(tmp_path / "a")
    before = directory_digest(root)
    (root / "data" / "MODEL.md").write_text("# How the model was made\n")
    assert directory_digest(root) == before
    (root / "data" / "terms.txt").write_text("a word list's terms\n")  # data: counted
    assert directory_digest(root) != before


def test_stage_versions_name_their_build() -> None:
    from reportedly.config import Settings
    from reportedly.pipeline import stage_versions

    versions = stage_versions(Settings())
    digest = package_digest("reportedly.actors")
    assert versions["actors"] == f"reportedly.actors.resolve.v1+{digest}"
    assert all(len(v.rsplit("+", 1)[1]) == 12 for k, v in versions.items() if k != "nlp")
