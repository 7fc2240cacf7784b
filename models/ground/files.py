"""File-level care: files written whole or not at all, private permissions, and warnings about where an
event file lives.

Everything Belvedere writes may hold personal data or the badge secret, so it is created private: files
0600 and Belvedere's own folders 0700, with the mode given when the file is created (never a moment in
which others could read it).
"""
from __future__ import annotations

import os
import secrets
import stat
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from models.ground.errors import BelvedereError
from models.ground.i18n import QT_TRANSLATE_NOOP, translate

PRIVATE_FILE = stat.S_IRUSR | stat.S_IWUSR  # 0600
PRIVATE_FOLDER = stat.S_IRWXU  # 0700
READ_ONLY_SENTENCE = QT_TRANSLATE_NOOP("ground", "The event file is read-only: nothing was saved. Copy it to a writable "
                                                "place and open the copy.")

NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smb", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ncpfs", "davfs"}


def make_private(path: Path) -> None:
    """Readable and writable by the owner only, where the system has such permissions (a file written by
    an earlier Belvedere, or by another program)."""
    if os.name == "posix":
        try:
            os.chmod(path, PRIVATE_FILE)
        except OSError:
            pass  # a FAT-formatted stick has no permissions to set


def _private_opener(path, flags: int) -> int:
    return os.open(path, flags, PRIVATE_FILE)


def open_private(path: str | os.PathLike, mode: str = "a", **options):
    """`open()`, but a file it creates is the owner's only from its first byte (for the journal and the log)."""
    return open(path, mode, opener=_private_opener, **options)


def private_folder(path: str | os.PathLike, own: bool = False) -> Path:
    """A folder only the owner can open, created with its missing parents. One of Belvedere's own (`own`: data,
    backups, logs, settings) left open by an earlier Belvedere is closed; a folder the user chose is left as it is."""
    path = Path(path)
    if not path.parent.exists():
        private_folder(path.parent, own)
    try:
        path.mkdir(mode=PRIVATE_FOLDER)
    except FileExistsError:
        if own and os.name == "posix" and path.is_dir() and stat.S_IMODE(path.stat().st_mode) & 0o077:
            try:
                os.chmod(path, PRIVATE_FOLDER)
            except OSError:
                pass  # not ours to change (a shared folder chosen for BELVEDERE_HOME)
    return path


def can_write_in(folder: Path) -> bool:
    """Whether a file can be created in the folder right now (a stick's lock switch, a medium that turned
    read-only after an error, a folder without write permission): tried, not guessed from flags."""
    probe = Path(folder) / f".belvedere-probe-{os.getpid()}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        return True
    except OSError:
        return False
    probe.unlink(missing_ok=True)
    return True


def is_read_only(path: Path) -> bool:
    """True when the event file cannot be written where it is: the file, or its folder (SQLite writes its
    -wal and -shm files beside it), or the medium."""
    path = Path(path)
    return not os.access(path, os.W_OK) or not can_write_in(path.parent)


@contextmanager
def written_aside(target: str | os.PathLike, private: bool = True) -> Iterator[Path]:
    """Yield a temporary path beside `target`; it replaces `target` once the block ends without an error.

    Nobody opens a half-written file, and an old file stays untouched if writing fails. The new file is
    readable and writable by the owner only from its first byte (everything Belvedere writes may hold
    personal data or the badge secret); `private=False` leaves it to the system's usual permissions.
    """
    target = Path(target)
    if not target.parent.is_dir():
        raise BelvedereError(translate("ground", "The folder {parent} does not exist. Create it or choose another "
                                                 "place.").format(parent=target.parent))
    # a name of its own, so two writers of one target never write into each other's file
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        # created empty here with its permissions; the writer opens it again and keeps them
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE if private else 0o666))
        yield temporary
        os.replace(temporary, target)
    except PermissionError as error:
        raise BelvedereError(
            translate("ground", "{target} cannot be written: it may be open in another program, or the folder is "
                                "read-only. Close the file or choose another place, then try again.").format(target=target)
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


NETWORK_SHARE_WARNING = QT_TRANSLATE_NOOP(
    "ground",
    "This event file is on a network share. Two laptops writing one file over the network can corrupt it: "
    "copy it to this laptop, or use a database server for several desks."
)
