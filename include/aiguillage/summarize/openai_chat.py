"""An OpenAI-compatible chat backend (the official ``openai`` client), one per route.

The endpoint of a route comes from an Airflow Connection: ``aiguillage_public_llm`` for public
documents, ``aiguillage_sovereign_llm`` for sensitive ones (e.g. the State's Albert API). An
:class:`Endpoint` is bound to its route when it is built and the route-bound summarizers of
:mod:`aiguillage.routing_guard` refuse an endpoint of the other route.

Calls have a timeout, bounded retries with exponential backoff (honouring ``Retry-After``), and a
per-process rate limit. Errors are reduced to codes (``timeout``, ``http_500``...): a response
body may echo the document, so it is never logged nor recorded.
"""

from __future__ import annotations

import logging
import random
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from aiguillage.records import Route
from aiguillage.summarize.base import (
    Passage,
    PermanentSummaryError,
    Summary,
    TransientSummaryError,
    split_passages,
)

log = logging.getLogger(__name__)

CONN_IDS: dict[Route, str] = {
    Route.PUBLIC: "aiguillage_public_llm",
    Route.SOVEREIGN: "aiguillage_sovereign_llm",
}

SYSTEM_PROMPT = (
    "Tu es un assistant de synthèse pour une administration française. Résume en français, en trois à cinq "
    "phrases factuelles, le document fourni sous forme de passages numérotés. N'ajoute aucune information "
    "absente du texte. Ne mentionne aucun nom de personne, aucune adresse, aucun numéro ni aucune "
    "coordonnée ; conserve tels quels les libellés entre crochets. Termine chaque phrase par les numéros "
    "des passages dont elle est tirée, par exemple [P2] ou [P3, P5]."
)
_REF = re.compile(r"\[\s*P\s*\d+(?:\s*[,;]\s*P?\s*\d+)*\s*\]")
_NUM = re.compile(r"\d+")


@dataclass(frozen=True)
class Endpoint:
    """Where one route's summaries are produced. The key never appears in repr or logs."""

    route: Route
    conn_id: str
    base_url: str
    model: str
    api_key: str = field(default="", repr=False)
    timeout_s: float = 60.0
    max_retries: int = 2
    backoff_s: float = 1.0
    max_backoff_s: float = 30.0
    requests_per_minute: float = 60.0
    max_output_tokens: int = 400
    max_input_chars: int = 24_000
    temperature: float = 0.2
    model_class: str = "large"
    total_params_b: float | None = None
    active_params_b: float | None = None

    @property
    def host(self) -> str:
        parts = urlsplit(self.base_url)
        return f"{parts.hostname or ''}:{parts.port or (443 if parts.scheme == 'https' else 80)}"


def _num(extra: dict[str, Any], key: str, default: float) -> float:
    try:
        return float(extra.get(key, default))
    except (TypeError, ValueError):
        return default


def endpoint_from_connection(
    route: Route,
    conn_id: str,
    *,
    conn_type: str | None,
    host: str | None,
    schema: str | None = None,
    login: str | None = None,
    password: str | None = None,
    port: int | None = None,
    extra: dict[str, Any] | None = None,
) -> Endpoint:
    """Build an endpoint from the fields of an Airflow Connection.

    ``extra`` keys: ``model`` (required), ``base_url`` (else built from host/port/schema),
    ``timeout``, ``max_retries``, ``backoff``, ``rpm``, ``max_tokens``, ``max_input_chars``,
    ``model_class`` (small|medium|large), ``total_params_b``, ``active_params_b``.
    """
    ex = dict(extra or {})
    model = str(ex.get("model") or "")
    if not model:
        raise PermanentSummaryError("config_no_model", f"connection {conn_id} has no 'model' in its extra")
    base_url = str(ex.get("base_url") or "")
    if not base_url:
        if not host:
            raise PermanentSummaryError("config_no_host", f"connection {conn_id} has no host")
        if "://" in host:
            base_url = host
        else:
            scheme = str(ex.get("scheme") or ("http" if (conn_type or "").lower() == "http" else "https"))
            base_url = f"{scheme}://{host}" + (f":{port}" if port else "")
        if schema:
            base_url = base_url.rstrip("/") + "/" + schema.strip("/")
    return Endpoint(
        route=route,
        conn_id=conn_id,
        base_url=base_url.rstrip("/"),
        model=model,
        api_key=str(password or ex.get("api_key") or login or "none"),
        timeout_s=_num(ex, "timeout", 60.0),
        max_retries=int(_num(ex, "max_retries", 2)),
        backoff_s=_num(ex, "backoff", 1.0),
        max_backoff_s=_num(ex, "max_backoff", 30.0),
        requests_per_minute=_num(ex, "rpm", 60.0),
        max_output_tokens=int(_num(ex, "max_tokens", 400)),
        max_input_chars=int(_num(ex, "max_input_chars", 24_000)),
        temperature=_num(ex, "temperature", 0.2),
        model_class=str(ex.get("model_class") or "large"),
        total_params_b=_num(ex, "total_params_b", 0) or None,
        active_params_b=_num(ex, "active_params_b", 0) or None,
    )


def endpoint_from_value(route: Route, conn_id: str, value: str) -> Endpoint:
    """Parse an ``AIRFLOW_CONN_*`` value (JSON or URI form) without importing Airflow."""
    from aiguillage.connections import connection_fields

    fields = connection_fields(value)
    return endpoint_from_connection(route, conn_id, **fields)


def endpoint_from_env(route: Route, environ: dict[str, str] | None = None) -> Endpoint | None:
    """The route's endpoint from ``AIRFLOW_CONN_AIGUILLAGE_<ROUTE>_LLM``, or None (not configured)."""
    import os

    env = os.environ if environ is None else environ
    conn_id = CONN_IDS[route]
    value = env.get(f"AIRFLOW_CONN_{conn_id.upper()}", "")
    return endpoint_from_value(route, conn_id, value) if value.strip() else None


class RateLimiter:
    """Spaces requests to one host: at most ``rpm`` per minute in this process."""

    _lock = threading.Lock()
    _next: dict[str, float] = {}  # noqa: RUF012 - process-wide by design

    def __init__(
        self,
        key: str,
        rpm: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.key, self.interval, self.clock, self.sleep = key, (60.0 / rpm if rpm > 0 else 0.0), clock, sleep

    def acquire(self) -> float:
        with self._lock:
            now = self.clock()
            slot = max(now, self._next.get(self.key, 0.0))
            self._next[self.key] = slot + self.interval
        wait = slot - now
        if wait > 0:
            self.sleep(wait)
        return wait


def numbered_passages(text: str, max_chars: int) -> tuple[list[Passage], str, bool]:
    """The passages sent to the model, numbered, within the input budget."""
    passages = split_passages(text)
    lines: list[str] = []
    kept: list[Passage] = []
    size = 0
    for p in passages:
        line = f"[P{p.index}] {' '.join(text[p.start : p.end].split())}"
        if size + len(line) > max_chars and kept:
            return kept, "\n".join(lines), True
        lines.append(line)
        kept.append(p)
        size += len(line) + 1
    return kept, "\n".join(lines), False


def parse_references(answer: str, passages: list[Passage]) -> tuple[str, tuple[Passage, ...]]:
    """Strip ``[P3]`` markers from the answer and map them to passages (unknown numbers ignored)."""
    by_index = {p.index: p for p in passages}
    cited: dict[int, Passage] = {}
    for m in _REF.finditer(answer):
        for n in _NUM.findall(m.group()):
            if int(n) in by_index:
                cited.setdefault(int(n), by_index[int(n)])
    clean = " ".join(_REF.sub("", answer).split())
    clean = re.sub(r"\s+([.,;:!?])", r"\1", clean)
    return clean, tuple(sorted(cited.values(), key=lambda p: p.index))


def overlap_references(summary: str, text: str, passages: list[Passage]) -> tuple[Passage, ...]:
    """When the model cites nothing: for each summary sentence, the passage sharing most words."""
    from aiguillage.summarize.extractive import content_words

    words = {p.index: content_words(text[p.start : p.end]) for p in passages}
    cited: dict[int, Passage] = {}
    for s in split_passages(summary):
        mine = content_words(summary[s.start : s.end])
        best = max(passages, key=lambda p: (len(mine & words[p.index]), -p.index), default=None)
        if best is not None and mine & words[best.index]:
            cited.setdefault(best.index, best)
    return tuple(sorted(cited.values(), key=lambda p: p.index))


class OpenAIChatSummarizer:
    """Summaries from an OpenAI-compatible ``/chat/completions`` endpoint."""

    RETRY_STATUSES = frozenset({408, 409, 425, 429, 500, 502, 503, 504})

    def __init__(
        self,
        endpoint: Endpoint,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        import httpx2
        import openai

        self.endpoint = endpoint
        self._sleep = sleep
        self._rng = rng or random.Random(0)
        self._openai = openai
        self.client = openai.OpenAI(
            api_key=endpoint.api_key or "none",
            base_url=endpoint.base_url,
            max_retries=0,
            timeout=httpx2.Timeout(endpoint.timeout_s, connect=min(5.0, endpoint.timeout_s)),
        )
        self.limiter = RateLimiter(endpoint.host, endpoint.requests_per_minute, sleep=sleep)
        self.calls = 0

    @property
    def model(self) -> str:
        return self.endpoint.model

    @property
    def model_class(self) -> str:
        return self.endpoint.model_class

    @property
    def generative(self) -> bool:
        return True

    def health(self) -> dict[str, Any]:
        """Is the endpoint up and does it serve the configured model? Never raises."""
        try:
            self.limiter.acquire()
            models = [m.id for m in self.client.models.list(timeout=min(10.0, self.endpoint.timeout_s))]
        except self._openai.APIStatusError as exc:
            return {"ok": False, "error": f"http_{exc.status_code}"}
        except self._openai.APITimeoutError:
            return {"ok": False, "error": "timeout"}
        except self._openai.APIConnectionError:
            return {"ok": False, "error": "connection"}
        except Exception as exc:  # a malformed answer is an unhealthy endpoint
            return {"ok": False, "error": type(exc).__name__}
        if self.endpoint.model not in models:
            return {"ok": False, "error": "model_missing", "models": len(models)}
        return {"ok": True, "model": self.endpoint.model}

    def _error(self, exc: Exception) -> tuple[bool, str, float | None]:
        """(transient?, code, retry-after seconds) for an exception of the client."""
        o = self._openai
        if isinstance(exc, o.APITimeoutError):
            return True, "timeout", None
        if isinstance(exc, o.APIConnectionError):
            return True, "connection", None
        if isinstance(exc, o.APIStatusError):
            after: float | None = None
            try:
                after = float(str(exc.response.headers.get("retry-after", "")))
            except (TypeError, ValueError):
                after = None
            return (
                exc.status_code in self.RETRY_STATUSES or exc.status_code >= 500,
                f"http_{exc.status_code}",
                after,
            )
        return False, type(exc).__name__, None

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        base = min(self.endpoint.max_backoff_s, self.endpoint.backoff_s * float(2**attempt))
        delay = base / 2 + self._rng.uniform(0, base / 2)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.endpoint.max_backoff_s))
        return delay

    def summarize(self, text: str) -> Summary:
        ep = self.endpoint
        passages, prompt, truncated = numbered_passages(text, ep.max_input_chars)
        messages: list[Any] = [
            {"role": "system", "content": SYSTEM_PROMPT},
            {"role": "user", "content": prompt},
        ]
        last = "unknown"
        retry_after: float | None = None
        for attempt in range(ep.max_retries + 1):
            if attempt:
                self._sleep(self._backoff(attempt - 1, retry_after))
            retry_after = None
            self.limiter.acquire()
            self.calls += 1
            try:
                resp = self.client.chat.completions.create(
                    model=ep.model,
                    messages=messages,
                    max_tokens=ep.max_output_tokens,
                    temperature=ep.temperature,
                )
            except Exception as exc:
                transient, last, retry_after = self._error(exc)
                log.warning(
                    "summary call to %s failed (%s), attempt %d/%d",
                    ep.conn_id,
                    last,
                    attempt + 1,
                    ep.max_retries + 1,
                )
                if not transient:
                    raise PermanentSummaryError(last) from None
                continue
            answer = (resp.choices[0].message.content or "").strip() if resp.choices else ""
            if not answer:
                last = "empty_answer"
                continue
            clean, refs = parse_references(answer, passages)
            if not refs:
                refs = overlap_references(clean, text, passages)
            usage = resp.usage
            return Summary(
                clean,
                refs,
                "generative",
                resp.model or ep.model,
                prompt_tokens=int(usage.prompt_tokens or 0) if usage else 0,
                completion_tokens=int(usage.completion_tokens or 0) if usage else 0,
                truncated=truncated,
            )
        raise TransientSummaryError(last, f"after {ep.max_retries + 1} attempts")
