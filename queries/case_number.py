"""Case numbers such as (2020)甘05执12号: parsed into the parts the case queries bind, and formatted back."""

from __future__ import annotations

import re

# (year) court-prefix 执 [subtype such as 恢/异] sequence 号; full-width parentheses are accepted too.
_PATTERN = re.compile(r"^[(（](\d{4})[)）]([\u4e00-\u9fff]\d{0,4})执(\d{1,7})号$")


def parse(text: str) -> tuple[int, str, int] | None:
    """'(2020)甘05执12号' -> (2020, '甘05', 12); None when the text is not a case number."""
    m = _PATTERN.match(text.strip().replace(" ", ""))
    if not m:
        return None
    year, prefix, seq = int(m.group(1)), m.group(2), int(m.group(3))
    if not 1990 <= year <= 2100 or seq == 0:
        return None
    return year, prefix, seq


def format(year: int, prefix: str, seq: int) -> str:
    return f"({year}){prefix}执{seq}号"


# A partial case number: any of (year), court prefix, 执 and sequence number, in that order, e.g. "甘05执",
# "(2020)甘05", "(2021)京0105执34". Without 执 the prefix matches every court whose prefix starts with it (甘05 and
# the basic courts 甘0502, ...); with 执 only that court.
_PARTIAL = re.compile(r"^(?:[(](\d{4})[)]?)?((?!执)[\u4e00-\u9fff]\d{0,4})?(执)?(\d{1,7})?号?$")


def parse_partial(text: str) -> dict | None:
    """'(2020)甘05' -> {'year': 2020, 'prefix': '甘05', 'prefix_exact': False, 'seq': 0}; None when the text is not
    (part of) a case number or says nothing. seq 0 means any number."""
    cleaned = text.strip().replace(" ", "").replace("（", "(").replace("）", ")")
    m = _PARTIAL.match(cleaned)
    if not cleaned or not m:
        return None
    year, prefix, zhi, seq = m.group(1), m.group(2) or "", m.group(3), m.group(4)
    if seq and not zhi:
        return None
    if year is None and not prefix and not seq:
        return None
    if year is not None and not 1990 <= int(year) <= 2100:
        return None
    if seq is not None and int(seq) == 0:
        return None
    return {
        "year": int(year) if year else None,
        "prefix": prefix,
        "prefix_exact": bool(zhi and prefix),
        "seq": int(seq) if seq else 0,
    }
