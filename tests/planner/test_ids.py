"""Item identifiers keep their form (prefix and ten hex digits) without uuid (start-up speed, issue 19)."""

from __future__ import annotations

import re

from planner.ids import new_id, random_hex


def test_new_id_is_the_prefix_and_ten_random_hex_digits():
    ids = [new_id("ind") for _ in range(2000)]
    assert all(re.fullmatch(r"ind-[0-9a-f]{10}", i) for i in ids)
    assert len(set(ids)) == len(ids)


def test_random_hex_gives_the_digits_asked_for():
    assert re.fullmatch(r"[0-9a-f]{12}", random_hex(12))
    assert random_hex(8) != random_hex(8)
