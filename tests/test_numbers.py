"""Numbers as each language's readers expect them."""

from __future__ import annotations

import pytest

from i18n import numbers


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        (121_831, "zh", "12.2万"),
        (121_831, "en", "121.8k"),
        (2_457_000, "zh", "245.7万"),
        (2_457_000, "en", "2.46m"),
        (159_913_111_032, "zh", "1,599.1亿"),
        (159_913_111_032, "en", "159.91bn"),
        (2_293_976_422_211, "zh", "2.29万亿"),
        (2_293_976_422_211, "en", "2.29tn"),
        (950, "zh", "950"),
        (950, "en", "950"),
        # Each unit from exactly its size: 1,000, 10,000, a million, 100 million, a billion, a trillion.
        (1_000, "en", "1.0k"),
        (999, "en", "999"),
        (10_000, "zh", "1.0万"),
        (9_999, "zh", "9,999"),
        (1_000_000, "en", "1.00m"),
        (100_000_000, "zh", "1.0亿"),
        (1_000_000_000, "en", "1.00bn"),
        (1_000_000_000_000, "en", "1.00tn"),
        (999_000_000_000, "en", "999.00bn"),
        (1_000_000_000_000, "zh", "1.00万亿"),
        (999_000_000_000, "zh", "9,990.0亿"),
        (-1_000_000_000_000, "en", "-1.00tn"),
        (None, "en", "—"),
        (float("nan"), "zh", "—"),
    ],
)
def test_compact(value, lang, expected):
    assert numbers.compact(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(160e9, "zh", "1,600.0亿元"), (160e9, "en", "¥160.00bn"), (86_400, "en", "¥86.4k"), (-5_000, "en", "-¥5.0k")],
)
def test_yuan(value, lang, expected):
    assert numbers.yuan(value, lang) == expected


@pytest.mark.parametrize(
    ("value", "signed", "expected"), [(-0.234, True, "-23.4%"), (0.0906, True, "+9.1%"), (0.5059, False, "50.6%")]
)
def test_pct(value, signed, expected):
    assert numbers.pct(value, signed) == expected


def test_count():
    assert numbers.count(121_831.4) == "121,831"


@pytest.mark.parametrize(
    ("value", "expected"), [(0.123456, "+0.123"), (-12.345, "-12.3"), (0.0, "+0"), (None, "—"), (float("nan"), "—")]
)
def test_signed_sig(value, expected):
    assert numbers.signed_sig(value) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(1300, "zh", "1,300元"), (1300, "en", "1,300 yuan"), (12_345_678.4, "en", "12,345,678 yuan"), (None, "en", "—")],
)
def test_amount_in_full_in_the_languages_unit(value, lang, expected):
    assert numbers.amount(value, lang) == expected


@pytest.mark.parametrize(("lang", "expected"), [("zh", "2025年10月9日"), ("en", "9 Oct 2025")])
def test_a_day_in_the_languages_order(lang, expected):
    import datetime as dt

    assert numbers.day(dt.date(2025, 10, 9), lang) == expected
