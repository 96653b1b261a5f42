"""Benchmarks behind ``photocall bench``: medians against a baseline measured in the same run."""
