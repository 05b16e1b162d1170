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
