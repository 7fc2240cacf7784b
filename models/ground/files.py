"""File-level care: files written whole or not at all, private permissions, and warnings about where an
event file lives."""
from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.ground.errors import BelvedereError

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}


def make_private(path: Path) -> None:
    """Readable and writable by the owner only, where the system has such permissions."""
    if os.name == "posix":
        try:
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        except OSError:
            pass  # a FAT-formatted stick has no permissions to set


@contextmanager
def written_aside(target: str | os.PathLike, private: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it replaces `target` once the block ends without an error.

    Nobody opens a half-written file, and an old file stays untouched if writing fails.
    With `private`, the new file is readable and writable by the owner only from its first byte.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise BelvedereError(f"The folder {target.parent} does not exist. Create it or choose another place.")
    # a name of its own, so two writers of one target never write into each other's file
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        # created empty here with its permissions; the writer opens it again and keeps them
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666))
        yield temporary
        os.replace(temporary, target)
    except PermissionError as error:
        raise BelvedereError(
            f"{target} cannot be written: it may be open in another program, or the folder is read-only. "
            "Close the file or choose another place, then try again."
        ) from error
    finally:
        temporary.unlink(missing_ok=True)


def _linux_mount_type(path: Path) -> str | None:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    best, best_type = "", None
    resolved = str(path.resolve())
    for line in mounts:
        fields = line.split()
        if len(fields) >= 3:
            mount_point = fields[1].replace("\\040", " ")
            if (resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
                best, best_type = mount_point, fields[2]
    return best_type


def _windows_is_remote(path: Path) -> bool:
    text = str(path.resolve())
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive_remote = 4
    return ctypes.windll.kernel32.GetDriveTypeW(text[:3]) == drive_remote


def is_on_network_share(path: Path) -> bool:
    """SQLite's locking is unreliable over network file systems: warn before using a file there."""
    path = Path(path)
    folder = path if path.is_dir() else path.parent
    if sys.platform == "win32":
        return _windows_is_remote(folder)
    mount_type = _linux_mount_type(folder)
    return mount_type in NETWORK_FILESYSTEMS if mount_type else False


NETWORK_SHARE_WARNING = (
    "This event file is on a network share. Two laptops writing one file over the network can corrupt it: "
    "copy it to this laptop, or use a database server for several desks."
)
