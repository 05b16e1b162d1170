"""A local OpenAI-compatible server for tests: records every request, answers as told.
Also: :func:`small_batch`, a few sample documents of chosen kinds.

Modes: ``ok`` (a summary citing passages), ``error500``, ``timeout`` (answers after ``delay``),
``leak`` (a summary that invents personal data), ``flaky`` (``fail_first`` 500s, then ok),
``garbage`` (a 200 whose body is no completion). ``reply``: when set, the answer's content is
``reply(request body)`` (e.g. a classifier's JSON).
"""

from __future__ import annotations

import json
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

LEAK = "Le dossier de Jean-Baptiste Morel, joignable au 06 12 34 56 78 ou à jb.morel@exemple.fr, est complet."


@dataclass
class Recorded:
    method: str
    path: str
    body: str
    authorization: str


@dataclass
class FakeLLM:
    model: str = "fake-model"
    mode: str = "ok"
    delay: float = 0.0
    fail_first: int = 0
    reply: Callable[[dict[str, Any]], str] | None = None
    finish_reason: str = "stop"
    requests: list[Recorded] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def chat_requests(self) -> list[Recorded]:
        with self._lock:
            return [r for r in self.requests if r.path.endswith("/chat/completions")]

    def start(self) -> FakeLLM:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, obj: Any) -> None:
                data = json.dumps(obj).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up (timeout test)

            def _record(self, body: str) -> int:
                with fake._lock:
                    fake.requests.append(
                        Recorded(self.command, self.path, body, self.headers.get("Authorization", ""))
                    )
                    return len([r for r in fake.requests if r.path.endswith("/chat/completions")])

            def do_GET(self) -> None:
                self._record("")
                if self.path.rstrip("/").endswith("/models"):
                    self._send(
                        200,
                        {
                            "object": "list",
                            "data": [{"id": fake.model, "object": "model", "created": 0, "owned_by": "test"}],
                        },
                    )
                else:
                    self._send(404, {"error": {"message": "not found"}})

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0"))).decode("utf-8")
                n = self._record(body)
                if fake.mode == "error500" or (fake.mode == "flaky" and n <= fake.fail_first):
                    self._send(500, {"error": {"message": "internal error", "type": "server_error"}})
                    return
                if fake.mode == "garbage":  # a 200 whose body is not a chat completion
                    self._send(200, ["not", "a", "completion"])
                    return
                if fake.mode == "timeout":
                    time.sleep(fake.delay)
                req = json.loads(body)
                prompt = req["messages"][-1]["content"]
                passages = re.findall(r"^\[P(\d+)\] (.*)$", prompt, re.M)
                if fake.reply is not None:
                    answer = fake.reply(req)
                elif fake.mode == "leak":
                    answer = LEAK + " [P1]"
                else:
                    picked = passages[:2] or [("1", "Document vide.")]
                    answer = " ".join(f"{text[:160].rstrip('.')}. [P{num}]" for num, text in picked)
                self._send(
                    200,
                    {
                        "id": f"chatcmpl-{n}",
                        "object": "chat.completion",
                        "created": 0,
                        "model": req["model"],
                        "choices": [
                            {
                                "index": 0,
                                "finish_reason": fake.finish_reason,
                                "message": {"role": "assistant", "content": answer},
                            }
                        ],
                        "usage": {
                            "prompt_tokens": len(body) // 4,
                            "completion_tokens": len(answer) // 4,
                            "total_tokens": len(body) // 4 + len(answer) // 4,
                        },
                    },
                )

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()


def small_batch(sample_corpus: Path, dest: Path, kinds: dict[str, int]) -> list[dict[str, Any]]:
    """Copy a few documents of the shared sample corpus, by kind; return their truth rows."""
    picked: list[dict[str, Any]] = []
    want = dict(kinds)
    for ln in (sample_corpus / "truth.jsonl").read_text("utf-8").splitlines():
        row = json.loads(ln)
        if want.get(row["kind"], 0) > 0:
            want[row["kind"]] -= 1
            target = dest / row["source"]
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(sample_corpus / "batch" / row["source"], target)
            picked.append(row)
    assert not any(want.values()), want
    return picked
