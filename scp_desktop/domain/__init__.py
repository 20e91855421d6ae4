"""Pure-Python domain: entities, calculators and validation.

Nothing in this package may import Qt, SQL or HTTP libraries (tests/domain/test_purity.py).
"""
