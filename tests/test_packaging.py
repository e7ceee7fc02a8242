"""Packaging: compatible ranges in pyproject.toml, exact pins in constraints.txt, a licence."""

from __future__ import annotations

import importlib.metadata as md
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]


def _requirements() -> list[Requirement]:
    declared = list(PROJECT["dependencies"])
    for extra in PROJECT["optional-dependencies"].values():
        declared.extend(extra)
    return [Requirement(r) for r in declared]


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not an exact pin"
            pins[canonicalize_name(name)] = version
    return pins


# exact pins the project requires on purpose: torch's PyPI default for Linux pulls GBs of CUDA
# libraries; the train extra names the CPU build this project trains with
PINNED_ON_PURPOSE = {"torch"}


def test_packaging_dependencies_are_ranges_not_pins() -> None:
    pinned = [
        str(r)
        for r in _requirements()
        if any(s.operator == "==" for s in r.specifier) and r.name not in PINNED_ON_PURPOSE
    ]
    assert pinned == [], "pin exact versions in constraints.txt, not in pyproject.toml"
    unbounded = [str(r) for r in _requirements() if not r.specifier]
    assert unbounded == []


def test_packaging_declares_what_trafilatura_needs_at_import() -> None:
    names = {canonicalize_name(r.name) for r in _requirements()}
    assert "lxml-html-clean" in names


@pytest.mark.parametrize("requirement", _requirements(), ids=str)
def test_packaging_constraints_pin_every_dependency_inside_its_range(
    requirement: Requirement,
) -> None:
    pins = _pins()
    name = canonicalize_name(requirement.name)
    assert name in pins, f"constraints.txt has no pin for {requirement.name}"
    assert requirement.specifier.contains(pins[name], prereleases=True)


def test_packaging_installed_versions_are_the_pinned_ones() -> None:
    """setup.sh installs with the constraints, so the venv holds exactly the pinned versions."""
    pins = _pins()
    installed = {canonicalize_name(d.metadata["Name"]): d.version for d in md.distributions()}
    differ = {
        n: (v, installed[n])
        for n, v in pins.items()
        if n in installed and Version(installed[n]).public != Version(v).public
    }
    assert differ == {}
    assert "-c constraints.txt" in (ROOT / "setup.sh").read_text("utf-8")


def test_packaging_licence_is_apache_2() -> None:
    assert PROJECT["license"] == "Apache-2.0"
    assert PROJECT["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert "Apache License\n                           Version 2.0, January 2004" in text
    assert "END OF TERMS AND CONDITIONS" in text
