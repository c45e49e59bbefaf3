"""The licence of an imported framework is never silently assumed: the command-line options win,
then a licence file beside the input (MIT, Apache-2.0, CC-BY-4.0 recognised), and otherwise the
publisher's known licence is used and the report says it was assumed."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.framework_files import load_framework
from core.importers import LicenceOptions, import_files
from core.importers.licence import licence_file, recognise_licence
from tests import importer_samples as s
from tests.cli_runner import run_cli

MIT = """MIT License

Copyright (c) 2021 Example Ladders Ltd

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files, to deal in the Software
without restriction, subject to the following conditions: ...
"""
APACHE = """                                 Apache License
                           Version 2.0, January 2004
                        http://www.apache.org/licenses/
"""
CC_BY = "This work is licensed under a Creative Commons Attribution 4.0 International License."


@pytest.mark.parametrize(
    ("text", "spdx"),
    [(MIT, "MIT"), (APACHE, "Apache-2.0"), (CC_BY, "CC-BY-4.0"), ("All rights reserved.", None)],
)
def test_licence_texts_are_recognised(text: str, spdx: str | None) -> None:
    assert recognise_licence(text) == spdx


def _ft(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return s.write(folder / "ft-testing.yml", s.FT_JOB_FAMILY)


def _licence_lines(result_lines: list[str]) -> list[str]:
    # Report items only: the "Format: …; files: …" line names the test's folder.
    return [line for line in result_lines if line.startswith("  - ") and "licen" in line.lower()]


def test_a_licence_file_beside_the_input_is_used(tmp_path: Path) -> None:
    source = _ft(tmp_path / "in")
    (tmp_path / "in" / "LICENSE").write_text(APACHE, encoding="utf-8")
    result = import_files([source])
    assert result.document["source"]["licence"] == "Apache-2.0"
    assert any("licence Apache-2.0, from LICENSE beside the input" in line
               for line in result.report.lines())  # fmt: skip
    assert not any("assumed" in line for line in result.report.lines())


def test_a_tagged_licence_file_wins_and_gives_the_attribution(tmp_path: Path) -> None:
    source = _ft(tmp_path / "in")
    (tmp_path / "in" / "COPYING").write_text(CC_BY, encoding="utf-8")
    (tmp_path / "in" / "LICENSE-ft.txt").write_text(MIT, encoding="utf-8")
    (tmp_path / "in" / "LICENSE-other.txt").write_text(APACHE, encoding="utf-8")
    assert licence_file([source]) == (tmp_path / "in" / "LICENSE-ft.txt").resolve()
    result = import_files([source])
    block = result.document["source"]
    assert block["licence"] == "MIT"
    assert block["attribution"] == (
        "Copyright (c) 2021 Example Ladders Ltd; used under the MIT licence."
    )


def test_without_a_licence_file_the_assumption_is_reported(tmp_path: Path) -> None:
    result = import_files([_ft(tmp_path / "in")])
    assert result.document["source"]["licence"] == "MIT"  # FT's published licence
    (line,) = _licence_lines(result.report.lines())
    assert "licence assumed from the publisher's repository (MIT" in line
    assert "no LICENSE file beside the input; check it" in line


def test_an_unrecognised_licence_file_is_reported(tmp_path: Path) -> None:
    source = _ft(tmp_path / "in")
    (tmp_path / "in" / "LICENCE.md").write_text("All rights reserved.", encoding="utf-8")
    (line,) = _licence_lines(import_files([source]).report.lines())
    assert "assumed" in line and "LICENCE.md beside the input was not recognised; check it" in line


def test_options_win_over_files_and_publishers(tmp_path: Path) -> None:
    source = _ft(tmp_path / "in")
    (tmp_path / "in" / "LICENSE").write_text(MIT, encoding="utf-8")
    options = LicenceOptions("CC-BY-SA-4.0", "https://example.org/ladder", "By Example.")
    result = import_files([source], licence=options)
    block = result.document["source"]
    assert (block["licence"], block["url"], block["attribution"]) == (
        "CC-BY-SA-4.0", "https://example.org/ladder", "By Example.",
    )  # fmt: skip
    text = "\n".join(result.report.lines())
    assert "licence CC-BY-SA-4.0, from --licence" in text
    assert "source URL from --source-url" in text and "attribution from --attribution" in text


def test_a_sheet_without_any_licence_says_so(tmp_path: Path) -> None:
    result = import_files([s.write(tmp_path / "ladder.csv", s.LONG_CSV)])
    assert "licence" not in result.document.get("source", {})
    (line,) = _licence_lines(result.report.lines())
    assert "no licence recorded (none was found): give --licence" in line


def test_cli_options_reach_the_written_framework(tmp_path: Path) -> None:
    sheet = s.write(tmp_path / "ladder.csv", s.LONG_CSV)
    out = tmp_path / "ladder.yaml"
    done = run_cli("import-framework", str(sheet), "--out", str(out), "--licence", "MIT",
                   "--source-url", "https://example.org/l", "--attribution", "Example Ltd.")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "licence MIT, from --licence" in done.stdout
    source = load_framework(out).source
    assert source is not None
    assert (source.licence, source.url, source.attribution) == (
        "MIT", "https://example.org/l", "Example Ltd.",
    )  # fmt: skip
