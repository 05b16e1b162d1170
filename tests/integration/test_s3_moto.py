"""Batches where administrations keep them, against a real S3 API (moto in server mode, localhost).

* a batch read from ``s3://`` and written to ``s3://`` (public area in another bucket), by the library
  the DAG and the CLI share: every input in exactly one route, once; nothing written locally;
* the inbox DAG (real Airflow, ``dag.test``, endpoint and keys from an Airflow connection through
  ``ObjectStoragePath``) turning two ready batches into exactly two ``aiguillage_batch`` runs, across
  a repeated run and a lost ledger (the overlap case);
* the review gate: the release DAG holds in ``awaiting_input`` with nothing published, an archivist
  answers through the Core REST API (logged in as a real user), then the release appears and the
  decision, who and when are in ``audit/review.jsonl``; a rejection publishes nothing.
"""

from __future__ import annotations

import json
import os
import queue
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.integration, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
DRIVER = Path(__file__).with_name("airflow_driver.py")
BIN = Path(sys.executable).parent
CONN_ID = "aiguillage_s3"
ARCHIVIST, PASSWORD = "archiviste", "mot-de-passe-de-test"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def moto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A moto S3 server on a free localhost port; the AWS environment of this process points to it."""
    port = _free_port()
    log = tmp_path_factory.mktemp("moto") / "moto.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen(
            [str(BIN / "moto_server"), "-H", "127.0.0.1", "-p", str(port)],
            stdout=fh,
            stderr=subprocess.STDOUT,
        )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                pytest.fail("moto_server did not start: " + log.read_text(errors="replace"))
            time.sleep(0.2)
    saved = {
        k: os.environ.get(k)
        for k in ("AWS_ENDPOINT_URL", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION")
    }
    os.environ.update(
        {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "test",
            "AWS_SECRET_ACCESS_KEY": "test",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
    )
    try:
        yield endpoint
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        proc.terminate()
        proc.wait(10)


@pytest.fixture(scope="module")
def s3(moto: str) -> Any:
    import s3fs

    fs = s3fs.S3FileSystem(
        client_kwargs={"endpoint_url": moto}, key="test", secret="test", use_listings_cache=False
    )
    for bucket in ("archives", "sorties", "publics", "inbox", "outbox", "release"):
        fs.mkdir(bucket)
    return fs


def _upload(fs: Any, local: Path, prefix: str, limit: int = 5) -> int:
    """A few files of the sample batch (broken ones included: quarantine goes to S3 too)."""
    files = sorted(p for p in local.rglob("*") if p.is_file())
    picked = [p for p in files if "broken" in p.parts][:3]
    picked += [p for p in files if p not in picked][: limit - len(picked)]
    for p in picked:
        fs.put_file(str(p), f"{prefix}/{p.relative_to(local).as_posix()}")
    # the same content again under a name a URL would misread: one more input, a duplicate
    fs.put_file(str(picked[-1]), f"{prefix}/divers/compte rendu #2 (été) ?.{picked[-1].suffix.lstrip('.')}")
    return len(picked) + 1


def test_batch_read_from_and_written_to_s3(
    s3: Any, sample_corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from aiguillage.batch import finalize, plan, run_shard
    from aiguillage.storage import set_filesystem_factory

    set_filesystem_factory(None)
    n_inputs = _upload(s3, sample_corpus / "batch", "archives/lot-1")
    monkeypatch.chdir(tmp_path)  # anything written "locally" by mistake would land here
    shards = plan(
        "s3://archives/lot-1",
        "s3://sorties/lot-1",
        "lot-1",
        max_shards=2,
        areas={"public": "s3://publics/lot-1"},
    )
    assert sum(s["documents"] for s in shards) == n_inputs
    for s in shards:
        run_shard("s3://sorties/lot-1", "lot-1", s["shard"])
    summary = finalize("s3://sorties/lot-1", "lot-1")

    assert summary["documents"] == n_inputs
    rows = s3.cat_file("sorties/lot-1/audit/manifest.csv").decode().splitlines()[1:]
    assert len(rows) == n_inputs  # each input exactly once
    assert s3.exists("sorties/lot-1/audit/decisions.head") and s3.exists(
        "sorties/lot-1/audit/manifest.parquet"
    )
    # each content in exactly one route, complete (marker written last)
    placed: dict[str, list[str]] = {}
    for area in ("publics/lot-1", "sorties/lot-1/sovereign", "sorties/lot-1/quarantine"):
        for key in s3.find(area):
            if key.endswith("/.complete"):
                placed.setdefault(key.split("/")[-2], []).append(area)
    assert all(len(v) == 1 for v in placed.values())
    assert len(placed) == summary["unique_contents"]
    assert not s3.exists("sorties/lot-1/public"), "the public area lives in its own bucket"
    assert sum(summary["routes"].values()) == n_inputs
    assert list(tmp_path.iterdir()) == []


def _airflow_env(tmp: Path, endpoint: str) -> dict[str, str]:
    """A private Airflow home: a copy of the migrated metadata DB, our DAGs, one S3 connection
    (endpoint + keys), one archivist account. No AWS variables: the connection must be used."""
    src = ROOT / ".airflow" / "airflow.db"
    if not src.exists():
        pytest.skip("embedded Airflow not initialised (make airflow-init)")
    db = tmp / "airflow.db"
    with sqlite3.connect(src) as a, sqlite3.connect(db) as b:
        a.backup(b)
    (tmp / "passwords.json").write_text(json.dumps({ARCHIVIST: PASSWORD}))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "AIRFLOW", "AIGUILLAGE_"))}
    env.update(
        {
            "AIRFLOW_HOME": str(tmp),
            "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN": f"sqlite:///{db}",
            "AIRFLOW__CORE__DAGS_FOLDER": str(ROOT / "dags"),
            "AIRFLOW__CORE__PLUGINS_FOLDER": str(tmp / "plugins"),
            "AIRFLOW__CORE__LOAD_EXAMPLES": "False",
            "AIRFLOW__CORE__UNIT_TEST_MODE": "False",
            "AIRFLOW__LOGGING__LOGGING_LEVEL": "WARNING",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_USERS": f"{ARCHIVIST}:admin",
            "AIRFLOW__CORE__SIMPLE_AUTH_MANAGER_PASSWORDS_FILE": str(tmp / "passwords.json"),
            "AIRFLOW_CONN_" + CONN_ID.upper(): json.dumps(
                {
                    "conn_type": "aws",
                    "login": "test",
                    "password": "test",
                    "extra": {"endpoint_url": endpoint, "region_name": "us-east-1"},
                }
            ),
            "PYTHONPATH": str(ROOT / "include"),
            "HF_HUB_OFFLINE": "1",
        }
    )
    return env


class Driver:
    """The Airflow child process (tests/integration/airflow_driver.py): imported once, fed commands."""

    def __init__(self, env: dict[str, str]) -> None:
        self.log = Path(env["AIRFLOW_HOME"]) / "driver.log"
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER)],
            env=env,
            cwd=env["AIRFLOW_HOME"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.log.open("wb"),
            text=True,
        )
        self.replies: queue.Queue[Any] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        assert self.next(240) == {"ready": True}

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            if line.startswith("@@ "):
                self.replies.put(json.loads(line[3:]))
        self.replies.put({"error": "driver exited"})

    def next(self, timeout: float = 180) -> Any:
        try:
            return self.replies.get(timeout=timeout)
        except queue.Empty:
            pytest.fail(
                "no answer from the Airflow driver; log tail: " + self.log.read_text(errors="replace")[-4000:]
            )

    def send(self, obj: Any) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(obj) + "\n")
        self.proc.stdin.flush()

    def ask(self, obj: Any, timeout: float = 180) -> Any:
        self.send(obj)
        return self.next(timeout)

    def close(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(10)


@pytest.fixture(scope="module")
def airflow(moto: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Driver]:
    d = Driver(_airflow_env(tmp_path_factory.mktemp("airflow"), moto))
    yield d
    d.close()


def test_inbox_triggers_each_ready_batch_once(s3: Any, airflow: Driver) -> None:
    from aiguillage.inbox import RUN_ID_PREFIX, batch_run_id

    for name in ("lot-a", "lot-b", "lot-en-cours"):
        s3.pipe_file(f"inbox/{name}/courrier.txt", b"Objet : horaires d'ouverture de la mairie.\n")
    for name in ("lot-a", "lot-b"):  # the third is still being deposited: no marker
        s3.pipe_file(f"inbox/{name}/_READY", b"")
    conf = {"inbox": f"s3://{CONN_ID}@inbox", "outbox": f"s3://{CONN_ID}@outbox"}

    first = airflow.ask({"cmd": "inbox", "conf": conf})
    assert first["state"] == "success", first
    assert sorted(
        k for k, v in first["tasks"].items() if k.startswith("trigger_batch[") and v == "success"
    ) == ["trigger_batch[0]", "trigger_batch[1]"], first
    second = airflow.ask({"cmd": "inbox", "conf": conf})  # the next scheduled run: nothing new
    assert second["state"] == "success", second
    # the overlap case: a run that scanned before the first one wrote its ledger
    assert airflow.ask({"cmd": "drop_ledger", "inbox": conf["inbox"]}) == {"dropped": True}
    third = airflow.ask({"cmd": "inbox", "conf": conf})
    assert third["state"] == "success", third
    triggers = {k: v for k, v in third["tasks"].items() if k.startswith("trigger_batch[")}
    assert sorted(triggers.values()) == ["skipped", "skipped"], third  # the database said: already there

    runs = [r for r in airflow.ask({"cmd": "batch_runs"}) if r["run_id"].startswith(RUN_ID_PREFIX)]
    assert sorted(r["run_id"] for r in runs) == sorted([batch_run_id("lot-a"), batch_run_id("lot-b")])
    for r in runs:
        assert r["conf"]["input_dir"].startswith(f"s3://{CONN_ID}@inbox/lot-")
        assert r["conf"]["output_dir"].startswith(f"s3://{CONN_ID}@outbox/lot-")
    assert len(s3.ls("inbox/.aiguillage-ledger")) == 2

    # the triggered run's conf, executed by the real DAG: read from and written to S3 through the
    # Airflow connection (the child process has no AWS variables)
    lot_a = next(r for r in runs if r["run_id"] == batch_run_id("lot-a"))
    done = airflow.ask({"cmd": "batch", "conf": lot_a["conf"]}, timeout=400)
    assert done["state"] == "success", done
    out = lot_a["conf"]["output_dir"].split("@", 1)[1]
    rows = s3.cat_file(f"{out}/audit/manifest.csv").decode().splitlines()
    assert len(rows) == 2 and "courrier.txt" in rows[1]  # header + the one input (_READY is not one)
    assert any(k.endswith("/.complete") for k in s3.find(out))


def _synthetic_output(s3: Any, out: str, batch: str) -> list[str]:
    """A finished batch on S3 with two public documents (release copy, text, neutral metadata) and
    one sovereign one: the gate's input, independent of detection quality."""
    from aiguillage.audit.chain import write_chain
    from aiguillage.records import Route
    from aiguillage.storage import location, set_filesystem_factory
    from aiguillage.store import Store

    set_filesystem_factory(None)
    store = Store(f"s3://{out}")
    records = []
    ids = ["d" + "1" * 19, "d" + "2" * 19, "d" + "3" * 19]
    for i, doc_id in enumerate(ids):
        route = Route.SOVEREIGN if i == 2 else Route.PUBLIC
        files = {
            "text.txt": f"Délibération n°{i} : [PERSONNE_1] est nommé.\n".encode(),
            "meta.json": b'{"format": "pdf"}\n',
        }
        if route is Route.PUBLIC:
            files["release.pdf"] = b"%PDF-1.7\n% release copy\n"
        store.place(route, doc_id, files)
        records.append({"doc_id": doc_id, "route": route.value, "batch": batch})
    with location(f"s3://{out}").staged_folder() as root:
        write_chain(root / "audit" / "decisions.jsonl", records)
        (root / "audit" / "summary.json").write_text(json.dumps({"batch": batch}))
    return ids[:2]


def test_review_gate_holds_then_releases(s3: Any, airflow: Driver) -> None:
    from aiguillage.release import read_reviews
    from aiguillage.storage import set_filesystem_factory

    public_ids = _synthetic_output(s3, "sorties/lot-revu", "lot-revu")
    conf = {
        "output_dir": f"s3://{CONN_ID}@sorties/lot-revu",
        "release_dir": f"s3://{CONN_ID}@release",
        "batch": "lot-revu",
    }
    waiting = airflow.ask({"cmd": "release", "conf": conf})["pending"]
    assert waiting and waiting["task_id"] == "review", waiting
    assert "**2**" in waiting["body"] and "lot-revu" in waiting["subject"]
    assert waiting["options"] == ["Approve", "Reject"]
    # held: nothing published, no decision yet
    assert not s3.exists("release/lot-revu")
    assert not s3.exists("sorties/lot-revu/audit/review.jsonl")

    answered = airflow.ask({"answer": "Approve", "user": ARCHIVIST, "password": PASSWORD})
    assert answered["login"] in (200, 201) and answered["answered"] == 200, answered
    result = airflow.next()
    assert result["state"] == "success" and result["tasks"]["publish"] == "success", result

    published = sorted(k.split("/", 2)[2] for k in s3.find("release/lot-revu"))
    assert published == sorted(
        [f"{d}/{n}" for d in public_ids for n in ("meta.json", "release.pdf", "text.txt")] + ["release.json"]
    )
    set_filesystem_factory(None)
    reviews = read_reviews("s3://sorties/lot-revu")
    assert [r["event"] for r in reviews] == ["review", "published"]
    assert reviews[0]["decision"] == "approved"
    assert reviews[0]["responded_by"]["name"] == ARCHIVIST and reviews[0]["responded_at"]


def test_review_gate_rejection_publishes_nothing(s3: Any, airflow: Driver) -> None:
    from aiguillage.release import read_reviews
    from aiguillage.storage import set_filesystem_factory

    _synthetic_output(s3, "sorties/lot-refuse", "lot-refuse")
    conf = {
        "output_dir": f"s3://{CONN_ID}@sorties/lot-refuse",
        "release_dir": f"s3://{CONN_ID}@release",
        "batch": "lot-refuse",
    }
    assert airflow.ask({"cmd": "release", "conf": conf})["pending"], "no review opened"
    answered = airflow.ask({"answer": "Reject", "user": ARCHIVIST, "password": PASSWORD})
    assert answered["answered"] == 200, answered
    result = airflow.next()
    assert result["tasks"]["publish"] == "skipped", result
    assert not s3.exists("release/lot-refuse")
    assert s3.exists("sorties/lot-refuse/public/" + "d" + "1" * 19 + "/release.pdf")  # stays where it is
    set_filesystem_factory(None)
    reviews = read_reviews("s3://sorties/lot-refuse")
    assert [(r["event"], r["decision"]) for r in reviews] == [("review", "rejected")]
