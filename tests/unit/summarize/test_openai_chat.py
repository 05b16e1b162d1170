"""The OpenAI-compatible backend without a server: connections, prompts, references, rate limit."""

from __future__ import annotations

import json

import pytest
from aiguillage.records import Route
from aiguillage.summarize.base import PermanentSummaryError, split_passages
from aiguillage.summarize.openai_chat import (
    RateLimiter,
    endpoint_from_connection,
    endpoint_from_env,
    endpoint_from_value,
    numbered_passages,
    overlap_references,
    parse_references,
)


def test_endpoint_from_json_connection() -> None:
    value = json.dumps(
        {
            "conn_type": "http",
            "host": "https://albert.api.etalab.gouv.fr/v1",
            "password": "secret",
            "extra": {"model": "albert-large", "model_class": "medium", "rpm": 30, "timeout": 20},
        }
    )
    ep = endpoint_from_value(Route.SOVEREIGN, "aiguillage_sovereign_llm", value)
    assert ep.base_url == "https://albert.api.etalab.gouv.fr/v1"
    assert ep.model == "albert-large" and ep.model_class == "medium"
    assert ep.requests_per_minute == 30 and ep.timeout_s == 20 and ep.route is Route.SOVEREIGN
    assert ep.api_key == "secret" and "secret" not in repr(ep)


def test_endpoint_from_uri_connection() -> None:
    ep = endpoint_from_value(
        Route.PUBLIC,
        "aiguillage_public_llm",
        "http://:k%2Fey@127.0.0.1:8000/v1?model=small-model&max_retries=4",
    )
    assert ep.base_url == "http://127.0.0.1:8000/v1" and ep.api_key == "k/ey"
    assert ep.model == "small-model" and ep.max_retries == 4


def test_endpoint_needs_a_model() -> None:
    with pytest.raises(PermanentSummaryError):
        endpoint_from_connection(Route.PUBLIC, "c", conn_type="http", host="localhost", extra={})


def test_endpoint_from_env() -> None:
    assert endpoint_from_env(Route.SOVEREIGN, {}) is None
    env = {
        "AIRFLOW_CONN_AIGUILLAGE_SOVEREIGN_LLM": '{"host": "https://a.example/v1", "extra": {"model": "m"}}'
    }
    ep = endpoint_from_env(Route.SOVEREIGN, env)
    assert ep is not None and ep.conn_id == "aiguillage_sovereign_llm" and ep.route is Route.SOVEREIGN
    assert endpoint_from_env(Route.PUBLIC, env) is None


def test_prompt_numbers_passages_within_budget() -> None:
    text = "Première phrase du document. Deuxième phrase du document. Troisième phrase du document."
    kept, prompt, truncated = numbered_passages(text, 10_000)
    assert prompt.splitlines() == [
        "[P1] Première phrase du document.",
        "[P2] Deuxième phrase du document.",
        "[P3] Troisième phrase du document.",
    ]
    assert not truncated and len(kept) == 3
    kept, _, truncated = numbered_passages(text, 40)
    assert truncated and len(kept) == 1


def test_references_are_parsed_and_unknown_ones_dropped() -> None:
    text = "Première phrase. Deuxième phrase. Troisième phrase."
    passages = split_passages(text)
    clean, refs = parse_references("Résumé un [P1]. Résumé deux [P3, P9] .", passages)
    assert clean == "Résumé un. Résumé deux."
    assert [p.index for p in refs] == [1, 3]


def test_overlap_references_when_the_model_cites_nothing() -> None:
    text = "La piscine municipale ferme en août. Le budget des écoles augmente de dix pour cent."
    passages = split_passages(text)
    refs = overlap_references("Le budget des écoles augmente.", text, passages)
    assert [p.index for p in refs] == [2]


def test_rate_limiter_spaces_requests() -> None:
    now = [100.0]
    waits: list[float] = []

    def sleep(s: float) -> None:
        waits.append(s)
        now[0] += s

    limiter = RateLimiter("host-under-test:1", rpm=60, clock=lambda: now[0], sleep=sleep)
    for _ in range(3):
        limiter.acquire()
    assert waits == [1.0, 1.0]
