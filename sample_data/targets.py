"""Calibration targets at scale 1.0 (from /work/shared/calibration.md) and the model parameters
chosen to meet them. P = published, D = derived, E = estimated; see sample_data/README.md.
"""

from __future__ import annotations

# --- Enforcement cases ------------------------------------------------------------------------
NEW_CASES = {  # E, new enforcement cases per year (sums agree with the P period totals)
    2013: 3_000_000,
    2014: 3_300_000,
    2015: 3_800_000,
    2016: 6_150_000,
    2017: 6_900_000,
    2018: 7_400_000,
    2019: 10_400_000,
    2020: 9_400_000,
    2021: 9_700_000,
    2022: 10_000_000,
    2023: 10_000_000,
    2024: 8_700_000,
    2025: 10_000_000,
}
CONCLUDED = {2023: 9_760_000, 2024: 9_118_000}  # P
CONCLUDED_PERIOD = {(2013, 2015): 9_440_000, (2016, 2018): 19_360_000}  # P
RECOVERED = {2023: 2.22e12, 2024: 2.30e12}  # P / D, by year of closing
RECOVERED_PERIOD = {(2013, 2015): 3.29e12, (2016, 2018): 4.4e12}  # P
VOLUNTARY_RATE = {2015: 0.4476, 2017: 0.5697, 2025: 0.6101}  # P

CASE_MIX = {  # E
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

# --- Noncompliance ---------------------------------------------------------------------------
# Persons held criminally liable, by year of the transfer or private prosecution (P for 2022,
# 2023, 2025; the others E, trimmed so that 2015-04..2025-03 comes to about 37,500).
PERSONS_LIABLE = {
    2013: 500,
    2014: 700,
    2015: 1_000,
    2016: 1_300,
    2017: 3_900,
    2018: 7_800,
    2019: 3_800,
    2020: 2_850,
    2021: 2_700,
    2022: 3_198,
    2023: 4_246,
    2024: 6_100,
    2025: 4_461,
}
TRANSFERS_PER_PERSON = 3.25  # D: 121,000 transferred cases / 37,000 persons
TRANSFERS = {y: round(p * TRANSFERS_PER_PERSON) for y, p in PERSONS_LIABLE.items()}
TRANSFERS[2013] = 1_500
TRANSFERS[2014] = 2_400
PRIVATE_PROSECUTIONS = {  # E; possible from 2015-07-22 (Fa Shi [2015] No. 16)
    2013: 0,
    2014: 0,
    2015: 300,
    2016: 700,
    2017: 900,
    2018: 1_100,
    2019: 1_000,
    2020: 900,
    2021: 1_000,
    2022: 1_100,
    2023: 1_300,
    2024: 1_600,
    2025: 1_400,
}
DETENTIONS = {  # E (155,000 in 2017 is P)
    2013: 165_000,
    2014: 178_000,
    2015: 196_000,
    2016: 172_000,
    2017: 155_000,
    2018: 205_000,
    2019: 232_000,
    2020: 176_000,
    2021: 188_000,
    2022: 181_000,
    2023: 193_000,
    2024: 214_000,
    2025: 198_000,
}
FINES = {
    2013: 22_000,
    2014: 24_000,
    2015: 27_000,
    2016: 29_000,
    2017: 31_000,
    2018: 36_000,
    2019: 38_000,
    2020: 30_000,
    2021: 32_000,
    2022: 31_000,
    2023: 33_000,
    2024: 36_000,
    2025: 34_000,
}
WARNINGS = {
    2013: 80_000,
    2014: 85_000,
    2015: 90_000,
    2016: 95_000,
    2017: 100_000,
    2018: 110_000,
    2019: 120_000,
    2020: 105_000,
    2021: 110_000,
    2022: 110_000,
    2023: 115_000,
    2024: 120_000,
    2025: 118_000,
}
# Quarter shares of each year's transfers and persons: the national campaign filled Q1 2015,
# and Q1 is otherwise the slow quarter (Spring Festival).
QUARTER_SHARE_DEFAULT = (0.22, 0.25, 0.26, 0.27)
QUARTER_SHARE = {2015: (0.30, 0.22, 0.23, 0.25), 2014: (0.20, 0.22, 0.24, 0.34), 2025: (0.20, 0.26, 0.27, 0.27)}
TRANSFER_WINDOW = ("2015-04-01", "2025-03-31")
TRANSFER_WINDOW_TARGET = 122_000  # P: "more than 121,000"
LIABLE_WINDOW_TARGET = (37_000, 38_000)  # P: "more than 37,000"

# --- Dishonest list --------------------------------------------------------------------------
LIST_NEW = {
    2013: 300_000,
    2014: 1_200_000,
    2015: 1_500_000,
    2016: 3_700_000,
    2017: 2_600_000,
    2018: 3_700_000,
    2019: 3_000_000,
    2020: 2_800_000,
    2021: 3_000_000,
    2022: 3_300_000,
    2023: 3_210_000,
    2024: 2_457_000,
    2025: 2_340_000,
}
LIST_REMOVED = {
    2013: 0,
    2014: 100_000,
    2015: 300_000,
    2016: 600_000,
    2017: 1_300_000,
    2018: 2_000_000,
    2019: 2_600_000,
    2020: 2_700_000,
    2021: 2_900_000,
    2022: 3_200_000,
    2023: 3_100_000,
    2024: 2_700_000,
    2025: 2_670_000,
}
# Quarterly splits where the published figures pin them down: Q1 2025 new = 394,200 (P, -9% y/y);
# removals above new entries in every quarter from Q2 2024 (seven quarters, P); Q1 2025 removals
# over 400,000 (P).
LIST_NEW_QUARTERS = {2024: (433_200, 680_000, 690_000, 653_800), 2025: (394_200, 640_000, 660_000, 645_800)}
LIST_REMOVED_QUARTERS = {2024: (415_000, 740_000, 780_000, 765_000), 2025: (430_000, 740_000, 760_000, 740_000)}

# --- Cross-enforcement -----------------------------------------------------------------------
# (first day, last day, transfers assigned) — consecutive periods; P figures pin the cut points.
CROSS_PERIODS = (
    ("2023-10-01", "2023-12-31", 8_000),  # pilot in 19 provinces (E)
    ("2024-01-01", "2024-07-03", 64_843),  # 72,843 by 2024-07-03 including the pilot (P)
    ("2024-07-04", "2024-12-31", 197_157),  # all of 2024: over 260,000 (P)
    ("2025-01-01", "2025-03-31", 38_000),  # 2024-01..2025-03: about 300,000 (P)
    ("2025-04-01", "2025-12-31", 150_000),  # E
)
CROSS_WINDOW = ("2024-01-01", "2025-03-31")
CROSS_WINDOW_RESOLVED = 150_000  # P: about 150,000 with substantive progress or concluded
CROSS_WINDOW_RECOVERED = 160e9  # P
# SPC checkpoint: of the 72,843 cases assigned by 2024-07-03, 23,119 had substantive progress or
# were concluded by that day, with 39.89 bn yuan recovered (P).
CROSS_CHECKPOINT = ("2024-07-03", 23_119, 39.89e9)
# Share of designated and collaborative moves that go to a court in a neighbouring province (E).
CROSS_PROVINCE_SHARE = 0.09
CROSS_METHOD_SHARE = {
    "designated": 0.45,
    "elevated": 0.20,
    "collaborative": 0.15,
    "supervised": 0.12,
    "centralised": 0.08,
}  # E
# Which 19 provinces piloted is not published; this choice is E.
PILOT_PROVINCES = (
    "110000",
    "120000",
    "130000",
    "140000",
    "150000",
    "210000",
    "220000",
    "230000",
    "310000",
    "320000",
    "330000",
    "340000",
    "350000",
    "370000",
    "410000",
    "420000",
    "440000",
    "510000",
    "610000",
)
