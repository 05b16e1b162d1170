"""The only library module that imports Airflow: Assets and small helpers shared by the DAGs.

Light at import time (``airflow.sdk`` only): DAG files import this at parse time.
"""

from __future__ import annotations

import os
import re
from typing import Any

from airflow.sdk import Asset

PUBLIC_OUTPUT = Asset(name="aiguillage_public", uri="aiguillage://routes/public")
SOVEREIGN_QUEUE = Asset(name="aiguillage_sovereign_queue", uri="aiguillage://routes/sovereign")

# Celery queues. Raw documents (extraction, detection, the sovereign queue) are sovereign work;
# only verified public outputs are handled on the public queue. LocalExecutor ignores queues.
QUEUE_SOVEREIGN = os.environ.get("AIGUILLAGE_QUEUE_SOVEREIGN", "sovereign")
QUEUE_PUBLIC = os.environ.get("AIGUILLAGE_QUEUE_PUBLIC", "public")

DEFAULT_ARGS = {"owner": "aiguillage", "retries": 2}


def batch_key(run_id: str) -> str:
    """A filesystem-safe batch key from an Airflow run id."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", run_id)[:120]


def use_airflow_storage() -> None:
    """Resolve ``s3://conn_id@bucket/prefix`` locations through Airflow's ``ObjectStoragePath``: the
    endpoint and credentials come from the Airflow connection ``conn_id`` (or the environment when
    the URL names none). Called at the start of every task that reads or writes a location."""
    from airflow.sdk import ObjectStoragePath

    from aiguillage.storage import set_filesystem_factory

    def factory(url: str) -> Any:
        return ObjectStoragePath(url).fs

    set_filesystem_factory(factory)


def llm_endpoint(route: str) -> Any:
    """The route's LLM endpoint from its Airflow Connection, or None when it is not defined
    (no connection: public summaries use the embedded summarizer, sovereign documents wait)."""
    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException

    from aiguillage.records import Route
    from aiguillage.summarize.openai_chat import CONN_IDS, endpoint_from_connection

    r = Route(route)
    try:
        conn = Connection.get(CONN_IDS[r])
    except AirflowNotFoundException:
        return None
    return endpoint_from_connection(
        r,
        CONN_IDS[r],
        conn_type=conn.conn_type,
        host=conn.host,
        schema=conn.schema,
        login=conn.login,
        password=conn.password,
        port=conn.port,
        extra=conn.extra_dejson,
    )


def connection_fields(conn_id: str) -> dict[str, Any] | None:
    """An Airflow Connection's fields, or None when it is not defined: how library code that must not
    import Airflow reads a connection (the batch's second opinion, ``aiguillage_sovereign_llm``)."""
    from airflow.sdk import Connection
    from airflow.sdk.exceptions import AirflowNotFoundException

    try:
        conn = Connection.get(conn_id)
    except AirflowNotFoundException:
        return None
    return {"conn_type": conn.conn_type, "host": conn.host, "schema": conn.schema, "login": conn.login,
            "password": conn.password, "port": conn.port, "extra": conn.extra_dejson}
