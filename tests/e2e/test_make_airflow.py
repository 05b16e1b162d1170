"""``make airflow`` from a fresh shell and a fresh Airflow home: the venv is not on ``PATH``, no
Airflow variable is set. It must serve the UI's health endpoint and the auditors' plugin page, run
one task process per core, unpause the demo's DAGs, write no path of the checkout into a config
it generated elsewhere, and stop with every process it started on Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(600)]

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:  # our own localhost server
            return int(r.status), r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, ""
    except OSError:
        return 0, ""


def _marked(marker: str) -> list[int]:
    """Live processes that inherited the marker from ``make airflow``'s environment."""
    found = []
    needle = f"AIGUILLAGE_TEST_RUN={marker}".encode()
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == os.getpid():
            continue
        try:
            if (needle in (d / "environ").read_bytes().split(b"\0")
                    and (d / "stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"):
                found.append(int(d.name))
        except OSError:
            continue
    return found


def test_make_airflow_serves_the_ui_and_the_plugin_from_a_fresh_shell(tmp_path: Path) -> None:
    home, port, marker = tmp_path / "airflow-home", _free_port(), uuid.uuid4().hex
    # A fresh login shell: system PATH only, nothing of Airflow's or of this test run's settings.
    inherited = ("AIRFLOW", "AIGUILLAGE_", "PYTHON", "VIRTUAL_ENV", "_AIRFLOW", "MAKE", "MFLAGS")
    env = {k: v for k, v in os.environ.items() if not k.startswith(inherited)}
    env.update({"PATH": "/usr/local/bin:/usr/bin:/bin", "AIGUILLAGE_TEST_RUN": marker,
                # the test reads the plugin page without logging in
                "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
                "AIGUILLAGE_INBOX": str(tmp_path / "inbox"), "AIGUILLAGE_OUTBOX": str(tmp_path / "outbox")})
    log = tmp_path / "make-airflow.log"
    with log.open("wb") as fh:
        make = subprocess.Popen(["make", "-C", str(ROOT), "airflow", f"AIRFLOW_HOME={home}",
                                 f"AIRFLOW_PORT={port}"], env=env, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 420
        health: dict[str, dict[str, str]] = {}
        while time.monotonic() < deadline:
            assert make.poll() is None, log.read_text(errors="replace")[-4000:]
            code, body = _get(f"{base}/api/v2/monitor/health")
            if code == 200:
                health = json.loads(body)
                if health.get("scheduler", {}).get("status") == "healthy":
                    break
            time.sleep(2)
        assert health.get("metadatabase", {}).get("status") == "healthy", (health, log.read_text()[-4000:])
        assert health.get("scheduler", {}).get("status") == "healthy", health
        code, page = _get(f"{base}/aiguillage-audit/")
        assert code == 200 and "Aiguillage" in page, (code, page[:500])
        text = log.read_text(errors="replace")
        assert "FileNotFoundError" not in text, text[-4000:]
        # What Airflow generated in this home names this home, never the checkout's own .airflow
        cfg = (home / "airflow.cfg").read_text("utf-8")
        assert str(ROOT / ".airflow") not in cfg
        assert (home / ".checkout").read_text("utf-8").strip() == str(ROOT)
    finally:
        os.killpg(make.pid, signal.SIGINT)  # Ctrl-C in the terminal: the whole foreground group
        try:
            make.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(make.pid, signal.SIGKILL)
            make.wait()
        deadline = time.monotonic() + 60
        while (left := _marked(marker)) and time.monotonic() < deadline:
            time.sleep(1)
        for pid in left:  # do not leave them to the next test, but fail below
            os.kill(pid, signal.SIGKILL)
    assert not left, f"processes left after Ctrl-C: {left}"
