"""Airflow's documented local-settings hook, used by the embedded ``make batch`` run only.

Airflow imports ``airflow_local_settings`` from its path when it initialises its settings, in
every ``airflow`` process. Here it does nothing unless ``AIGUILLAGE_PRELOAD_MODELS=1`` is in the
environment, which :mod:`aiguillage.airflow_run` sets for ``airflow dags test`` alone: then the
detection models are loaded before the LocalExecutor forks its workers (Linux), and every shard
task starts with them in shared copy-on-write memory instead of loading its own copy (a few
seconds of CPU each). A load failure is left to the tasks, where each document fails closed.
"""

from __future__ import annotations

import os

if os.environ.get("AIGUILLAGE_PRELOAD_MODELS") == "1":
    from aiguillage.airflow_run import preload_models

    preload_models()
