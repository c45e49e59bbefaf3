"""Files in and out, safely: bounded reads of regular files only, sanitised file names and
atomic replacement."""

from __future__ import annotations

import os
import re
import stat
import tempfile
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from core.errors import InputFileError, Problem
from core.i18n import QT_TRANSLATE_NOOP, translate

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


_KINDS = (
    (stat.S_ISDIR, QT_TRANSLATE_NOOP("InputFile", "a folder")),
    (stat.S_ISFIFO, QT_TRANSLATE_NOOP("InputFile", "a pipe (FIFO)")),
    (stat.S_ISCHR, QT_TRANSLATE_NOOP("InputFile", "a device")),
    (stat.S_ISBLK, QT_TRANSLATE_NOOP("InputFile", "a device")),
    (stat.S_ISSOCK, QT_TRANSLATE_NOOP("InputFile", "a socket")),
)
_CHUNK = 1 << 20


def special_file_kind(mode: int) -> str | None:
    """What a file of ``st_mode`` is when it is not a regular file (None for a regular one)."""
    if stat.S_ISREG(mode):
        return None
    return next(
        (kind for test, kind in _KINDS if test(mode)),
        QT_TRANSLATE_NOOP("InputFile", "a special file"),
    )


def not_regular_message(kind: str) -> str:
    """The sentence refusing a file that is not a regular file (``kind``: from
    :func:`special_file_kind`, translated here)."""
    return translate(
        "InputFile", "not a regular file (it is {kind}); choose a file saved on the disk"
    ).format(kind=translate("InputFile", kind))


def read_input_file(path: Path | str, *, max_bytes: int, name: str | None = None) -> bytes:
    """Read at most ``max_bytes`` from the regular file at ``path``.

    Anything else is refused with :class:`InputFileError` before a byte is read: a FIFO (opened
    without blocking, so it cannot hang), a device such as /dev/zero behind a symlink (endless,
    and 0 bytes to ``stat``), a folder. The size is checked on the opened file and the read is
    bounded too, so a file that grows meanwhile cannot exceed the limit. ``name`` (default: the
    path) is used in messages.
    """
    name = str(path) if name is None else name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except IsADirectoryError:
        raise InputFileError([Problem(name, not_regular_message("a folder"))]) from None
    except OSError as exc:
        raise InputFileError([Problem(name, cannot_read(exc))]) from None
    try:
        info = os.fstat(descriptor)
        kind = special_file_kind(info.st_mode)
        if kind is not None:
            raise InputFileError([Problem(name, not_regular_message(kind))])
        if info.st_size > max_bytes:
            raise InputFileError([_too_large(name, max_bytes, info.st_size)])
        chunks: list[bytes] = []
        total = 0
        while chunk := os.read(descriptor, min(_CHUNK, max_bytes + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise InputFileError([_too_large(name, max_bytes, None)])
    except OSError as exc:
        raise InputFileError([Problem(name, cannot_read(exc))]) from None
    finally:
        os.close(descriptor)
    return b"".join(chunks)


def cannot_read(exc: OSError) -> str:
    """Why a file could not be read."""
    return translate("InputFile", "cannot read the file: {reason}").format(
        reason=exc.strerror or exc
    )


def too_large(size: int | None, max_bytes: int) -> str:
    """The refusal of a file over the size limit (``size`` None: not known exactly)."""
    if size is None:
        return translate(
            "InputFile", "file is larger than the limit; the limit is {limit} bytes"
        ).format(limit=f"{max_bytes:,}")
    return translate("InputFile", "file is {size} bytes; the limit is {limit} bytes").format(
        size=f"{size:,}", limit=f"{max_bytes:,}"
    )


def _too_large(name: str, max_bytes: int, size: int | None) -> Problem:
    return Problem(name, too_large(size, max_bytes))


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
    write_atomically_with(path, lambda handle: handle.write(data))


def write_atomically_with(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Like :func:`write_atomically`, with ``write`` filling the file piece by piece (a large
    export is never held in memory whole)."""
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
            write(handle)
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
