"""aiguillage_inbox — pick up ready batches where administrations drop them.

Every run lists the inbox (a folder or ``s3://conn_id@bucket/prefix``); each sub-folder carrying
``_READY`` and absent from the inbox ledger triggers one ``aiguillage_batch`` run, with a run id
derived from the folder: a repeated or overlapping inbox run finds the run already there and skips
it (the database's unique (dag_id, run_id) constraint decides, not timing). The claim is then
written to the ledger. Outputs go to ``<outbox>/<batch key>``.

Schedule: ``$AIGUILLAGE_INBOX_SCHEDULE`` (cron or preset, default ``@hourly``; ``none`` for manual
runs only). Locations: the params below, defaulting to ``$AIGUILLAGE_INBOX`` / ``$AIGUILLAGE_OUTBOX``.
"""

from __future__ import annotations

import os
from typing import Any

import pendulum
from aiguillage.airflow_glue import DEFAULT_ARGS, QUEUE_SOVEREIGN
from airflow.providers.standard.operators.trigger_dagrun import TriggerDagRunOperator
from airflow.sdk import Param, dag, get_current_context, task

_SCHEDULE = os.environ.get("AIGUILLAGE_INBOX_SCHEDULE", "@hourly").strip()
SCHEDULE = None if _SCHEDULE.lower() in ("", "none", "manual") else _SCHEDULE


def _env(name: str) -> str | None:
    return os.environ.get(name) or None


@dag(
    dag_id="aiguillage_inbox",
    schedule=SCHEDULE,
    start_date=pendulum.datetime(2026, 1, 1, tz="Europe/Paris"),
    catchup=False,
    max_active_runs=1,  # convenience only: exactly-once comes from the deterministic run ids
    tags=["aiguillage", "inbox"],
    default_args=DEFAULT_ARGS,
    doc_md=__doc__,
    params={
        "inbox": Param(os.environ.get("AIGUILLAGE_INBOX", ""), type="string", title="Boîte de dépôt",
                       description="Folder or URL where batches (folders with _READY) are dropped."),
        "outbox": Param(os.environ.get("AIGUILLAGE_OUTBOX", ""), type="string", title="Sorties",
                        description="Folder or URL under which each batch's output is written."),
        "public_dir": Param(_env("AIGUILLAGE_PUBLIC_DIR"), type=["null", "string"],
                            description="Optional store for public areas (one sub-folder per batch)."),
        "sovereign_dir": Param(_env("AIGUILLAGE_SOVEREIGN_DIR"), type=["null", "string"],
                               description="Optional sovereign store for the sovereign areas."),
        "policy": Param(_env("AIGUILLAGE_POLICY"), type=["null", "string"], title="Politique"),
        "max_shards": Param(32, type="integer", minimum=1, maximum=512),
    },
)
def aiguillage_inbox() -> None:
    @task(queue=QUEUE_SOVEREIGN)
    def find_ready_batches() -> list[dict[str, Any]]:
        """Ready, unclaimed batches as trigger arguments (run id + conf)."""
        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.inbox import batch_conf, scan

        use_airflow_storage()
        p = get_current_context()["params"]
        if not p["inbox"] or not p["outbox"]:
            raise ValueError("aiguillage_inbox needs the params inbox and outbox "
                             "(or $AIGUILLAGE_INBOX / $AIGUILLAGE_OUTBOX)")
        return [
            {"trigger_run_id": b.run_id,
             "conf": batch_conf(b, p["outbox"], p["policy"], p["public_dir"], p["sovereign_dir"],
                                int(p["max_shards"]))}
            for b in scan(p["inbox"])
        ]

    @task(queue=QUEUE_SOVEREIGN)
    def record_claims(found: list[dict[str, Any]]) -> int:
        """Write the ledger once every trigger succeeded or found its run already there."""
        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.inbox import ReadyBatch, batch_key, claim
        from aiguillage.storage import location

        use_airflow_storage()
        inbox = get_current_context()["params"]["inbox"]
        n = 0
        for item in found:
            url = item["conf"]["input_dir"]
            name = location(url).name
            n += claim(inbox, ReadyBatch(name, url, batch_key(name)), item["trigger_run_id"])
        return n

    found = find_ready_batches()
    trigger = TriggerDagRunOperator.partial(
        task_id="trigger_batch",
        trigger_dag_id="aiguillage_batch",
        logical_date=None,  # runs are told apart by run id, never by a clock
        skip_when_already_exists=True,
        wait_for_completion=False,
        openlineage_inject_parent_info=False,
        queue=QUEUE_SOVEREIGN,
    ).expand_kwargs(found)
    trigger >> record_claims.override(trigger_rule="none_failed")(found)


aiguillage_inbox()
