"""Reading a workbook in a child process, so the reader cannot take the caller down with it.

The desktop app reads every workbook of actuals this way. The spreadsheet
reader is native code: on a file our own checks do not foresee it may abort the
whole process (a Rust allocation failure calls ``abort()``; no Python
exception, no ``finally``) or use gigabytes. In a child process an abort or an
out-of-memory ends only the child; here it becomes one Finnish
:class:`ActualsError`, and the app keeps running with the user's work intact.

The child is started with ``multiprocessing`` in *spawn* mode (the same on
Windows, macOS and Linux, and safe in a process that runs Qt threads). In the
frozen (PyInstaller) build the executable's entry point calls
``multiprocessing.freeze_support()`` first, which turns the re-launched
executable into this child. On POSIX the child limits its own address space
(``RLIMIT_AS``) to :data:`MEMORY_LIMIT_BYTES`; Windows has no such limit, so
there the pre-checks of :mod:`.readers` are the guard.
"""

from __future__ import annotations

import marshal
import multiprocessing
import pickle
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from planner.followup.actuals.errors import ActualsError
from planner.followup.actuals.readers import RawSheet
from planner.messages import msg

MEMORY_LIMIT_BYTES = 3 * 1024 * 1024 * 1024
_POLL_SECONDS = 0.05


def _error_fields(exc: ActualsError) -> dict[str, Any]:
    return {
        "message": exc.message, "path": exc.path, "sheet": exc.sheet, "row": exc.row, "column": exc.column,
        "hint": exc.hint, "code": exc.code, "params": exc.params,
    }


def limit_memory(limit: int | None) -> None:
    """Cap this process's address space (POSIX only; a no-op on Windows or without a limit)."""
    if not limit or sys.platform == "win32":
        return
    try:
        import resource

        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    except (ImportError, ValueError, OSError):
        pass


def _child(conn: Any, path: str, sheet: str | None, include_hidden: bool, limit: int | None) -> None:
    """Runs in the child: read, send ("ok", sheets) or ("error", fields), exit."""
    limit_memory(limit)
    try:
        from planner.followup.actuals.readers import read_sheets

        sheets = read_sheets(path, sheet, include_hidden=include_hidden)
        parts = _pack(sheets)
        conn.send(("ok", len(parts)))
        for part in parts:
            conn.send_bytes(part)
    except ActualsError as exc:
        conn.send(("error", _error_fields(exc)))
    except MemoryError:
        conn.send(("error", _error_fields(_out_of_memory(path))))
    except BaseException:  # noqa: BLE001 - the parent words it; nothing else may leave the child
        conn.send(("error", _error_fields(_crashed(path))))
    finally:
        conn.close()


#: Rows per message between the child and the parent. Decoding one message holds the
#: GIL (marshal is C code); 100,000 rows at once froze the window for ~0.1 s
#: (benchmarks/bench_gui_stall.py), 5,000 at a time keep each hold to a few ms.
PACK_ROWS = 5_000


def _pack(sheets: list[RawSheet]) -> list[bytes]:
    """The sheets as messages: the sheets' fields (rows replaced by their count), then the rows in slices.

    marshal (15x faster to write than pickle) unless a cell holds a date.
    """
    fields = [(s.name, len(s.rows), s.truncated, s.total_rows, s.merged, s.uncached_formulas, s.uncached_count,
               s.refused) for s in sheets]
    slices = [s.rows[i:i + PACK_ROWS] for s in sheets for i in range(0, len(s.rows), PACK_ROWS)]

    def dump(obj: Any) -> bytes:
        try:
            return b"M" + marshal.dumps(obj)
        except ValueError:  # dates and times: pickle knows them
            return b"P" + pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)

    return [dump(fields)] + [dump(rows) for rows in slices]


def _load(data: bytes) -> Any:
    return marshal.loads(data[1:]) if data[:1] == b"M" else pickle.loads(data[1:])  # noqa: S301 - our own child


def _unpack(parts: list[bytes]) -> list[RawSheet]:
    fields = _load(parts[0])
    pending = iter(parts[1:])
    out = []
    for name, n_rows, truncated, total, merged, uncached, count, refused in fields:
        rows: list = []
        while len(rows) < n_rows:
            rows.extend(_load(next(pending)))
        out.append(RawSheet(name, rows, truncated=truncated, total_rows=total, merged=merged,
                            uncached_formulas=uncached, uncached_count=count, refused=refused))
    return out


def _out_of_memory(path: str | Path) -> ActualsError:
    return ActualsError.of(
        msg("out_of_memory"),
        path,
        hint="Poista ylimääräiset solut alueen lopusta tai jaa aineisto pienempiin tiedostoihin.",
    )


def _crashed(path: str | Path) -> ActualsError:
    return ActualsError.of(
        msg("reader_failed"),
        path,
        hint="Avaa se Excelissä tai LibreOfficessa ja tallenna uudelleen .xlsx-muodossa.",
    )


def _ended_without_answer(path: str | Path) -> ActualsError:
    return ActualsError.of(
        msg("reader_crashed"),
        path,
        hint="Tiedosto voi olla vioittunut tai liian suuri; avaa se Excelissä ja tallenna uudelleen.",
    )


def read_sheets_isolated(
    path: str | Path,
    sheet: str | None = None,
    include_hidden: bool = False,
    *,
    memory_limit: int | None = MEMORY_LIMIT_BYTES,
    cancelled: Callable[[], bool] | None = None,
) -> list[RawSheet]:
    """:func:`planner.followup.actuals.readers.read_sheets` in a child process.

    Raises :class:`ActualsError` for anything that goes wrong, including the
    child dying; :class:`planner.followup.actuals.importer.Cancelled` when ``cancelled()``
    turns true while the child works (the child is stopped).
    """
    ctx = multiprocessing.get_context("spawn")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(
        target=_child, args=(child_conn, str(path), sheet, include_hidden, memory_limit), daemon=True
    )
    try:
        proc.start()
    except OSError as exc:
        raise ActualsError.of(
            msg("reader_not_started"),
            path,
            hint="Sulje muita ohjelmia ja yritä uudelleen.",
        ) from exc
    child_conn.close()
    try:
        while True:
            if parent_conn.poll(_POLL_SECONDS):
                try:
                    status, payload = parent_conn.recv()
                    if status == "ok":
                        payload = _unpack([parent_conn.recv_bytes() for _ in range(payload)])
                except (EOFError, OSError):
                    raise _ended_without_answer(path) from None
                break
            if cancelled is not None and cancelled():
                from planner.followup.actuals.importer import Cancelled

                raise Cancelled()
            if not proc.is_alive():
                # it may have sent its answer just before ending
                if parent_conn.poll(0):
                    continue
                raise _ended_without_answer(path)
    finally:
        parent_conn.close()
        if proc.is_alive():
            proc.join(timeout=1.0)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=2.0)
        _reap(proc)
    if status == "ok":
        return payload
    raise ActualsError(**payload)


def _reap(proc: Any) -> None:
    deadline = time.monotonic() + 2.0
    while proc.is_alive() and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        proc.close()
    except ValueError:
        pass
