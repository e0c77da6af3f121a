"""How long a step of a build took and how many cores it kept busy, for the build's progress lines."""

from __future__ import annotations

import time


def cpu_seconds() -> float:
    """The process's CPU time so far (user and system, every thread)."""
    return time.process_time()


def elapsed(wall_started: float, cpu_started: float) -> tuple[float, float]:
    """A step's elapsed seconds and how many cores it kept busy on average."""
    wall = time.perf_counter() - wall_started
    return wall, (cpu_seconds() - cpu_started) / wall if wall > 0 else 0.0


def timing(wall_started: float, cpu_started: float) -> str:
    """A step's elapsed seconds and cores as a progress line says them, e.g. `61.2s, 1.8 cores`."""
    wall, cores = elapsed(wall_started, cpu_started)
    return f"{wall:.1f}s, {cores:.1f} cores"
