"""``planner`` ends without the interpreter's teardown (planner.cli.main.run): nothing it prints or writes is lost."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from planner.cli.main import FULL_EXIT_ENV
from planner.example import load_example
from planner.fileformat import save_programme

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], full_exit: bool = False, **kwargs) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != FULL_EXIT_ENV}
    if full_exit:
        env[FULL_EXIT_ENV] = "1"
    return subprocess.run([sys.executable, "-m", "planner", *args], cwd=ROOT, env=env, capture_output=True,
                          timeout=120, **kwargs)


def test_output_files_and_exit_codes_as_with_the_full_exit(tmp_path):
    prog = tmp_path / "ohjelma.json"
    save_programme(load_example(), prog)
    csv = tmp_path / "toteumat.csv"
    csv.write_text("Mittari;Kuukausi;Toteuma\n" + "".join(
        f"Laajan työttömyyden määrä;{m}/2026;{4300 - m}\n" for m in range(1, 7)), encoding="utf-8")
    compare = ["compare", str(prog), "--actuals", str(csv), "--as-of", "30.6.2026", "--json"]
    fast, full = _run(compare), _run(compare, full_exit=True)
    assert fast.returncode == full.returncode == 0
    assert fast.stdout == full.stdout and fast.stdout.rstrip().endswith(b"}")  # the whole JSON, flushed
    out = tmp_path / "uusi.json"
    written = _run(["example", str(out)])
    assert written.returncode == 0 and load_example().title in out.read_text(encoding="utf-8")
    missing = _run(["check", str(tmp_path / "ei-ole.json")])
    assert missing.returncode == _run(["check", str(tmp_path / "ei-ole.json")], full_exit=True).returncode == 2
    assert missing.stderr and b"Traceback" not in missing.stderr


def test_a_reader_closing_the_pipe_early_is_no_error(tmp_path):
    """``planner compare ... | head -1``: the rest of the output has nowhere to go; no traceback, no hang."""
    prog = tmp_path / "ohjelma.json"
    save_programme(load_example(), prog)
    proc = subprocess.Popen([sys.executable, "-m", "planner", "check", str(prog)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline()
    proc.stdout.close()
    _out, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err
