"""Pure shaping and statistics between the queries and the figures: polars frames in, frames or numbers out.

Nothing here imports Streamlit or DuckDB (tests/test_meta.py checks), so tests, pages and exports share it."""
