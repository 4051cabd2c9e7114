"""Publishing a package folder safely: one writer at a time, an exchange in one step, and
the leftovers of killed writers cleaned up by the next one.

Every writer of ``<parent>/<name>`` (a build, a release) holds ``<parent>/.<name>.lock``
(an advisory ``flock``) and waits a bounded time for it. A new package is written into the
sibling ``.<name>.tmp-<pid>`` and exchanged with the published folder by one
``renameat2(RENAME_EXCHANGE)``, so the folder never stops existing; the old package is then
in the sibling and removed. Where the exchange is not available (not Linux, or a file system
without it) two renames are used, and a writer killed between them leaves ``.<name>.old-<pid>``,
which the next writer moves back before anything else.
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from kzvotes.errors import BuildLocked, PackageError

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2
_POLL_SECONDS = 0.1

# Locks this thread holds: a release holds the lock and calls the build, which takes it
# again (flock would otherwise wait for itself).
_held = threading.local()


def lock_path(target: Path) -> Path:
    return target.parent / f".{target.name}.lock"


def staging_path(target: Path) -> Path:
    return target.parent / f".{target.name}.tmp-{os.getpid()}"


def _retired_path(target: Path) -> Path:
    return target.parent / f".{target.name}.old-{os.getpid()}"


def _try_lock(path: Path) -> int | None:
    """An open descriptor holding the flock of ``path``, or None when another holds it.

    The holder removes the file when it is done, so a lock taken on a file that has since
    been removed (or replaced) is no lock: checked by inode, and retried by the caller.
    """
    import fcntl

    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        if os.fstat(fd).st_ino == os.stat(path).st_ino:
            return fd
    except (BlockingIOError, FileNotFoundError):
        pass
    os.close(fd)
    return None


def _holder(path: Path) -> str:
    with contextlib.suppress(OSError, ValueError):
        pid = int(path.read_text(encoding="ascii").strip() or "0")
        if pid:
            return f" (process {pid})"
    return ""


@contextlib.contextmanager
def package_lock(target: Path, timeout: float) -> Iterator[None]:
    """Hold the writer's lock of ``target``, waiting at most ``timeout`` seconds for it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    path = lock_path(target).resolve()
    held: set[Path] = _held.__dict__.setdefault("paths", set())
    if path in held:
        yield
        return
    deadline = time.monotonic() + timeout
    while (fd := _try_lock(path)) is None:
        if time.monotonic() >= deadline:
            raise BuildLocked(
                f"{target}: another kzvotes build or release is writing this package"
                f"{_holder(path)}; waited {timeout:g} s for {path.name} (try again when it"
                " has finished, or set KZVOTES_LOCK_TIMEOUT to wait longer)"
            )
        time.sleep(_POLL_SECONDS)
    try:
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        held.add(path)
        yield
    finally:
        held.discard(path)
        with contextlib.suppress(FileNotFoundError):
            os.unlink(path)  # before unlocking: a waiter then retries on a fresh file
        os.close(fd)  # closing the descriptor releases the flock


def recover_leftovers(target: Path) -> list[str]:
    """Under the lock: restore a package a killed writer left retired, remove the rest.

    Returns what was done, one line each, for the build's progress.
    """
    done = []
    retired = sorted(target.parent.glob(f".{target.name}.old-*"), key=lambda p: p.stat().st_mtime)
    if not target.exists() and retired:
        newest = retired.pop()
        os.replace(newest, target)
        done.append(f"restored {target} from {newest.name} (a build was killed mid-swap)")
    for leftover in [*retired, *target.parent.glob(f".{target.name}.tmp-*")]:
        shutil.rmtree(leftover, ignore_errors=True)
        done.append(f"removed {leftover.name}, left by a killed build")
    return done


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths in one step; False when the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (AttributeError, OSError):
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if result == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False
    raise PackageError(f"cannot exchange {first} and {second}: {os.strerror(code)}")


def swap_in(staging: Path, target: Path) -> None:
    """Publish ``staging`` as ``target``; the old package is removed afterwards."""
    if not target.exists():
        os.replace(staging, target)
        return
    if _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)  # now the old package
        return
    retired = _retired_path(target)
    os.replace(target, retired)
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)
