"""Helpers the tests share (no tests here), imported as ``support.*`` (pyproject.toml puts
tests/ on pytest's ``pythonpath``). Fixtures live in ``tests/conftest.py``."""
