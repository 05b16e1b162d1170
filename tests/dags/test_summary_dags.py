"""The summary DAGs: scheduled by the batch's Assets, every task on its route's queue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def dags() -> dict[str, Any]:
    from airflow.dag_processing.dagbag import DagBag

    found: dict[str, Any] = {}
    for name in ("aiguillage_public_summaries.py", "aiguillage_sovereign.py"):
        bag = DagBag(dag_folder=str(ROOT / "dags" / name))
        assert bag.import_errors == {}
        found.update(bag.dags)
    return found


def test_scheduled_by_the_batch_assets(dags: dict[str, Any]) -> None:
    from aiguillage.airflow_glue import PUBLIC_OUTPUT, SOVEREIGN_QUEUE

    def assets(dag_id: str) -> set[str]:
        return {a.name for a in dags[dag_id].timetable.asset_condition.objects}

    assert assets("aiguillage_public_summaries") == {PUBLIC_OUTPUT.name}
    assert assets("aiguillage_sovereign") == {SOVEREIGN_QUEUE.name}


def test_every_task_on_its_route_queue(dags: dict[str, Any]) -> None:
    from aiguillage.airflow_glue import QUEUE_PUBLIC, QUEUE_SOVEREIGN

    for task in dags["aiguillage_public_summaries"].tasks:
        assert task.queue == QUEUE_PUBLIC, task.task_id
    for task in dags["aiguillage_sovereign"].tasks:
        assert task.queue == QUEUE_SOVEREIGN, task.task_id
        assert task.pool == "aiguillage_sovereign", task.task_id
    assert {"plan", "summarize", "account"} <= set(dags["aiguillage_public_summaries"].task_dict)
    assert {"enqueue", "drain", "account"} <= set(dags["aiguillage_sovereign"].task_dict)
