"""The SQL the project writes: DuckDB's dialect as its files use it (for SQLGlot), where the rollup SQL lives and
the filing years the rollups are built over. The rollup builder and the Spark path both read it, so neither
imports the other.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

ROLLUP_SQL_DIR = Path(__file__).parent / "rollup_sql"
# The filing years a `$year` rollup file is run for, one run per year.
FILING_YEARS = "SELECT DISTINCT year(filed_date) FROM enforcement_cases WHERE filed_date IS NOT NULL ORDER BY 1"


@cache
def duckdb_dialect():
    """DuckDB as the query files write it, for SQLGlot: `keep` is the filter macro's name, not Oracle's KEEP
    keyword. Made on first use, so that what does not parse SQL does not load SQLGlot."""
    from sqlglot.dialects.duckdb import DuckDB

    class DashboardDuckDB(DuckDB):
        class Tokenizer(DuckDB.Tokenizer):
            KEYWORDS = {k: v for k, v in DuckDB.Tokenizer.KEYWORDS.items() if k != "KEEP"}

    return DashboardDuckDB
