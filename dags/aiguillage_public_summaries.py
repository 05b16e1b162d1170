"""aiguillage_public_summaries — summarize the verified public documents of a batch.

Scheduled by the asset ``aiguillage_public`` that ``aiguillage_batch`` emits with the extra
``{output_dir, batch}``. Every task runs on the Celery queue ``public``: it reads only
``public/<doc_id>/`` through the routing guard (re-verified text), summarizes with the
``aiguillage_public_llm`` connection or, without it, the embedded extractive summarizer,
re-scans each summary for personal data and writes ``public/<doc_id>/summary.json`` only if clean.
Tokens, calls and energy go to ``audit/summaries.json``. XCom carries doc ids and counts only.
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pendulum
from aiguillage.airflow_glue import DEFAULT_ARGS, PUBLIC_OUTPUT, QUEUE_PUBLIC, llm_endpoint
from airflow.sdk import Param, dag, get_current_context, task

PARALLEL_CHUNKS = int(os.environ.get("AIGUILLAGE_SUMMARY_CHUNKS", "4"))


def _targets(asset: Any) -> list[dict[str, str]]:
    """(output_dir, batch) of the triggering asset events, or of the manual params."""
    ctx = get_current_context()
    found: dict[str, dict[str, str]] = {}
    try:
        events = list(ctx["triggering_asset_events"][asset])
    except (KeyError, LookupError):
        events = []
    for ev in events:
        extra = dict(ev.extra or {})
        if extra.get("output_dir"):
            found[str(extra["output_dir"])] = {
                "output_dir": str(extra["output_dir"]),
                "batch": str(extra.get("batch", "")),
            }
    manual = ctx["params"].get("output_dir")
    if manual:
        found.setdefault(str(manual), {"output_dir": str(manual), "batch": "manual"})
    return list(found.values())


@dag(
    dag_id="aiguillage_public_summaries",
    schedule=[PUBLIC_OUTPUT],
    start_date=pendulum.datetime(2026, 1, 1, tz="Europe/Paris"),
    catchup=False,
    max_active_runs=1,
    tags=["aiguillage", "summaries", "public"],
    default_args={**DEFAULT_ARGS, "queue": QUEUE_PUBLIC, "retry_delay": timedelta(minutes=2)},
    doc_md=__doc__,
    params={
        "output_dir": Param(
            None,
            type=["null", "string"],
            title="Dossier de sortie",
            description="Manual run: the output folder whose public/ to summarize.",
        )
    },
)
def aiguillage_public_summaries() -> None:
    @task(queue=QUEUE_PUBLIC)
    def plan() -> list[dict[str, Any]]:
        from aiguillage.records import Route
        from aiguillage.summarize.service import chunks, route_documents

        work: list[dict[str, Any]] = []
        for t in _targets(PUBLIC_OUTPUT):
            ids = route_documents(t["output_dir"], Route.PUBLIC)
            work += [{**t, "doc_ids": part} for part in chunks(ids, PARALLEL_CHUNKS)]
        return work

    @task(
        queue=QUEUE_PUBLIC,
        map_index_template="{{ task.op_kwargs['chunk']['doc_ids'] | length }} docs",
        execution_timeout=timedelta(hours=2),
    )
    def summarize(chunk: dict[str, Any]) -> dict[str, int]:
        from aiguillage.summarize.service import run_public

        counts = run_public(chunk["output_dir"], chunk["doc_ids"], llm_endpoint("public"), chunk["batch"])
        if counts.get("pending"):  # the endpoint failed after its own retries: let Airflow retry later
            raise RuntimeError(f"{counts['pending']} summaries wait after transient endpoint failures")
        return counts

    @task(queue=QUEUE_PUBLIC, trigger_rule="all_done")  # figures even when a chunk failed
    def account(work: list[dict[str, Any]]) -> dict[str, Any]:
        from aiguillage.summarize.service import run_accounting

        done: dict[str, Any] = {}
        for out in sorted({w["output_dir"] for w in work}):
            done[out] = run_accounting(out)
        return done

    work = plan()
    summarize.expand(chunk=work) >> account(work)


aiguillage_public_summaries()
