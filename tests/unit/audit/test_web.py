"""The auditors' web app: lists batches with their chain status, serves reports, nothing else."""

from __future__ import annotations

import importlib.util
import sys
from html import unescape
from pathlib import Path

import pytest
from aiguillage.audit.web import create_app
from fastapi.testclient import TestClient

ROOT = Path(__file__).resolve().parents[3]
B1, B2 = "manual__2026-11-01T10_00_00", "manual__2026-11-02T10_00_00"


def _client(*stores: Path) -> TestClient:
    return TestClient(create_app(dirs=lambda: list(stores)))


def test_index_lists_batches_with_status(pristine_store: Path, tmp_path: Path) -> None:
    r = _client(pristine_store, tmp_path / "absent").get("/")
    assert r.status_code == 200
    html = unescape(r.text)
    assert B1 in html and B2 in html and 'data-status="ok"' in html
    assert f'href="stores/0/batches/{B2}?lang=fr"' in html and "dossier introuvable" in html
    assert "English" in html and "manifest.csv" in html  # the privacy note says where names are
    assert "Aiguillage — audit" in html
    en = unescape(_client(pristine_store).get("/?lang=en").text)
    assert "Output folders" in en and "All chains intact" in en


def test_batch_report_and_history(pristine_store: Path) -> None:
    c = _client(pristine_store)
    r = c.get(f"/stores/0/batches/{B1}", params={"lang": "en"})
    assert r.status_code == 200 and "Batch audit report" in unescape(r.text) and B1 in r.text
    assert 'href="../../../?lang=en"' in r.text  # relative links: any prefix, any proxy
    h = c.get("/stores/0/history")
    assert h.status_code == 200 and "Historique des lots" in unescape(h.text)
    api = c.get("/api/stores").json()
    assert api[0]["ok"] is True and [b["batch"] for b in api[0]["batches"]] == [B1, B2]


@pytest.mark.parametrize("path", ["/stores/1/history", "/stores/0/batches/nope", "/stores/0/batches/..%2F..",
                                  "/stores/-1/history", "/stores/0/manifest.csv"])
def test_only_listed_things_are_served(pristine_store: Path, path: str) -> None:
    assert _client(pristine_store).get(path).status_code == 404


def test_altered_store_is_flagged(store: Path) -> None:
    p = store / "audit" / "batches" / B1 / "decisions.jsonl"
    lines = p.read_text("utf-8").splitlines()
    p.write_text("\n".join([lines[1], lines[0], *lines[2:]]) + "\n", "utf-8")
    html = unescape(_client(store).get("/").text)
    assert 'data-status="altered"' in html and "ALTÉRÉE" in html
    assert 'data-status="altered"' in _client(store).get(f"/stores/0/batches/{B1}").text


def test_environment_configures_the_stores(pristine_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    monkeypatch.setenv("AIGUILLAGE_OUTPUT_DIRS", os.pathsep.join([str(pristine_store), "/nonexistent"]))
    html = TestClient(create_app()).get("/").text
    assert str(pristine_store) in html and "/nonexistent" in html


def test_plugin_requires_an_airflow_user() -> None:
    """Without a session cookie or a bearer token, the plugin's app answers 401."""
    path = ROOT / "plugins" / "aiguillage_audit" / "aiguillage_audit_plugin.py"
    spec = importlib.util.spec_from_file_location("aiguillage_audit_plugin_test", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod
    spec.loader.exec_module(mod)
    plugin = mod.AiguillageAuditPlugin
    (app_spec,) = plugin.fastapi_apps
    assert app_spec["url_prefix"] == "/aiguillage-audit"
    (view,) = plugin.external_views
    assert view["name"] == "Aiguillage — audit" and view["url_route"] == "aiguillage-audit"
    assert not view["href"].startswith("/")
    r = TestClient(app_spec["app"]).get("/")
    assert r.status_code == 401
