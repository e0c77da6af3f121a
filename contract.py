"""The data contract: the tables a data directory must hold, their columns, type families and vocabularies.

`sample_data/README.md` documents the meaning and units of each column; this module is what the
validator (`queries.check`), the generator, the analysis and the figures all hold the parquet to. It imports
nothing, so that reading a vocabulary never loads the database.
"""

from __future__ import annotations

# Type families rather than exact widths: an INTEGER where BIGINT was written is still valid data.
INT, STR, DATE, BOOL, NUM = "int", "str", "date", "bool", "num"

# table -> (is_partitioned_by_year, {column: family})
TABLES: dict[str, tuple[bool, dict[str, str]]] = {
    "provinces": (
        False,
        {
            "province_code": STR,
            "name_zh": STR,
            "name_en": STR,
            "abbr_zh": STR,
            "population_10k": NUM,
        },
    ),
    "courts": (
        False,
        {
            "court_id": INT,
            "name_zh": STR,
            "name_en": STR,
            "level": STR,
            "province_code": STR,
            "city_zh": STR,
            "city_en": STR,
            "parent_court_id": INT,
            "case_prefix": STR,
        },
    ),
    "enforcement_cases": (
        True,
        {
            "case_id": INT,
            "case_seq": INT,
            "court_id": INT,
            "province_code": STR,
            "filed_date": DATE,
            "closed_date": DATE,
            "case_type": STR,
            "debtor_type": STR,
            "debtor_id": INT,
            "n_creditors": INT,
            "claim_yuan": NUM,
            "recovered_yuan": NUM,
            "closure": STR,
            "is_voluntary": BOOL,
        },
    ),
    "noncompliance": (
        False,
        {
            "incident_id": INT,
            "case_id": INT,
            "court_id": INT,
            "province_code": STR,
            "action_date": DATE,
            "conduct": STR,
            "debtor_type": STR,
            "case_type": STR,
            "measure": STR,
            "is_transferred": BOOL,
            "n_held_liable": INT,
            "is_complied": BOOL,
            "complied_date": DATE,
            "serious_consequence": STR,
            "campaign_id": STR,
        },
    ),
    "case_events": (
        True,
        {
            "case_id": INT,
            "event_date": DATE,
            "event_type": STR,
            "court_id": INT,
            "amount_yuan": NUM,
            "detail_zh": STR,
            "detail_en": STR,
        },
    ),
    "dishonest_list": (
        True,
        {
            "entry_id": INT,
            "debtor_id": INT,
            "debtor_type": STR,
            "case_id": INT,
            "case_type": STR,
            "court_id": INT,
            "province_code": STR,
            "listed_date": DATE,
            "removed_date": DATE,
            "removal_reason": STR,
            "severity": STR,
        },
    ),
    "cross_enforcement": (
        False,
        {
            "transfer_id": INT,
            "case_id": INT,
            "case_type": STR,
            "from_court_id": INT,
            "to_court_id": INT,
            "method": STR,
            "assigned_date": DATE,
            "resolved_date": DATE,
            "claim_yuan": NUM,
            "recovered_yuan": NUM,
            "n_creditors": INT,
            "is_pilot": BOOL,
        },
    ),
    "campaigns": (
        False,
        {
            "campaign_id": STR,
            "province_code": STR,
            "name_zh": STR,
            "name_en": STR,
            "start_date": DATE,
            "end_date": DATE,
            "focus": STR,
        },
    ),
}

# The category a row counts under in the figures when its own is missing or outside the vocabulary below
# (and the province of a row whose province code is missing, unknown or not its court's).
UNKNOWN = "unknown"

# The closed vocabularies of the categorical columns, in display order.
COURT_LEVELS = ("supreme", "high", "intermediate", "basic")
CASE_TYPES = (
    "financial_loan",
    "private_lending",
    "sales_contract",
    "property_housing",
    "labour_remuneration",
    "criminal_financial",
    "traffic_injury",
    "construction_contract",
    "family_support",
    "administrative",
    "other",
)
DEBTOR_TYPES = ("individual", "company", "other_org")
CLOSURES = ("performed", "settled", "terminated_round", "terminated", "rejected")
CONDUCTS = (
    "concealing_assets",
    "transferring_assets",
    "false_asset_report",
    "destroying_evidence",
    "obstructing_officers",
    "violent_resistance",
    "besieging_officers",
)
MEASURES = ("warning", "fine", "detention", "transferred", "private_prosecution")
SERIOUS_CONSEQUENCES = ("self_harm", "suicide", "officer_injured")
EVENT_TYPES = (
    "judgment",
    "enforcement_filed",
    "asset_search",
    "assets_frozen",
    "warning",
    "fine",
    "detention",
    "listed_dishonest",
    "consumption_restricted",
    "transferred_to_police",
    "prosecuted",
    "convicted",
    "performed",
    "closed",
)
REMOVAL_REASONS = ("performed", "credit_restoration", "revoked", "expired")
SEVERITIES = ("minor", "general", "serious")
METHODS = ("designated", "elevated", "collaborative", "supervised", "centralised")
CAMPAIGN_FOCUSES = ("refusal_crimes", "general_enforcement", "small_claims")
