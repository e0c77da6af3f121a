"""The catalogue of what the dashboard shows: every figure of every page, declared once in its page's module
(`charts/overview.py`, `charts/noncompliance.py`, ...) and built from the shared filters, a language and the
page's own choices. The pages lay them out; the press room, the kit and the command line export the same ones.
"""

from charts import campaigns, case_file, cross, dishonest, noncompliance, overview, province  # noqa: F401
from charts.core import (
    OPTIONS,
    PAGES,
    REGISTRY,
    SETS,
    Context,
    Figure,
    build,
    data_first_month,
    default_selection,
    keys,
    warm,
)

__all__ = [
    "OPTIONS",
    "PAGES",
    "REGISTRY",
    "SETS",
    "Context",
    "Figure",
    "build",
    "data_first_month",
    "default_selection",
    "keys",
    "warm",
]
