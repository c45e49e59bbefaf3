"""Characters no embedded font has (emoji) are drawn as a visible U+FFFD, not an empty box;
what right-to-left scripts get is stated in the README."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from reports.markup import REPLACEMENT, drawable, rich
from tests.cli_runner import run_cli
from tests.exchange_files import exchange_document, write_exchange


def test_characters_without_a_glyph_become_a_visible_replacement() -> None:
    shown = drawable("Ship it 🚀\u200d🔥\ufe0f")
    assert shown.startswith("Ship it ") and shown.count(REPLACEMENT) == 2
    assert "🚀" not in shown and "🔥" not in shown
    assert drawable("Mira Chen 陈") == "Mira Chen 陈"
    assert drawable("تجربة") == "تجربة"  # DejaVu has the letters (drawn unjoined, see README)
    assert "🚀" not in rich("🚀 <b>")


def test_an_emoji_in_a_name_and_note_shows_as_a_replacement_in_the_pdf(
    data_dir: Path, tmp_path: Path
) -> None:
    document = exchange_document("Mira 🚀 Chen")
    document["assessment"]["ratings"][0]["note"] = "Shipped the DAGs 🎉 on time"
    source = write_exchange(tmp_path / "mira.json", document)
    assert run_cli("import-assessment", str(source)).returncode == 0
    out = tmp_path / "plan.pdf"
    result = run_cli("export-pdf", "--person", "Mira 🚀 Chen", "--role", "mlops-engineer",
                     "--out", str(out))  # fmt: skip
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "🚀" not in text and "🎉" not in text
    assert f"Mira {REPLACEMENT} Chen" in text
    assert f"DAGs {REPLACEMENT} on time" in text
