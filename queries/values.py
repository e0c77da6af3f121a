"""Checks the values in a data directory that matches the contract: keys, references, vocabularies, dates, amounts.

Each rule is a DuckDB predicate that marks a bad row; one scan per table counts the rows each rule marks,
with a few example keys. The same predicates, for the rules a folder breaks, decide what the rollups
(`queries.rollup_build`) do with those rows: excluded, or kept with the faulted category or province read as
"unknown" (`counts_as_unknown`), so no figure mixes them in unannounced. The data is only read.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import sys
import tempfile
import time
from pathlib import Path

import duckdb

from contract import (
    CAMPAIGN_FOCUSES,
    CASE_TYPES,
    CLOSURES,
    CONDUCTS,
    COURT_LEVELS,
    DEBTOR_TYPES,
    EVENT_TYPES,
    MEASURES,
    METHODS,
    REMOVAL_REASONS,
    SERIOUS_CONSEQUENCES,
    SEVERITIES,
    TABLES,
    UNKNOWN,
)
from queries.timing import cpu_seconds, timing

# Dates before the enforcement system of the 1991 Civil Procedure Law, or after the day of the check,
# are typing or conversion errors (1900-01-01, 2199-12-31), not records.
EARLIEST = dt.date(1990, 1, 1)

# The key that names a row in messages, per table (case_events has none of its own).
KEYS = {
    "provinces": "province_code",
    "courts": "court_id",
    "enforcement_cases": "case_id",
    "noncompliance": "incident_id",
    "case_events": "case_id",
    "dishonest_list": "entry_id",
    "cross_enforcement": "transfer_id",
    "campaigns": "campaign_id",
}
# Keys that must be unique (case_events may hold several steps per case).
UNIQUE = {t: k for t, k in KEYS.items() if t != "case_events"}

# Columns the contract allows to be empty; every other column must always hold a value.
NULLABLE = {
    "courts": {"parent_court_id"},
    "enforcement_cases": {"closed_date", "closure"},
    "noncompliance": {"complied_date", "serious_consequence", "campaign_id"},
    "case_events": {"amount_yuan"},
    "dishonest_list": {"removed_date", "removal_reason", "severity"},
    "cross_enforcement": {"resolved_date"},
    "campaigns": {"province_code"},
}

VOCABULARIES = {
    "level": COURT_LEVELS,
    "case_type": CASE_TYPES,
    "debtor_type": DEBTOR_TYPES,
    "closure": CLOSURES,
    "conduct": CONDUCTS,
    "measure": MEASURES,
    "serious_consequence": SERIOUS_CONSEQUENCES,
    "event_type": EVENT_TYPES,
    "removal_reason": REMOVAL_REASONS,
    "severity": SEVERITIES,
    "method": METHODS,
    "focus": CAMPAIGN_FOCUSES,
}

# Amounts and counts that cannot be negative (or not a number).
AMOUNTS = {
    "provinces": ("population_10k",),
    "enforcement_cases": ("claim_yuan", "recovered_yuan"),
    "case_events": ("amount_yuan",),
    "cross_enforcement": ("claim_yuan", "recovered_yuan"),
    "noncompliance": ("n_held_liable",),
}

# (table, earlier, later, strictly): the later date, when set, is not before (or, strictly, is after) the earlier.
DATE_ORDER = (
    ("enforcement_cases", "filed_date", "closed_date", False),
    ("noncompliance", "action_date", "complied_date", False),
    ("dishonest_list", "listed_date", "removed_date", True),
    ("cross_enforcement", "assigned_date", "resolved_date", False),
    ("campaigns", "start_date", "end_date", False),
)

# Year-partitioned tables: the date whose year names the folder.
PARTITION_DATE = {"enforcement_cases": "filed_date", "case_events": "event_date", "dishonest_list": "listed_date"}

# Columns that refer to another table's key: (table, column) -> referenced table.
SMALL_REFERENCES = {
    "courts": {"parent_court_id": "courts", "province_code": "provinces"},
    "enforcement_cases": {"court_id": "courts", "province_code": "provinces"},
    "noncompliance": {"court_id": "courts", "province_code": "provinces", "campaign_id": "campaigns"},
    "case_events": {"court_id": "courts"},
    "dishonest_list": {"court_id": "courts", "province_code": "provinces"},
    "cross_enforcement": {"from_court_id": "courts", "to_court_id": "courts"},
    "campaigns": {"province_code": "provinces"},
}
CASE_REFERENCES = ("noncompliance", "case_events", "dishonest_list", "cross_enforcement")

# The rules a row can break; the others describe the folder or the table and mark no row.
ROW_RULES = (
    "missing",
    "all_missing",
    "vocabulary",
    "date_range",
    "date_order",
    "negative",
    "recovered_above_claim",
    "unknown_reference",
    "court_province",
    "consistency",
    "duplicate_key",
    "unknown_case",
)


def counts_as_unknown(column: str, rule: str) -> bool:
    """Whether the rows a rule marks stay in the figures with `column` read as "unknown" (else they are excluded).

    A case whose type, debtor type or other category is missing or outside the vocabulary, or whose province
    is missing, unknown or not its court's, is still a case: it counts in every total and shows as "unknown"
    in breakdowns by that column (and on no map). Impossible dates, negative or contradictory amounts and
    dates, repeated keys and references to rows that do not exist leave nothing to count, so those rows are
    excluded from every figure.
    """
    if column in VOCABULARIES:
        return rule in ("vocabulary", "missing", "all_missing")
    if column == "province_code":
        return rule in ("missing", "all_missing", "unknown_reference", "court_province")
    return False


_YEAR_DIR = re.compile(r"year=\d{4}")


@dataclasses.dataclass(frozen=True)
class Problem:
    """One way the values break the contract: where, which rule, how many rows and a few example keys."""

    table: str
    file: str
    column: str
    rule: str
    rows: int
    examples: tuple[str, ...] = ()
    detail: str = ""

    @property
    def handling(self) -> str:
        """What the figures do with the rows concerned: "excluded", "unknown" (counted under it), "unread"
        (a file or folder the contract does not name is never read) or "kept" (nothing to change in a row)."""
        if self.rule in ("stray_file", "partition_folder"):
            return "unread"
        if self.rule not in ROW_RULES:
            return "kept"
        return UNKNOWN if counts_as_unknown(self.column, self.rule) else "excluded"

    def line(self) -> str:
        """One line: file, column, rule, number of rows and up to three example keys."""
        where = f"{self.file}: column '{self.column}'" if self.column else f"{self.file}:"
        text = f"{where} [{self.rule}] {self.detail or RULE_TEXT.get(self.rule, self.rule)}"
        if not self.rows:
            return text + "."
        text += f" ({self.rows:,} row{'s' if self.rows != 1 else ''}"
        if self.examples:
            named = ", ".join(self.examples)
            text += "; e.g. " + (named if self.examples[0].startswith("row ") else f"{KEYS[self.table]} {named}")
        return text + ")."


RULE_TEXT = {
    "missing": "has no value where the contract requires one",
    "all_missing": "is empty in every row although the contract requires values",
    "vocabulary": "holds values outside the contract's vocabulary",
    "date_range": f"holds dates before {EARLIEST} or after the day of the check",
    "date_order": "is earlier than the date it follows",
    "negative": "is negative or not a number",
    "recovered_above_claim": "is larger than claim_yuan",
    "unknown_reference": "refers to a row that does not exist",
    "court_province": "differs from the province of the court",
    "consistency": "contradicts another column of the same row",
    "duplicate_key": "holds the same key more than once",
    "unknown_case": "refers to a case that is not in enforcement_cases",
    "format": "is not a 6-digit GB/T 2260 code",
    "partition_year": "rows are in a year= folder other than the year of their date",
    "partition_folder": "is not named year=YYYY as the contract says",
    "stray_file": "is not a parquet file (a partition folder holds only parquet files)",
    "empty_table": "holds no rows",
}


@dataclasses.dataclass(frozen=True)
class Rule:
    """A row-level rule: `bad` is a DuckDB predicate over the table's columns (and joined references)."""

    column: str
    rule: str
    bad: str
    detail: str = ""


def _sql_list(values) -> str:
    # Vocabularies come from the contract module, never from the data or a user.
    return "[" + ", ".join("'" + str(v).replace("'", "''") + "'" for v in values) + "]"


def _literal(path: Path | str) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def row_rules(table: str, today: dt.date, floating: set[str] = frozenset()) -> list[Rule]:
    """The row-level rules for a table, as predicates over `src` and its reference joins."""
    _, columns = TABLES[table]
    rules: list[Rule] = []
    for col in columns:
        if col not in NULLABLE.get(table, set()):
            rules.append(Rule(col, "missing", f"src.{col} IS NULL"))
    for col in columns:
        if col in VOCABULARIES:
            rules.append(
                Rule(
                    col,
                    "vocabulary",
                    f"src.{col} IS NOT NULL AND NOT list_contains({_sql_list(VOCABULARIES[col])}, src.{col})",
                )
            )
    for col, family in columns.items():
        if family == "date":
            rules.append(Rule(col, "date_range", f"(src.{col} < DATE '{EARLIEST}' OR src.{col} > DATE '{today}')"))
    for t, earlier, later, strict in DATE_ORDER:
        if t == table:
            op = "<=" if strict else "<"
            rules.append(
                Rule(
                    later,
                    "date_order",
                    f"src.{later} {op} src.{earlier}",
                    f"is {'not after' if strict else 'before'} {earlier}",
                )
            )
    for col in AMOUNTS.get(table, ()):
        # Whole yuan are integers; a floating column can also hold NaN or infinity.
        odd = f" OR isnan(src.{col}) OR isinf(src.{col})" if col in floating else ""
        rules.append(Rule(col, "negative", f"(src.{col} < 0{odd})"))
    if "recovered_yuan" in columns and "claim_yuan" in columns:
        rules.append(Rule("recovered_yuan", "recovered_above_claim", "src.recovered_yuan > src.claim_yuan"))
    if "n_creditors" in columns:
        rules.append(Rule("n_creditors", "negative", "src.n_creditors < 1", "is below 1"))
    for col, ref in SMALL_REFERENCES.get(table, {}).items():
        alias = f"ref_{col}"
        allowed = " AND src.province_code <> '000000'" if (table, col) == ("courts", "province_code") else ""
        rules.append(
            Rule(
                col,
                "unknown_reference",
                f"src.{col} IS NOT NULL AND {alias}.k IS NULL{allowed}",
                f"refers to a row of {ref} that does not exist",
            )
        )
    if table in ("enforcement_cases", "noncompliance", "dishonest_list"):
        rules.append(
            Rule(
                "province_code",
                "court_province",
                "ref_court_id.province IS NOT NULL AND src.province_code <> ref_court_id.province",
            )
        )
    if table == "provinces":
        rules.append(Rule("province_code", "format", "NOT regexp_full_match(src.province_code, '[0-9]{6}')"))
    if table == "enforcement_cases":
        rules.append(
            Rule(
                "closure",
                "consistency",
                "(src.closure IS NULL) <> (src.closed_date IS NULL)",
                "is not set exactly when closed_date is set",
            )
        )
    if table == "dishonest_list":
        rules.append(
            Rule(
                "removal_reason",
                "consistency",
                "(src.removal_reason IS NULL) <> (src.removed_date IS NULL)",
                "is not set exactly when removed_date is set",
            )
        )
    if table == "noncompliance":
        rules.append(
            Rule(
                "is_transferred",
                "consistency",
                "src.is_transferred <> (src.measure = 'transferred')",
                "disagrees with measure = 'transferred'",
            )
        )
        rules.append(
            Rule(
                "complied_date",
                "consistency",
                "src.complied_date IS NOT NULL AND NOT src.is_complied",
                "is set although is_complied is false",
            )
        )
    if table == "cross_enforcement":
        rules.append(
            Rule(
                "to_court_id",
                "consistency",
                "src.to_court_id = src.from_court_id",
                "is the same court as from_court_id",
            )
        )
    if table in PARTITION_DATE:
        col = PARTITION_DATE[table]
        rules.append(
            Rule(
                col,
                "partition_year",
                f"TRY_CAST(regexp_extract(src.filename, 'year=([0-9]{{4}})', 1) AS INTEGER) <> year(src.{col})",
                f"rows are in a year= folder other than the year of {col}",
            )
        )
    return rules


def _reference_sets(data_dir: Path) -> dict[str, str]:
    """SQL for the key sets the small references point at (courts carry their province too)."""
    return {
        "courts": f"(SELECT court_id AS k, any_value(province_code) AS province FROM read_parquet({_literal(data_dir / 'courts.parquet')}) GROUP BY court_id)",
        "provinces": f"(SELECT DISTINCT province_code AS k FROM read_parquet({_literal(data_dir / 'provinces.parquet')}))",
        "campaigns": f"(SELECT DISTINCT campaign_id AS k FROM read_parquet({_literal(data_dir / 'campaigns.parquet')}))",
    }


def read_sql(data_dir: Path, table: str) -> str:
    """The table's rows with their file name and row number in the file, straight from the parquet."""
    partitioned, columns = TABLES[table]
    cols = ", ".join(columns)
    if partitioned:
        src = _literal(data_dir / table / "year=*" / "*.parquet")
        return (
            f"SELECT {cols}, filename, file_row_number FROM read_parquet({src}, hive_partitioning = false, "
            f"filename = true, file_row_number = true, union_by_name = true)"
        )
    src = _literal(data_dir / f"{table}.parquet")
    return f"SELECT {cols}, filename, file_row_number FROM read_parquet({src}, filename = true, file_row_number = true)"


def joined_sql(data_dir: Path, table: str, rules: list[Rule] | None = None) -> str:
    """`src` joined to the key sets its references point at (alias `ref_<column>`), those the rules use."""
    refs = _reference_sets(data_dir)
    sql = f"({read_sql(data_dir, table)}) src"
    for col, ref in SMALL_REFERENCES.get(table, {}).items():
        if rules is None or any(f"ref_{col}." in r.bad for r in rules):
            sql += f" LEFT JOIN {refs[ref]} ref_{col} ON ref_{col}.k = src.{col}"
    return sql


def _where(files: tuple[str, str] | None, data_dir: Path, table: str) -> str:
    first, last = files or (None, None)
    if not first:
        return str(data_dir / table)
    if first == last:
        return first
    return str(data_dir / table) + "/"


def _examples(values) -> tuple[str, ...]:
    return tuple(str(v) for v in (values or ())[:3])


def _connect(threads: int | None, memory: str | None) -> duckdb.DuckDBPyConnection:
    config = {"temp_directory": tempfile.gettempdir(), "preserve_insertion_order": False}
    if threads:
        config["threads"] = int(threads)
    if memory:
        config["memory_limit"] = memory
    con = duckdb.connect(config=config)
    con.execute("SET enable_progress_bar = false")
    return con


def _glob(data_dir: Path, table: str) -> Path:
    partitioned, _ = TABLES[table]
    return data_dir / table / "year=*" / "*.parquet" if partitioned else data_dir / f"{table}.parquet"


# Rules on one column against constants. As a WHERE clause DuckDB answers them from the footer statistics
# (null counts, minima, maxima) or the column's dictionary, in milliseconds for a clean file; every other
# rule needs the rows and is counted in the one scan per table.
SINGLE_COLUMN = ("missing", "vocabulary", "date_range", "negative", "format")


def _detect(con, data_dir: Path, table: str, rules: list[Rule]) -> dict[Rule, int]:
    """Which rules some row breaks, found cheaply; the counts are exact only where they are zero."""
    found: dict[Rule, int] = {}
    src = f"({read_sql(data_dir, table)}) src"
    for r in rules:
        if r.rule in SINGLE_COLUMN:
            # As a WHERE clause the predicate lets DuckDB skip row groups by their statistics.
            found[r] = con.execute(f"SELECT count(*) FROM {src} WHERE {r.bad}").fetchone()[0]
    scanned = [r for r in rules if r.rule not in SINGLE_COLUMN and r.rule != "partition_year"]
    plain = [r for r in scanned if "ref_" not in r.bad]
    refs = [r for r in scanned if "ref_" in r.bad]
    # One scan per table: the rows are grouped by the columns that refer to small tables (a few thousand
    # groups), each group counting the rows every other rule marks; the reference rules then run on the groups.
    cols = list(SMALL_REFERENCES.get(table, {}))
    if "court_id" in cols and "province_code" in TABLES[table][1] and "province_code" not in cols:
        cols.append("province_code")  # the court's province is compared with the row's
    counts = [f"count(*) FILTER (WHERE {r.bad}) AS r{i}" for i, r in enumerate(plain)]
    if scanned:
        select = ", ".join([*(f"src.{c} AS {c}" for c in cols), "count(*) AS n", *counts])
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE _groups AS SELECT {select} FROM {src}" + (" GROUP BY ALL" if cols else "")
        )
        if plain:
            row = con.execute(
                "SELECT " + ", ".join(f"coalesce(sum(r{i}), 0)" for i in range(len(plain))) + " FROM _groups"
            ).fetchone()
            found.update(zip(plain, row))
        for r in refs:
            joined = joined_sql(data_dir, table, [r]).replace(f"({read_sql(data_dir, table)}) src", "_groups src")
            found[r] = con.execute(f"SELECT coalesce(sum(n), 0) FROM {joined} WHERE {r.bad}").fetchone()[0]
        con.execute("DROP TABLE _groups")
    for r in rules:
        if r.rule == "partition_year":
            col = PARTITION_DATE[table]
            # The footer statistics give each file's first and last date; only a mismatch needs the rows.
            off = con.execute(
                f"SELECT count(*) FROM (SELECT file_name, min(TRY_CAST(stats_min_value AS DATE)) AS lo, "
                f"max(TRY_CAST(stats_max_value AS DATE)) AS hi FROM parquet_metadata({_literal(_glob(data_dir, table))}) "
                f"WHERE path_in_schema = $col GROUP BY file_name) "
                f"WHERE lo IS NULL OR hi IS NULL OR year(lo) <> year(hi) OR "
                f"year(lo) <> TRY_CAST(regexp_extract(file_name, 'year=([0-9]{{4}})', 1) AS INTEGER)",
                {"col": col},
            ).fetchone()[0]
            found[r] = off
    return found


def _table_rules(con, data_dir: Path, table: str, today: dt.date) -> tuple[list[Problem], int]:
    """How many rows each row rule marks, with up to three example keys and the file(s) they are in.

    Finding which rules are broken costs one scan; naming the rows costs one query per broken rule.
    """
    key = KEYS[table]
    floating = {
        row[0]
        for row in con.execute(f"DESCRIBE {read_sql(data_dir, table)}").fetchall()
        if row[1] in ("DOUBLE", "FLOAT", "REAL")
    }
    total = con.execute(
        f"SELECT coalesce(sum(num_rows), 0) FROM parquet_file_metadata({_literal(_glob(data_dir, table))})"
    ).fetchone()[0]
    rules = row_rules(table, today, floating)
    problems = []
    for r, hint in _detect(con, data_dir, table, rules).items():
        if not hint:
            continue
        example = "src.file_row_number" if (r.column, r.rule) == (key, "missing") else f"src.{key}"
        n, ex, f, g = con.execute(
            f"SELECT count(*), min({example}, 3), min(src.filename), max(src.filename) "
            f"FROM {joined_sql(data_dir, table, [r])} WHERE {r.bad}"
        ).fetchone()
        if not n:
            continue
        examples = _examples(ex)
        if (r.column, r.rule) == (key, "missing"):
            examples = tuple(f"row {e}" for e in examples)
        rule = "all_missing" if r.rule == "missing" and n == total else r.rule
        problems.append(Problem(table, _where((f, g), data_dir, table), r.column, rule, n, examples, r.detail))
    if total == 0:
        problems.append(Problem(table, str(data_dir / table), "", "empty_table", 0))
    return problems, total


# Integer keys are checked against bitmaps, one per block of 2^16 consecutive numbers: a block holds a
# repeated key exactly when it has more rows than bits set, and "is this id a key" is one bit. Exact, and a
# few megabytes for a hundred million ids numbered in runs, where a hash table of the ids takes gigabytes.
BLOCK_BITS = 16
# Beyond this many blocks (ids spread thinly, such as random numbers) the keys are compared one by one.
# 8 KB a block: at most 256 MB; ten times the country's case ids take about 17,000 blocks.
MAX_BLOCKS = 32768
_INTEGERS = ("BIGINT", "INTEGER", "SMALLINT", "TINYINT", "UINTEGER", "USMALLINT", "UTINYINT")


def _block(col: str) -> str:
    return f"({col}::BIGINT >> {BLOCK_BITS})"


def _bit(col: str) -> str:
    return f"({col}::BIGINT & {(1 << BLOCK_BITS) - 1})::INTEGER"


def _key_bitmaps(con, data_dir: Path, table: str, key: str) -> str | None:
    """The name of a temp table of the key's bitmaps (block, n, bits), or None when the key is not an
    integer or its footers show it too thinly spread for bitmaps."""
    kind = dict((r[0], r[1]) for r in con.execute(f"DESCRIBE {read_sql(data_dir, table)}").fetchall()).get(key, "")
    if kind not in _INTEGERS:
        return None
    groups = con.execute(
        f"SELECT TRY_CAST(stats_min_value AS BIGINT), TRY_CAST(stats_max_value AS BIGINT), num_values "
        f"FROM parquet_metadata({_literal(_glob(data_dir, table))}) WHERE path_in_schema = $key",
        {"key": key},
    ).fetchall()
    if not groups or any(lo is None or hi is None for lo, hi, _ in groups):
        return None
    # A row group touches no more blocks than it has rows, nor than its key range spans.
    blocks = sum(min(n, (hi >> BLOCK_BITS) - (lo >> BLOCK_BITS) + 1) for lo, hi, n in groups)
    if blocks > MAX_BLOCKS:
        return None
    name = f"_keys_{table}"  # table is one of the contract's names
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT {_block(key)} AS block, count(*) AS n, "
        f"bitstring_agg({_bit(key)}, 0, {(1 << BLOCK_BITS) - 1}) AS bits "
        f"FROM ({read_sql(data_dir, table)}) WHERE {key} IS NOT NULL GROUP BY ALL"
    )
    return name


def _duplicates(con, data_dir: Path, table: str, bitmaps: str | None = None) -> list[Problem]:
    key = UNIQUE[table]
    where = f"{key} IS NOT NULL"
    if bitmaps:
        repeated = f"SELECT block FROM {bitmaps} WHERE n > bit_count(bits)"
        if not con.execute(f"SELECT count(*) FROM ({repeated})").fetchone()[0]:
            return []
        where += f" AND {_block(key)} IN ({repeated})"  # only the blocks that hold a repeat are grouped
    sql = (
        f"SELECT sum(n)::BIGINT, min({key}, 3), min(f), max(g) FROM ("
        f"SELECT {key}, count(*) AS n, min(filename) AS f, max(filename) AS g FROM ({read_sql(data_dir, table)}) "
        f"WHERE {where} GROUP BY {key} HAVING count(*) > 1)"
    )
    n, ex, f, g = con.execute(sql).fetchone()
    return [Problem(table, _where((f, g), data_dir, table), key, "duplicate_key", n, _examples(ex))] if n else []


def _unknown_cases(con, data_dir: Path, bitmaps: str | None) -> list[Problem]:
    """Case ids in the other tables that enforcement_cases does not hold."""
    if bitmaps:
        cases, on = bitmaps, f"c.block = {_block('src.case_id')}"
        missing = f"(c.bits IS NULL OR get_bit(c.bits, {_bit('src.case_id')}) = 0)"
    else:
        cases = f"read_parquet({_literal(_glob(data_dir, 'enforcement_cases'))}, hive_partitioning = false)"
        con.execute(f"CREATE OR REPLACE TEMP TABLE _case_ids AS SELECT DISTINCT case_id FROM {cases}")
        cases, on, missing = "_case_ids", "c.case_id = src.case_id", "c.case_id IS NULL"
    problems = []
    for table in CASE_REFERENCES:
        key = KEYS[table]
        n, ex, f, g = con.execute(
            f"SELECT count(*), min(src.{key}, 3), min(src.filename), max(src.filename) "
            f"FROM ({read_sql(data_dir, table)}) src LEFT JOIN {cases} c ON {on} "
            f"WHERE src.case_id IS NOT NULL AND {missing}"
        ).fetchone()
        if n:
            problems.append(
                Problem(table, _where((f, g), data_dir, table), "case_id", "unknown_case", n, _examples(ex))
            )
    con.execute(f"DROP TABLE {cases}")
    return problems


def keep_rows_sql(data_dir: Path, table: str, problems: list[Problem], today: dt.date) -> str | None:
    """The table's rows as the figures use them: without the rows the problems exclude, and with the values
    they count as unknown read as "unknown"; None when the problems change nothing in the table.

    The same predicates as the check itself, so what the data-quality page counts is what the figures lose.
    """
    broken = {
        (p.column, "missing" if p.rule == "all_missing" else p.rule)
        for p in problems
        if p.table == table and p.handling in ("excluded", UNKNOWN)
    }
    if not broken:
        return None
    _, columns = TABLES[table]
    rules = [r for r in row_rules(table, today, set(columns)) if (r.column, r.rule) in broken]
    conditions = [f"NOT coalesce({r.bad}, false)" for r in rules if not counts_as_unknown(r.column, r.rule)]
    if (UNIQUE.get(table), "duplicate_key") in broken:
        key = UNIQUE[table]
        conditions.append(
            f"src.{key} NOT IN (SELECT {key} FROM ({read_sql(data_dir, table)}) "
            f"WHERE {key} IS NOT NULL GROUP BY {key} HAVING count(*) > 1)"
        )
    if ("case_id", "unknown_case") in broken:
        conditions.append(
            f"src.case_id IN (SELECT case_id FROM read_parquet("
            f"{_literal(_glob(data_dir, 'enforcement_cases'))}, hive_partitioning = false))"
        )
    selected = []
    for col in columns:
        marks = [f"coalesce({r.bad}, false)" for r in rules if r.column == col and counts_as_unknown(col, r.rule)]
        if marks:
            # Text either way: a column stored empty in every row has no type of its own.
            selected.append(f"CASE WHEN {' OR '.join(marks)} THEN '{UNKNOWN}' ELSE src.{col}::VARCHAR END AS {col}")
        else:
            selected.append(f"src.{col}")
    where = " AND ".join(conditions) or "true"
    return f"SELECT {', '.join(selected)} FROM {joined_sql(data_dir, table, rules)} WHERE {where}"


def _layout(data_dir: Path) -> list[Problem]:
    """Partition folders named year=YYYY and holding only parquet files."""
    problems = []
    for table, (partitioned, _) in TABLES.items():
        if not partitioned or not (data_dir / table).is_dir():
            continue
        for entry in sorted((data_dir / table).iterdir()):
            if entry.name.startswith((".", "_")):
                continue  # hidden and marker files (_SUCCESS, .DS_Store) are not data
            if not entry.is_dir():
                problems.append(Problem(table, str(entry), "", "stray_file", 0))
            elif not _YEAR_DIR.fullmatch(entry.name):
                problems.append(Problem(table, str(entry), "", "partition_folder", 0))
            else:
                for f in sorted(entry.iterdir()):
                    if not f.name.startswith((".", "_")) and (f.is_dir() or f.suffix != ".parquet"):
                        problems.append(Problem(table, str(f), "", "stray_file", 0))
    return problems


def check_values(
    data_dir: Path | str,
    threads: int | None = None,
    memory: str | None = None,
    progress: bool = False,
    today: dt.date | None = None,
) -> list[Problem]:
    """Every value problem in a directory that passes the contract check (`queries.check.validate`)."""
    data_dir = Path(data_dir).resolve()
    today = today or dt.date.today()
    started = time.perf_counter()
    step = [started, cpu_seconds()]

    def say(msg: str) -> None:
        # Elapsed since the start, and the step's own seconds and cores, so a slow rule shows where it is.
        now = time.perf_counter()
        if progress:
            print(f"  [{now - started:5.1f}s] {msg} ({timing(step[0], step[1])})", file=sys.stderr, flush=True)
        step[:] = [now, cpu_seconds()]

    problems = _layout(data_dir)
    con = _connect(threads, memory)
    case_bitmaps = None
    try:
        for table in TABLES:
            found, total = _table_rules(con, data_dir, table, today)
            problems += found
            say(f"{table}: {total:,} rows, {len(found)} rule(s) broken")
            if table in UNIQUE:
                bitmaps = _key_bitmaps(con, data_dir, table, UNIQUE[table])
                repeated = _duplicates(con, data_dir, table, bitmaps)
                problems += repeated
                if table == "enforcement_cases":
                    case_bitmaps = bitmaps  # kept for the case ids of the other tables
                elif bitmaps:
                    con.execute(f"DROP TABLE {bitmaps}")
                say(f"{table}: {'repeated keys' if repeated else 'keys unique'}")
        problems += _unknown_cases(con, data_dir, case_bitmaps)
        say("case ids resolve")
    finally:
        con.close()
    return problems
