"""The embedded run's Execution API server (``aiguillage.airflow_run``): built for the installed
Task SDK's API version only, it must serve that version exactly as Airflow's full API does, and
the process the runner adopts must be stopped and reaped like the ones it starts.

The API is built in a child interpreter: trimming it changes module state of Airflow that no other
test may see."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# Builds Airflow's Execution API twice in one interpreter, untrimmed then trimmed, and prints,
# for each, the routes of the Task SDK's version (path, methods, endpoint, request and response
# schemas) and what a request in the SDK's version and in the oldest version gets.
COMPARE = r"""
import json, os
os.environ["_AIRFLOW_PROCESS_CONTEXT"] = "server"
from fastapi.testclient import TestClient
from airflow.api_fastapi.execution_api.app import create_task_execution_api_app
from airflow.api_fastapi.execution_api import versions
from airflow.sdk.api.datamodels._generated import API_VERSION
from aiguillage.airflow_run import _serve_installed_sdk_only

def describe(app):
    with TestClient(app) as client:
        health = client.get("/health").status_code  # the first request builds the versioned routes
        def ask(version):
            r = client.get("/task-instances/00000000-0000-0000-0000-000000000000/previous-successful-dagrun",
                           headers={"Airflow-API-Version": version})
            return r.status_code
        answers = {"sdk": ask(API_VERSION), "oldest": ask(oldest)}
    routes = []
    for r in app.router.versioned_routers[API_VERSION].routes:
        body = getattr(r, "body_field", None)
        routes.append([r.path, sorted(getattr(r, "methods", None) or []), getattr(r, "name", ""),
                       repr(getattr(r, "response_model", None)),
                       repr(body.field_info.annotation) if body is not None else None])
    return {"health": health, "answers": answers, "routes": sorted(routes),
            "versions": sorted(str(v) for v in app.router.versioned_routers)}

oldest = str(versions.bundle.versions[-1].value)
full = describe(create_task_execution_api_app())
served = _serve_installed_sdk_only()
trimmed = describe(create_task_execution_api_app())
print(json.dumps({"sdk": API_VERSION, "served": served, "full": full, "trimmed": trimmed}))
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "include")}


@pytest.mark.slow
def test_trimmed_api_serves_the_sdk_version_exactly_as_the_full_api() -> None:
    res = subprocess.run([sys.executable, "-c", COMPARE], env=_env(), capture_output=True, text=True,
                         timeout=600)
    assert res.returncode == 0, res.stderr[-4000:]
    out = json.loads(res.stdout.strip().splitlines()[-1])
    full, trimmed = out["full"], out["trimmed"]
    assert out["served"].startswith(f"the Task SDK's API version {out['sdk']} only"), out["served"]
    assert len(full["versions"]) > 1 and trimmed["versions"] == [out["sdk"]]
    assert trimmed["routes"] == full["routes"]  # same routes, same schemas, for the SDK's version
    assert len(full["routes"]) > 20
    assert trimmed["health"] == full["health"] == 200
    # In the SDK's version both refuse the same way (no token); an older version is known to the
    # full API (401 too) and unknown to the trimmed one.
    assert trimmed["answers"]["sdk"] == full["answers"]["sdk"] == 401
    assert full["answers"]["oldest"] == 401
    assert trimmed["answers"]["oldest"] in (400, 404, 422)


def test_api_is_left_whole_when_the_sdk_speaks_an_older_version() -> None:
    """A Task SDK older than the API (a mixed install): nothing is trimmed."""
    code = ("import airflow.sdk.api.datamodels._generated as g; g.API_VERSION = '2025-04-28'\n"
            "from aiguillage.airflow_run import _serve_installed_sdk_only\n"
            "from airflow.api_fastapi.execution_api import versions\n"
            "n = len(versions.bundle.versions)\n"
            "print(_serve_installed_sdk_only()); assert len(versions.bundle.versions) == n > 1\n")
    res = subprocess.run([sys.executable, "-c", code], env=_env(), capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr[-4000:]
    assert res.stdout.strip().splitlines()[-1].startswith("every API version"), res.stdout


def test_an_adopted_process_is_polled_stopped_and_reaped(tmp_path: Path) -> None:
    """The API server is forked twice inside ``dags test``; the runner (a child subreaper) adopts
    it by pid. Here the runner's role is played by this process and a double-forked sleeper."""
    from aiguillage.airflow_run import ProcessTree, _become_subreaper

    _become_subreaper()
    pidfile = tmp_path / "pid"
    starter = subprocess.Popen([sys.executable, "-c", (
        "import os, sys, time\n"
        "if os.fork(): os._exit(0)\n"
        f"open({str(pidfile)!r}, 'w').write(str(os.getpid()))\n"
        "time.sleep(300)\n")])
    assert starter.wait(timeout=60) == 0
    deadline = time.monotonic() + 30
    while not pidfile.exists() or not pidfile.read_text():
        assert time.monotonic() < deadline, "the sleeper did not start"
        time.sleep(0.05)
    pid = int(pidfile.read_text())
    tree = ProcessTree(tmp_path)
    proc = tree.adopt("api-server", pid, tmp_path / "none.log")
    assert proc.poll() is None
    tree.stop("api-server", grace=0.0)
    assert proc.poll() == -signal.SIGTERM  # ours to reap: the status is SIGTERM's
    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
