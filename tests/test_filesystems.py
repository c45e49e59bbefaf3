"""The data folder on a network file system is detected from the mount table."""

from __future__ import annotations

from pathlib import Path

from core.filesystems import mount_type, network_file_system, network_warning


def _mounts(tmp_path: Path, data: Path, kind: str) -> Path:
    mounts = tmp_path / "mounts"
    escaped = str(data).replace(" ", "\\040")
    mounts.write_text(
        "sysfs /sys sysfs rw 0 0\n"
        "/dev/sda1 / ext4 rw,relatime 0 0\n"
        f"server:/export {escaped} {kind} rw,vers=4.2 0 0\n"
        "garbage\n",
        encoding="utf-8",
    )
    return mounts


def test_nfs_and_smb_data_folders_are_flagged(tmp_path: Path) -> None:
    data = tmp_path / "shared data"
    (data / "sub").mkdir(parents=True)
    for kind in ("nfs4", "cifs", "fuse.sshfs"):
        mounts = _mounts(tmp_path, data, kind)
        assert network_file_system(data / "sub", mounts) == kind
        warning = network_warning(data / "not-created-yet", mounts)
        assert warning is not None and kind in warning and str(data) in warning
    # A sibling whose name merely starts with the mount point is not inside it.
    sibling = tmp_path / "shared data-local"
    sibling.mkdir()
    assert network_file_system(sibling, mounts) is None


def test_local_disks_are_not_flagged(tmp_path: Path) -> None:
    data = tmp_path / "local"
    data.mkdir()
    mounts = _mounts(tmp_path, data, "ext4")
    assert mount_type(data, mounts) == "ext4"
    assert network_file_system(data, mounts) is None
    assert network_warning(data, mounts) is None
    assert network_file_system(tmp_path / "missing", tmp_path / "no-mounts-file") is None
