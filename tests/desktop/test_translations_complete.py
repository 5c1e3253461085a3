"""Every UI string has Swedish and English, the shipped .qm files are current, and no tr() of a variable
slips past extraction (such a string stays Finnish in sv/en without anyone noticing)."""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = ROOT / "resources" / "translations"
sys.path.insert(0, str(HERE))

import build_translations  # noqa: E402
from translations_sv_en import TRANSLATIONS  # noqa: E402

# tr(variable) is fine where the variable holds N_()-marked strings (extracted for that context).
ALLOWED_VARIABLE_TR = {("desktop/programme/editors/focus_area_editor.py", "key"), ("desktop/programme/editors/programme_editor.py", "key"),
                       ("desktop/statements/editors.py", "label"), ("desktop/statements/editors.py", "text"),
                       # core error texts, all listed with N_() in MESSAGES (test_actuals_error_text keeps it so)
                       ("desktop/programme/actuals/error_text.py", "exc.message"), ("desktop/programme/actuals/error_text.py", "exc.hint"),
                       # the column titles of planner/indicator_fields.py, extracted by build_translations.field_titles
                       ("desktop/programme/models/indicator_table.py", "f.title"),
                       # the core's message codes, all listed with N_() in TEXTS (test_message_text keeps it so)
                       ("desktop/programme/actuals/message_text.py", "template")}


def test_every_ui_string_is_translated_and_keeps_its_placeholders():
    strings = build_translations.extract()
    missing = sorted({src for _c, src, _f in strings if src not in TRANSLATIONS})
    assert not missing, "run resources/translations/build_translations.py and translate: " + repr(missing[:10])
    for src in {s for _c, s, _f in strings}:
        for text in TRANSLATIONS[src]:
            assert text.strip(), src
            assert sorted(re.findall(r"%\d|\{\d?\}", text)) == sorted(re.findall(r"%\d|\{\d?\}", src)), (src, text)
            assert ("&" in text) == ("&" in src) or ";;" in src, (src, text)


def test_shipped_ts_files_hold_every_string():
    strings = build_translations.extract()
    for lang in ("sv", "en"):
        ts = (HERE / f"planner_{lang}.ts").read_text(encoding="utf-8")
        from xml.sax.saxutils import escape

        for src in {s for _c, s, _f in strings}:
            assert f"<source>{escape(src)}</source>" in ts, (lang, src)


def test_no_tr_of_an_unmarked_variable():
    found = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and getattr(node.func, "attr", getattr(node.func, "id", "")) \
                    == "tr" and not isinstance(node.args[0], ast.Constant):
                arg = ast.unparse(node.args[0])
                if (rel, arg) not in ALLOWED_VARIABLE_TR:
                    found.append(f"{rel}:{node.lineno}: tr({arg})")
    assert not found, "write the text in tr(\"...\") or mark it with N_(): " + "; ".join(found)
