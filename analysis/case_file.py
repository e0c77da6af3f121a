"""One case told once: the timeline's dishonest-list steps are the case's own list entries, the same facts its
list section shows, so the two never disagree."""

from __future__ import annotations

import datetime as dt

import polars as pl

LISTED, REMOVED = "listed_dishonest", "removed_dishonest"


def story(events: pl.DataFrame, listings: pl.DataFrame, since: dt.date) -> pl.DataFrame:
    """The case's events from `since`, with its listing steps taken from its list entries (`case_listings`):
    a listing for each entry on its listing date and, once removed, a removal on its removal date."""
    kept = events.filter(pl.col("event_type") != LISTED)
    entries = listings.filter(pl.col("listed_date") >= since)
    steps = pl.concat(
        [
            entries.select(pl.col("listed_date").alias("event_date"), pl.lit(LISTED).alias("event_type")),
            entries.drop_nulls("removed_date").select(
                pl.col("removed_date").alias("event_date"), pl.lit(REMOVED).alias("event_type")
            ),
        ]
    )
    steps = steps.with_columns(
        *[pl.lit(None, dtype=dtype).alias(c) for c, dtype in events.schema.items() if c not in steps.columns]
    ).select(events.columns)
    return pl.concat([kept, steps]).sort("event_date", "event_type")
