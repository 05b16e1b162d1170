"""aiguillage_batch — route a folder of administrative documents to public, sovereign or quarantine.

plan (ingest, hash, sniff, shard) → process_shard × N (extract, detect, classify, anonymize,
verify, store) → audit (manifest, chained decisions, report). XCom carries ids and counts only.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pendulum
from aiguillage.airflow_glue import DEFAULT_ARGS, PUBLIC_OUTPUT, QUEUE_SOVEREIGN, SOVEREIGN_QUEUE, batch_key
from airflow.sdk import Param, dag, get_current_context, task


@dag(
    dag_id="aiguillage_batch",
    schedule=None,
    start_date=pendulum.datetime(2026, 1, 1, tz="Europe/Paris"),
    catchup=False,
    max_active_runs=4,
    tags=["aiguillage", "routing"],
    default_args={**DEFAULT_ARGS, "retry_delay": timedelta(seconds=30)},
    doc_md=__doc__,
    params={
        "input_dir": Param("", type="string", minLength=1, title="Dossier d'entrée",
                           description="Folder (or URL) of the batch to route."),
        "output_dir": Param("", type="string", minLength=1, title="Dossier de sortie",
                            description="Where public/, sovereign/, quarantine/ and audit/ are written."),
        "public_dir": Param(None, type=["null", "string"], title="Zone publique",
                            description="Where public/ lives if not under the output (e.g. s3://conn@bucket/p)."),
        "sovereign_dir": Param(None, type=["null", "string"], title="Zone souveraine",
                               description="Where sovereign/ lives if not under the output."),
        "policy": Param(None, type=["null", "string"], title="Politique",
                        description="Path of a policy YAML; empty for the policy shipped with Aiguillage."),
        "max_shards": Param(32, type="integer", minimum=1, maximum=512,
                            description="Upper bound on parallel shards (mapped tasks)."),
    },
)
def aiguillage_batch() -> None:
    @task(queue=QUEUE_SOVEREIGN)
    def plan_shards() -> list[dict[str, Any]]:
        """Validate the params first: a user error (missing input, output inside the input, a
        policy file that does not exist) fails the run at once, without retries."""
        from pathlib import Path

        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.batch import plan
        from aiguillage.ingest import UserError
        from airflow.sdk.exceptions import AirflowFailException

        use_airflow_storage()
        ctx = get_current_context()
        p = ctx["params"]
        areas = {"public": p.get("public_dir"), "sovereign": p.get("sovereign_dir")}
        try:
            if p.get("policy") and not Path(p["policy"]).is_file():
                raise UserError(f"policy file not found: {p['policy']} — give the path of a policy YAML or "
                                "leave it empty")
            return plan(p["input_dir"], p["output_dir"], batch_key(ctx["run_id"]),
                        max_shards=int(p["max_shards"]), areas=areas)
        except UserError as exc:
            raise AirflowFailException(str(exc)) from None

    @task(queue=QUEUE_SOVEREIGN, map_index_template="shard {{ shard_label }}",
          execution_timeout=timedelta(hours=2))
    def process_shard(shard: dict[str, Any]) -> dict[str, int]:
        from aiguillage.airflow_glue import connection_fields, use_airflow_storage
        from aiguillage.batch import run_shard

        use_airflow_storage()
        ctx = get_current_context()
        ctx["shard_label"] = f"{shard['shard']} ({shard['documents']} docs)"  # type: ignore[typeddict-unknown-key]
        p = ctx["params"]
        return run_shard(p["output_dir"], shard["batch"], shard["shard"], p["policy"] or None,
                         connection=connection_fields)

    @task(queue=QUEUE_SOVEREIGN, outlets=[PUBLIC_OUTPUT, SOVEREIGN_QUEUE])
    def audit(counts: list[dict[str, int]]) -> dict[str, Any]:
        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.batch import finalize

        use_airflow_storage()
        ctx = get_current_context()
        p = ctx["params"]
        summary = finalize(p["output_dir"], batch_key(ctx["run_id"]), p["policy"] or None)
        extra = {"output_dir": p["output_dir"], "batch": summary["batch"]}
        ctx["outlet_events"][PUBLIC_OUTPUT].extra = {**extra, "documents": summary["routes"]["public"]}
        ctx["outlet_events"][SOVEREIGN_QUEUE].extra = {**extra, "documents": summary["routes"]["sovereign"]}
        return {k: summary[k] for k in ("batch", "documents", "routes", "pages", "chars")}

    audit(process_shard.expand(shard=plan_shards()))


aiguillage_batch()
