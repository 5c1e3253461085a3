"""The fields of an indicator, declared once.

:data:`INDICATOR_FIELDS` drives three places that each used to list the fields again:

- the programme file (:mod:`planner.fileformat`): ``file_key`` and ``kind`` say how a
  field is written and read; ``optional`` fields are written only when set (they came
  with version 3, so older files keep their bytes);
- the GUI's indicator table (``desktop.programme.models.indicator_table``): a field with a
  ``title`` is a column, ``width`` its default width in pixels; the GUI translates the
  title (``resources/translations/build_translations.py`` reads the titles from here);
- the Excel register (:mod:`planner.reports.xlsx_register`): a field with ``register``
  titles (fi, sv, en) is a column, ``register_width`` its width, ``export`` how its cell
  is made.

The order of the rows is the order of the columns in the table and the register (a row's
``register_after`` moves its register column), and of the keys in the file. A *derived* row (no ``file_key``) is a column made from other
fields: the reading of the baseline in the table is its number in the register.

Adding a plain text field (say "data source owner") is one row here plus its
translations and tests; see CONTRIBUTING.md, "Adding an indicator field".
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from planner.model import Aggregation, Direction, Frequency


class Kind(StrEnum):
    ID = "id"  # the indicator's id: a new one when the file has none
    TEXT = "text"  # free text
    CHOICE = "choice"  # one value of ``enum`` (``default`` when absent)
    DATE = "date"  # an ISO date (YYYY-MM-DD) or ""
    TEXT_LIST = "text_list"  # a list of texts (ids of tags)
    FLAG = "flag"  # true / false
    DERIVED = "derived"  # not stored: made from other fields


class Export(StrEnum):
    """How the Excel register makes a field's cell (planner.reports.xlsx_register)."""

    TEXT = "text"  # the field's text
    UNIT = "unit"  # the unit set, else the one written in target or baseline
    NUMBER = "number"  # the number read from the text (a derived reading)
    DIRECTION = "direction"  # the effective direction's label
    AGGREGATION = "aggregation"  # the aggregation's label
    FREQUENCY = "frequency"  # the update frequency's label
    DATE = "date"  # a real Excel date, shown 30.6.2026


@dataclass(frozen=True)
class IndicatorField:
    name: str  # the attribute of planner.model.Indicator (a derived row: the column's key)
    kind: Kind
    file_key: str = ""  # "" for a derived row
    enum: type[Enum] | None = None  # CHOICE: the values
    default: object = None  # CHOICE: the value when the file has none
    optional: bool = False  # written only when set (not empty, not the default)
    store_value: bool = False  # CHOICE: the Indicator keeps the enum's value (a str), not the member
    title: str = ""  # the GUI table's column title (Finnish; translated by the GUI); "" = no column
    width: int = 0  # the GUI table's default column width in pixels
    editable: bool = True  # the GUI table's cell can be edited (derived ones cannot)
    register: tuple[str, str, str] | None = None  # the Excel register's column title in fi, sv, en
    register_width: int = 0  # Excel column width (characters)
    wrap: bool = False  # the register's cell wraps its text
    export: Export = Export.TEXT
    reads: str = ""  # DERIVED reading: the text field whose number it shows
    register_after: str = ""  # the register puts this column right after that field's (else: table order)


class BaselineOrigin(StrEnum):
    """Where a rolled-over baseline came from (planner.rollover)."""

    NONE = ""
    ACTUAL = "actual"
    TARGET = "target"


F = IndicatorField
INDICATOR_FIELDS: tuple[IndicatorField, ...] = (
    F("id", Kind.ID, "id"),
    F("level", Kind.TEXT, "level", title="Taso", width=55,
      register=("Taso", "Nivå", "Level"), register_width=7),
    F("name", Kind.TEXT, "name", title="Mittari", width=260,
      register=("Mittari", "Mätare", "Indicator"), register_width=45, wrap=True),
    F("baseline", Kind.TEXT, "baseline", title="Lähtöarvo", width=150,
      register=("Lähtöarvo", "Utgångsvärde", "Baseline"), register_width=26, wrap=True),
    F("baseline_reading", Kind.DERIVED, reads="baseline", title="Lähtöarvo luettuna", width=150, editable=False,
      register=("Lähtöarvo (luku)", "Utgångsvärde (tal)", "Baseline (number)"), register_width=12,
      export=Export.NUMBER),
    F("target", Kind.TEXT, "target", title="Tavoite", width=150,
      register=("Tavoitearvo", "Målvärde", "Target"), register_width=26, wrap=True),
    F("target_reading", Kind.DERIVED, reads="target", title="Tavoite luettuna", width=150, editable=False,
      register=("Tavoitearvo (luku)", "Målvärde (tal)", "Target (number)"), register_width=12,
      export=Export.NUMBER),
    F("direction", Kind.CHOICE, "direction", enum=Direction, default=None, title="Suunta", width=150,
      register=("Suunta", "Riktning", "Direction"), register_width=13, export=Export.DIRECTION),
    F("aggregation", Kind.CHOICE, "aggregation", enum=Aggregation, default=Aggregation.LATEST, title="Kertymä",
      width=95, register=("Laskentatapa", "Beräkning", "Aggregation"), register_width=13,
      export=Export.AGGREGATION),
    F("unit", Kind.TEXT, "unit", title="Yksikkö", width=90,
      register=("Yksikkö", "Enhet", "Unit"), register_width=14, export=Export.UNIT,
      register_after="target_reading"),
    F("source", Kind.TEXT, "source", title="Tietolähde", width=130,
      register=("Tietolähde", "Källa", "Source"), register_width=22, wrap=True),
    F("owner", Kind.TEXT, "owner", title="Vastuutaho", width=130,
      register=("Vastuutaho", "Ansvarig", "Owner"), register_width=20, wrap=True),
    F("tags", Kind.TEXT_LIST, "tags"),
    # Version 3, optional: the indicator catalogue (update frequency, next update).
    F("frequency", Kind.CHOICE, "frequency", enum=Frequency, default=None, optional=True,
      title="Päivitystiheys", width=140, register=("Päivitystiheys", "Frekvens", "Frequency"), register_width=16,
      export=Export.FREQUENCY),
    F("next_update", Kind.DATE, "next_update", optional=True, title="Seuraava päivitys", width=120,
      register=("Seuraava päivitys", "Nästa uppdatering", "Next update"), register_width=13, export=Export.DATE),
    # Free notes: a table column (issue 17), not in the register.
    F("notes", Kind.TEXT, "notes", title="Huomautukset", width=200),
    # Version 3, optional: the yearly cycle (planner.rollover).
    F("target_review", Kind.FLAG, "target_review", optional=True),
    F("baseline_origin", Kind.CHOICE, "baseline_origin", enum=BaselineOrigin, default=BaselineOrigin.NONE,
      optional=True, store_value=True),
)
del F

BY_NAME: dict[str, IndicatorField] = {f.name: f for f in INDICATOR_FIELDS}
STORED: tuple[IndicatorField, ...] = tuple(f for f in INDICATOR_FIELDS if f.file_key)
TABLE_COLUMNS: tuple[IndicatorField, ...] = tuple(f for f in INDICATOR_FIELDS if f.title)


def _register_order() -> tuple[IndicatorField, ...]:
    out = [f for f in INDICATOR_FIELDS if f.register and not f.register_after]
    for f in INDICATOR_FIELDS:
        if f.register and f.register_after:
            out.insert(next(i for i, g in enumerate(out) if g.name == f.register_after) + 1, f)
    return tuple(out)


REGISTER_COLUMNS: tuple[IndicatorField, ...] = _register_order()


def table_column(name: str) -> int:
    """The GUI table's column of field ``name``."""
    return next(i for i, f in enumerate(TABLE_COLUMNS) if f.name == name)
