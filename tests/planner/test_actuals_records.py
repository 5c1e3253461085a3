"""The records of an import are held as tuples; indexing and iterating give the same Records."""

from __future__ import annotations

from planner.example import load_example
from planner.followup.actuals.importer import prepare_import
from planner.followup.actuals.records import KEY, PERIOD, VALUE, Record, RecordList
from tests.planner.actuals_samples import write_long_xlsx


def test_record_list_gives_records_by_index_slice_and_iteration(tmp_path):
    programme = load_example()
    plan = prepare_import(programme, write_long_xlsx(programme, tmp_path / "toteumat.xlsx"))
    recs = plan.records
    assert isinstance(recs, RecordList) and len(recs) == len(recs.rows) > 10
    as_list = list(recs)
    assert all(isinstance(r, Record) for r in as_list) and recs == as_list and recs == RecordList(list(recs.rows))
    assert as_list[3] == recs[3] == recs[-len(recs) + 3] and recs[2:5] == as_list[2:5]
    assert [r.key for r in as_list] == recs.column(KEY)
    assert (as_list[0].period, as_list[0].value) == (recs.rows[0][PERIOD], recs.rows[0][VALUE])
    # the first row of each text, and how many rows carry it, as the match page shows them
    first = {}
    for r in as_list:
        first.setdefault(r.key, r.row)
    assert plan.first_rows() == first and list(plan.first_rows()) == list(first)
    assert sum(plan.key_counts().values()) == len(as_list)


def test_empty_record_list():
    recs = RecordList()
    assert not recs and list(recs) == [] and recs == [] and recs.first_index() == {} and recs.column(KEY) == []


def test_the_field_positions_are_the_records_field_order():
    from planner.followup.actuals import records as R

    fields = list(Record.__dataclass_fields__)
    named = {"row": R.ROW, "col": R.COL, "key": R.KEY, "id_text": R.ID_TEXT, "name_text": R.NAME_TEXT,
             "period": R.PERIOD, "value": R.VALUE, "text": R.TEXT, "municipality": R.AREA_TEXT,
             "from_number": R.FROM_NUMBER, "note": R.NOTE, "day": R.DAY, "dims": R.DIMS}
    assert {f: fields.index(f) for f in fields} == named
