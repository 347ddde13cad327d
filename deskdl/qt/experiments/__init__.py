"""Experiments: sweeps, run comparison (issue 16)."""
