"""The shared filters' values as the URL holds them, read back against what exists in the data: a list filter as
'a,b', the period as two months ('YYYY-MM') that are left out when they are the data's own first and last.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence


def read_list(key: str, raw: str | None, allowed: Sequence[str]) -> tuple[list[str] | None, list[str]]:
    """The values of a list filter's URL value that exist in `allowed`, in the URL's order and once each (None
    when the URL does not set the filter), and the 'key=value' items dropped."""
    if not raw:
        return None, []
    kept: list[str] = []
    dropped: list[str] = []
    for item in raw.split(","):
        if item in allowed and item not in kept:
            kept.append(item)
        else:
            dropped.append(f"{key}={item}")
    return kept, dropped


def write_list(values: Sequence[str]) -> str | None:
    """A list filter's URL value; None (no parameter) when nothing is chosen."""
    return ",".join(values) if values else None


def read_period(query: Mapping[str, str], months: Sequence[str], keys: tuple[str, str]) -> tuple[str, str, list[str]]:
    """The first and last month the URL asks for under `keys` (from, to), and the items dropped. A month the data
    do not hold falls back to the data's first or last; a reversed period falls back to the whole range, since
    which end was meant cannot be known."""
    (from_key, to_key), dropped = keys, []
    start, end = query.get(from_key, months[0]), query.get(to_key, months[-1])
    if start not in months:
        dropped.append(f"{from_key}={start}")
        start = months[0]
    if end not in months:
        dropped.append(f"{to_key}={end}")
        end = months[-1]
    if start > end:
        dropped.append(f"{from_key}={start}>{to_key}={end}")
        start, end = months[0], months[-1]
    return start, end, dropped


def write_period(start: str, end: str, months: Sequence[str], keys: tuple[str, str]) -> dict[str, str]:
    """The period's URL parameters: only the ends that differ from the data's, so that a link to the whole range
    stays whole when the data grow."""
    out = {}
    if start != months[0]:
        out[keys[0]] = start
    if end != months[-1]:
        out[keys[1]] = end
    return out
