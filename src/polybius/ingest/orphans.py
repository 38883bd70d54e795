"""Worker processes die with the ingest that started them.

A ``kill -9`` of ``polybius ingest`` gives its workers no signal; left alone they live on
(each holding a loaded pipeline, ~500 MB). On Linux the kernel is asked to kill the
worker when its parent dies (``PR_SET_PDEATHSIG``); everywhere a watchdog thread checks
the parent once a second and exits when it is gone.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
import threading
import time

_PR_SET_PDEATHSIG = 1


def _kernel_kills_orphan() -> None:
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        pass  # the watchdog below still works


def _watch(parent_pid: int, interval: float) -> None:
    while True:
        if os.getppid() != parent_pid:
            os._exit(1)  # the parent is gone: nothing would collect our results
        time.sleep(interval)


def die_with_parent(parent_pid: int, interval: float = 1.0) -> None:
    """Make this process exit when ``parent_pid`` (its parent) exits."""
    _kernel_kills_orphan()
    if os.getppid() != parent_pid:  # the parent died before we got here
        os._exit(1)
    threading.Thread(target=_watch, args=(parent_pid, interval), daemon=True,
                     name="polybius-orphan-watchdog").start()
