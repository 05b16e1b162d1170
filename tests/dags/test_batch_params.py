"""aiguillage_batch validates its params in its first task: a user error fails the run at once,
without the retries meant for transient failures, and nothing is written to the output."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def batch_dag() -> object:
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(ROOT / "dags" / "aiguillage_batch.py")).dags["aiguillage_batch"]


def _inside(tmp: Path) -> dict[str, object]:
    inp = tmp / "in"
    inp.mkdir()
    (inp / "note.txt").write_text("Compte rendu de réunion.\n", "utf-8")
    return {"input_dir": str(inp), "output_dir": str(inp / "out")}


def _missing(tmp: Path) -> dict[str, object]:
    return {"input_dir": str(tmp / "nope"), "output_dir": str(tmp / "out")}


def _policy(tmp: Path) -> dict[str, object]:
    inp = tmp / "in"
    inp.mkdir()
    (inp / "note.txt").write_text("Compte rendu de réunion.\n", "utf-8")
    return {"input_dir": str(inp), "output_dir": str(tmp / "out"), "policy": str(tmp / "absent.yaml")}


@pytest.mark.slow
@pytest.mark.parametrize("conf", [_inside, _missing, _policy], ids=["output inside input", "missing input",
                                                                     "missing policy"])
def test_a_user_error_fails_the_first_task_without_retries(batch_dag: object, tmp_path: Path,
                                                           conf: object) -> None:
    from airflow.utils.state import DagRunState, TaskInstanceState

    params = {"policy": None, "max_shards": 2, **conf(tmp_path)}  # type: ignore[operator]
    run = batch_dag.test(run_conf=params)  # type: ignore[attr-defined]
    assert run.state == DagRunState.FAILED
    plan = next(ti for ti in run.get_task_instances() if ti.task_id == "plan_shards")
    assert plan.state == TaskInstanceState.FAILED
    assert plan.try_number <= 1  # failed on its first try: no retry 30 s later (retries=2 by default)
    out = Path(str(params["output_dir"]))
    assert not out.exists()
