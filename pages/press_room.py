"""Press room: figures from any page, stamped and in Chinese, English or both, as one ZIP press kit; and the
current selection's key numbers as text to paste into a release.
"""

from __future__ import annotations

import hashlib

import streamlit as st

import charts
import exports
import queries
from exports import kit, summary
from exports.provenance import permalink, selection_text
from i18n import LANGS, tr
from ui import filters, lang, t, trail

f = filters.current()
lg = lang()
sel = f
# The app's own address (this page's, less its path) for the permalinks the kit prints.
base = (st.context.url or "").rsplit("/press-room", 1)[0] or None
prov = exports.provenance(base)
names = exports.province_names(lg)

st.title(t("press.title"))
st.caption(t("press.intro"))
st.markdown(t("press.selection", selection=selection_text(sel, lg, names, coverage=queries.coverage())))
st.caption(t("press.selection.hint"))

# --- Text to paste ---------------------------------------------------------------------------------------
st.subheader(t("press.text.heading"))
text_langs = st.segmented_control(
    t("press.langs"),
    (*LANGS, "both"),
    default=lg,
    key="press_text_lang",
    required=True,
    format_func=lambda v: t(f"press.langs.{v}"),
    wrap=True,
)
for code in LANGS if text_langs == "both" else (text_langs or lg,):
    st.code(summary.press_text(sel, code, prov, exports.province_names(code)), language=None, wrap_lines=True)
st.caption(t("press.text.hint"))

# --- The kit ---------------------------------------------------------------------------------------------
st.subheader(t("press.kit.heading"))
pages = [p for p in charts.PAGES if charts.keys(p, press=True)]
how = (
    st.segmented_control(
        t("press.pick.how"),
        ("article", "page", "pick"),
        default="article",
        key="press_how",
        required=True,
        format_func=lambda v: t(f"press.pick.{v}"),
        wrap=True,
    )
    or "article"
)
if how == "article":
    chosen = list(charts.SETS["article"])
elif how == "page":
    page = st.selectbox(t("press.pick.page"), pages, key="press_page", format_func=lambda p: t(charts.PAGES[p]))
    chosen = charts.keys(page, press=True)
else:
    chosen = st.multiselect(
        t("press.pick.figures"),
        charts.keys(press=True),
        key="press_figures",
        placeholder=t("press.pick.placeholder"),
        format_func=lambda k: f"{t(charts.PAGES[charts.REGISTRY[k].page])} · {tr(f'press.fig.{k}', lg)}",
    )
if chosen:
    st.caption(
        t("press.pick.list", n=len(chosen)) + " " + "；".join(tr(f"press.fig.{k}", lg) for k in chosen)
        if lg == "zh"
        else t("press.pick.list", n=len(chosen)) + " " + "; ".join(tr(f"press.fig.{k}", lg) for k in chosen)
    )
kit_langs = (
    st.segmented_control(
        t("press.langs"),
        (*LANGS, "both"),
        default="both",
        key="press_kit_lang",
        required=True,
        format_func=lambda v: t(f"press.langs.{v}"),
        wrap=True,
    )
    or "both"
)
# Both languages: the interface's first, so that the kit's README opens in the reader's language.
langs = [lg, *(x for x in LANGS if x != lg)] if kit_langs == "both" else [kit_langs]

# A kit belongs to the selection, figures and languages it was built for; another choice needs a new build.
wanted = (sel, tuple(chosen), tuple(langs))
ready = st.session_state.get("_press_kit")
if ready and ready[0] != wanted:
    ready = None
if st.button(
    t("press.kit.build"), icon=":material/inventory_2:", type="primary", disabled=not chosen, key="press_build"
):
    bar = st.progress(0.0, text=t("press.kit.starting"))

    def step(k: int, n: int, key: str) -> None:
        bar.progress((k - 1) / n, text=t("press.kit.progress", k=k, n=n, name=tr(f"press.fig.{key}", lg)))

    try:
        data = kit.build(sel, langs, chosen, prov, progress=step)
    except exports.render.RenderError as exc:
        bar.empty()
        st.error(t("ex.unavailable", reason=str(exc)), icon=":material/error:")
    else:
        bar.progress(1.0, text=t("press.kit.done", n=len(chosen)))
        trail.note(
            "kit",
            figures=list(chosen),
            languages=list(langs),
            selection=selection_text(sel, langs[0], exports.province_names(langs[0])),
            permalink=permalink(prov.base_url, "national", sel, langs[0]),
            sha256=hashlib.sha256(data).hexdigest(),
        )
        ready = (wanted, data)
        st.session_state["_press_kit"] = ready
if ready:
    st.download_button(
        t("press.kit.download", size=f"{len(ready[1]) / 1e6:.1f}"),
        data=ready[1],
        file_name=kit.summary_name(sel, "-".join(langs)).replace("summary", "press-kit").replace(".txt", ".zip"),
        mime="application/zip",
        on_click="ignore",
        icon=":material/download:",
        key="press_download",
    )
st.caption(t("press.kit.contents"))
