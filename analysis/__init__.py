"""Statistics the pages show, kept free of Streamlit so that tests run them directly."""
