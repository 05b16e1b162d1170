"""Airflow with the CeleryExecutor on real services: PostgreSQL and Redis on localhost, an
api-server, a scheduler, a dag-processor and two Celery workers, one per queue.

One batch of four sample documents (two public, two sovereign) goes through aiguillage_batch; the
asset events start aiguillage_public_summaries and aiguillage_sovereign. Then, from the metadata
database: every task of the batch and of the sovereign queue ran on the sovereign worker, every
public summary on the public worker. Each worker also holds only its own route's LLM connection
(two recording servers): sovereign texts reach only the sovereign one.

The two workers run on one host here; each reports its own host name (``hostname_callable``), as
two machines would. Queue names carry a unique suffix so that concurrent runs on a shared Redis
never exchange tasks. Every process is stopped and the database dropped, pass or fail.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiguillage.records import Route
from aiguillage.summarize.service import route_documents
from fake_llm_server import FakeLLM, small_batch

# Target: under 4 minutes from a fresh database to the downstream DAGs (measured: ~5 min on a 2-core
# machine shared by a dozen busy processes). The deadline below only guards against a hang; speed is
# measured (the phases are printed), not asserted. AIGUILLAGE_CELERY_TEST_BUDGET overrides it (seconds).
BUDGET_S = float(os.environ.get("AIGUILLAGE_CELERY_TEST_BUDGET", "420"))
pytestmark = [pytest.mark.integration, pytest.mark.slow, pytest.mark.timeout(BUDGET_S + 75)]

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
DAGS = ("aiguillage_batch.py", "aiguillage_public_summaries.py", "aiguillage_sovereign.py")
PG = {"host": "127.0.0.1", "port": 5432, "user": "postgres"}

HOSTNAME_MODULE = '''import os


def hostname() -> str:
    """The worker's name, as if each worker ran on its own machine."""
    return os.environ["AIGUILLAGE_TEST_HOSTNAME"]
'''


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _require_services() -> None:
    for port, name in ((5432, "PostgreSQL"), (6379, "Redis")):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=3).close()
        except OSError:
            pytest.fail(f"{name} must run on 127.0.0.1:{port} for this test (it does on CI machines)")


@pytest.fixture
def database() -> Iterator[str]:
    import psycopg2

    name = f"aiguillage_celery_{uuid.uuid4().hex[:10]}"
    admin = psycopg2.connect(dbname="postgres", connect_timeout=5, **PG)  # type: ignore[arg-type]
    admin.autocommit = True
    admin.cursor().execute(f'CREATE DATABASE "{name}"')
    try:
        yield name
    finally:
        admin.cursor().execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


class Cluster:
    """The Airflow processes of the test, each in its own process group, logs in files."""

    def __init__(self, home: Path, env: dict[str, str]) -> None:
        self.home, self.env = home, env
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, name: str, args: list[str], **extra_env: str) -> None:
        log = (self.home / f"{name}.log").open("wb")
        self.procs[name] = subprocess.Popen(
            [str(BIN / "airflow"), *args],
            env={**self.env, **extra_env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            cwd=self.home,
        )

    def run(self, args: list[str], timeout: float = 120) -> str:
        out = subprocess.run(
            [str(BIN / "airflow"), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.home,
        )
        assert out.returncode == 0, f"airflow {' '.join(args)}: {out.stdout[-2000:]}{out.stderr[-3000:]}"
        return out.stdout

    def check_alive(self) -> None:
        for name, p in self.procs.items():
            assert p.poll() is None, f"{name} exited with {p.returncode}:\n{self.tail(name)}"

    def tail(self, name: str, n: int = 4000) -> str:
        try:
            return (self.home / f"{name}.log").read_text("utf-8", "replace")[-n:]
        except OSError:
            return ""

    def stop(self) -> None:
        for p in self.procs.values():
            if p.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(p.pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for p in self.procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.wait(timeout=max(0.1, deadline - time.monotonic()))
        for p in self.procs.values():  # what did not stop, and the task processes left behind
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(p.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                p.wait(timeout=10)


def _query(db: str, sql: str, *args: Any) -> list[tuple[Any, ...]]:
    import psycopg2

    conn = psycopg2.connect(dbname=db, connect_timeout=5, **PG)  # type: ignore[arg-type]
    try:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            return list(cur.fetchall())
    finally:
        conn.close()


def _wait(what: str, predicate: Any, deadline: float, cluster: Cluster, every: float = 2.0) -> Any:
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        cluster.check_alive()
        time.sleep(every)
    raise AssertionError(f"timed out waiting for {what}")


def _http(url: str, token: str | None, body: Any) -> str:
    """GET (no body) or POST JSON to the api-server (simple auth manager, all admins)."""
    import urllib.request

    req = urllib.request.Request(
        url,
        data=None if body is None else json.dumps(body).encode(),
        headers={
            "Content-Type": "application/json",
            **({"Authorization": f"Bearer {token}"} if token else {}),
        },
    )
    with urllib.request.urlopen(req, timeout=30) as r:
        assert r.status in (200, 201), (url, r.status)
        return str(r.read().decode("utf-8"))


def _http_ok(url: str) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(url, timeout=3) as r:
            return bool(r.status == 200)
    except OSError:
        return False


def test_sovereign_work_stays_on_the_sovereign_worker(
    sample_corpus: Path, database: str, tmp_path: Path
) -> None:
    _require_services()
    started = time.monotonic()
    deadline = started + BUDGET_S
    uid = uuid.uuid4().hex[:8]
    q_public, q_sovereign, q_default = f"public_{uid}", f"sovereign_{uid}", f"default_{uid}"
    host_public, host_sovereign = f"pubworker-{uid}", f"sovworker-{uid}"

    home = tmp_path / "airflow"
    (home / "dags").mkdir(parents=True)
    (home / "plugins").mkdir()
    (home / "pylib").mkdir()
    for name in DAGS:
        shutil.copy(ROOT / "dags" / name, home / "dags" / name)
    (home / "pylib" / "aiguillage_test_hostname.py").write_text(HOSTNAME_MODULE, "utf-8")
    batch_in, out = tmp_path / "in", tmp_path / "out"
    truth = small_batch(sample_corpus, batch_in, {"letter": 1, "report": 1, "hr_health": 1, "criminal": 1})
    assert sorted(t["expected_route"] for t in truth) == ["public", "public", "sovereign", "sovereign"]

    api_port = _free_port()
    db_url = f"postgresql+psycopg2://postgres@127.0.0.1:5432/{database}"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRFLOW", "AIGUILLAGE"))}
    env.update(
        {
            "AIRFLOW_HOME": str(home),
            "AIRFLOW__CORE__DAGS_FOLDER": str(home / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(home / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__EXECUTOR": "CeleryExecutor",
            "AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION": "False",
            "AIRFLOW__CORE__EXECUTION_API_SERVER_URL": f"http://127.0.0.1:{api_port}/execution/",
            "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT": "120",
            "AIRFLOW__API_AUTH__JWT_SECRET": uuid.uuid4().hex,
            "AIRFLOW__API__PORT": str(api_port),
            "AIRFLOW__WORKERS__EXECUTION_API_TIMEOUT": "30",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_ALL_ADMINS": "True",
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": db_url,
            "AIRFLOW__CELERY__BROKER_URL": f"redis://127.0.0.1:6379/{int(uid, 16) % 15 + 1}",
            "AIRFLOW__CELERY__RESULT_BACKEND": f"db+postgresql+psycopg2://postgres@127.0.0.1:5432/{database}",
            "AIRFLOW__CELERY__WORKER_CONCURRENCY": "2",
            "AIRFLOW__OPERATORS__DEFAULT_QUEUE": q_default,
            "AIRFLOW__SCHEDULER__SCHEDULER_HEARTBEAT_SEC": "2",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "INFO",
            "AIGUILLAGE_QUEUE_PUBLIC": q_public,
            "AIGUILLAGE_QUEUE_SOVEREIGN": q_sovereign,
            "AIGUILLAGE_LEDGER_URL": db_url,
            "AIGUILLAGE_SUMMARY_CHUNKS": "1",  # one detector load on the public worker
            "PYTHONPATH": os.pathsep.join([str(home / "pylib"), str(ROOT / "include")]),
            "HF_HUB_OFFLINE": "1",
            "TOKENIZERS_PARALLELISM": "false",
        }
    )
    public_llm, sovereign_llm = FakeLLM(model="public-model").start(), FakeLLM(model="albert-test").start()
    cluster = Cluster(home, env)
    try:
        cluster.run(["db", "migrate"], timeout=150)
        migrated = time.monotonic()
        cluster.start("api-server", ["api-server", "--port", str(api_port), "--workers", "1"])
        cluster.start("scheduler", ["scheduler"])
        cluster.start("dag-processor", ["dag-processor"])

        def conn(server: FakeLLM) -> str:
            return json.dumps(
                {
                    "conn_type": "http",
                    "host": server.url,
                    # summaries only: the fake server answers summaries, not the second opinion's
                    # classification (tests/integration/test_second_opinion.py covers that)
                    "extra": {"model": server.model, "model_class": "small", "timeout": 30,
                              "second_opinion": False},
                }
            )

        worker = {"AIRFLOW__CORE__HOSTNAME_CALLABLE": "aiguillage_test_hostname.hostname"}
        for name, queues, host, conn_var, server in (
            (
                "worker-sovereign",
                q_sovereign,
                host_sovereign,
                "AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM",
                sovereign_llm,
            ),
            (
                "worker-public",
                f"{q_default},{q_public}",
                host_public,
                "AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM",
                public_llm,
            ),
        ):
            cluster.start(
                name,
                ["celery", "worker", "-q", queues, "-H", host, "--pid", str(home / f"{name}.pid")],
                AIGUILLAGE_TEST_HOSTNAME=host,
                AIRFLOW__LOGGING__WORKER_LOG_SERVER_PORT=str(_free_port()),
                **{conn_var: conn(server)},
                **worker,
            )

        api = f"http://127.0.0.1:{api_port}"
        _wait("the api-server", lambda: _http_ok(f"{api}/api/v2/monitor/health"), deadline, cluster, every=1)
        token = json.loads(_http(f"{api}/auth/token", None, None))["access_token"]
        _http(
            f"{api}/api/v2/pools",
            token,
            {"name": "aiguillage_sovereign", "slots": 2, "description": "sovereign LLM concurrency"},
        )
        wanted = {Path(d).stem for d in DAGS}
        _wait(
            "the DAGs to be parsed",
            lambda: wanted <= {r[0] for r in _query(database, "SELECT dag_id FROM serialized_dag")},
            deadline,
            cluster,
            every=1,
        )
        parsed = time.monotonic()
        conf = {"input_dir": str(batch_in), "output_dir": str(out), "max_shards": 2}
        _http(f"{api}/api/v2/dags/aiguillage_batch/dagRuns", token, {"logical_date": None, "conf": conf})
        triggered = time.monotonic()

        def runs_done() -> bool:
            rows = _query(database, "SELECT dag_id, state FROM dag_run")
            failed = [r for r in rows if r[1] == "failed"]
            assert not failed, f"failed runs {failed}"
            return {d for d, s in rows if s == "success"} >= wanted

        _wait("the batch and the downstream DAGs", runs_done, deadline, cluster)
        finished = time.monotonic()

        tis = _query(
            database, "SELECT dag_id, task_id, map_index, queue, hostname, state, pool FROM task_instance"
        )
        by_dag: dict[str, list[tuple[Any, ...]]] = {}
        for ti in tis:
            by_dag.setdefault(ti[0], []).append(ti)
        assert set(by_dag) == wanted
        for dag_id in ("aiguillage_batch", "aiguillage_sovereign"):
            for _, task, idx, queue, host, state, _pool in by_dag[dag_id]:
                assert (queue, host, state) == (q_sovereign, host_sovereign, "success"), (dag_id, task, idx)
        assert {ti[6] for ti in by_dag["aiguillage_sovereign"]} == {"aiguillage_sovereign"}
        for _, task, idx, queue, host, state, _ in by_dag["aiguillage_public_summaries"]:
            assert (queue, host, state) == (q_public, host_public, "success"), (task, idx)
        assert any(ti[1] == "summarize" for ti in by_dag["aiguillage_public_summaries"])
        assert any(ti[1] == "drain" for ti in by_dag["aiguillage_sovereign"])

        # outputs: a summary per routed document, each written by its own route's service
        public_ids = route_documents(out, Route.PUBLIC)
        sovereign_ids = route_documents(out, Route.SOVEREIGN)
        assert len(public_ids) == 2 and len(sovereign_ids) == 2
        for route, ids in (("public", public_ids), ("sovereign", sovereign_ids)):
            for d in ids:
                rec = json.loads((out / route / d / "summary.json").read_text("utf-8"))
                assert rec["route"] == route and rec["notice"]["human_review_required"]
        sovereign_texts = [(out / "sovereign" / d / "text.txt").read_text("utf-8") for d in sovereign_ids]
        for r in public_llm.chat_requests():
            assert not any(t[:80] in r.body for t in sovereign_texts)
        assert sovereign_llm.chat_requests(), "the sovereign endpoint was never called"
        figures = json.loads((out / "audit" / "summaries.json").read_text("utf-8"))
        assert figures["routes"]["sovereign"]["states"]["done"] == 2
        assert figures["routes"]["public"]["states"]["done"] == 2
        print(
            f"\ncelery cluster: migrate {migrated - started:.0f}s, up and parsed {parsed - migrated:.0f}s, "
            f"batch and downstream DAGs {finished - triggered:.0f}s, total {finished - started:.0f}s"
        )
    except BaseException:
        sys.stderr.write(f"elapsed {time.monotonic() - started:.0f}s\n")
        try:
            for row in _query(
                database,
                "SELECT dag_id, task_id, map_index, state, queue, hostname, "
                "start_date, end_date FROM task_instance ORDER BY start_date",
            ):
                sys.stderr.write(f"TI {row}\n")
            for row in _query(database, "SELECT dag_id, run_id, state, start_date, end_date FROM dag_run"):
                sys.stderr.write(f"RUN {row}\n")
        except Exception as exc:
            sys.stderr.write(f"no metadata: {exc}\n")
        for name in cluster.procs:
            sys.stderr.write(f"\n===== {name} =====\n{cluster.tail(name)}\n")
        for log in sorted((home / "logs").rglob("*.log"))[-12:]:
            sys.stderr.write(
                f"\n===== {log.relative_to(home)} =====\n{log.read_text('utf-8', 'replace')[-3000:]}\n"
            )
        raise
    finally:
        cluster.stop()
        public_llm.stop()
        sovereign_llm.stop()
