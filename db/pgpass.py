"""libpq's password file (``~/.pgpass``, or ``PGPASSFILE``): where a team database's password is
kept when the user asks, so that no file of this app ever holds one.

One line per server: ``host:port:database:user:password``, with ``:`` and ``\\`` escaped by a
backslash. Saving again for the same host, port, database and user replaces that line's password;
every other line (and comment) is kept as it was. The file is private (mode 0600): libpq ignores
a password file that others may read.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

PASSFILE_ENV = "PGPASSFILE"


def pgpass_path() -> Path:
    """Where libpq looks for passwords: ``PGPASSFILE``, else ``~/.pgpass`` (on Windows
    ``%APPDATA%\\postgresql\\pgpass.conf``)."""
    override = os.environ.get(PASSFILE_ENV)
    if override:
        return Path(override).expanduser()
    if sys.platform == "win32" and os.environ.get("APPDATA"):
        return Path(os.environ["APPDATA"]) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def escape(field: str) -> str:
    """A field as the password file spells it."""
    return field.replace("\\", "\\\\").replace(":", "\\:")


def split_line(line: str) -> list[str]:
    """The unescaped fields of one line."""
    fields, current, escaped = [], [], False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def save_password(
    host: str, port: str, database: str, user: str, password: str, path: Path | None = None
) -> Path:
    """Keep ``password`` for this server, database and user in the password file (created with
    mode 0600; an existing entry for the same four is replaced, not repeated). Returns the file.
    Raises OSError when it cannot be written."""
    path = path or pgpass_path()
    key = [host, port, database, user]
    new_line = ":".join(escape(field) for field in [*key, password])
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    kept: list[str] = []
    replaced = False
    for line in lines:
        if not line.startswith("#") and split_line(line)[:4] == key:
            if not replaced:
                kept.append(new_line)
                replaced = True
            continue  # a duplicate of the same entry: libpq would use the first anyway
        kept.append(line)
    if not replaced:
        kept.append(new_line)
    _write_private(path, "\n".join(kept) + "\n")
    return path


def _write_private(path: Path, text: str) -> None:
    """Replace ``path`` by ``text`` atomically, readable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=".pgpass.", suffix=".part")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            os.chmod(temporary, 0o600)
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    os.chmod(path, 0o600)
