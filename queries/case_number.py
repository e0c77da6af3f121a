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
