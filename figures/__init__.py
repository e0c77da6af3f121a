"""Figure builders: DataFrame (+ language) -> plotly Figure. They call no Streamlit, so tests and exports use them as the pages do."""
