"""Parquet writing for the generator: one file per small table, year partitions for big ones, and
a background thread so that compression overlaps with drawing the next year.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

ROW_GROUP = 1 << 20
# Sorted ids and dates shrink to almost nothing with delta encoding.
DELTA_COLUMNS = {
    "case_id",
    "entry_id",
    "incident_id",
    "transfer_id",
    "filed_date",
    "listed_date",
    "action_date",
    "event_date",
    "assigned_date",
}


def _options(schema: pa.Schema) -> dict:
    string_cols = [f.name for f in schema if pa.types.is_dictionary(f.type) or pa.types.is_string(f.type)]
    delta = {
        c: "DELTA_BINARY_PACKED"
        for c in schema.names
        if c in DELTA_COLUMNS and not pa.types.is_dictionary(schema.field(c).type)
    }
    return {
        "compression": "zstd",
        "compression_level": 1,
        "use_dictionary": string_cols,
        "column_encoding": delta or None,
        "write_statistics": True,
    }


def write_table(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(table, path, row_group_size=ROW_GROUP, **_options(table.schema))


class TableFile:
    """One parquet file written in several parts (one per shard), each part its own row groups."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._writer: pq.ParquetWriter | None = None

    def write(self, table: pa.Table) -> None:
        if self._writer is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._writer = pq.ParquetWriter(self.path, table.schema, **_options(table.schema))
        self._writer.write_table(table, row_group_size=ROW_GROUP)

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None


class BackgroundWriter:
    """Writes tables on one worker thread; at most `depth` tables wait in memory."""

    def __init__(self, depth: int = 1):
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="parquet")
        self._pending: list[Future] = []
        self._depth = depth

    def submit(self, table: pa.Table, target: Path | TableFile) -> None:
        """Writes `table` to a file of its own at a path, or as the next part of a TableFile (in submit order)."""
        while len(self._pending) >= self._depth:
            self._pending.pop(0).result()
        if isinstance(target, TableFile):
            self._pending.append(self._pool.submit(target.write, table))
        else:
            self._pending.append(self._pool.submit(write_table, table, target))

    def close(self) -> None:
        try:
            for f in self._pending:
                f.result()
        finally:
            self._pending.clear()
            self._pool.shutdown(wait=True)
