"""aiguillage_sovereign — the durable sovereign queue: summaries by sovereign tools only.

Scheduled by the asset ``aiguillage_sovereign_queue`` that ``aiguillage_batch`` emits with the
extra ``{output_dir, batch}``. Every task runs on the Celery queue ``sovereign`` (workers on
SecNumCloud hosts) in the pool ``aiguillage_sovereign``, which caps how many run at once
(create it once: ``airflow pools set aiguillage_sovereign 2 "sovereign LLM concurrency"``).

enqueue: every document of ``sovereign/`` enters the ledger as pending (idempotent).
drain ×N: claim pending documents and summarize them with the ``aiguillage_sovereign_llm``
connection, writing ``sovereign/<doc_id>/summary.json``. A timeout or a 5xx is retried with
backoff, then the document goes back to pending; no endpoint configured: they wait. There is no
fallback to the public route. account: ``audit/summaries.json``.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pendulum
from aiguillage.airflow_glue import DEFAULT_ARGS, QUEUE_SOVEREIGN, SOVEREIGN_QUEUE, llm_endpoint
from airflow.sdk import Param, dag, get_current_context, task

POOL = os.environ.get("AIGUILLAGE_SOVEREIGN_POOL", "aiguillage_sovereign")
DRAINERS = int(os.environ.get("AIGUILLAGE_SOVEREIGN_DRAINERS", "2"))


@dag(
    dag_id="aiguillage_sovereign",
    schedule=[SOVEREIGN_QUEUE],
    start_date=pendulum.datetime(2026, 1, 1, tz="Europe/Paris"),
    catchup=False,
    max_active_runs=1,
    tags=["aiguillage", "summaries", "sovereign"],
    default_args={
        **DEFAULT_ARGS,
        "queue": QUEUE_SOVEREIGN,
        "pool": POOL,
        "retry_delay": timedelta(minutes=5),
    },
    doc_md=__doc__,
    params={
        "output_dir": Param(
            None,
            type=["null", "string"],
            title="Dossier de sortie",
            description="Manual run: the output folder whose sovereign queue to drain.",
        )
    },
)
def aiguillage_sovereign() -> None:
    @task(queue=QUEUE_SOVEREIGN, pool=POOL)
    def enqueue() -> list[dict[str, Any]]:
        from aiguillage.summarize.service import run_enqueue_sovereign

        ctx = get_current_context()
        targets: dict[str, str] = {}
        try:
            events = list(ctx["triggering_asset_events"][SOVEREIGN_QUEUE])
        except (KeyError, LookupError):
            events = []
        for ev in events:
            extra = dict(ev.extra or {})
            if extra.get("output_dir"):
                targets[str(extra["output_dir"])] = str(extra.get("batch", ""))
        if ctx["params"].get("output_dir"):
            targets.setdefault(str(ctx["params"]["output_dir"]), "manual")
        return [
            {"output_dir": out, "batch": batch, **run_enqueue_sovereign(out, batch)}
            for out, batch in sorted(targets.items())
        ]

    @task(queue=QUEUE_SOVEREIGN, pool=POOL, execution_timeout=timedelta(hours=2))
    def drain(slot: int, queued: list[dict[str, Any]]) -> dict[str, Any]:
        from aiguillage.summarize.service import run_drain_sovereign

        endpoint = llm_endpoint("sovereign")
        counts: dict[str, Any] = {"slot": slot}
        for q in queued:
            counts[q["output_dir"]] = run_drain_sovereign(q["output_dir"], endpoint)
        waiting = sum(c.get("pending", 0) for c in counts.values() if isinstance(c, dict))
        if waiting:  # transient endpoint failures: the documents stay pending; Airflow retries the drain
            raise RuntimeError(f"{waiting} sovereign documents wait after transient endpoint failures")
        return counts

    @task(queue=QUEUE_SOVEREIGN, pool=POOL, trigger_rule="all_done")  # figures even when a drain failed
    def account(queued: list[dict[str, Any]]) -> dict[str, Any]:
        from aiguillage.summarize.service import run_accounting

        figures = {q["output_dir"]: run_accounting(q["output_dir"]) for q in queued}
        return figures

    queued = enqueue()
    drain.partial(queued=queued).expand(slot=list(range(max(1, DRAINERS)))) >> account(queued)


aiguillage_sovereign()
