"""What an import found and the user's decisions on it (:class:`PlanData`), the programme untouched.

Layers: :mod:`.records` and :mod:`.dimensions` below, :mod:`.combine` (which reads a
plan) above, :mod:`.importer` on top: its :class:`~planner.followup.actuals.importer.ImportPlan`
adds the operations that need the combining step (``build``) and the category rules
(``select``, ``row_counts``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from planner.followup.actuals.dimensions import DimensionChoice
from planner.followup.actuals.layout import DetectedLayout
from planner.followup.actuals.matching import Match, MatchHow, MatchState
from planner.followup.actuals.readers import RawSheet
from planner.followup.actuals.records import AREA_TEXT, DIMS, KEY, ROW, RecordList, UnmatchedRow
from planner.messages import Message
from planner.model import Indicator


@dataclass
class PlanData:
    """What an import found and the user's decisions on it; the programme is not touched.

    The operations that need the category rules or the combining step (``select``,
    ``row_counts``, ``build``) are added by :class:`planner.followup.actuals.importer.ImportPlan`,
    so this module, which combine and dimensions read, imports neither of them.
    """

    path: Path
    sheet: RawSheet
    layout: DetectedLayout
    sheet_names: list[str]
    records: RecordList  # one tuple per value, a Record when indexed or iterated
    matches: dict[str, Match]  # by record key
    source_key: str
    warnings: list[Message] = field(default_factory=list)  # worded by planner.wording_fi / the GUI
    skipped_rows: int = 0
    programme_year: int | None = None
    indicators: dict[str, Indicator] = field(default_factory=dict)
    dimensions: list[DimensionChoice] = field(default_factory=list)  # area and category columns
    conflict_choices: dict[str, int | None] = field(default_factory=dict)  # Conflict.key -> kept value
    dropped_areas: dict[str, int] = field(default_factory=dict)  # rows of areas outside the programme, left out

    # -- user decisions --------------------------------------------------------

    def needs_review(self) -> list[Match]:
        return [m for m in self.matches.values() if m.needs_confirmation and not m.skipped]

    def unmatched_keys(self) -> list[str]:
        return [k for k, m in self.matches.items() if m.indicator_id is None and not m.skipped]

    def confirm(self, key: str, indicator_id: str | None = None) -> MatchState:
        """Accept the suggested indicator for ``key`` (or the given one); returns the state before (undo)."""
        m = self.matches[key]
        before = m.state()
        if indicator_id is not None and indicator_id != m.indicator_id:
            m.indicator_id = indicator_id
            m.how = MatchHow.MANUAL
        if m.indicator_id is None:
            raise ValueError("no indicator to confirm")
        m.needs_confirmation = False
        m.skipped = False
        m.confirmed = True
        return before

    def assign(self, key: str, indicator_id: str | None) -> MatchState:
        """Tie ``key`` to an indicator by hand, or skip its rows (None); returns the state before (undo)."""
        m = self.matches[key]
        before = m.state()
        if indicator_id is None:
            m.skipped = True
            m.needs_confirmation = False
            return before
        m.indicator_id = indicator_id
        m.how = MatchHow.MANUAL
        m.needs_confirmation = False
        m.skipped = False
        m.confirmed = True
        return before

    def clear_match(self, key: str) -> MatchState:
        """No indicator for ``key`` (its rows are not imported, nor skipped for good); returns the state before."""
        m = self.matches[key]
        before = m.state()
        m.indicator_id = None
        m.skipped = False
        m.needs_confirmation = False
        return before

    def unconfirm(self, key: str) -> MatchState:
        """Take back the confirmation of ``key``'s indicator (not imported until confirmed); returns the state before."""
        m = self.matches[key]
        before = m.state()
        m.needs_confirmation = True
        m.confirmed = False
        return before

    def restore_match(self, key: str, state: MatchState) -> None:
        """Undo one of the changes above with the state it returned."""
        self.matches[key].restore(state)

    def unmatched_rows(self) -> list[UnmatchedRow]:
        """Rows not tied to an indicator (unmatched or unconfirmed), one entry per distinct text."""
        out: list[UnmatchedRow] = []
        for key, row in self.first_rows().items():  # per distinct text (the summary asks on the GUI thread)
            m = self.matches.get(key)
            if m is None or m.skipped or m.accepted:
                continue
            out.append(UnmatchedRow(self.sheet.name, row, key, self.key_counts()[key]))  # counted once, if asked
        return out

    # -- categories and conflicts ----------------------------------------------------

    def open_questions(self) -> list[DimensionChoice]:
        """Columns whose value the user must still choose (see :mod:`planner.followup.actuals.dimensions`)."""
        return [c for c in self.dimensions if c.open]

    def choose_conflict(self, key: str, index: int | None) -> None:
        """Keep the ``index``-th of a conflict's values, or none of them (None)."""
        self.conflict_choices[key] = index

    def row_groups(self) -> dict[tuple[str, str, tuple[str, ...]], int]:
        """Rows per (row text, area text, category values), counted once (the records never change)."""
        got = self.__dict__.get("_row_groups")
        if got is None:
            recs = self.records
            got = self.__dict__["_row_groups"] = Counter(
                zip(recs.column(KEY), recs.column(AREA_TEXT), recs.column(DIMS), strict=True))
        return got

    def first_rows(self) -> dict[str, int]:
        """The first sheet row of each row text, counted once."""
        got = self.__dict__.get("_first_rows")
        if got is None:
            rows = self.records.rows
            got = self.__dict__["_first_rows"] = {key: rows[i][ROW] for key, i in self.records.first_index().items()}
        return got

    def key_counts(self) -> Counter[str]:
        """Records per row text, counted once."""
        got = self.__dict__.get("_key_counts")
        if got is None:
            got = self.__dict__["_key_counts"] = Counter(self.records.column(KEY))
        return got

    def warm(self) -> None:
        """Count what the wizard's pages show, here (off the GUI thread) rather than when a page opens."""
        self.row_groups()
        self.first_rows()
        self.key_counts()

    # -- result ------------------------------------------------------------------

    def matched_by(self) -> dict[str, str]:
        """indicator id -> how its rows were matched (for the comparison output)."""
        out: dict[str, str] = {}
        for m in self.matches.values():
            if m.accepted and m.indicator_id and m.how:
                out.setdefault(m.indicator_id, m.how.value)
        return out
