"""Synthetic national data set of court enforcement statistics, calibrated to published SPC figures."""
