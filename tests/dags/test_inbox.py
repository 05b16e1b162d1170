"""The inbox and release DAGs as Airflow parses them: schedule, exactly-once wiring, review gate.

Their behaviour against a real S3 API and a real Airflow run is in tests/integration/test_s3_moto.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dags() -> dict[str, Any]:
    from airflow.dag_processing.dagbag import DagBag

    found: dict[str, Any] = {}
    for name in ("aiguillage_inbox.py", "aiguillage_release.py"):
        bag = DagBag(dag_folder=str(ROOT / "dags" / name))
        assert bag.import_errors == {}
        found.update(bag.dags)
    return found


def test_inbox_is_hourly_by_default_and_never_overlaps_itself(dags: dict[str, Any]) -> None:
    if os.environ.get("AIGUILLAGE_INBOX_SCHEDULE"):
        pytest.skip("schedule overridden in this environment")
    dag = dags["aiguillage_inbox"]
    assert dag.schedule == "@hourly"
    assert dag.max_active_runs == 1 and dag.catchup is False
    assert set(dag.params.keys()) >= {"inbox", "outbox", "public_dir", "sovereign_dir", "policy",
                                      "max_shards"}


def test_inbox_triggers_with_deterministic_run_ids(dags: dict[str, Any]) -> None:
    dag = dags["aiguillage_inbox"]
    assert set(dag.task_dict) == {"find_ready_batches", "trigger_batch", "record_claims"}
    trigger = dag.task_dict["trigger_batch"]
    kw = trigger.partial_kwargs
    assert kw["trigger_dag_id"] == "aiguillage_batch"
    assert kw["skip_when_already_exists"] is True  # a second trigger of one batch is a no-op
    assert kw["logical_date"] is None and kw["wait_for_completion"] is False
    # the run id comes from the scan (one per batch folder), not from a clock
    assert "trigger_run_id" not in kw
    record = dag.task_dict["record_claims"]
    assert record.trigger_rule == "none_failed"  # "already exists" (skipped) still gets recorded
    assert "trigger_batch" in record.upstream_task_ids


def test_inbox_schedule_is_configurable() -> None:
    """``$AIGUILLAGE_INBOX_SCHEDULE`` is read when the file is parsed (one child process, two parses)."""
    code = f"""
import os
from airflow.dag_processing.dagbag import DagBag
for value in ("*/15 * * * *", "none"):
    os.environ["AIGUILLAGE_INBOX_SCHEDULE"] = value
    dag = DagBag(dag_folder={str(ROOT / 'dags' / 'aiguillage_inbox.py')!r}).dags["aiguillage_inbox"]
    print("schedule=" + str(dag.schedule))
"""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "include")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("schedule=")]
    assert lines == ["schedule=*/15 * * * *", "schedule=None"]


def test_release_waits_for_an_archivist(dags: dict[str, Any]) -> None:
    from airflow.providers.standard.operators.hitl import ApprovalOperator

    dag = dags["aiguillage_release"]
    review = dag.task_dict["review"]
    assert isinstance(review, ApprovalOperator)
    assert review.options == ["Approve", "Reject"] and review.defaults is None  # no silent default
    assert review.fail_on_reject is False and review.response_timeout is not None
    publish = dag.task_dict["publish"]
    assert "review" in publish.upstream_task_ids and "prepare" in review.upstream_task_ids
    assert publish.trigger_rule == "all_success"  # a rejection (skip) or a timeout publishes nothing
    assert set(dag.params.keys()) >= {"output_dir", "batch", "release_dir"}
