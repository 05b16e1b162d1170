"""Summaries against local OpenAI-compatible servers that record every request.

One server plays the public AI service, another the sovereign one (e.g. Albert). The batch is
routed by the real pipeline; then: no personal value in any body sent to the public endpoint,
sovereign documents reach only the sovereign endpoint, a 500 or a timeout is retried and the
document stays pending (never dropped, never re-routed), and a summary that invents personal
data is withheld.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from aiguillage.queue import Ledger, State
from aiguillage.records import Route
from aiguillage.routing_guard import PublicSummarizer, RoutingViolation, SovereignSummarizer, load_sovereign
from aiguillage.summarize.openai_chat import Endpoint, OpenAIChatSummarizer
from aiguillage.summarize.service import (
    drain_sovereign,
    enqueue_sovereign,
    make_verifier,
    route_documents,
    summarize_public,
    write_accounting,
)
from fake_llm_server import LEAK, FakeLLM, small_batch

pytestmark = pytest.mark.integration


# A few documents of each kind is enough, and routing costs seconds per document.
KINDS = {"letter": 2, "deliberation": 1, "beneficiaries": 1, "report": 1, "hr_health": 1, "criminal": 1}


@pytest.fixture(scope="module")
def batch_truth(
    sample_corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Path, list[dict[str, Any]]]:
    d = tmp_path_factory.mktemp("llm-batch")
    return d, small_batch(sample_corpus, d, KINDS)


@pytest.fixture(scope="module")
def routed(
    batch_truth: tuple[Path, list[dict[str, Any]]], detector: Any, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """The small batch routed by the real pipeline (public and sovereign documents)."""
    from aiguillage.batch import plan, run_shard
    from aiguillage.pipeline import Context

    out = tmp_path_factory.mktemp("routed")
    ctx = Context.create(out)
    ctx._detector = detector
    for s in plan(batch_truth[0], out, "b1", max_shards=1):
        run_shard(out, "b1", s["shard"], ctx=ctx)
    assert route_documents(out, Route.PUBLIC) and route_documents(out, Route.SOVEREIGN)
    return out


@pytest.fixture(scope="module")
def pii(batch_truth: tuple[Path, list[dict[str, Any]]]) -> list[str]:
    values = {v for row in batch_truth[1] for v in row["pii"] if len(v) >= 5}
    assert values
    return sorted(values)


@pytest.fixture
def servers() -> Iterator[tuple[FakeLLM, FakeLLM]]:
    public, sovereign = FakeLLM(model="public-model").start(), FakeLLM(model="albert-test").start()
    yield public, sovereign
    public.stop()
    sovereign.stop()


def _endpoint(route: Route, server: FakeLLM, **kw: Any) -> Endpoint:
    base = dict(
        timeout_s=5.0,
        max_retries=2,
        backoff_s=0.01,
        max_backoff_s=0.05,
        requests_per_minute=6000,
        model_class="small",
    )
    base.update(kw)
    return Endpoint(
        route=route,
        conn_id=f"aiguillage_{route.value}_llm",
        base_url=server.url,
        model=server.model,
        api_key="k-test",
        **base,
    )


def test_public_bodies_carry_no_personal_data_and_summaries_are_verified(
    routed: Path, pii: list[str], servers: tuple[FakeLLM, FakeLLM], detector: Any, policy: Any, tmp_path: Path
) -> None:
    public, sovereign = servers
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.sqlite'}")
    verify = make_verifier(detector, policy)
    ids = route_documents(routed, Route.PUBLIC)
    summarizer = PublicSummarizer(OpenAIChatSummarizer(_endpoint(Route.PUBLIC, public)))
    counts = summarize_public(routed, ids, summarizer, ledger, verify, batch="b1")

    sent = public.chat_requests()
    assert sent, counts
    for r in sent:
        for value in pii:
            assert value not in r.body, "a personal value reached the public endpoint"
        assert r.authorization == "Bearer k-test"
    assert sovereign.requests == []  # public documents never need the sovereign service
    sovereign_texts = [load_sovereign(routed, d).text for d in route_documents(routed, Route.SOVEREIGN)]
    for r in sent:  # and no sovereign text went there either
        body = json.loads(r.body)["messages"][-1]["content"]
        for text in sovereign_texts:
            assert text[:120] not in body

    done = [e for e in ledger.entries(Route.PUBLIC.value) if e.state is State.DONE]
    assert len(done) == len(ids) - counts.get("withheld", 0) - counts.get("refused", 0)
    for e in done:
        rec = json.loads((routed / "public" / e.doc_id / "summary.json").read_text("utf-8"))
        assert rec["notice"]["produced_with_ai"] and rec["notice"]["human_review_required"]
        assert rec["notice"]["model"] in ("public-model", "none")
        text = (routed / "public" / e.doc_id / "text.txt").read_text("utf-8")
        for ref in rec["references"]:
            assert 0 <= ref["start"] < ref["end"] <= len(text)
        assert not verify(rec["summary"])
        if e.kind == "generative":
            assert rec["references"] and e.prompt_tokens > 0 and e.energy_wh > 0

    # a second run sends nothing: the ledger knows every document
    before = len(public.chat_requests())
    again = summarize_public(routed, ids, summarizer, ledger, verify, batch="b1")
    assert len(public.chat_requests()) == before
    assert again.get("already_done", 0) == len(done)

    figures = write_accounting(routed, ledger)
    assert figures["routes"]["public"]["calls"] == len(sent)
    assert figures["models"]["public:public-model"]["prompt_tokens"] > 0
    assert (routed / "audit" / "summaries.json").is_file()
    ledger.close()


def test_invented_personal_data_is_withheld(
    routed: Path, servers: tuple[FakeLLM, FakeLLM], detector: Any, policy: Any, tmp_path: Path
) -> None:
    public, _ = servers
    public.mode = "leak"
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.sqlite'}")
    out = tmp_path / "out"
    doc_id = _copy_public(routed, out, detector, policy)
    summarizer = PublicSummarizer(OpenAIChatSummarizer(_endpoint(Route.PUBLIC, public)))
    counts = summarize_public(out, [doc_id], summarizer, ledger, make_verifier(detector, policy))
    assert counts == {"withheld": 1}
    assert not (out / "public" / doc_id / "summary.json").exists()
    entry = ledger.get(Route.PUBLIC.value, doc_id)
    assert entry is not None and entry.state is State.WITHHELD and entry.error == "summary_residual"
    assert LEAK[:20] not in json.dumps(ledger.entries()[0].to_dict())
    # withheld is remembered: no second call for the same text
    n = len(public.chat_requests())
    summarize_public(out, [doc_id], summarizer, ledger, make_verifier(detector, policy))
    assert len(public.chat_requests()) == n
    ledger.close()


def _copy_public(routed: Path, out: Path, detector: Any, policy: Any) -> str:
    """One non-trivial public document of ``routed``, alone in ``out``."""
    import shutil

    from aiguillage.summarize.base import is_trivial

    for d in route_documents(routed, Route.PUBLIC):
        if not is_trivial((routed / "public" / d / "text.txt").read_text("utf-8")):
            (out / "public").mkdir(parents=True, exist_ok=True)
            shutil.copytree(routed / "public" / d, out / "public" / d)
            (out / "public" / d / "summary.json").unlink(missing_ok=True)
            return d
    raise AssertionError("no non-trivial public document")


def test_sovereign_documents_reach_only_the_sovereign_endpoint(
    routed: Path, servers: tuple[FakeLLM, FakeLLM], tmp_path: Path
) -> None:
    public, sovereign = servers
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.sqlite'}")
    enqueued = enqueue_sovereign(routed, ledger, "b1")
    n = enqueued["pending"]
    assert n == len(route_documents(routed, Route.SOVEREIGN))

    # the guard refuses the public endpoint for sovereign work, whatever the wiring
    with pytest.raises(RoutingViolation):
        SovereignSummarizer(OpenAIChatSummarizer(_endpoint(Route.PUBLIC, public)))
    with pytest.raises(RoutingViolation):
        SovereignSummarizer(OpenAIChatSummarizer(replace(_endpoint(Route.PUBLIC, public), conn_id="x")))

    counts = drain_sovereign(
        routed, ledger, SovereignSummarizer(OpenAIChatSummarizer(_endpoint(Route.SOVEREIGN, sovereign)))
    )
    assert public.requests == []
    assert sum(counts.values()) == n
    assert ledger.counts(Route.SOVEREIGN.value)["done"] == n
    texts = [json.loads(r.body)["messages"][-1]["content"] for r in sovereign.chat_requests()]
    assert len(texts) == n - counts.get("trivial", 0) - counts.get("duplicate", 0)
    for d in route_documents(routed, Route.SOVEREIGN):
        rec = json.loads((routed / "sovereign" / d / "summary.json").read_text("utf-8"))
        assert rec["route"] == "sovereign" and rec["notice"]["human_review_required"]
    ledger.close()


@pytest.mark.parametrize("mode", ["error500", "timeout"])
def test_failures_are_retried_then_the_document_stays_pending(
    mode: str, routed: Path, servers: tuple[FakeLLM, FakeLLM], tmp_path: Path
) -> None:
    public, sovereign = servers
    sovereign.mode, sovereign.delay = mode, 1.5
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.sqlite'}")
    out = tmp_path / "out"
    doc_id = next(
        d for d in route_documents(routed, Route.SOVEREIGN) if len(load_sovereign(routed, d).text) > 400
    )
    (out / "sovereign").mkdir(parents=True)
    (out / "sovereign" / doc_id).mkdir()
    (out / "sovereign" / doc_id / "text.txt").write_text(load_sovereign(routed, doc_id).text, "utf-8")
    enqueue_sovereign(out, ledger)
    summarizer = SovereignSummarizer(
        OpenAIChatSummarizer(_endpoint(Route.SOVEREIGN, sovereign, timeout_s=0.5))
    )

    counts = drain_sovereign(out, ledger, summarizer)
    assert counts == {"pending": 1}
    assert len(sovereign.chat_requests()) == 3  # one call and two bounded retries
    assert public.requests == []  # never re-routed
    entry = ledger.get(Route.SOVEREIGN.value, doc_id)
    assert entry is not None and entry.state is State.PENDING and entry.attempts == 1
    assert entry.error == ("http_500" if mode == "error500" else "timeout") and entry.calls == 3
    assert not (out / "sovereign" / doc_id / "summary.json").exists()
    # backoff: not due again right away
    assert drain_sovereign(out, ledger, summarizer) == {}
    # the service recovers: next due drain succeeds
    sovereign.mode = "ok"
    ledger.clock = lambda: 10**10
    assert drain_sovereign(out, ledger, summarizer) == {"generative": 1}
    assert (out / "sovereign" / doc_id / "summary.json").is_file()
    ledger.close()


def test_without_sovereign_endpoint_documents_wait(
    routed: Path, servers: tuple[FakeLLM, FakeLLM], tmp_path: Path
) -> None:
    public, sovereign = servers
    ledger = Ledger(f"sqlite:///{tmp_path / 'l.sqlite'}")
    n = enqueue_sovereign(routed, ledger)["pending"]
    assert drain_sovereign(routed, ledger, None) == {"waiting_no_endpoint": n}
    assert ledger.counts(Route.SOVEREIGN.value)["pending"] == n
    assert public.requests == [] and sovereign.requests == []
    ledger.close()


def test_health_check(servers: tuple[FakeLLM, FakeLLM]) -> None:
    public, _ = servers
    assert OpenAIChatSummarizer(_endpoint(Route.PUBLIC, public)).health() == {
        "ok": True,
        "model": "public-model",
    }
    missing = replace(_endpoint(Route.PUBLIC, public), model="absent")
    assert OpenAIChatSummarizer(missing).health()["error"] == "model_missing"
    down = replace(_endpoint(Route.PUBLIC, public), base_url="http://127.0.0.1:9/v1")
    assert OpenAIChatSummarizer(down).health() == {"ok": False, "error": "connection"}
