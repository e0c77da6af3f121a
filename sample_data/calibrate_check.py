"""Checks a generated data directory against the published calibration figures with plain SQL:
`python sample_data/calibrate_check.py DIR` prints PASS/FAIL per check (exit 1 on any FAIL).

Targets are scaled by the scale recorded in DIR/_meta.json; below scale 1.0 count tolerances widen
by three standard deviations of Poisson noise.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

import duckdb

PROVINCE_TOP5 = {"440000", "320000", "330000", "370000", "410000"}
NEW_CASES = {
    2013: 3.0e6,
    2014: 3.3e6,
    2015: 3.8e6,
    2016: 6.15e6,
    2017: 6.9e6,
    2018: 7.4e6,
    2019: 10.4e6,
    2020: 9.4e6,
    2021: 9.7e6,
    2022: 10.0e6,
    2023: 10.0e6,
    2024: 8.7e6,
    2025: 10.0e6,
}
CASE_MIX = {
    "financial_loan": 0.22,
    "private_lending": 0.20,
    "sales_contract": 0.15,
    "property_housing": 0.08,
    "labour_remuneration": 0.08,
    "criminal_financial": 0.07,
    "traffic_injury": 0.06,
    "construction_contract": 0.05,
    "family_support": 0.04,
    "administrative": 0.02,
    "other": 0.03,
}
LIST_NEW = {
    2013: 0.3e6,
    2014: 1.2e6,
    2015: 1.5e6,
    2016: 3.7e6,
    2017: 2.6e6,
    2018: 3.7e6,
    2019: 3.0e6,
    2020: 2.8e6,
    2021: 3.0e6,
    2022: 3.3e6,
    2023: 3.21e6,
    2024: 2.457e6,
    2025: 2.34e6,
}
LIST_REMOVED = {
    2014: 0.1e6,
    2015: 0.3e6,
    2016: 0.6e6,
    2017: 1.3e6,
    2018: 2.0e6,
    2019: 2.6e6,
    2020: 2.7e6,
    2021: 2.9e6,
    2022: 3.2e6,
    2023: 3.1e6,
    2024: 2.7e6,
    2025: 2.67e6,
}
METHODS = {"designated": 0.45, "elevated": 0.20, "collaborative": 0.15, "supervised": 0.12, "centralised": 0.08}
TREATED = {
    "230000": ("2024-03-01", "2024-08-31"),
    "320000": ("2024-04-01", "2024-10-31"),
    "530000": ("2024-05-01", "2024-11-30"),
}
# Provinces with no provincial campaign in 2023-2025: the comparison group.
CAMPAIGN_2024_PROVINCES = ("230000", "320000", "530000", "610000")


class Checker:
    def __init__(self, data: Path):
        try:
            self.scale = float(json.loads((data / "_meta.json").read_text())["scale"])
        except (OSError, ValueError, KeyError, TypeError):
            # Not the generator's output (a user's extract): compare at national scale.
            print(f"{data}: no generator scale in _meta.json; comparing at scale 1.0.", file=sys.stderr)
            self.scale = 1.0
        self.con = duckdb.connect()
        for t in ("enforcement_cases", "dishonest_list", "case_events"):
            self.con.execute(
                f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{data}/{t}/*/*.parquet', hive_partitioning = true)"
            )
        for t in ("noncompliance", "cross_enforcement", "courts", "provinces", "campaigns"):
            self.con.execute(f"CREATE VIEW {t} AS SELECT * FROM read_parquet('{data}/{t}.parquet')")
        self.failed = 0
        self.lines = 0

    def q(self, sql: str):
        return self.con.execute(sql).fetchall()

    def one(self, sql: str):
        return self.con.execute(sql).fetchall()[0][0]

    def report(self, name: str, ok: bool, measured, target: str) -> None:
        self.lines += 1
        self.failed += not ok
        if isinstance(measured, float):
            measured = f"{measured:,.4g}" if abs(measured) < 10 else f"{measured:,.0f}"
        elif isinstance(measured, int):
            measured = f"{measured:,}"
        print(f"{'PASS' if ok else 'FAIL'}  {name:<66} measured {measured:<22} target {target}", flush=True)

    def near(self, name: str, measured: float, target: float, tol: float, count_like: bool = True) -> None:
        """Within tol (relative) of target * scale, widened for Poisson noise at small scales."""
        t = target * self.scale
        slack = tol + (3 / math.sqrt(max(t, 1)) if count_like and self.scale < 1 else 0.0)
        ok = measured is not None and abs(measured - t) <= slack * t
        self.report(name, ok, measured, f"{t:,.0f} ±{slack:.1%}")

    def between(self, name: str, measured: float, lo: float, hi: float) -> None:
        s = self.scale
        mid = (lo + hi) / 2 * s
        noise = 3 * math.sqrt(max(mid, 1)) if s < 1 else 0
        ok = measured is not None and lo * s - noise <= measured <= hi * s + noise
        self.report(name, ok, measured, f"{lo * s:,.0f} .. {hi * s:,.0f}")


def run(data: Path) -> int:
    c = Checker(data)
    s = c.scale
    print(f"calibration checks for {data} (scale {s})")

    # --- enforcement cases ---
    new = dict(c.q("SELECT year(filed_date), count(*) FROM enforcement_cases GROUP BY 1"))
    for y, t in NEW_CASES.items():
        c.near(f"cases: new in {y}", new.get(y, 0), t, 0.03)
    c.near("cases: new 2013-2015", sum(new.get(y, 0) for y in (2013, 2014, 2015)), 10.13e6, 0.03)
    c.near("cases: new 2016-2018", sum(new.get(y, 0) for y in (2016, 2017, 2018)), 20.44e6, 0.03)
    closed = {
        y: (n, r)
        for y, n, r in c.q(
            "SELECT year(closed_date), count(*), sum(recovered_yuan)::DOUBLE FROM enforcement_cases "
            "WHERE closed_date IS NOT NULL GROUP BY 1"
        )
    }
    c.near("cases: concluded in 2023", closed[2023][0], 9.76e6, 0.03)
    c.near("cases: concluded in 2024", closed[2024][0], 9.118e6, 0.03)
    c.near("cases: recovered yuan, closed in 2024", closed[2024][1], 2.3e12, 0.03, count_like=s >= 0.1)
    c.near("cases: recovered yuan, closed in 2023", closed[2023][1], 2.22e12, 0.03, count_like=s >= 0.1)
    vol = dict(
        c.q(
            "SELECT year(closed_date), avg(is_voluntary::INT) FROM enforcement_cases "
            "WHERE closed_date IS NOT NULL GROUP BY 1"
        )
    )
    for y, t in ((2015, 0.4476), (2017, 0.5697), (2025, 0.6101)):
        c.report(
            f"cases: voluntary performance rate {y} (of concluded)", abs(vol[y] - t) <= 0.025, vol[y], f"{t:.4f} ±0.025"
        )
    total = sum(new.values())
    mix = dict(c.q("SELECT case_type, count(*) FROM enforcement_cases GROUP BY 1"))
    dev = max(abs(mix.get(k, 0) / total - v) for k, v in CASE_MIX.items())
    c.report("cases: case mix, largest deviation from calibration", dev <= 0.01 + 3 / math.sqrt(total), dev, "<= 0.01")
    top5 = {r[0] for r in c.q("SELECT province_code FROM enforcement_cases GROUP BY 1 ORDER BY count(*) DESC LIMIT 5")}
    c.report("cases: top five provinces by new cases", top5 == PROVINCE_TOP5, ",".join(sorted(top5)), "GD JS ZJ SD HN")
    wk = c.one("SELECT avg((dayofweek(filed_date) IN (0, 6))::INT) FROM enforcement_cases")
    c.report("cases: share filed on weekends", wk < 0.06, wk, "< 0.06")
    sf = c.one("""
        WITH w AS (SELECT year(filed_date) y, count(*) FILTER (WHERE filed_date BETWEEN d - 1 AND d + 5) sf,
                          count(*) / 52.0 avg_week
                   FROM enforcement_cases JOIN (VALUES (2016, DATE '2016-02-08'), (2019, DATE '2019-02-05'),
                        (2023, DATE '2023-01-22')) v(yy, d) ON year(filed_date) = yy GROUP BY 1)
        SELECT max(sf / avg_week) FROM w""")
    c.report("cases: Spring Festival week filings / average week", sf < 0.35, sf, "< 0.35")
    rep = c.one("SELECT avg((n > 1)::INT) FROM (SELECT debtor_id, count(*) n FROM enforcement_cases GROUP BY 1)")
    c.report("cases: share of debtors with several cases", 0.1 <= rep <= 0.6, rep, "0.10 .. 0.60")
    one_cred, max_cred = c.q("SELECT avg((n_creditors = 1)::INT), max(n_creditors) FROM enforcement_cases")[0]
    c.report("cases: share with one creditor", 0.82 <= one_cred <= 0.95, one_cred, "0.82 .. 0.95")
    c.report("cases: largest number of creditors", max_cred >= 10, max_cred, ">= 10")
    tr = c.one("SELECT avg((closure = 'terminated_round')::INT) FROM enforcement_cases WHERE closure IS NOT NULL")
    c.report("cases: 终本 share of concluded cases", 0.28 <= tr <= 0.40, tr, "0.28 .. 0.40")
    pend = c.one("SELECT avg((year(filed_date) = 2025)::INT) FROM enforcement_cases WHERE closed_date IS NULL")
    c.report("cases: share of pending cases filed in 2025", pend > 0.5, pend, "> 0.5")

    # --- noncompliance ---
    n_inc = c.one("SELECT count(*) FROM noncompliance")
    c.between("noncompliance: incidents", n_inc, 3e6, 5e6)
    by_measure = {
        (y, m): n for y, m, n in c.q("SELECT year(action_date), measure, count(*) FROM noncompliance GROUP BY ALL")
    }
    det = [by_measure.get((y, "detention"), 0) for y in range(2013, 2026)]
    c.between("noncompliance: detentions, smallest year", min(det), 150e3, 250e3)
    c.between("noncompliance: detentions, largest year", max(det), 150e3, 250e3)
    c.near("noncompliance: detentions in 2017", by_measure.get((2017, "detention"), 0), 155e3, 0.05)
    fines = [by_measure.get((y, "fine"), 0) for y in range(2013, 2026)]
    c.between("noncompliance: fines, smallest year", min(fines), 20e3, 40e3)
    c.between("noncompliance: fines, largest year", max(fines), 20e3, 40e3)
    win = "action_date BETWEEN DATE '2015-04-01' AND DATE '2025-03-31'"
    c.between(
        "noncompliance: transferred 2015-04..2025-03",
        c.one(f"SELECT count(*) FROM noncompliance WHERE is_transferred AND {win}"),
        121e3,
        123e3,
    )
    c.between(
        "noncompliance: persons held liable 2015-04..2025-03",
        c.one(f"SELECT sum(n_held_liable) FROM noncompliance WHERE {win}"),
        37e3,
        38e3,
    )
    held = dict(c.q("SELECT year(action_date), sum(n_held_liable) FROM noncompliance GROUP BY 1"))
    for y, t in ((2022, 3198), (2023, 4246), (2025, 4461)):
        c.near(f"noncompliance: persons held liable {y}", held.get(y, 0), t, 0.05)
    bad = c.one(
        "SELECT count(*) FROM noncompliance WHERE n_held_liable > 0 "
        "AND measure NOT IN ('transferred', 'private_prosecution')"
    )
    c.report("noncompliance: held liable only after transfer/prosecution", bad == 0, bad, "0")
    bad = c.one(
        "SELECT count(*) FROM noncompliance WHERE is_complied <> (complied_date IS NOT NULL) "
        "OR complied_date < action_date"
    )
    c.report("noncompliance: complied_date set and after action_date", bad == 0, bad, "0")
    comp = dict(
        (m, (r, d))
        for m, r, d in c.q(
            "SELECT measure, avg(is_complied::INT), avg(complied_date - action_date) FROM noncompliance GROUP BY 1"
        )
    )
    ok = comp["detention"][0] > comp["warning"][0] and comp["detention"][1] < comp["warning"][1]
    c.report(
        "noncompliance: detention complied more and faster than warning",
        ok,
        f"{comp['detention'][0]:.2f}/{comp['detention'][1]:.0f}d vs {comp['warning'][0]:.2f}/{comp['warning'][1]:.0f}d",
        "rate higher, days fewer",
    )
    ser, ser_violent = c.q(
        "SELECT avg((serious_consequence IS NOT NULL)::INT), "
        "avg((conduct IN ('violent_resistance', 'besieging_officers', 'obstructing_officers'))::INT) "
        "FILTER (WHERE serious_consequence IS NOT NULL) FROM noncompliance"
    )[0]
    c.report("noncompliance: serious consequences rare", ser < 0.01, ser, "< 0.01")
    c.report(
        "noncompliance: serious consequences mostly in confrontations",
        (ser_violent or 0) > 0.6,
        ser_violent or 0.0,
        "> 0.6",
    )
    ctrl = "province_code NOT IN (" + ",".join(f"'{p}'" for p in CAMPAIGN_2024_PROVINCES) + ")"
    for p, (a, b) in TREATED.items():
        surge = c.one(f"""
            WITH r AS (
                SELECT (province_code = '{p}') AS treated,
                       count(*) FILTER (WHERE action_date BETWEEN DATE '{a}' AND DATE '{b}')
                         / (date_diff('month', DATE '{a}', DATE '{b}') + 1) AS during,
                       count(*) FILTER (WHERE year(action_date) = 2023) / 12 AS base
                FROM noncompliance WHERE is_transferred AND (province_code = '{p}' OR {ctrl}) GROUP BY 1)
            SELECT max(during / base) FILTER (WHERE treated) / max(during / base) FILTER (WHERE NOT treated) FROM r""")
        lo_s, hi_s = (1.5, 2.6) if s >= 0.5 else (1.2, 8.0)  # a few dozen transfers a month below that
        c.report(
            f"noncompliance: transfer surge during campaign {p}",
            surge is not None and lo_s <= surge <= hi_s,
            surge,
            f"{lo_s} .. {hi_s} (relative to controls)",
        )
        # difference-in-differences of log incidents: the 12 months after the campaign against the
        # 12 months before it, treated province minus the provinces without a 2024 campaign
        did = c.one(f"""
            WITH r AS (
                SELECT (province_code = '{p}') AS treated,
                       count(*) FILTER (WHERE action_date >= DATE '{a}' - INTERVAL 12 MONTH
                                          AND action_date < DATE '{a}') AS pre,
                       count(*) FILTER (WHERE action_date > DATE '{b}'
                                          AND action_date <= DATE '{b}' + INTERVAL 12 MONTH) AS post
                FROM noncompliance WHERE province_code = '{p}' OR {ctrl} GROUP BY 1)
            SELECT max(ln(post / pre)) FILTER (WHERE treated) - max(ln(post / pre)) FILTER (WHERE NOT treated) FROM r""")
        c.report(
            f"noncompliance: DiD log incidents, 12 months after vs before, {p}",
            did is not None and did < -0.1,
            did,
            "< -0.10",
        )

    # --- dishonest list ---
    dl_new = dict(c.q("SELECT year(listed_date), count(*) FROM dishonest_list GROUP BY 1"))
    dl_rem = dict(
        c.q("SELECT year(removed_date), count(*) FROM dishonest_list WHERE removed_date IS NOT NULL GROUP BY 1")
    )
    for y, t in LIST_NEW.items():
        c.near(f"dishonest: new entries {y}", dl_new.get(y, 0), t, 0.01)
    for y, t in LIST_REMOVED.items():
        c.near(f"dishonest: removals {y}", dl_rem.get(y, 0), t, 0.01)
    stock = dict(
        c.q("""
        SELECT y, count(*) FILTER (WHERE listed_date <= make_date(y, 12, 31)
                                     AND (removed_date IS NULL OR removed_date > make_date(y, 12, 31)))
        FROM dishonest_list, range(2013, 2026) t(y) GROUP BY 1""")
    )
    rises = all(stock[y] > stock[y - 1] for y in range(2014, 2024))
    falls = stock[2024] < stock[2023] and stock[2025] < stock[2024]
    c.report(
        "dishonest: year-end stock rises 2014-2023, falls 2024, 2025",
        rises and falls,
        " ".join(f"{stock[y] / s / 1e6:.2f}" for y in range(2013, 2026)),
        "rising to 2023, then two falls (m, scaled)",
    )
    q = {
        (y, qq, k): n
        for y, qq, k, n in c.q("""
        SELECT year(d), quarter(d), k, count(*) FROM (
            SELECT listed_date d, 'new' k FROM dishonest_list
            UNION ALL SELECT removed_date, 'rem' FROM dishonest_list WHERE removed_date IS NOT NULL)
        WHERE d >= DATE '2024-01-01' GROUP BY ALL""")
    }
    c.near("dishonest: new entries Q1 2025", q[(2025, 1, "new")], 394_200, 0.02)
    yoy = q[(2025, 1, "new")] / q[(2024, 1, "new")] - 1
    c.report(
        "dishonest: Q1 2025 new entries vs Q1 2024",
        abs(yoy + 0.09) <= 0.01 + (0.05 if s < 0.1 else 0),
        yoy,
        "-0.09 ±0.01",
    )
    seven = [(y, qq) for y in (2024, 2025) for qq in (1, 2, 3, 4) if (y, qq) != (2024, 1)]
    ok = all(q[(y, qq, "rem")] > q[(y, qq, "new")] for y, qq in seven)
    c.report(
        "dishonest: removals > new entries, Q2 2024..Q4 2025",
        ok,
        sum(q[(y, qq, "rem")] > q[(y, qq, "new")] for y, qq in seven),
        "7 of 7 quarters",
    )
    c.report(
        "dishonest: removals Q1 2025 > 400,000 (scaled)",
        q[(2025, 1, "rem")] > 400_000 * s,
        q[(2025, 1, "rem")],
        f"> {400_000 * s:,.0f}",
    )
    c.near(
        "dishonest: cumulative listings by end 2018",
        c.one("SELECT count(*) FROM dishonest_list WHERE listed_date <= DATE '2018-12-31'"),
        13e6,
        0.05,
    )
    bad = c.one(
        "SELECT count(*) FROM dishonest_list WHERE removed_date <= listed_date "
        "OR (removed_date IS NULL) <> (removal_reason IS NULL)"
    )
    c.report("dishonest: removed_date > listed_date, reason iff removed", bad == 0, bad, "0")
    bad = c.one("SELECT count(*) FROM dishonest_list WHERE (severity IS NULL) <> (listed_date < DATE '2024-01-01')")
    c.report("dishonest: severity exactly for listings from 2024", bad == 0, bad, "0")
    # 2024 listings all have twelve months of history by the end of 2025
    sev = dict(
        c.q("""SELECT severity, avg(coalesce(removed_date < listed_date + INTERVAL 12 MONTH, false)::INT)
                      FROM dishonest_list WHERE year(listed_date) = 2024 GROUP BY 1""")
    )
    ok = sev.get("minor", 0) > sev.get("general", 0) > sev.get("serious", 1)
    c.report(
        "dishonest: removed within 12 months, 2024 listings, by severity",
        ok,
        f"{sev.get('minor', 0):.3f} > {sev.get('general', 0):.3f} > {sev.get('serious', 0):.3f}",
        "minor > general > serious",
    )
    rr = dict(c.q("SELECT removal_reason, count(*) FROM dishonest_list WHERE year(removed_date) >= 2024 GROUP BY 1"))
    c.report(
        "dishonest: credit restoration large in 2024-2025",
        rr.get("credit_restoration", 0) > 0.3 * sum(rr.values()),
        rr.get("credit_restoration", 0) / max(1, sum(rr.values())),
        "> 0.30 of removals",
    )

    # --- cross-enforcement ---
    early = c.one("SELECT count(*) FROM cross_enforcement WHERE assigned_date < DATE '2023-10-01'")
    c.report("cross: nothing before 2023-10-01", early == 0, early, "0")
    pilots = c.one(
        "SELECT count(DISTINCT province_code) FROM cross_enforcement x JOIN courts ON court_id = from_court_id "
        "WHERE is_pilot"
    )
    c.report("cross: pilot provinces", pilots == 19, pilots, "19")
    bad = c.one("SELECT count(*) FROM cross_enforcement WHERE is_pilot <> (assigned_date < DATE '2024-01-01')")
    c.report("cross: is_pilot exactly before 2024", bad == 0, bad, "0")
    w = "assigned_date BETWEEN DATE '2024-01-01' AND DATE '2025-03-31'"
    c.near("cross: assigned 2024-01..2025-03", c.one(f"SELECT count(*) FROM cross_enforcement WHERE {w}"), 300e3, 0.02)
    res_n, res_y = c.q(
        f"SELECT count(*), sum(recovered_yuan)::DOUBLE FROM cross_enforcement WHERE {w} "
        "AND resolved_date <= DATE '2025-03-31'"
    )[0]
    c.near("cross: resolved within 2024-01..2025-03", res_n, 150e3, 0.05)
    c.near("cross: recovered yuan within 2024-01..2025-03", res_y, 160e9, 0.02, count_like=s >= 0.1)
    c.near(
        "cross: assigned by 2024-07-03",
        c.one("SELECT count(*) FROM cross_enforcement WHERE assigned_date <= DATE '2024-07-03'"),
        72_843,
        0.03,
    )
    cp_n, cp_y = c.q(
        "SELECT count(*) FILTER (WHERE resolved_date <= DATE '2024-07-03'), "
        "coalesce(sum(recovered_yuan) FILTER (WHERE resolved_date <= DATE '2024-07-03'), 0)::DOUBLE "
        "FROM cross_enforcement WHERE assigned_date <= DATE '2024-07-03'"
    )[0]
    c.near("cross: resolved by 2024-07-03", cp_n, 23_119, 0.05)
    c.near("cross: recovered yuan by 2024-07-03", cp_y, 39.89e9, 0.05, count_like=s >= 0.1)
    n24 = c.one("SELECT count(*) FROM cross_enforcement WHERE year(assigned_date) = 2024")
    c.report("cross: assigned in 2024 > 260,000 (scaled)", n24 > 260e3 * s, n24, f"> {260e3 * s:,.0f}")
    n_x = c.one("SELECT count(*) FROM cross_enforcement")
    msplit = dict(c.q("SELECT method, count(*) FROM cross_enforcement GROUP BY 1"))
    dev = max(abs(msplit.get(k, 0) / n_x - v) for k, v in METHODS.items())
    c.report("cross: method split, largest deviation", dev <= 0.015 + 3 / math.sqrt(n_x), dev, "<= 0.015")
    mx = c.one("SELECT avg((n_creditors > 1)::INT) FROM cross_enforcement")
    mc = c.one("SELECT avg((n_creditors > 1)::INT) FROM enforcement_cases")
    c.report("cross: multi-creditor cases over-represented", mx > 1.5 * mc, f"{mx:.3f} vs {mc:.3f}", "> 1.5x all cases")
    bad = c.one("SELECT count(*) FROM cross_enforcement WHERE from_court_id = to_court_id")
    c.report("cross: moved to a different court", bad == 0, bad, "0")
    away, stay_bad = c.q("""
        SELECT avg((f.province_code <> t.province_code)::INT) FILTER (WHERE method IN ('designated', 'collaborative')),
               count(*) FILTER (WHERE method NOT IN ('designated', 'collaborative')
                                  AND f.province_code <> t.province_code AND f.level <> 'high')
        FROM cross_enforcement x JOIN courts f ON f.court_id = x.from_court_id
        JOIN courts t ON t.court_id = x.to_court_id""")[0]
    c.report(
        "cross: designated/collaborative moves leaving the province",
        0.03 <= (away or 0) <= 0.12,
        away or 0.0,
        "0.03 .. 0.12",
    )
    c.report("cross: elevated/supervised/centralised stay in the province", stay_bad == 0, stay_bad, "0")

    # --- the Tianshui case ---
    ts = c.one("""SELECT count(*) FROM case_events e JOIN enforcement_cases USING (case_id)
                  JOIN courts c ON c.court_id = enforcement_cases.court_id
                  WHERE c.case_prefix = '甘05' AND e.detail_zh LIKE '%明某%'""")
    c.report("tianshui: Ming case with its events at 甘05", ts >= 5, ts, ">= 5 events")

    print(f"{c.lines - c.failed} passed, {c.failed} failed")
    return 1 if c.failed else 0


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python sample_data/calibrate_check.py DATA_DIR", file=sys.stderr)
        return 2
    return run(Path(argv[0]))


if __name__ == "__main__":
    sys.exit(main())
