"""Drive the real Airflow for the object-storage tests: a child process with its own metadata DB,
imported once and fed JSON commands on stdin (one per line); answers are stdout lines ``@@ {json}``.

    {"cmd": "inbox", "conf": {...}}                 run aiguillage_inbox once (dag.test)
    {"cmd": "batch", "conf": {...}}                 run aiguillage_batch once (dag.test)
    {"cmd": "drop_ledger", "inbox": URL}            forget the inbox ledger (simulates an overlap)
    {"cmd": "batch_runs"}                           runs of aiguillage_batch (run_id, conf)
    {"cmd": "release", "conf": {...}}               run aiguillage_release; when the review opens,
                                                    answer ``@@ {"pending": ...}`` and wait for
    {"answer": OPTION, "user": U, "password": P}    which is sent to the Core REST API as that
                                                    user (log in, PATCH the HITL detail)

The environment (AIRFLOW_HOME, database, connection, users) is set by the test.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from typing import Any

_out_lock = threading.Lock()


def reply(obj: Any) -> None:
    with _out_lock:
        sys.__stdout__.write("@@ " + json.dumps(obj, default=str) + "\n")  # type: ignore[union-attr]
        sys.__stdout__.flush()  # type: ignore[union-attr]


def _bag() -> Any:
    from airflow.dag_processing.dagbag import DagBag, sync_bag_to_db

    bag = DagBag(dag_folder=os.environ["AIRFLOW__CORE__DAGS_FOLDER"])
    assert not bag.import_errors, bag.import_errors
    sync_bag_to_db(bag, "dags-folder", None)
    return bag


def _states(dag_id: str, run_id: str) -> dict[str, Any]:
    from airflow.models import DagRun
    from airflow.utils.session import create_session

    with create_session() as session:
        run = session.query(DagRun).filter_by(dag_id=dag_id, run_id=run_id).one()
        tasks = {
            ti.task_id + (f"[{ti.map_index}]" if ti.map_index >= 0 else ""): str(ti.state)
            for ti in run.get_task_instances(session=session)
        }
        return {"run_id": run_id, "state": str(run.state), "tasks": tasks}


def _pending() -> list[dict[str, Any]]:
    from airflow.models.hitl import HITLDetail
    from airflow.models.taskinstance import TaskInstance
    from airflow.utils.session import create_session

    with create_session() as session:
        rows = (
            session.query(HITLDetail, TaskInstance)
            .join(TaskInstance, HITLDetail.ti_id == TaskInstance.id)
            .filter(HITLDetail.responded_at.is_(None), TaskInstance.state == "awaiting_input")
            .all()
        )
        return [
            {
                "dag_id": ti.dag_id,
                "run_id": ti.run_id,
                "task_id": ti.task_id,
                "map_index": ti.map_index,
                "subject": d.subject,
                "body": d.body,
                "options": d.options,
            }
            for d, ti in rows
        ]


class Reviewer(threading.Thread):
    """The archivist: waits for the review to open, tells the test, then answers as the test says,
    through the Core REST API (the same calls as the UI's Required Actions page)."""

    def __init__(self, client: Any) -> None:
        super().__init__(daemon=True)
        self.client = client
        self.error: str | None = None

    def run(self) -> None:
        try:
            deadline = time.monotonic() + 180
            while not (found := _pending()):
                if time.monotonic() > deadline:
                    reply({"pending": None})
                    return
                time.sleep(0.5)
            p = found[0]
            reply({"pending": p})
            order = json.loads(sys.stdin.readline())
            tok = self.client.post(
                "/auth/token", json={"username": order["user"], "password": order["password"]}
            )
            headers = {"Authorization": f"Bearer {tok.json().get('access_token', '')}"}
            url = (
                f"/api/v2/dags/{p['dag_id']}/dagRuns/{p['run_id']}/taskInstances/{p['task_id']}/"
                f"{p['map_index']}/hitlDetails"
            )
            r = self.client.patch(
                url, json={"chosen_options": [order["answer"]], "params_input": {}}, headers=headers
            )
            reply({"answered": r.status_code, "login": tok.status_code, "body": r.json()})
        except Exception as exc:  # reported to the test, which fails with it
            self.error = repr(exc)
            reply({"pending": None, "error": self.error})


def main() -> None:
    bag = _bag()
    client = None
    reply({"ready": True})
    while line := sys.stdin.readline():
        if not line.strip():
            continue
        cmd = json.loads(line)
        try:
            if cmd["cmd"] in ("inbox", "batch"):
                dag_id = f"aiguillage_{cmd['cmd']}"
                dr = bag.dags[dag_id].test(run_conf=cmd["conf"])
                reply(_states(dag_id, dr.run_id))
            elif cmd["cmd"] == "drop_ledger":
                from aiguillage.airflow_glue import use_airflow_storage
                from aiguillage.inbox import LEDGER_DIR
                from aiguillage.storage import location

                use_airflow_storage()
                (location(cmd["inbox"]) / LEDGER_DIR).remove()
                reply({"dropped": True})
            elif cmd["cmd"] == "batch_runs":
                from airflow.models import DagRun
                from airflow.utils.session import create_session

                with create_session() as session:
                    runs = session.query(DagRun).filter_by(dag_id="aiguillage_batch").all()
                    reply([{"run_id": r.run_id, "conf": r.conf} for r in runs])
            elif cmd["cmd"] == "release":
                if client is None:
                    from airflow.api_fastapi.app import create_app
                    from fastapi.testclient import TestClient

                    client = TestClient(create_app(apps="core"))
                reviewer = Reviewer(client)
                reviewer.start()
                dr = bag.dags["aiguillage_release"].test(run_conf=cmd["conf"])
                reviewer.join(10)
                reply(_states("aiguillage_release", dr.run_id))
            else:
                reply({"error": f"unknown command {cmd['cmd']}"})
        except Exception as exc:
            reply({"error": repr(exc)})


if __name__ == "__main__":
    main()
