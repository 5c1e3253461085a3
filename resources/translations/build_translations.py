"""Rebuild the UI translations: extract strings, write .ts sources, compile .qm.

    .venv/bin/python resources/translations/build_translations.py

Finnish is the source language. The script reads every ``self.tr("...")``,
module-level ``tr("...")`` (a helper that calls QCoreApplication.translate with
a fixed context), ``N_("...")`` (marks a string translated later with
``self.tr(variable)`` or, in a module with its own ``tr``, ``tr(variable)``) and ``QCoreApplication.translate("ctx", "...")`` from
desktop/, takes the Swedish and English texts from translations_sv_en.py, writes
planner_sv.ts / planner_en.ts (open them in Qt Linguist to review) and compiles
them with pyside6-lrelease. It fails when a string has no translation, so a
half-translated UI never ships.

Plurals use Qt's numerus mechanism: ``self.tr("%n virhettä", "", n)`` or
``QCoreApplication.translate("ctx", "%n virhettä", None, n)``. Their forms come
from the ``NUMERUS`` tables of ``sv_en_*.py``: ``{source: ((fi one, fi many),
(sv one, sv many), (en one, en many))}``. Finnish is the source language, so
the Finnish forms go into ``planner_fi.qm``, which holds only the numerus
messages ("1 virhe", "2 virhettä").
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from translations_sv_en import TRANSLATIONS  # noqa: E402


def _module_context(tree: ast.Module) -> str | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "tr":
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call) and getattr(sub.func, "attr", "") == "translate":
                    arg = sub.args[0]
                    if isinstance(arg, ast.Constant):
                        return str(arg.value)
    return None


LANGUAGES = ("fi", "sv", "en")


def load_numerus() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]]:
    """The NUMERUS tables of every sv_en_*.py beside this file."""
    import importlib.util

    out: dict = {}
    for path in sorted(HERE.glob("sv_en_*.py")):
        spec = importlib.util.spec_from_file_location(f"_numerus_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for source, forms in getattr(module, "NUMERUS", {}).items():
            if source in out and out[source] != forms:
                raise ValueError(f"{path.name}: numerus {source!r} is defined differently in another table")
            out[source] = forms
    return out


def load_qt_overrides() -> dict[tuple[str, str], dict[str, str]]:
    """QT_OVERRIDES of sv_en_*.py: words of Qt's own dialogs we say differently, {(context, source): {lang: text}}."""
    import importlib.util

    out: dict = {}
    for path in sorted(HERE.glob("sv_en_*.py")):
        spec = importlib.util.spec_from_file_location(f"_qt_overrides_{path.stem}", path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        out.update(getattr(module, "QT_OVERRIDES", {}))
    return out


def _is_numerus(call: ast.Call) -> bool:
    f = call.func
    if isinstance(f, ast.Attribute) and f.attr == "tr":
        return len(call.args) >= 3
    if isinstance(f, ast.Attribute) and f.attr == "translate":
        return len(call.args) >= 4
    return False


def extract_numerus() -> list[tuple[str, str, str]]:
    """(context, source, file) for every plural string (a tr/translate call with a count)."""
    return _extract(numerus=True)


def extract() -> list[tuple[str, str, str]]:
    """(context, source, file) for every translatable string without a count, in file order."""
    return _extract(numerus=False)


def _extract(numerus: bool) -> list[tuple[str, str, str]]:
    out: list[tuple[str, str, str]] = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module_ctx = _module_context(tree)
        rel = path.relative_to(ROOT).as_posix()

        def visit(node: ast.AST, cls: str | None, module_ctx: str | None = module_ctx, rel: str = rel) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.ClassDef):
                    visit(child, child.name)
                    continue
                if isinstance(child, ast.Call) and child.args and _is_numerus(child) != numerus:
                    visit(child, cls)
                    continue
                if isinstance(child, ast.Call) and child.args:
                    f = child.func
                    first = child.args[0]
                    if isinstance(f, ast.Attribute) and f.attr == "tr" and isinstance(first, ast.Constant) \
                            and isinstance(first.value, str) and cls:
                        out.append((cls, first.value, rel))
                    elif isinstance(f, ast.Name) and f.id == "N_" and isinstance(first, ast.Constant):
                        # Translated later by self.tr(variable) (class context) or by the module's tr().
                        if cls:
                            out.append((cls, first.value, rel))
                        if module_ctx:
                            out.append((module_ctx, first.value, rel))
                    elif isinstance(f, ast.Name) and f.id == "tr" and isinstance(first, ast.Constant) and module_ctx:
                        out.append((module_ctx, first.value, rel))
                    elif isinstance(f, ast.Attribute) and f.attr == "translate" and len(child.args) >= 2 \
                            and all(isinstance(a, ast.Constant) for a in child.args[:2]):
                        out.append((str(child.args[0].value), str(child.args[1].value), rel))
                visit(child, cls)

        visit(tree, None)
    if not numerus:  # texts declared in the core, translated by the GUI
        out += field_titles()
        out += message_texts()
    return out


def message_texts() -> list[tuple[str, str, str]]:
    """The Finnish of the core's message codes (the NOTES, ACTUALS, COVERAGE, COSTS, OUTLOOK, WARNINGS, ERRORS and REPORTS tables of
    planner/wording_fi.py), translated by desktop/programme/actuals/message_text.py (context MessageText)."""
    rel = "planner/wording_fi.py"
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    out = []
    for node in tree.body:
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.target.id in ("NOTES", "ACTUALS", "COVERAGE", "COSTS", "OUTLOOK", "WARNINGS", "ERRORS",
                                       "REPORTS") and isinstance(node.value, ast.Dict):
            out += [("MessageText", v.value, rel) for v in node.value.values if isinstance(v, ast.Constant)]
    return out


def field_titles() -> list[tuple[str, str, str]]:
    """The indicator table's column titles, declared in the core's field table (``title="..."``)
    and translated by desktop/programme/models/indicator_table.py (context IndicatorTableModel)."""
    rel = "planner/indicator_fields.py"
    tree = ast.parse((ROOT / rel).read_text(encoding="utf-8"))
    return [("IndicatorTableModel", kw.value.value, rel) for node in ast.walk(tree) if isinstance(node, ast.Call)
            for kw in node.keywords if kw.arg == "title" and isinstance(kw.value, ast.Constant) and kw.value.value]


def write_ts(language: str, strings: list[tuple[str, str, str]],
             plurals: list[tuple[str, str, str]] | None = None) -> Path:
    index = 0 if language == "sv" else 1
    numerus = load_numerus()
    by_ctx: dict[str, dict[str, str | tuple[str, ...]]] = {}
    for ctx, src, _file in strings:
        by_ctx.setdefault(ctx, {})[src] = TRANSLATIONS[src][index]
    for ctx, src, _file in plurals or []:
        by_ctx.setdefault(ctx, {})[src] = tuple(numerus[src][LANGUAGES.index(language)])
    for (ctx, src), texts in load_qt_overrides().items():
        if texts.get(language):
            by_ctx.setdefault(ctx, {})[src] = texts[language]
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="fi">']
    for ctx in sorted(by_ctx):
        lines += ["<context>", f"    <name>{escape(ctx)}</name>"]
        for src, text in by_ctx[ctx].items():
            if isinstance(text, tuple):
                forms = "".join(f"<numerusform>{escape(t)}</numerusform>" for t in text)
                lines += ['    <message numerus="yes">', f"        <source>{escape(src)}</source>",
                          f"        <translation>{forms}</translation>", "    </message>"]
                continue
            lines += ["    <message>", f"        <source>{escape(src)}</source>",
                      f"        <translation>{escape(text)}</translation>", "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    path = HERE / f"planner_{language}.ts"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return found


def main() -> int:
    strings = extract()
    missing = sorted({src for _c, src, _f in strings if src not in TRANSLATIONS})
    if missing:
        print("Missing translations:", file=sys.stderr)
        for m in missing:
            print(f"    {m!r}: (\"\", \"\"),", file=sys.stderr)
        return 1
    plurals = extract_numerus()
    numerus = load_numerus()
    missing_plurals = sorted({src for _c, src, _f in plurals if src not in numerus})
    if missing_plurals:
        print("Missing plural forms (NUMERUS in a sv_en_*.py):", file=sys.stderr)
        for m in missing_plurals:
            print(f"    {m!r}: ((\"\", \"\"), (\"\", \"\"), (\"\", \"\")),", file=sys.stderr)
        return 1
    for lang in ("sv", "en"):
        ts = write_ts(lang, strings, plurals)
        subprocess.run([lrelease(), str(ts), "-qm", str(HERE / f"planner_{lang}.qm")], check=True)
    # Finnish is the source, but "1 virhettä" needs its singular: a Finnish file of plural forms only.
    ts = write_ts("fi", [], plurals)
    subprocess.run([lrelease(), str(ts), "-qm", str(HERE / "planner_fi.qm")], check=True)
    # Qt's own dialogs (Save/Discard/Cancel buttons ...) in a frozen build: copy qtbase_*.qm beside ours.
    try:
        from PySide6.QtCore import QLibraryInfo

        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for lang in ("fi", "sv", "en"):
            src = qt_dir / f"qtbase_{lang}.qm"
            if src.exists():
                shutil.copyfile(src, HERE / src.name)
    except ImportError:
        pass
    print(f"{len({s for _c, s, _f in strings})} strings translated to sv and en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
