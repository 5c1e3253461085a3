"""The pre-scan's one-search prefilter never lets through a cell that its two searches would flag.

sheet_scan asks each chunk of a sheet's XML one question first (a cell without a reference,
or one not plainly within the current tier) and only on a yes the two exact ones; a chunk
with no match must therefore have neither a cell without a reference nor one the tier's
pattern flags, or a hostile file (XFD1048576, a row with a leading zero ...) would be certified.
"""

from __future__ import annotations

import itertools

import pytest

from planner.followup.actuals import sheet_scan as S

LETTERS = ["A", "C", "D", "K", "L", "T", "U", "Z", "AA", "AZ", "BZ", "CZ", "DA", "ZZ", "AAA", "XFD", "a", "Ä"]
ROWS = ["", "0", "1", "01", "9", "10", "99", "100", "699", "700", "701", "999", "9999", "10000", "99999",
        "100000", "399999", "400000", "599999", "600000", "999999", "1000000", "1048576", "099999999",
        "1234567890", "12345678901"]
ENDS = ['"', '" t="s">', "", "x", " ", '"/>']


@pytest.mark.parametrize("tier", range(len(S._TIER_RX)))
def test_a_reference_the_prefilter_passes_is_never_one_the_tier_flags(tier):
    fast, exact = S._TIER_OR_NO_REF[tier], S._TIER_RX[tier]
    passed = 0
    for col, row, end in itertools.product(LETTERS, ROWS, ENDS):
        cell = f'<c r="{col}{row}{end}'.encode()
        if fast.search(cell) is None:
            passed += 1
            assert exact.search(cell) is None and S._CELL_WITHOUT_REF.search(cell) is None, cell
    assert passed > 0  # the plain references do pass: the prefilter is not a search that always matches


@pytest.mark.parametrize("cell", [b"<c>", b'<c s="1" r="A1">', b'<c t="s">', b'<c  r="A1">', b'<c r="XFD1048576">',
                                  b'<c r="K099999999">', b'<c r="L1">'])
def test_cells_without_a_reference_or_beyond_the_first_tier_go_to_the_exact_searches(cell):
    assert S._TIER_OR_NO_REF[0].search(b"<row>" + cell + b"</row>") is not None


def test_plain_cells_of_a_long_sheet_pass_the_first_tier_in_one_search():
    chunk = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>0</v></c><c r="K%d"><v>1</v></c></row>' % (r, r, r)
                     for r in (1, 2, 999999))
    assert S._TIER_OR_NO_REF[0].search(chunk) is None
