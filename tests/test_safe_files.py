"""Exports: file names that are safe everywhere, and writes that never leave a broken file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core import safe_files
from core.safe_files import MAX_STEM_BYTES, safe_file_name, write_atomically

RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
            *(f"LPT{i}" for i in range(1, 10))}  # fmt: skip


@pytest.mark.parametrize(
    ("stem", "expected"),
    [
        ("../../etc/passwd", "etc passwd.pdf"),
        ("..\\..\\Windows\\win.ini", "Windows win.ini.pdf"),
        ("CON", "_CON.pdf"),
        ("lpt1.backup", "_lpt1.backup.pdf"),
        ("trailing dots and spaces. . .  ", "trailing dots and spaces.pdf"),
        ("🙂🚀", "export.pdf"),
        ("Growth plan - 王小明 - MLOps 🙂", "Growth plan - 王小明 - MLOps.pdf"),
        ('a:b|c?d*e<f>g"h', "a b c d e f g h.pdf"),
        ("right\u202eto-left override", "right to-left override.pdf"),
        ("tab\tnew\nline", "tab new line.pdf"),
    ],
)
def test_file_names_are_sanitised(stem: str, expected: str) -> None:
    assert safe_file_name(stem, ".pdf") == expected


@given(st.text(max_size=400))
def test_any_text_gives_a_portable_name(stem: str) -> None:
    name = safe_file_name(stem, ".pdf")
    base = name.removesuffix(".pdf")
    assert base and base == base.strip(" .")
    assert not set('<>:"/\\|?*') & set(name)
    assert all(ord(c) >= 32 for c in name)
    assert base.split(".")[0].upper() not in RESERVED
    assert len(base.encode("utf-8")) <= MAX_STEM_BYTES
    assert ".." not in name


def test_atomic_write_replaces_the_whole_file(tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")
    write_atomically(target, b"new contents")
    assert target.read_bytes() == b"new contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_failed_write_keeps_the_older_file_and_leaves_no_debris(
    tmp_path: Path, monkeypatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"the older plan")

    def disk_full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_files.os, "fsync", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"x" * 100_000)
    assert target.read_bytes() == b"the older plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_write_into_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_atomically(tmp_path / "missing" / "plan.pdf", b"data")
    assert list(tmp_path.iterdir()) == []


def test_written_files_get_a_normal_mode_or_keep_the_old_one(tmp_path: Path) -> None:
    fresh = tmp_path / "new.pdf"
    write_atomically(fresh, b"data")
    assert fresh.stat().st_mode & 0o777 == 0o644
    kept = tmp_path / "kept.pdf"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_atomically(kept, b"new")
    assert kept.stat().st_mode & 0o777 == 0o640
