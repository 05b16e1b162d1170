"""What the fuzzing campaigns (tests/fuzz/fuzz_batch.py) found, kept as fast regressions."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from aiguillage import batch as b
from aiguillage.formats import sniff_format


def _docx_with_damaged_content_types() -> bytes:
    """A DOCX whose [Content_Types].xml deflate stream is damaged: zipfile raises zlib.error."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types>' + "<Default/>" * 400 + "</Types>")
        z.writestr("word/document.xml", "<w:document/>")
    data = bytearray(buf.getvalue())
    start = data.index(b"[Content_Types].xml") + len("[Content_Types].xml")
    for i in range(start + 5, start + 40):
        data[i] ^= 0x5A
    return bytes(data)


def test_a_damaged_zip_member_does_not_stop_the_plan(tmp_path: Path) -> None:
    """Found on the first minute of fuzzing: sniff_format let zlib.error escape, so one damaged
    DOCX crashed the planning task and no file of the batch was routed."""
    batch = tmp_path / "in"
    batch.mkdir()
    (batch / "abime.docx").write_bytes(_docx_with_damaged_content_types())
    (batch / "note.txt").write_text("Compte rendu sans objet.", "utf-8")
    assert sniff_format(batch / "abime.docx") == "corrupt_zip"
    shards = b.plan(batch, tmp_path / "out", "fz", max_shards=1)
    assert sum(s["documents"] for s in shards) == 2
