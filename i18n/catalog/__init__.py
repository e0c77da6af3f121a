"""String catalogues, one module per area of the dashboard."""
