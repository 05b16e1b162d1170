"""Shared fixtures. The embedded Airflow settings mirror the Makefile so that tests run the same
way under `make test` and under a bare `pytest`."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("AIRFLOW_HOME", str(ROOT / ".airflow"))
os.environ.setdefault("AIRFLOW__CORE__DAGS_FOLDER", str(ROOT / "dags"))
os.environ.setdefault("AIRFLOW__CORE__PLUGINS_FOLDER", str(ROOT / "plugins"))
os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
os.environ.setdefault("AIRFLOW__CORE__EXECUTOR", "LocalExecutor")
os.environ.setdefault("AIRFLOW__DATABASE__SQL_ALCHEMY_CONN", f"sqlite:///{ROOT / '.airflow' / 'airflow.db'}")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
REALDOCS = ROOT.parent / "shared" / "realdocs"


@pytest.fixture(scope="session")
def sample_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small generated batch (``<dir>/batch``) with its truth (``<dir>/truth.jsonl``)."""
    from aiguillage.samples import generate

    d = tmp_path_factory.mktemp("samples")
    generate(d, n=20, seed=7)
    return d


@pytest.fixture(scope="session")
def detector():  # type: ignore[no-untyped-def]
    from aiguillage.detect.engine import Detector

    return Detector.get()


@pytest.fixture(scope="session")
def policy():  # type: ignore[no-untyped-def]
    from aiguillage.policy import load_policy

    return load_policy()


# With CI=true nothing is skipped: a test that would skip for want of PostgreSQL, Redis, tesseract,
# LibreOffice, Chromium or any other service fails instead, with the reason it gave (.ci/run installs
# and starts them), so that CI can never stay green without them.
CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    outcome = yield
    report = outcome.get_result()
    if CI and report.skipped and not hasattr(report, "wasxfail"):
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"skipped under CI=true, which runs every test: {reason}"
