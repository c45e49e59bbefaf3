"""Is a folder on a network file system? SQLite's WAL mode cannot be trusted there."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from core.i18n import translate

NETWORK_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph",
     "glusterfs", "lustre", "gpfs", "fuse.sshfs", "sshfs", "fuse.rclone", "davfs", "fuse.davfs2",
     "webdav", "fuse.glusterfs", "fuse.s3fs"}
)  # fmt: skip
PROC_MOUNTS = Path("/proc/mounts")


def _unescape(field: str) -> str:
    # /proc/mounts writes spaces, tabs and backslashes in paths as octal escapes.
    return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\")


def mount_type(path: Path, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """The file system type of the mount holding ``path`` (Linux), None when unknown."""
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = _unescape(fields[1])
        inside = target == mount_point or target.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_is_remote(path: Path) -> bool:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True  # a UNC path: \\server\share
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    return bool(ctypes.windll.kernel32.GetDriveTypeW(root) == drive_remote)  # type: ignore[attr-defined]


def network_file_system(path: Path, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """The network file system type ``path`` is on ("nfs4", "cifs", …), None for a local disk."""
    if sys.platform == "win32":
        return "network drive" if _windows_is_remote(path) else None
    existing = path
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    kind = mount_type(existing, mounts_file)
    if kind is None:
        return None
    return kind if kind in NETWORK_TYPES or kind.startswith("nfs") else None


def network_warning(path: Path, mounts_file: Path = PROC_MOUNTS) -> str | None:
    """A warning for the user when the data folder is on a network file system."""
    kind = network_file_system(path, mounts_file)
    if kind is None:
        return None
    return translate(
        "Storage",
        "Your data folder {folder} is on a network file system ({kind}). SQLite cannot guarantee "
        "that the file survives a crash or a dropped connection there. Keep the data folder on a "
        "local disk (use --data-dir or SKILL_LADDER_DATA_DIR) and let your backups go to the "
        "network.",
    ).format(folder=path, kind=kind)
