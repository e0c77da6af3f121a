"""Fast draws of cases that are open on a given day, from a sorted list of candidate cases.

Drawing case indices uniformly and rejecting the closed ones wastes most draws (cases close within
months) and each rejected draw costs random reads into 100-million-entry arrays. Instead the
filing day is drawn first, weighted by how many candidates were filed that day and by the chance
that a case of that age is still open (the empirical survival curve of the list), and only then a
case of that day: most draws are accepted.
"""

from __future__ import annotations

import numpy as np

from sample_data import calendar as cal


class OpenCaseSampler:
    def __init__(
        self,
        filed: np.ndarray,
        closed: np.ndarray,
        pool: np.ndarray,
        rng: np.random.Generator,
        needs_open: bool = True,
        max_age: int = 730,
    ):
        self.pool = pool
        self.filed, self.closed = filed, closed
        self.max_age = max_age
        # offsets[d] = first position in pool of a case filed on day d or later
        self.offsets = np.searchsorted(filed[pool], np.arange(cal.N_DAYS + 1), side="left")
        if needs_open and len(pool):
            probe = pool[rng.integers(0, len(pool), min(len(pool), 400_000))]
            dur = closed[probe].astype(np.int32) - filed[probe].astype(np.int32)  # NULL_DAY: huge
            hist = np.bincount(np.clip(dur, 0, max_age + 1), minlength=max_age + 2)
            surv = 1.0 - np.cumsum(hist) / len(probe) + hist / len(probe)  # P(duration >= a)
            self.surv = np.maximum(surv[: max_age + 1], 1e-6)
        else:
            self.surv = np.ones(max_age + 1)
        self.needs_open = needs_open

    def draw(
        self,
        days: np.ndarray,
        rng: np.random.Generator,
        taken: np.ndarray,
        accept=None,
        min_age: int = 0,
        rounds: int = 40,
    ) -> np.ndarray:
        """One distinct case per entry of `days` (sorted days within one month): filed at least
        `min_age` days before and, if needs_open, not closed before the day; cases marked in
        `taken` are skipped and the chosen ones get marked. `accept(cand, rows)` returns a boolean
        mask for extra conditions. -1 where none was found."""
        k = len(days)
        out = np.full(k, -1, np.int64)
        if k == 0 or not len(self.pool):
            return out
        d_mid = int(days[len(days) // 2])
        fd = np.arange(max(0, int(days[0]) - self.max_age), int(days[-1]) - min_age + 1)
        if not len(fd):
            return out
        cnt = (self.offsets[fd + 1] - self.offsets[fd]).astype(np.float64)
        age = np.clip(d_mid - fd, 0, self.max_age)
        w = cnt * self.surv[age]
        if w.sum() <= 0:
            return out
        cdf = np.cumsum(w)
        cdf /= cdf[-1]
        # inverse CDF through a lookup table: one gather per draw instead of a binary search
        lut = np.searchsorted(cdf, (np.arange(1 << 16) + 0.5) / (1 << 16), side="right").clip(0, len(fd) - 1)
        todo = np.arange(k)
        rate = 0.7
        for _ in range(rounds):
            if not len(todo):
                break
            draws = int(len(todo) / rate * 1.2) + 16
            row = todo[np.arange(draws) % len(todo)]
            f = fd[lut[rng.integers(0, 1 << 16, draws)]]
            pos = self.offsets[f] + (rng.random(draws) * (self.offsets[f + 1] - self.offsets[f])).astype(np.int64)
            pos = np.minimum(pos, len(self.pool) - 1)
            cand = self.pool[pos].astype(np.int64)
            d = days[row]
            ok = self.filed[cand] <= d - max(min_age, 1)
            if self.needs_open:
                ok &= self.closed[cand] >= d
            ok &= ~taken[cand]
            cand, row = cand[ok], row[ok]
            if accept is not None and len(cand):
                a = accept(cand, row)
                cand, row = cand[a], row[a]
            rate = max(0.01, len(cand) / draws)
            _, first = np.unique(row, return_index=True)
            cand, row = cand[first], row[first]
            cand, uniq = np.unique(cand, return_index=True)
            row = row[uniq]
            taken[cand] = True
            out[row] = cand
            todo = np.flatnonzero(out < 0)
        return out
