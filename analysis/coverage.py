"""What the data cover: which provinces (of the reference table's) and which months, so that no title, filter,
headline, comparison or rank speaks of the country when the data hold only part of it (a court's own extract)."""

from __future__ import annotations

import dataclasses

import polars as pl


@dataclasses.dataclass(frozen=True)
class Coverage:
    provinces: tuple[str, ...]
    n_reference: int

    @property
    def national(self) -> bool:
        """Every province of the reference table has data (an empty folder is not national either)."""
        return bool(self.provinces) and len(self.provinces) >= self.n_reference

    def scope(self, chosen: tuple[str, ...] | list[str]) -> tuple[str, ...]:
        """The provinces a selection speaks of: those chosen, or every covered one when none is chosen; () for
        the whole country."""
        if chosen:
            return tuple(chosen)
        return () if self.national else self.provinces


def coverage_of(covered: pl.DataFrame, reference: pl.DataFrame) -> Coverage:
    """From `data_coverage` (one row per covered province) and the reference table of provinces."""
    return Coverage(tuple(sorted(covered["province_code"].to_list())), reference.height)
