"""aiguillage_release — an archivist approves a batch's public release before it is published.

prepare (freeze the candidate: every release copy and text with its sha256, one digest) →
review (Airflow's human-in-the-loop ``ApprovalOperator``: "Approve" / "Reject" in the UI's
Required Actions; the decision, who and when are written to ``OUT/audit/review.jsonl`` before
anything else happens) → publish (only after an approval recorded in the audit for that very
digest; files re-checked against the digest; ``release.json`` written last).

A rejection skips ``publish``: the batch stays in ``OUT/public/`` and nothing is copied. Without a
response nothing is published either (``$AIGUILLAGE_REVIEW_TIMEOUT_H``, default 168 h, then the
review fails). A separate DAG rather than tasks of ``aiguillage_batch``: a review may wait days,
and the batch run (its audit, its assets) must finish without waiting for a person.

Runs on demand (params), or after every batch when ``$AIGUILLAGE_RELEASE_DIR`` is set (scheduled on
the public-output asset, whose event names the output and the batch).
"""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Any

import pendulum
from aiguillage.airflow_glue import DEFAULT_ARGS, PUBLIC_OUTPUT, QUEUE_PUBLIC
from airflow.providers.standard.operators.hitl import ApprovalOperator, HITLOperator
from airflow.sdk import Param, dag, get_current_context, task

RELEASE_DIR = os.environ.get("AIGUILLAGE_RELEASE_DIR") or None
REVIEW_TIMEOUT = timedelta(hours=float(os.environ.get("AIGUILLAGE_REVIEW_TIMEOUT_H", "168")))


def _archivists() -> list[Any] | None:
    """``$AIGUILLAGE_ARCHIVISTS`` = ``id:name,id:name``: only they may answer (None: any reviewer
    the auth manager allows)."""
    raw = os.environ.get("AIGUILLAGE_ARCHIVISTS", "").strip()
    if not raw:
        return None
    users = []
    for item in raw.split(","):
        uid, _, name = item.strip().partition(":")
        users.append({"id": uid, "name": name or uid})
    return users


class ReleaseApproval(ApprovalOperator):
    """``ApprovalOperator`` that writes the decision to the batch's audit when the archivist
    answers — before downstream tasks run, and whatever the answer. If the audit cannot be
    written the task fails and nothing is published."""

    def execute_complete(self, context: Any, event: dict[str, Any]) -> Any:
        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.release import record_review

        # Validate the answer (a timeout or an invalid option raises here: nothing recorded, nothing
        # published), record it, and only then let ApprovalOperator skip or continue: on "Reject"
        # its skip ends the task by raising, so recording afterwards would never happen.
        answer = HITLOperator.execute_complete(self, context=context, event=event)
        use_airflow_storage()
        cand = context["ti"].xcom_pull(task_ids="prepare")
        record_review(cand["output_dir"], cand["batch"], cand["digest"],
                      approved=list(answer["chosen_options"]) == [self.APPROVE],
                      responded_by=answer["responded_by_user"], responded_at=answer["responded_at"],
                      release_dir=cand["release_dir"], documents=cand["documents"])
        return super().execute_complete(context=context, event=event)


@dag(
    dag_id="aiguillage_release",
    schedule=[PUBLIC_OUTPUT] if RELEASE_DIR else None,
    start_date=pendulum.datetime(2026, 1, 1, tz="Europe/Paris"),
    catchup=False,
    tags=["aiguillage", "release", "review"],
    default_args=DEFAULT_ARGS,
    doc_md=__doc__,
    params={
        "output_dir": Param(None, type=["null", "string"], title="Sortie du lot",
                            description="Output of the batch (path or URL); empty: from the asset event."),
        "batch": Param(None, type=["null", "string"], title="Lot",
                       description="Batch key; empty: the last audited batch of the output."),
        "release_dir": Param(RELEASE_DIR, type=["null", "string"], title="Publication",
                             description="Where approved releases are published (path or URL)."),
    },
)
def aiguillage_release() -> None:
    @task(queue=QUEUE_PUBLIC)
    def prepare() -> dict[str, Any]:
        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.release import prepare as prepare_candidate

        use_airflow_storage()
        ctx = get_current_context()
        p = ctx["params"]
        output_dir, batch = p["output_dir"], p["batch"]
        if not output_dir:  # scheduled by the public-output asset: the event names the batch
            events = [e for evs in ctx["triggering_asset_events"].values() for e in evs]
            if not events:
                raise ValueError("no output_dir given and no triggering asset event")
            output_dir, batch = events[-1].extra["output_dir"], events[-1].extra["batch"]
        if not p["release_dir"]:
            raise ValueError("release_dir is required (param or $AIGUILLAGE_RELEASE_DIR)")
        cand = prepare_candidate(output_dir, batch)
        return {**cand, "output_dir": output_dir, "release_dir": p["release_dir"]}

    review = ReleaseApproval(
        task_id="review",
        subject="Publier le lot {{ ti.xcom_pull(task_ids='prepare')['batch'] }} ?",
        body=(
            "**{{ ti.xcom_pull(task_ids='prepare')['documents'] }}** documents publics vérifiés "
            "({{ ti.xcom_pull(task_ids='prepare')['files'] }} fichiers : copies de publication, textes, "
            "métadonnées neutres).\n\n"
            "Sortie : `{{ ti.xcom_pull(task_ids='prepare')['output_dir'] }}/public/`  \n"
            "Destination : `{{ ti.xcom_pull(task_ids='prepare')['release_dir'] }}`  \n"
            "Empreinte du lot : `{{ ti.xcom_pull(task_ids='prepare')['digest'] }}`\n\n"
            "Approuver publie exactement ces fichiers ; rejeter laisse le lot où il est. "
            "La décision est inscrite dans l'audit (`audit/review.jsonl`)."
        ),
        assigned_users=_archivists(),
        response_timeout=REVIEW_TIMEOUT,
        queue=QUEUE_PUBLIC,
    )

    @task(queue=QUEUE_PUBLIC)
    def publish(cand: dict[str, Any]) -> dict[str, Any]:
        from aiguillage.airflow_glue import use_airflow_storage
        from aiguillage.release import publish as publish_release

        use_airflow_storage()
        return publish_release(cand["output_dir"], cand["release_dir"], cand["batch"], cand["digest"])

    cand = prepare()
    cand >> review >> publish(cand)


aiguillage_release()
