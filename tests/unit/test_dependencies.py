"""The declared dependencies, the lock and the imports agree (scripts/check_deps.py, requirements.txt)."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_import_is_declared_and_every_declared_package_is_needed() -> None:
    res = subprocess.run([sys.executable, str(ROOT / "scripts" / "check_deps.py")], capture_output=True,
                         text=True, timeout=120)
    assert res.returncode == 0, res.stdout + res.stderr


def test_the_lock_pins_every_declared_package_within_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    reqs = [Requirement(r) for r in [*project["dependencies"], *project["optional-dependencies"]["dev"]]]
    pins = dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", (ROOT / "requirements.txt").read_text("utf-8"),
                           re.MULTILINE))
    pins = {_norm(k): v for k, v in pins.items()}
    outside = [f"{r.name} {pins.get(_norm(r.name))} not in {r.specifier}" for r in reqs
               if not r.specifier.contains(pins.get(_norm(r.name), "0.0.0a0"), prereleases=True)]
    assert not outside, outside
    assert any(str(r.specifier).startswith("==") for r in reqs if r.name == "apache-airflow")
