"""How long hostile files take to be read or refused (issue 12).

Goals: a 3,000-style "based on" chain used by 3,000 paragraphs (was over 300 s) read
in under 2 s; a .docx that unpacks to 300 MB, a 9 MB .txt, a FIFO and a
programme of 5,000-digit numbers refused in under 0.5 s each; saving the example
(written, read back, compared, replaced) under 0.5 s.
Run from the repository root: ``python benchmarks/bench_hostile_files.py``.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from planner.example import load_example  # noqa: E402
from planner.fileformat import dumps, load_programme, save_programme  # noqa: E402
from planner.statements.questions_import import QuestionsImportError, import_questions_file  # noqa: E402
from planner.storage.json_file import FileFormatError
from tests.planner.hostile_word_files import style_chain_docx, zip_bomb_docx  # noqa: E402


def timed(fn) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        fn()
        outcome = "luettu"
    except (QuestionsImportError, FileFormatError) as exc:
        outcome = "hylätty: " + exc.one_line()[-60:]
    return time.perf_counter() - start, outcome


def main() -> int:
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        big_txt = d / "iso.txt"
        big_txt.write_text("".join(f"{i}. Kysymys {i}?\n" for i in range(1, 400_000)), encoding="utf-8")
        huge = d / "luvut.tyohjelma"
        huge.write_text(dumps(load_example()).replace('"year": 2026', '"year": ' + "9" * 5000), encoding="utf-8")
        chain = style_chain_docx(d / "k.docx")
        bomb = zip_bomb_docx(d / "p.docx", 300)
        cases = [
            ("tyyliketju 3000 × 3000", lambda: import_questions_file(chain), 2.0),
            ("zip-pommi 300 Mt", lambda: import_questions_file(bomb), 0.5),
            ("9 Mt .txt", lambda: import_questions_file(big_txt), 0.5),
            ("5000 numeron luku", lambda: load_programme(huge), 0.5),
            ("tallennus (luetaan takaisin)", lambda: save_programme(load_example(), d / "o.tyohjelma"), 0.5),
        ]
        if hasattr(os, "mkfifo"):
            os.mkfifo(d / "putki.tyohjelma")
            cases.append(("FIFO", lambda: load_programme(d / "putki.tyohjelma"), 0.5))
        for name, fn, goal in cases:
            seconds, outcome = timed(fn)
            ok = seconds <= goal
            failed |= not ok
            print(f"{name:30} {seconds:7.2f} s  (tavoite {goal} s) {'OK' if ok else 'YLI'}  {outcome}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
