"""A new target is a reviewed target: the roll-over's review mark goes with the edit and comes back on undo."""

from planner import edit
from planner.model import Indicator


def test_new_target_clears_review_mark_and_restore_puts_it_back():
    ind = Indicator(name="Työttömät", target="1 200", target_review=True)
    old = edit.assign(ind, "target", "1 100")
    assert (ind.target, ind.target_review) == ("1 100", False)
    edit.restore(ind, old)
    assert (ind.target, ind.target_review) == ("1 200", True)


def test_other_fields_and_same_target_keep_the_mark():
    ind = Indicator(name="Työttömät", target="1 200", target_review=True)
    assert edit.assign(ind, "baseline", "1 300") == {"baseline": ""}
    assert edit.assign(ind, "target", "1 200") == {"target": "1 200"}
    assert ind.target_review is True
