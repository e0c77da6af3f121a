"""Every user-visible string goes through `tr(key, lang)`: Chinese (default) and English catalogues.

Catalogues live in `i18n/catalog/<area>.py` as `STRINGS = {key: (zh, en)}`, so a string can never
exist in one language only.
"""

from __future__ import annotations

import importlib
import pkgutil

LANGS = ("zh", "en")
DEFAULT_LANG = "zh"


def _load() -> dict[str, tuple[str, str]]:
    from i18n import catalog

    merged: dict[str, tuple[str, str]] = {}
    for mod in pkgutil.iter_modules(catalog.__path__):
        strings = importlib.import_module(f"i18n.catalog.{mod.name}").STRINGS
        clash = merged.keys() & strings.keys()
        if clash:
            raise KeyError(f"i18n keys defined twice: {sorted(clash)}")
        merged.update(strings)
    return merged


CATALOG = _load()


def tr(key: str, lang: str = DEFAULT_LANG, **fmt) -> str:
    """The string for `key` in `lang`, formatted with `fmt`; an unknown key shows as itself."""
    pair = CATALOG.get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    return text.format(**fmt) if fmt else text


def label(kind: str, value: str, lang: str = DEFAULT_LANG) -> str:
    """A vocabulary value shown to users, e.g. label('case_type', 'private_lending', 'zh')."""
    return tr(f"{kind}.{value}", lang)
