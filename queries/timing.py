"""How long a step of a build took and how many cores it kept busy, for the build's progress lines."""

from __future__ import annotations

import resource
import time


def cpu_seconds() -> float:
    """The process's CPU time so far (user and system, every thread)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timing(wall_started: float, cpu_started: float) -> str:
    """A step's elapsed seconds and how many cores it kept busy on average, e.g. `61.2s, 1.8 cores`."""
    wall = time.perf_counter() - wall_started
    return f"{wall:.1f}s, {(cpu_seconds() - cpu_started) / wall if wall > 0 else 0:.1f} cores"
