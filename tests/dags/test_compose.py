"""docker-compose.yml, checked without a Docker engine: it parses, and services, queues, volumes,
connections and health checks hold together."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
CONTROL_PLANE = {"api-server", "scheduler", "dag-processor", "triggerer"}
WORKERS = {"worker-public", "worker-sovereign"}


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data = yaml.safe_load((ROOT / "docker-compose.yml").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def _env(svc: dict[str, Any]) -> dict[str, str]:
    env = svc.get("environment", {})
    if isinstance(env, list):
        env = dict(e.split("=", 1) for e in env)
    return {str(k): str(v) for k, v in env.items()}


def _queues(svc: dict[str, Any]) -> set[str]:
    cmd = svc["command"] if isinstance(svc["command"], str) else " ".join(svc["command"])
    m = re.search(r"(?:-q|--queues)\s+(\S+)", cmd)
    assert m, f"worker without -q: {cmd}"
    return set(m.group(1).split(","))


def _mounts(svc: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for v in svc.get("volumes", []):
        if isinstance(v, str):
            src, _, rest = v.partition(":")
            target, _, mode = rest.partition(":")
            out.append({"source": src, "target": target, "read_only": mode == "ro"})
        else:
            out.append(v)
    return out


def test_services_present(compose: dict[str, Any]) -> None:
    assert {"postgres", "redis", "airflow-init"} | CONTROL_PLANE | WORKERS <= set(compose["services"])


def test_every_long_running_service_has_a_health_check(compose: dict[str, Any]) -> None:
    for name, svc in compose["services"].items():
        if name == "airflow-init":
            continue
        hc = svc.get("healthcheck")
        assert hc and hc.get("test"), f"{name} has no health check"
        assert {"interval", "timeout", "retries"} <= set(hc), name


def test_depends_on_waits_for_healthy_services(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name in CONTROL_PLANE | WORKERS:
        deps = services[name]["depends_on"]
        assert deps["postgres"]["condition"] == "service_healthy"
        assert deps["redis"]["condition"] == "service_healthy"
        assert deps["airflow-init"]["condition"] == "service_completed_successfully"
        for dep in deps:
            assert dep in services, f"{name} depends on unknown {dep}"


def test_celery_configuration_is_shared(compose: dict[str, Any]) -> None:
    services = compose["services"]
    envs = {n: _env(services[n]) for n in CONTROL_PLANE | WORKERS | {"airflow-init"}}
    for key in (
        "AIRFLOW__CORE__EXECUTOR",
        "AIRFLOW__CELERY__BROKER_URL",
        "AIRFLOW__DATABASE__SQL_ALCHEMY_CONN",
        "AIRFLOW__API_AUTH__JWT_SECRET",
        "AIRFLOW__CORE__EXECUTION_API_SERVER_URL",
        "AIGUILLAGE_LEDGER_URL",
    ):
        values = {n: e.get(key) for n, e in envs.items()}
        assert len(set(values.values())) == 1 and None not in values.values(), (key, values)
    env = envs["scheduler"]
    assert env["AIRFLOW__CORE__EXECUTOR"] == "CeleryExecutor"
    assert env["AIRFLOW__CELERY__BROKER_URL"].startswith("redis://redis:")
    assert "@postgres:5432/" in env["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert env["AIRFLOW__CORE__EXECUTION_API_SERVER_URL"].startswith("http://api-server:")
    # SQLAlchemy 2.1 picks psycopg 3 for a bare postgresql://, which is not installed: name the driver
    assert env["AIRFLOW__CELERY__RESULT_BACKEND"].startswith("db+postgresql+psycopg2://")


def test_worker_queues_match_the_dags(compose: dict[str, Any]) -> None:
    glue = (ROOT / "include" / "aiguillage" / "airflow_glue.py").read_text("utf-8")  # no Airflow import: fast
    QUEUE_PUBLIC = re.search(r'QUEUE_PUBLIC = .*"AIGUILLAGE_QUEUE_PUBLIC", "(\w+)"', glue).group(1)  # type: ignore[union-attr]
    QUEUE_SOVEREIGN = re.search(r'QUEUE_SOVEREIGN = .*"AIGUILLAGE_QUEUE_SOVEREIGN", "(\w+)"', glue).group(1)  # type: ignore[union-attr]
    services = compose["services"]
    assert _queues(services["worker-sovereign"]) == {QUEUE_SOVEREIGN}
    assert _queues(services["worker-public"]) == {"default", QUEUE_PUBLIC}
    assert services["worker-sovereign"]["hostname"] != services["worker-public"]["hostname"]
    for n in WORKERS:
        env = _env(services[n])
        assert env["AIGUILLAGE_QUEUE_PUBLIC"] == QUEUE_PUBLIC
        assert env["AIGUILLAGE_QUEUE_SOVEREIGN"] == QUEUE_SOVEREIGN


def test_each_connection_only_where_it_is_used(compose: dict[str, Any]) -> None:
    services = compose["services"]
    for name, svc in services.items():
        env = _env(svc)
        has_public = "AIRFLOW_CONN_AIGUILLAGE_PUBLIC_LLM" in env
        has_sovereign = "AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM" in env
        assert has_public == (name == "worker-public"), name
        assert has_sovereign == (name == "worker-sovereign"), name
    assert _env(services["worker-sovereign"])["AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM"].startswith(
        "${AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM"
    )


def test_volumes_keep_sovereign_data_on_sovereign_workers(compose: dict[str, Any]) -> None:
    services = compose["services"]
    declared = set(compose["volumes"])
    for name, svc in services.items():
        for m in _mounts(svc):
            if m.get("type", "volume") == "volume":
                assert m["source"] in declared, f"{name} mounts undeclared volume {m['source']}"
    sov = {m["target"]: m for m in _mounts(services["worker-sovereign"])}
    assert sov["/data/in"]["source"] == "aiguillage-input" and sov["/data/in"]["read_only"]
    assert sov["/data/out"]["source"] == "aiguillage-output"
    pub = _mounts(services["worker-public"])
    assert {m["target"] for m in pub} == {"/data/out/public", "/data/out/audit"}
    assert all(
        m["source"] == "aiguillage-output" and m["volume"]["subpath"] in ("public", "audit") for m in pub
    )
    for name in CONTROL_PLANE | {"postgres", "redis"}:
        sources = {m["source"] for m in _mounts(services[name])}
        assert not sources & {"aiguillage-input", "aiguillage-output"}, f"{name} must not mount documents"


def test_init_creates_pool_and_areas(compose: dict[str, Any]) -> None:
    init = compose["services"]["airflow-init"]
    script = " ".join(init["command"]) if isinstance(init["command"], list) else init["command"]
    assert "airflow db migrate" in script
    assert "airflow pools set aiguillage_sovereign" in script
    for area in ("public", "sovereign", "quarantine", "audit"):
        assert f"/data/out/{area}" in script
    assert init["restart"] == "no"


def test_secrets_are_not_in_the_file(compose: dict[str, Any]) -> None:
    text = (ROOT / "docker-compose.yml").read_text("utf-8")
    for key in ("AIRFLOW__API_AUTH__JWT_SECRET", "AIRFLOW__CORE__FERNET_KEY", "POSTGRES_PASSWORD"):
        for m in re.finditer(rf"^\s*{key}:\s*(\S+)", text, re.M):
            assert m.group(1).startswith("${"), f"{key} is hard-coded"
