"""Writing exports safely: sanitised file names and atomic replacement."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

MAX_STEM_BYTES = 150
"""File systems allow 255 bytes per name; leave room for a suffix and a temporary prefix."""

NEW_FILE_MODE = 0o644

_WINDOWS_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}  # fmt: skip
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')


def _is_kept(character: str) -> bool:
    # Letters, digits, marks, punctuation and spaces of any script stay; symbols such as emoji
    # and control or format characters (including bidi overrides) go.
    category = unicodedata.category(character)
    return category[0] in "LMNPZ" and category not in {"Zl", "Zp"}


def safe_file_name(stem: str, suffix: str, *, fallback: str = "export") -> str:
    """A file name built from ``stem`` that is valid on Windows, macOS and Linux.

    Path separators, reserved characters and emoji are replaced, reserved Windows device names
    are prefixed, leading/trailing dots and spaces are stripped, and the name is cut to a safe
    length without splitting a character.
    """
    text = unicodedata.normalize("NFC", stem)
    text = _UNSAFE.sub(" ", text)
    text = "".join(c if _is_kept(c) else " " for c in text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    text = re.sub(r"\.{2,}", ".", text)
    if not text:
        text = fallback
    if text.split(".")[0].upper() in _WINDOWS_RESERVED:
        text = f"_{text}"
    encoded = text.encode("utf-8")
    if len(encoded) > MAX_STEM_BYTES:
        text = encoded[:MAX_STEM_BYTES].decode("utf-8", errors="ignore").rstrip(" .")
    return f"{text}{suffix}"


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the whole new one.

    The bytes go to a temporary file in the same directory, are flushed to disk, and only then
    replace ``path``. On any failure the temporary file is removed and an older ``path`` is left
    as it was.
    """
    path = Path(path)
    directory = path.parent
    # The temporary file is private (0600); the result gets the old file's mode, or the usual
    # mode of a new document.
    mode = path.stat().st_mode & 0o777 if path.exists() else NEW_FILE_MODE
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 (closed below, kept on success)
        dir=directory, prefix=f".{path.name[:60]}.", suffix=".part", delete=False
    )
    temporary = Path(handle.name)
    try:
        with handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    sync_directory(directory)


def sync_file(path: Path) -> None:
    """Flush a file's contents to the disk."""
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_directory(directory: Path) -> None:
    """Make renames in ``directory`` durable (POSIX only; Windows cannot open directories)."""
    if os.name != "posix":
        return
    descriptor = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
