"""What a command says when it fails, and how it writes a new document file.

Every command fails the same way: one line ``Virhe: …`` on stderr and exit code 2
(never a traceback). A new file (an example, a statement made from a request) is
written only where it may be: a read-only file is reported, never replaced, and a
full disk or a folder without rights is said in one Finnish line.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path


def fail(message: str) -> int:
    """Print ``Virhe: message`` on stderr; the exit code of a refused command (2)."""
    print(f"Virhe: {message}", file=sys.stderr)
    return 2


def write_new_file(out: Path, save: Callable[[Path], None], what: str) -> bool:
    """``save(out)`` after checking the target; False (the reason printed) when it cannot be written.

    ``what`` names the document in the refusal of a document that cannot be saved as it is
    ("lausuntoa ei voi tallentaa: …").
    """
    from planner.storage.export_target import ExportTargetError, check_target, describe_os_error
    from planner.storage.json_file import SaveError

    try:
        check_target(out)  # a read-only file is reported, never replaced
        save(out)
    except ExportTargetError as exc:
        fail(str(exc))
        return False
    except SaveError as exc:
        fail(f"{what} ei voi tallentaa: {exc.one_line()}")
        return False
    except OSError as exc:
        fail(describe_os_error(out, exc))
        return False
    return True
