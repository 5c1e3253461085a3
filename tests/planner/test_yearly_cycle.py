"""The yearly cycle: roll-over, comparison, approval and versions (issue 14)."""

from __future__ import annotations

import json
from datetime import datetime

import pytest

from planner import rollover, versions
from planner.checks import check_programme
from planner.cli import main
from planner.diff import ADDED, CHANGED, MOVED, REMOVED, diff_programmes, word_diff
from planner.example import load_example
from planner.fileformat import dumps, load_programme, loads, save_programme
from planner.followup.progress import ProgressStatus, compare_programme
from planner.model import (
    ActualsImport,
    ActualValue,
    ApprovalDecision,
    Indicator,
    IndicatorReference,
    Programme,
    Status,
)


def with_actuals() -> tuple[Programme, Indicator, Indicator]:
    """The example with monthly actuals Jan–Jun 2026 for one latest-value indicator; another has none."""
    p = load_example()
    inds = [ind for _t, _f, ind in p.indicators()]
    measured = next(i for i in inds if i.name.startswith("Pitkäaikaistyöttömien"))
    unmeasured = next(i for i in inds if i.name == "Laajan työttömyyden määrä")
    values = [ActualValue(measured.id, f"2026-{m:02d}", 1500 - 10 * m) for m in range(1, 7)]
    values.append(ActualValue(measured.id, "2025-12", 1468))  # last year's December: history
    p.actual_imports.append(ActualsImport(source_file="t.xlsx", values=values))
    return p, measured, unmeasured


def test_rollover_keeps_identity_and_takes_baselines_from_actuals_or_targets() -> None:
    p, measured, unmeasured = with_actuals()
    p.decisions.append(ApprovalDecision("Kaupunginvaltuusto", "2025-12-16", "§ 45"))
    p.status = Status.APPROVED
    before = dumps(p)
    new = rollover.roll_over(p, 2027)
    assert dumps(p) == before  # last year's programme is not touched
    assert new.year == 2027 and new.title == "Työllisyysohjelma 2027"
    assert new.status is Status.DRAFT and new.decisions == [] and new.versions == []
    assert [i.id for _t, _f, i in new.indicators()] == [i.id for _t, _f, i in p.indicators()]
    m = new.find_indicator(measured.id)[2]
    assert m.baseline == "1 440 henkilöä (kesäkuu 2026)" and m.baseline_origin == "actual"
    assert m.target == measured.target and m.target_review
    u = new.find_indicator(unmeasured.id)[2]
    assert u.baseline == unmeasured.target and u.baseline_origin == "target"
    # last year's actuals stay as history but are not compared with the new targets
    assert new.actual_imports == p.actual_imports
    assert rollover.previous_year_values(new, measured.id)[-1] == ("2026-06", 1440)
    res = next(r for r in compare_programme(new) if r.indicator.id == measured.id)
    assert res.status is ProgressStatus.NO_DATA and res.actual is None


def test_rollover_text_changes_are_confirmed_item_by_item() -> None:
    p = load_example()
    proposal = rollover.propose(p, 2027)
    keys = {t.key: t for t in proposal.texts}
    assert "p:title" in keys and keys["p:title"].new == "Työllisyysohjelma 2027"
    assert all("2026" in t.old and "2027" in t.new for t in proposal.texts)
    subtitle = next(k for k in keys if k != "p:title")
    new = rollover.apply(p, proposal, {"p:title"})
    assert new.title == "Työllisyysohjelma 2027"
    assert new.themes_subtitle == p.themes_subtitle  # not accepted: left as it was
    assert subtitle == "p:themes_subtitle"
    # targets are never offered for a text change, they are marked for review
    assert not any(k.endswith(":target") for k in keys)


@pytest.mark.parametrize("year", [2026, 2025, 2040])
def test_rollover_refuses_a_year_not_after_the_programme(year: int) -> None:
    with pytest.raises(rollover.RolloverError, match="2026"):
        rollover.propose(load_example(), year)


def test_checks_list_what_the_rollover_left_to_review() -> None:
    p, measured, unmeasured = with_actuals()
    new = rollover.roll_over(p, 2027)
    codes = {(f.code, f.location.indicator_id) for f in check_programme(new)}
    assert ("target_not_reviewed", measured.id) in codes
    assert ("baseline_from_target", unmeasured.id) in codes
    assert ("baseline_from_target", measured.id) not in codes
    rollover.mark_reviewed(new, {measured.id})
    codes = {(f.code, f.location.indicator_id) for f in check_programme(new)}
    assert ("target_not_reviewed", measured.id) not in codes


def test_cli_rollover_writes_new_file_and_refuses_bad_input(tmp_path, capsys) -> None:
    src = tmp_path / "2026.tyohjelma"
    p, _m, _u = with_actuals()
    save_programme(p, src)
    original = src.read_bytes()
    out = tmp_path / "2027.tyohjelma"
    assert main(["rollover", str(src), "--year", "2026", "-o", str(out)]) == 2
    assert "2026" in capsys.readouterr().err and not out.exists()
    assert main(["rollover", str(src), "--year", "2027", "-o", str(src)]) == 2
    assert main(["rollover", str(src), "--year", "2027", "--dry-run"]) == 0
    printed = capsys.readouterr().out
    assert "[toteuma]" in printed and "[tavoite]" in printed and not out.exists()
    assert main(["rollover", str(src), "--year", "2027", "--keep-text", "-o", str(out)]) == 0
    new = load_programme(out)
    assert new.year == 2027 and new.title == "Työllisyysohjelma 2026"  # --keep-text
    assert src.read_bytes() == original
    damaged = tmp_path / "rikki.tyohjelma"
    damaged.write_bytes(original[:500])
    assert main(["rollover", str(damaged), "--year", "2027", "-o", str(tmp_path / "x.tyohjelma")]) == 2
    assert "JSON" in capsys.readouterr().err and not (tmp_path / "x.tyohjelma").exists()


def test_word_diff_marks_words_and_keeps_numbers_whole() -> None:
    assert word_diff("1 468 henkilöä (joulukuu 2025)", "1 400 henkilöä (joulukuu 2026)") == [
        ("-", "1 468"), ("+", "1 400"), ("=", " henkilöä (joulukuu "), ("-", "2025"), ("+", "2026"), ("=", ")")]


def test_diff_finds_text_bullet_indicator_and_move_changes() -> None:
    a, measured, _u = with_actuals()
    b = rollover.roll_over(a, 2027)
    fa = b.themes[0].focus_areas[0]
    fa.act[0] += " viikoittain"
    fa.act.append("Uusi toimintatapa")
    removed_lead = fa.lead.pop(0)
    fa.cooperate.reverse()
    moved_fa = b.themes[0].focus_areas.pop(1)
    b.themes[1].focus_areas.append(moved_fa)
    row = next(r for r in b.themes[2].focus_areas[0].rows if isinstance(r, Indicator))
    b.themes[2].focus_areas[0].rows.remove(row)
    fa.rows.append(row)
    fa.rows.append(Indicator(name="Uusi mittari", target="10"))
    gone = b.themes[1].focus_areas[0].rows.pop(0)
    d = diff_programmes(a, b)

    def find(kind: str, pred) -> list:
        return [c for c in d.changes if c.kind == kind and pred(c)]

    assert find(CHANGED, lambda c: c.label == "Ohjelman nimi")
    act = find(CHANGED, lambda c: c.item == "bullet" and "viikoittain" in c.new)
    assert act and ("+", " viikoittain") in act[0].words
    assert find(ADDED, lambda c: c.new == "Uusi toimintatapa")
    assert find(REMOVED, lambda c: c.old == removed_lead)
    if len(fa.cooperate) > 1:
        assert find(MOVED, lambda c: c.item == "bullet")
    assert find(MOVED, lambda c: c.item == "focus_area" and c.key == moved_fa.id)
    assert find(MOVED, lambda c: c.item == "indicator" and c.key == row.id)
    assert find(ADDED, lambda c: "Uusi mittari" in c.label)
    assert find(REMOVED, lambda c: c.key == gone.id)
    baseline = find(CHANGED, lambda c: c.key == measured.id and c.label.endswith("lähtöarvo"))
    assert baseline and "toteuma 2026: 1\u00a0440 (kesäkuu 2026)" in baseline[0].note
    assert "tavoite 2027" in baseline[0].note


def test_diff_matches_by_name_when_ids_differ() -> None:
    a = load_example()
    b = loads(dumps(a).replace('"id": "', '"id": "x'))
    assert diff_programmes(a, b).changes == []


def test_diff_lists_cross_reference_rows_added_removed_and_changed() -> None:
    a = load_example()
    b = loads(dumps(a))
    refs = [(fa, r) for _t, fa in b.focus_areas() for r in fa.rows if isinstance(r, IndicatorReference)]
    assert refs, "the example has a cross-reference row (seed 004)"
    fa, ref = refs[0]
    old_text = ref.text
    ref.text = old_text + " – päivitetty"
    target_fa = b.themes[0].focus_areas[0]
    _t, _f, pointed = b.find_indicator(ref.indicator_id)
    target_fa.rows.append(IndicatorReference(indicator_id=pointed.id))
    changes = [c for c in diff_programmes(a, b).changes if c.item == "reference"]
    assert any(c.kind == CHANGED and c.old == old_text and c.new == ref.text for c in changes)
    added = [c for c in changes if c.kind == ADDED]
    assert added and added[0].new == f"{pointed.name} ({_f.title})" and target_fa.title in added[0].where
    fa.rows.remove(ref)
    assert any(c.kind == REMOVED and c.old == old_text for c in diff_programmes(a, b).changes if c.item == "reference")


def test_cli_diff_formats_and_bad_files(tmp_path, capsys) -> None:
    a, b = tmp_path / "a.tyohjelma", tmp_path / "b.tyohjelma"
    save_programme(load_example(), a)
    save_programme(rollover.roll_over(load_example(), 2027), b)
    assert main(["diff", str(a), str(b), "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["counts"]["changed"] > 0 and data["changes"][0]["label"] == "Vuosi"
    for fmt in ("pdf", "docx", "txt"):
        out = tmp_path / f"muutokset.{fmt}"
        assert main(["diff", str(a), str(b), "-o", str(out)]) == 0
        assert out.stat().st_size > 500
    not_programme = tmp_path / "muu.json"
    not_programme.write_text('{"format": "lausunto", "schema_version": 1}', encoding="utf-8")
    assert main(["diff", str(not_programme), str(b), "-o", str(tmp_path / "x.pdf")]) == 2
    assert "tyollisyysohjelma" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_approval_locks_and_new_version_keeps_the_approved_one() -> None:
    p = load_example()
    with pytest.raises(versions.VersionError, match="päivämäärä"):
        versions.set_status(p, Status.APPROVED, ApprovalDecision("Kaupunginvaltuusto", "", "§ 45"))
    assert p.status is Status.DRAFT and p.decisions == []
    versions.set_status(p, Status.PROPOSAL, ApprovalDecision("Hallitus", "20.11.2025", "§ 112"))
    undo = versions.set_status(p, Status.APPROVED, ApprovalDecision("Kaupunginvaltuusto", "16.12.2025", "§ 45"),
                               now=datetime(2025, 12, 16, 19))
    assert versions.is_locked(p) and p.decisions[-1].date == "2025-12-16"
    assert [v.name for v in p.versions] == ["Versio 1 (hyväksytty)"]
    approved = dumps(versions.version_programme(p.versions[0]))
    with pytest.raises(versions.VersionError, match="lukittu"):
        versions.set_status(p, Status.DRAFT)
    versions.start_new_version(p)
    assert not versions.is_locked(p) and p.version_name == "Versio 2" and p.decisions == []
    p.title = "Muutettu"
    assert dumps(versions.version_programme(p.versions[0])) == approved  # the approved one is unchanged
    d = diff_programmes(versions.version_programme(p.versions[0]), p)
    assert any(c.label == "Ohjelman nimi" and c.new == "Muutettu" for c in d.changes)
    # the file keeps the versions; undo puts the old state back
    again = loads(dumps(p))
    assert again.versions == p.versions and again.version_name == "Versio 2"
    undo.restore(p)
    assert p.status is Status.PROPOSAL and p.versions == []


def test_version_2_file_loads_with_defaults_and_new_keys_round_trip(tmp_path) -> None:
    data = json.loads(dumps(load_example()))
    data["schema_version"] = 2
    for key in ("version_name", "versions", "rolled_over_from"):
        assert key not in data["programme"]  # not written when empty: version-2 content unchanged
    path = tmp_path / "v2.tyohjelma"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    p = load_programme(path)
    assert p.versions == [] and p.version_name == "" and p.status is Status.DRAFT
    assert not any(i.target_review or i.baseline_origin for _t, _f, i in p.indicators())
    new = rollover.roll_over(p, 2027)
    versions.save_version(new, "Luonnos A")
    assert loads(dumps(new)) == new


def test_damaged_version_inside_a_file_is_reported_with_its_place(tmp_path) -> None:
    p = load_example()
    versions.save_version(p, "A")
    data = json.loads(dumps(p))
    data["programme"]["versions"][0]["programme"]["year"] = "kaksi"
    path = tmp_path / "v.tyohjelma"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(Exception, match=r"versions\[0\]\.programme\.year"):
        load_programme(path)


def test_reports_show_version_and_status(tmp_path) -> None:
    from docx import Document

    from planner.reports.export import export

    p = load_example()
    versions.set_status(p, Status.APPROVED, ApprovalDecision("Kaupunginvaltuusto", "16.12.2025", "§ 45"))
    out = export(p, "docx", "programme", tmp_path / "o.docx")
    doc = Document(str(out))
    header = " ".join(par.text for par in doc.sections[0].header.paragraphs)
    assert "Versio 1 · hyväksytty" in header
    body = " ".join(par.text for par in doc.paragraphs[:20])
    assert "Versio 1 · hyväksytty (Kaupunginvaltuusto 16.12.2025 § 45)" in body


def test_cli_approval_lock_versions_and_version_diff(tmp_path, capsys) -> None:
    f = tmp_path / "2027.tyohjelma"
    save_programme(rollover.roll_over(load_example(), 2027), f)
    assert main(["status", str(f), "approved"]) == 2  # no decision date
    assert "--date" in capsys.readouterr().err and load_programme(f).status is Status.DRAFT
    assert main(["status", str(f), "proposal", "--date", "20.11.2026", "--section", "§ 112"]) == 0
    assert main(["status", str(f), "approved", "--date", "14.12.2026", "--section", "§ 45"]) == 0
    capsys.readouterr()
    assert main(["check", str(f)]) in (0, 1)
    assert "lukittu" in capsys.readouterr().out
    before = f.read_bytes()
    assert main(["status", str(f), "draft"]) == 2
    assert "uusi versio" in capsys.readouterr().err and f.read_bytes() == before
    assert main(["new-version", str(f)]) == 0
    p = load_programme(f)
    assert p.status is Status.DRAFT and p.version_name == "Versio 2"
    assert main(["version-save", str(f), "--name", "Hallitukselle"]) == 0
    capsys.readouterr()
    assert main(["versions", str(f)]) == 0
    listed = capsys.readouterr().out
    assert "Versio 1 (hyväksytty)" in listed and "Hallitukselle" in listed
    assert main(["diff", str(f), str(f), "--a-version", "Versio 1 (hyväksytty)", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {c["label"] for c in data["changes"]} >= {"Versio", "Tila"}
    assert main(["diff", str(f), str(f), "--a-version", "ei ole"]) == 2
    assert "ei ole" in capsys.readouterr().err
