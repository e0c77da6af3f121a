"""The project's benchmark: per-query latency at a given scale, beside the naive pandas way for the same figures."""
