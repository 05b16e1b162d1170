"""The auditors' view end to end: a real ``airflow api-server`` with the plugin, a real headless
Chromium (Debian's), two output stores (one intact, one altered after the fact). Saves screenshots
under ``tests/artifacts/`` (gitignored) for people to look at."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from aiguillage.records import Evidence, Outcome, Reason, Route

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(300)]

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = "/usr/bin/chromium"
BIN = Path(sys.executable).parent
BATCHES = ("manual__2026-11-29T08_00_00", "manual__2026-11-30T08_00_00")


def _outcomes(seed: int) -> list[Outcome]:
    out = []
    for i, (route, code) in enumerate([(Route.PUBLIC, "RGPD_PERSONAL"), (Route.SOVEREIGN, "CRIMINAL"),
                                       (Route.QUARANTINE, "ENCRYPTED"), (Route.PUBLIC, "RGPD_PERSONAL")]):
        sha = hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        out.append(Outcome(sha[:20], f"service/agent Martine Durand/{i}.pdf", sha, "pdf", 2048 + i, route,
                           reasons=[Reason(code, route, "base légale", (Evidence("rule"),))],
                           entities={"PERSON": i + 1}, pages=2, chars=900, duration_ms=100 + 50 * i,
                           status="ok", policy_version="2026.11-1", policy_hash="h"))
    return out


def _build_store(out: Path) -> None:
    from aiguillage.batch import _write_audit
    from aiguillage.policy import load_policy

    for seed, key in enumerate(BATCHES):
        _write_audit(out, key, _outcomes(seed), load_policy(), None, time.time() - 30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _chromium(profile: Path, *args: str) -> str:
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--disable-dev-shm-usage", f"--user-data-dir={profile}", *args]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=60, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    return res.stdout


@pytest.fixture(scope="module")
def api_server(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Path]]:
    """An api-server on a free port, fresh SQLite home, all users admin (the simple auth manager)."""
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium not installed (make sysdeps)")
    base = tmp_path_factory.mktemp("audit-ui")
    home = base / "airflow"
    (home / "dags").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRFLOW__")}
    env.update({
        "AIRFLOW_HOME": str(home),
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{home / 'airflow.db'}",
        "AIRFLOW__CORE__DAGS_FOLDER": str(home / "dags"),
        "AIRFLOW__CORE__PLUGINS_FOLDER": str(ROOT / "plugins"),
        "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
        "AIRFLOW__CORE__LAZY_LOAD_PLUGINS": "False",
        "AIRFLOW__CORE__AUTH_MANAGER":
            "airflow.api_fastapi.auth.managers.simple.simple_auth_manager.SimpleAuthManager",
        "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
        "AIRFLOW__API__WORKERS": "1",
        "AIRFLOW__API_AUTH__JWT_SECRET": hashlib.sha256(str(base).encode()).hexdigest(),
        "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
    })
    migrate = subprocess.Popen([str(BIN / "airflow"), "db", "migrate"], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True)
    intact, altered = base / "out-intact", base / "out-altered"
    _build_store(intact)  # while the database migrates
    shutil.copytree(intact, altered)
    p = altered / "audit" / "batches" / BATCHES[0] / "decisions.jsonl"
    recs = [json.loads(ln) for ln in p.read_text("utf-8").splitlines()]
    recs[1]["route"] = "public"  # someone "fixes" a decision after the fact
    p.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in recs), "utf-8")
    _, err = migrate.communicate(timeout=120)
    assert migrate.returncode == 0, err[-2000:]
    port = _free_port()
    env["AIGUILLAGE_OUTPUT_DIRS"] = os.pathsep.join([str(intact), str(altered)])
    log = (base / "api-server.log").open("w")
    cmd = [str(BIN / "airflow"), "api-server", "--port", str(port), "--host", "127.0.0.1"]
    server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"{url}/api/v2/monitor/health", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("api-server did not start:\n" + (base / "api-server.log").read_text()[-3000:])
                time.sleep(0.5)
        yield url, [intact, altered]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
        log.close()


def test_plugin_is_registered_with_a_menu_entry(api_server: tuple[str, list[Path]]) -> None:
    url, _ = api_server
    with urllib.request.urlopen(f"{url}/api/v2/plugins", timeout=10) as r:
        plugins = json.load(r)["plugins"]
    (ours,) = [p for p in plugins if p["name"] == "aiguillage_audit"]
    assert ours["fastapi_apps"][0]["url_prefix"] == "/aiguillage-audit"
    (view,) = ours["external_views"]
    assert view["name"] == "Aiguillage — audit" and view["url_route"] == "aiguillage-audit"


def test_audit_page_in_chromium(api_server: tuple[str, list[Path]], tmp_path: Path) -> None:
    url, (intact, altered) = api_server
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    shots = {name: ARTIFACTS / f"audit_{name}.png" for name in ("index", "report", "ui")}
    for shot in shots.values():
        shot.unlink(missing_ok=True)
    dom = _chromium(tmp_path / "p1", "--window-size=1280,1000", f"--screenshot={shots['index']}",
                    "--dump-dom", f"{url}/aiguillage-audit/")
    assert "Aiguillage — audit" in dom and "Dossiers de sortie" in dom
    assert str(intact) in dom and str(altered) in dom
    assert all(b in dom for b in BATCHES)
    assert 'data-status="ok"' in dom and 'data-status="altered"' in dom
    assert "Martine Durand" not in dom and "service/" not in dom
    report = _chromium(tmp_path / "p2", "--window-size=1280,2400", f"--screenshot={shots['report']}",
                       "--dump-dom", f"{url}/aiguillage-audit/stores/0/batches/{BATCHES[1]}")
    assert "Rapport d'audit du lot" in report and report.count("<svg") >= 4 and "chaîne intacte" in report
    assert "Martine Durand" not in report
    # inside the Airflow UI: the menu entry's page frames the plugin (login sets the session cookie)
    ui = _chromium(tmp_path / "p3", "--window-size=1400,1000", "--virtual-time-budget=10000",
                   f"--screenshot={shots['ui']}", "--dump-dom",
                   f"{url}/auth/token/login?next=/plugin/aiguillage-audit")
    assert 'title="Aiguillage — audit"' in ui and 'src="aiguillage-audit/"' in ui
    for shot in shots.values():
        assert shot.stat().st_size > 10_000, shot
