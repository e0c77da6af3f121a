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

# The case index (rollup_sql/81_case_index_years.sql) holds the case type as this ENUM, a byte a row, not as
# text: sorting a year's cases by court then carries a byte per case instead of a string, which halves the
# index's build at ten times the country (28 s a year against 15 s). Its values are the contract's case types
# and "unknown", all that the rollups' sources hold (queries.values reads any other value as unknown); a value
# outside them stops the build with DuckDB's conversion error, never a silent NULL. Spark keeps the text.
CASE_TYPE_ENUM = "case_type_enum"


def case_type_enum_sql() -> str:
    """The statement that creates the case-type ENUM in a DuckDB rollup database."""
    from contract import CASE_TYPES, UNKNOWN

    values = ", ".join("'" + v.replace("'", "''") + "'" for v in (*CASE_TYPES, UNKNOWN))
    return f"CREATE TYPE {CASE_TYPE_ENUM} AS ENUM ({values})"


@cache
def duckdb_dialect():
    """DuckDB as the query files write it, for SQLGlot: `keep` is the filter macro's name, not Oracle's KEEP
    keyword. Made on first use, so that what does not parse SQL does not load SQLGlot."""
    from sqlglot.dialects.duckdb import DuckDB

    class DashboardDuckDB(DuckDB):
        class Tokenizer(DuckDB.Tokenizer):
            KEYWORDS = {k: v for k, v in DuckDB.Tokenizer.KEYWORDS.items() if k != "KEEP"}

    return DashboardDuckDB
