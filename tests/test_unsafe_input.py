"""Unsafe or absurd framework files are refused before anything is built or executed."""

from __future__ import annotations

import time
import tracemalloc
from pathlib import Path

import pytest

from core.documents import MAX_DEPTH, MAX_FILE_BYTES
from core.errors import FrameworkError
from core.framework_files import load_framework
from tests.framework_factory import framework_data, write_yaml


def refusal(path: Path) -> str:
    with pytest.raises(FrameworkError) as caught:
        load_framework(path)
    assert len(caught.value.problems) == 1
    return str(caught.value.problems[0])


def test_python_object_tag_is_refused_and_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f"schema_version: 1\nframework: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    message = refusal(path)
    assert message == (
        f"{path}:2: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed "
        "(plain data only)"
    )
    assert not marker.exists()


def test_alias_bomb_is_refused_fast_and_small(tmp_path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, 10):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(lines) + "\n")
    tracemalloc.start()
    started = time.perf_counter()
    message = refusal(path)
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert "YAML anchor '&a0' is not allowed" in message
    assert elapsed < 1.0
    assert peak < 5_000_000


def test_plain_anchor_and_alias_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "alias.yaml"
    path.write_text("x: 1\ny: *missing\n")
    assert "alias" in refusal(path)


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    path.write_bytes(b"# " + b"x" * MAX_FILE_BYTES + b"\n")
    assert "the limit is 4,194,304 bytes" in refusal(path)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_absurd_nesting_is_refused(tmp_path: Path, suffix: str) -> None:
    depth = MAX_DEPTH + 5
    path = tmp_path / f"deep{suffix}"
    path.write_text("[" * depth + "]" * depth)
    assert f"nested deeper than {MAX_DEPTH} levels" in refusal(path)


def test_non_utf8_bytes_are_refused_with_the_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("schema_version: 1\nname: Caf\xe9\n".encode("latin-1"))
    assert refusal(path) == f"{path}:2: not UTF-8 text (byte 0xe9); save it as UTF-8"


def test_bom_and_crlf_are_accepted(tmp_path: Path) -> None:
    path = write_yaml(tmp_path / "fw.yaml", framework_data())
    raw = path.read_bytes().replace(b"\n", b"\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + raw)
    assert load_framework(path).id == "test-fw"


def test_several_documents_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "two.yaml"
    path.write_text("a: 1\n---\nb: 2\n")
    assert "more than one YAML document" in refusal(path)


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    path = tmp_path / "syntax.yaml"
    path.write_text("schema_version: 1\nlevels:\n  - id: [unclosed\n")
    assert refusal(path).startswith(f"{path}:4: not valid YAML")


def test_missing_file_is_reported(tmp_path: Path) -> None:
    assert "cannot read the file" in refusal(tmp_path / "absent.yaml")


def test_a_large_framework_is_read_without_a_node_tree(tmp_path: Path) -> None:
    """A framework of a few MB is built straight from the parser's events: the peak stays
    within a small multiple of the file (PyYAML's node tree took over 50 times its size)."""
    path = write_yaml(tmp_path / "big.yaml", framework_data(level_count=5, skill_count=300,
                                                            role_count=50))  # fmt: skip
    size = path.stat().st_size
    assert size > 1_000_000
    tracemalloc.start()
    try:
        framework = load_framework(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(framework.roles) == 50
    assert peak < 30 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.1f} MB file"
