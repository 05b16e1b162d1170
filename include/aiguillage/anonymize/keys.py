"""The sovereign key: only the sovereign side holds it.

Why this choice: the key must never reach ``public/``, XCom or logs, must survive worker restarts
and be shared by every worker of a deployment. It is looked up, in order, in

1. the environment variable ``AIGUILLAGE_SOVEREIGN_KEY`` (a secret injected by the deployment);
2. ``AIRFLOW_VAR_AIGUILLAGE_SOVEREIGN_KEY`` — how Airflow exposes the Variable
   ``AIGUILLAGE_SOVEREIGN_KEY`` to tasks through the environment or a secrets backend;
3. a key file: ``AIGUILLAGE_SOVEREIGN_KEY_FILE`` or ``<sovereign area>/.keys/sovereign.key``,
   created on first use (32 random bytes, mode 0600, created atomically so concurrent workers
   agree). The sovereign area is already where originals live: a key there adds no exposure.

The key is 32 bytes, base64url or hex. Purposes get their own sub-key (HKDF-SHA256): the
re-identification table (AES-256-GCM), the reversible ``encrypt`` operator (AES-SIV,
deterministic so a value keeps one token), salted hashes and batch-wide pseudonyms (HMAC-SHA256).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
import secrets
import threading
from pathlib import Path
from typing import Any

ENV_KEY = "AIGUILLAGE_SOVEREIGN_KEY"
ENV_AIRFLOW_VARIABLE = "AIRFLOW_VAR_AIGUILLAGE_SOVEREIGN_KEY"
ENV_KEY_FILE = "AIGUILLAGE_SOVEREIGN_KEY_FILE"
KEY_DIR = ".keys"
KEY_FILE = "sovereign.key"


class SovereignKeyError(RuntimeError):
    """No usable sovereign key: anonymization that needs one fails closed."""


def parse_key(raw: str | bytes) -> bytes:
    """32 bytes from base64url (with or without padding) or hex."""
    text = raw.decode("ascii", "replace") if isinstance(raw, bytes) else raw
    text = text.strip()
    candidates: list[bytes] = []
    with contextlib.suppress(ValueError):
        candidates.append(bytes.fromhex(text))
    with contextlib.suppress(binascii.Error, ValueError):
        candidates.append(base64.urlsafe_b64decode(text + "=" * (-len(text) % 4)))
    for c in candidates:
        if len(c) == 32:
            return c
    raise SovereignKeyError("the sovereign key must be 32 bytes, base64url or hex")


def new_key_text() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(32)).decode("ascii")


class KeyRing:
    """A master key and the sub-keys derived from it. ``source`` says where it came from (no value)."""

    def __init__(self, master: bytes, source: str) -> None:
        if len(master) != 32:
            raise SovereignKeyError("the sovereign key must be 32 bytes")
        self._master = master
        self.source = source
        self._sub: dict[str, bytes] = {}

    def __repr__(self) -> str:  # never print the key
        return f"KeyRing(source={self.source!r}, id={self.key_id})"

    @property
    def key_id(self) -> str:
        """A public identifier of the key (for audit), not usable to recover it."""
        return self.subkey("key-id")[:6].hex()

    def subkey(self, purpose: str, length: int = 32) -> bytes:
        name = f"{purpose}/{length}"
        if name not in self._sub:
            from cryptography.hazmat.primitives import hashes
            from cryptography.hazmat.primitives.kdf.hkdf import HKDF

            self._sub[name] = HKDF(algorithm=hashes.SHA256(), length=length, salt=b"aiguillage",
                                   info=f"aiguillage {purpose} v1".encode()).derive(self._master)
        return self._sub[name]

    def mac(self, purpose: str, data: bytes) -> bytes:
        return hmac.new(self.subkey(purpose), data, hashlib.sha256).digest()

    def seal(self, data: bytes, aad: bytes) -> bytes:
        """AES-256-GCM, random 96-bit nonce; ``aad`` binds the blob to its document."""
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)
        return nonce + AESGCM(self.subkey("reid-table")).encrypt(nonce, data, aad)

    def unseal(self, blob: bytes, aad: bytes) -> bytes:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        return AESGCM(self.subkey("reid-table")).decrypt(blob[:12], blob[12:], aad)

    @classmethod
    def load(cls, sovereign_area: Any = None) -> KeyRing:
        """Find the key (see module docstring). ``sovereign_area`` is a Path or a storage Location."""
        for env in (ENV_KEY, ENV_AIRFLOW_VARIABLE):
            raw = os.environ.get(env)
            if raw:
                return cls(parse_key(raw), f"env:{env}")
        explicit = os.environ.get(ENV_KEY_FILE)
        if explicit:
            return cls(parse_key(Path(explicit).read_bytes()), "file:" + ENV_KEY_FILE)
        if sovereign_area is None:
            raise SovereignKeyError("no sovereign key: set AIGUILLAGE_SOVEREIGN_KEY or give the area")
        return cls(_key_file(sovereign_area), "file:sovereign/.keys")


_LOCK = threading.Lock()
_CACHE: dict[str, KeyRing] = {}


def keyring_for(sovereign_area: Any) -> KeyRing:
    """The process-wide key ring of one sovereign area (cached: one lookup per worker)."""
    marker = "|".join((str(sovereign_area), os.environ.get(ENV_KEY, "")[:4],
                       os.environ.get(ENV_AIRFLOW_VARIABLE, "")[:4], os.environ.get(ENV_KEY_FILE, "")))
    with _LOCK:
        if marker not in _CACHE:
            _CACHE[marker] = KeyRing.load(sovereign_area)
        return _CACHE[marker]


def _key_file(area: Any) -> bytes:
    if isinstance(area, (str, Path)) or getattr(area, "local", False):
        path = Path(area) if isinstance(area, (str, Path)) else area.as_path()
        return _local_key_file(path / KEY_DIR / KEY_FILE)
    loc = area / KEY_DIR / KEY_FILE
    if not loc.exists():
        loc.write_bytes(new_key_text().encode("ascii") + b"\n")
    return parse_key(loc.read_bytes())


def _local_key_file(path: Path) -> bytes:
    """Create the key file once, atomically (link of a 0600 temporary): every worker reads the same key."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        tmp = path.with_name(f".tmp-{os.getpid()}-{secrets.token_hex(4)}")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(new_key_text().encode("ascii") + b"\n")
                fh.flush()
                os.fsync(fh.fileno())
            with contextlib.suppress(FileExistsError):  # another worker won: use its key
                os.link(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
    return parse_key(path.read_bytes())
