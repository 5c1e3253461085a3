"""The built-in example statements, entered word for word from seeds 000 and 001.

- ``mantsala``: Mäntsälän kunta's statement on a programme (seed 000, "Liite 2.").
  Seed 000 comments on another area's programme than the built-in example, so
  its references name the parts as the statement itself names them (the
  spearheads "työnhakija-asiakkaiden aktivointi ja toimijuuden tukeminen" and
  "palveluiden järjestäminen työelämän ja yritysten tarpeista lähtien", the
  indicator of company assignments / contacts, the indicator set) and quote
  nothing: no text of a programme Mäntsälä did not comment on. The two
  indicators it proposes are proposed-indicator items.
- ``mikkeli``: Mikkelin kaupunki's statement on consultation VN/37864/2025 (seed 001).

The data lives in ``resources/statements/*.lausunto.json`` and holds no machine
path. The Mäntsälä statement is linked to no programme file: the built-in example
is not the programme Mäntsälä commented on, so showing it beside the statement
would be a false quote. A statement that does comment on a shipped programme names
it as ``builtin:NAME`` (see ``planner.resources.resolve_programme_reference``), so it
works from an installed app too; loading such an example re-links its references
by name if the programme's ids ever change.
"""

from __future__ import annotations

from planner.resources import is_builtin_reference, resolve_programme_reference, resource_path
from planner.statements.fileformat import load_statement
from planner.statements.model import RefKind, SourceKind, Statement
from planner.statements.quotes import all_refs, current_ref

EXAMPLES = {
    "mantsala": "mantsala.lausunto.json",
    "mikkeli": "mikkeli.lausunto.json",
}
EXAMPLE_TITLES_FI = {
    "mantsala": "Mäntsälän kunnan lausunto työllisyysohjelmasta (Liite 2.)",
    "mikkeli": "Mikkelin kaupungin lausunto, VN/37864/2025",
}


def example_path(name: str):
    return resource_path("statements", EXAMPLES[name])


def load_statement_example(name: str) -> Statement:
    """A fresh copy of a built-in example statement. ``name``: ``mantsala`` or ``mikkeli``."""
    if name not in EXAMPLES:
        raise KeyError(f"tuntematon esimerkki {name!r}; vaihtoehdot: {', '.join(EXAMPLES)}")
    statement = load_statement(example_path(name))
    if statement.source.kind is SourceKind.PROGRAMME and is_builtin_reference(statement.source.programme_path):
        path = resolve_programme_reference(statement.source.programme_path)
        if path is not None and path.is_file():
            _relink(statement)
    return statement


def _relink(statement: Statement) -> None:
    """Point references at the example programme's current ids (found by name)."""
    from planner.example import load_example

    programme = load_example()
    by_name = {ind.name: ind.id for _t, _fa, ind in programme.indicators()}
    fa_by_title = {fa.title: fa.id for _t, fa in programme.focus_areas()}
    for _item_id, ref in all_refs(statement):
        if ref.kind is RefKind.INDICATOR and programme.find_indicator(ref.target_id) is None:
            ref.target_id = by_name.get(ref.label, ref.target_id)
        elif ref.kind is RefKind.FOCUS_AREA and programme.find_focus_area(ref.target_id) is None:
            ref.target_id = fa_by_title.get(ref.label, ref.target_id)
        fresh = current_ref(programme, ref)
        if fresh is not None and ref.kind is RefKind.INDICATOR_SET and ref.quote:
            ref.quote = fresh.quote  # the count of indicators follows the programme
