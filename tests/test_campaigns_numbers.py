"""The campaigns page beyond its point estimates: the interval shown, the verdict sentence, "more" or "fewer", the
table of mean rates before, during and after, and the data behind both before/after charts. Expected values come
from the fixture's incidents counted in plain SQL and a Newey-West regression written here with statsmodels.
"""

from __future__ import annotations

import datetime as dt
import re

import numpy as np
import pytest
import statsmodels.api as sm

from tests.apptest import chart_table
from tests.apptest import render as render_page
from tests.fixture_noncompliance import nc_fixture_dir, on_nc_fixture  # noqa: F401  (pytest fixtures)
from tests.test_campaigns_page import monthly_counts

PAGE = "pages/campaigns.py"
FIRST, LAST = dt.date(2023, 3, 1), dt.date(2024, 9, 1)
MONTHS = np.array([np.datetime64(FIRST, "M") + i for i in range(19)])
DURING = (MONTHS >= np.datetime64("2024-03")) & (MONTHS <= np.datetime64("2024-08"))
BEFORE, AFTER = MONTHS < np.datetime64("2024-03"), MONTHS > np.datetime64("2024-08")
POP = {"230000": 3062.0, "620000": 2465.0}


def sig(v: float) -> str:
    return f"{v:+.3g}"


def rates(data, expr: str, province: str) -> np.ndarray:
    """Monthly rate per 100,000 residents of the province: count / (population_10k x 10,000) x 100,000."""
    return monthly_counts(data, expr, province, FIRST, LAST) * 10 / POP[province]


def hac_interval(gap: np.ndarray) -> tuple[float, float, float, float, float, float]:
    """Estimates and 95% Newey-West intervals (during, after) of the gap on phase dummies; 2 lags for 19 months."""
    x = sm.add_constant(np.column_stack([DURING, AFTER]).astype(float))
    fit = sm.OLS(gap, x).fit(cov_type="HAC", cov_kwds={"maxlags": 2, "use_correction": True}, use_t=True)
    ci = fit.conf_int(0.05)
    return fit.params[1], ci[1][0], ci[1][1], fit.params[2], ci[2][0], ci[2][1]


@pytest.fixture
def page(on_nc_fixture):
    at = render_page(PAGE, lang="en", campaign="hlj-2024")
    at.button_group(key="cp_per").set_value("residents").run()
    assert not at.exception
    return at


def sentences(at) -> list[str]:
    return [m.value for m in at.markdown if m.value.startswith(("During the campaign,", "After the campaign,"))]


def test_intervals_and_sentences_by_hand(page, on_nc_fixture):
    gap_t = rates(on_nc_fixture, "n.is_transferred", "230000") - rates(on_nc_fixture, "n.is_transferred", "620000")
    gap_i = rates(on_nc_fixture, "true", "230000") - rates(on_nc_fixture, "true", "620000")
    est_t, low_t, high_t, *_ = hac_interval(gap_t)
    *_, est_i, low_i, high_i = hac_interval(gap_i)
    assert [(m.value, m.delta) for m in page.metric] == [
        (sig(est_t), f"95% interval [{sig(low_t)}, {sig(high_t)}]"),
        (sig(est_i), f"95% interval [{sig(low_i)}, {sig(high_i)}]"),
    ]
    # Both estimates are above zero and both intervals reach below it.
    assert est_t > 0 > low_t and est_i > 0 > low_i
    base_t = rates(on_nc_fixture, "n.is_transferred", "230000")[BEFORE].mean()
    base_i = rates(on_nc_fixture, "true", "230000")[BEFORE].mean()
    assert sentences(page) == [
        f"During the campaign, Heilongjiang transferred {est_t:.3g} more cases to the police a month per 100,000 "
        f"residents than the comparison provinces' change would predict, {est_t / base_t * 100:+.0f}% of its level "
        f"before the campaign (95% interval {sig(low_t)} to {sig(high_t)}). The interval includes zero: the data "
        "cannot tell this difference from chance.",
        f"After the campaign, Heilongjiang recorded {est_i:.3g} more new refusal incidents a month per 100,000 "
        f"residents than the comparison provinces' change would predict, {est_i / base_i * 100:+.0f}% of its level "
        f"before the campaign (95% interval {sig(low_i)} to {sig(high_i)}). The interval includes zero: the data "
        "cannot tell this difference from chance.",
    ]


def test_phase_table_by_hand(page, on_nc_fixture):
    table = page.dataframe[-1].value
    assert list(table.columns) == ["Measure", "Phase", "Months", "Heilongjiang", "Comparison provinces (mean)"]
    expected = []
    for measure, expr in (("Transfers to the police", "n.is_transferred"), ("Refusal incidents", "true")):
        own, other = rates(on_nc_fixture, expr, "230000"), rates(on_nc_fixture, expr, "620000")
        for phase, mask in (("before", BEFORE), ("during", DURING), ("after", AFTER)):
            expected.append(
                (measure, phase, int(mask.sum()), float(f"{own[mask].mean():.3g}"), float(f"{other[mask].mean():.3g}"))
            )
    assert [tuple(r) for r in table.itertuples(index=False)] == expected
    # By hand: Heilongjiang's six campaign months hold incidents 5 (July) and 6 (April): 2 x 10 / 3,062 / 6.
    assert expected[4][3] == float(f"{2 * 10 / 3062 / 6:.3g}")


@pytest.mark.parametrize(
    ("key", "expr"), [("cp-before-after-transferred", "n.is_transferred"), ("cp-before-after-incidents", "true")]
)
def test_both_before_after_tables(page, on_nc_fixture, key, expr):
    table = chart_table(page, key)
    own, other = rates(on_nc_fixture, expr, "230000"), rates(on_nc_fixture, expr, "620000")
    assert [str(m)[:7] for m in table["month"]] == [str(m) for m in MONTHS]
    assert np.allclose(table["treated"], own) and np.allclose(table["comparison"], other)
    assert np.allclose(table["gap"], own - other)
    assert list(table["phase"]) == ["before"] * 12 + ["during"] * 6 + ["after"]


def parse(text: str) -> float:
    return float(text.replace("−", "-"))


# Jiangsu per 100,000 residents has an interval wholly below zero (new incidents after the campaign); the others
# have intervals across zero, above and below their estimates.
@pytest.mark.parametrize(
    ("campaign", "per", "verdicts"),
    [
        ("hlj-2024", "cases", ["includes", "includes"]),
        ("js-2024", "residents", ["includes", "excludes"]),
        ("yn-2024", "cases", ["includes", "includes"]),
    ],
)
def test_verdict_and_direction_follow_the_numbers_shown(on_generated, campaign, per, verdicts):
    at = render_page(PAGE, lang="en", campaign=campaign)
    at.button_group(key="cp_per").set_value(per).run()
    assert not at.exception
    seen = []
    for metric, sentence in zip(at.metric, sentences(at), strict=True):
        estimate = parse(metric.value)
        low, high = (parse(v) for v in re.fullmatch(r"95% interval \[(\S+), (\S+)\]", metric.delta).groups())
        assert low <= estimate <= high
        assert f"(95% interval {metric.delta[14:-1].replace(', ', ' to ')})" in sentence
        assert f" {abs(estimate):.3g} {'more' if estimate > 0 else 'fewer'} " in sentence
        excludes = low > 0 or high < 0
        assert sentence.endswith(
            "The interval excludes zero: chance variation alone is an unlikely explanation."
            if excludes
            else "The interval includes zero: the data cannot tell this difference from chance."
        )
        seen.append("excludes" if excludes else "includes")
    assert seen == verdicts
