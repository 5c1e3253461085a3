"""The JSON files of our family: strict reading and writing with errors that name the field.

The programme file (:mod:`planner.fileformat`) and the statement file
(:mod:`planner.statements.fileformat`) are both one UTF-8 JSON object
``{"format": NAME, "schema_version": N, ...}``. What they share lives here:

- reading: :func:`read_json_file` (through the loading gate), :func:`parse_json_text`
  (strict JSON: no NaN/Infinity, no huge integers, valid Unicode, an object at the root),
  :class:`FieldReader` (typed access that raises :class:`FileFormatError` with the
  field's path), :func:`migrate` (format name, version, step-by-step migrations) and
  :func:`load_document`;
- writing: :func:`dump_json` (strict JSON, :class:`SaveError` naming a bad number) and
  :func:`save_document` (atomic, ``NAME.bak`` kept, the written file read back first).

Nothing here knows a programme or a statement.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from planner.storage import loading_gate
from planner.storage.atomic import atomic_write

MAX_INT_DIGITS = 18  # JSON integers beyond this are not data this app writes (and would overflow floats)
MAX_LIST_ITEMS = 100_000  # any one list in a file (themes, rows, bullets ...)

#: A migration takes the data of version N and returns it as version N + 1.
Migration = Callable[[dict[str, Any]], dict[str, Any]]
T = TypeVar("T")

#: What :class:`FieldReader` holds for a key the object does not have.
MISSING = object()


class FileFormatError(Exception):
    """A file of the family (programme, statement) that cannot be read. ``path`` names the bad field, if any.

    ``code`` and ``params`` let the GUI word the common cases in the user's
    language (the Finnish ``message`` stays for the command line); "" when the
    case has no code yet.
    """

    def __init__(self, message: str, path: str = "", file: str = "", code: str = "",
                 params: dict[str, str] | None = None) -> None:
        self.message = message
        self.path = path
        self.file = file
        self.code = code
        self.params = dict(params or {})
        super().__init__(self.one_line())

    def in_file(self, file: str | Path) -> FileFormatError:
        """The same error, naming the file it was found in (for the message too)."""
        self.file = str(file)
        self.args = (self.one_line(),)
        return self

    def one_line(self) -> str:
        where = f"{self.file}: " if self.file else ""
        field = f" (kenttä {self.path})" if self.path else ""
        return f"{where}{self.message}{field}"


class SaveError(Exception):
    """A document that cannot be written as it is (a number that is not finite, say).

    Raised before anything is written, so the file on disk is untouched.
    """

    def __init__(self, message: str, path: str = "") -> None:
        self.message = message
        self.path = path
        super().__init__(self.one_line())

    def one_line(self) -> str:
        field = f" (kenttä {self.path})" if self.path else ""
        return f"{self.message}{field}"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _non_finite_path(data: Any) -> str | None:
    """The path of the first number that is NaN or infinite in plain JSON data, or None."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, float) and not math.isfinite(value):
            return path or "(juuri)"
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}" if path else str(k)) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))
    return None


def dump_json(data: dict[str, Any]) -> str:
    """JSON text of our file family: strict JSON (no NaN/Infinity), valid UTF-8 when encoded.

    A number that is not finite raises :class:`SaveError` naming the field; a lone
    surrogate (not a character, so not the user's text) becomes U+FFFD so the file can
    always be encoded.
    """
    try:
        text = json.dumps(data, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    except ValueError:
        path = _non_finite_path(data) or ""
        raise SaveError("luku ei ole äärellinen (NaN tai ääretön), eikä sitä voi tallentaa; korjaa arvo", path) from None
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return _SURROGATE.sub("\ufffd", text)


def verify_written(load: Callable[[Path], Any], to_dict: Callable[[Any], dict[str, Any]],
                   text: str, data: dict[str, Any] | None = None) -> Callable[[Path], None]:
    """A check for :func:`atomic_write`: the written file loads and holds exactly ``text``'s document.

    ``data`` is the dict ``text`` was made from (saves parsing ``text`` again); it is used
    only when writing changed nothing in it (no lone surrogate was replaced).
    """
    expected = data if data is not None and "\ufffd" not in text else json.loads(text)

    def verify(written: Path) -> None:
        try:
            back = to_dict(load(written))
        except FileFormatError as exc:
            raise SaveError(f"tallennettu tiedosto ei latautunut takaisin ({exc.message}); vanha tiedosto "
                            "säilytettiin", exc.path) from None
        if back != expected:
            raise SaveError("tallennettu tiedosto ei vastannut ohjelmaa, kun se luettiin takaisin; vanha tiedosto "
                            "säilytettiin")

    return verify


class FieldReader:
    """Typed access to JSON data that raises with the field's path."""

    def __init__(self, data: Any, path: str) -> None:
        self.data = data
        self.path = path

    def fail(self, message: str, sub: str = "") -> FileFormatError:
        return FileFormatError(message, self.path + sub)

    def obj(self) -> dict[str, Any]:
        if not isinstance(self.data, dict):
            raise self.fail(f"odotettiin objektia, löytyi {_kind(self.data)}")
        return self.data

    def field(self, key: str) -> FieldReader:
        return FieldReader(self.obj().get(key, MISSING), f"{self.path}.{key}" if self.path else key)

    def text(self, key: str, default: str = "") -> str:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        return r.as_text()

    def as_text(self) -> str:
        """This value as text that can be saved again (valid Unicode)."""
        if not isinstance(self.data, str):
            raise self.fail(f"odotettiin tekstiä, löytyi {_kind(self.data)}")
        check_text(self.data, self.path)
        return self.data

    def flag(self, key: str, default: bool = False) -> bool:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        if not isinstance(r.data, bool):
            raise r.fail(f"odotettiin totuusarvoa (true/false), löytyi {_kind(r.data)}")
        return r.data

    def opt_int(self, key: str, low: int | None = None, high: int | None = None) -> int | None:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return None
        if isinstance(r.data, bool) or not isinstance(r.data, int):
            raise r.fail(f"odotettiin kokonaislukua, löytyi {_kind(r.data)}")
        if (low is not None and r.data < low) or (high is not None and r.data > high):
            raise r.fail(f"arvo {r.data} ei ole sallitulla välillä {low}–{high}")
        return r.data

    def _finite(self, low: float | None, high: float | None) -> float:
        if isinstance(self.data, bool) or not isinstance(self.data, (int, float)):
            raise self.fail(f"odotettiin lukua, löytyi {_kind(self.data)}")
        try:
            x = float(self.data)
        except OverflowError:
            raise self.fail("luku on liian suuri") from None
        if not math.isfinite(x):
            raise self.fail("luku ei ole äärellinen (NaN tai ääretön)")
        if (low is not None and x < low) or (high is not None and x > high):
            raise self.fail(f"arvo {_short_number(x)} ei ole sallitulla välillä {_short_number(low)}–"
                            f"{_short_number(high)}")
        return x

    def number(self, key: str, default: float, low: float | None = None, high: float | None = None) -> float:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        return r._finite(low, high)

    def opt_number(self, key: str) -> float | None:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return None
        return r._finite(None, None)

    def items(self, key: str, limit: int | None = None) -> list[FieldReader]:
        limit = MAX_LIST_ITEMS if limit is None else limit
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return []
        if not isinstance(r.data, list):
            raise r.fail(f"odotettiin listaa, löytyi {_kind(r.data)}")
        if len(r.data) > limit:
            raise r.fail(f"listassa on liikaa kohtia ({len(r.data)}; enintään {limit})")
        return [FieldReader(item, f"{r.path}[{i}]") for i, item in enumerate(r.data)]

    def texts(self, key: str) -> list[str]:
        return [item.as_text() for item in self.items(key)]

    def choice(self, key: str, enum: type[Enum], default: Any) -> Any:
        r = self.field(key)
        if r.data is MISSING or r.data is None:
            return default
        if not isinstance(r.data, str):
            raise r.fail(f"odotettiin tekstiä, löytyi {_kind(r.data)}")
        try:
            return enum(r.data)
        except ValueError:
            allowed = ", ".join(e.value for e in enum)
            raise r.fail(f"tuntematon arvo {r.data!r}; sallitut: {allowed}") from None


def check_text(value: str, path: str) -> None:
    """Refuse text that cannot be saved again as UTF-8 (a lone surrogate from a ``\\ud800`` escape)."""
    if value.isascii():
        return
    try:
        value.encode("utf-8")
        return
    except UnicodeEncodeError:
        pass
    bad = _SURROGATE.search(value)
    if bad:
        pos = bad.start()
        raise FileFormatError(f"tekstissä on virheellinen merkki (yksinäinen UTF-16-sijaismerkki, kohta {pos + 1}); "
                              "tiedosto on vioittunut tai tehty muulla ohjelmalla", path, code="bad_text")


def _short_number(x: float | None) -> str:
    if x is None:
        return ""
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else repr(x)


def _kind(value: Any) -> str:
    if value is MISSING:
        return "ei mitään (kenttä puuttuu)"
    return {
        dict: "objekti",
        list: "lista",
        str: "teksti",
        bool: "totuusarvo",
        int: "luku",
        float: "luku",
        type(None): "tyhjä (null)",
    }.get(type(value), type(value).__name__)


def migrate(data: dict[str, Any], kind: str, current: int, migrations: dict[int, Migration]) -> dict[str, Any]:
    """Check the format name and version of a file of the family, and migrate it to ``current``.

    A file of another kind, or from a newer version of the app, is refused with a coded
    :class:`FileFormatError` (the GUI words ``wrong_kind`` and ``newer_version``).
    """
    fmt = data.get("format")
    if fmt != kind:
        found = repr(fmt)[:60]
        raise FileFormatError(f"tiedosto ei ole oikeaa tyyppiä: odotettiin {kind!r}, löytyi {found}", "format",
                              code="wrong_kind", params={"expected": kind, "found": str(fmt)[:60]})
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FileFormatError(f"tiedoston versio puuttuu tai on virheellinen: {version!r}", "schema_version")
    if version > current:
        raise FileFormatError(
            f"tiedosto on tehty uudemmalla ohjelmaversiolla (tiedostomuoto {version}, tämä versio tukee "
            f"enintään muotoa {current}); päivitä sovellus avataksesi sen",
            "schema_version", code="newer_version", params={"version": str(version), "supported": str(current)},
        )
    while version < current:
        if version not in migrations:
            raise FileFormatError(f"tiedostomuotoa {version} ei voi enää lukea", "schema_version")
        data = migrations[version](data)
        version = data["schema_version"]
    return data


def _gate_error(exc: loading_gate.LoadLimitError) -> FileFormatError:
    return FileFormatError(exc.message, file=exc.file, code=exc.code, params=exc.params)


class _HugeInt:
    """Stands in for an integer with too many digits until the tree check names its field."""

    def __init__(self, digits: int) -> None:
        self.digits = digits


def _parse_int(text: str) -> int | _HugeInt:
    digits = len(text.lstrip("-"))
    if digits > MAX_INT_DIGITS:
        return _HugeInt(digits)  # int() of 4,300+ digits would raise; more than 18 is no data of ours
    return int(text)


def _bad_number(message: str, path: str) -> FileFormatError:
    return FileFormatError(f"kelvoton luku: {message}", path or "(juuri)", code="bad_number",
                           params={"detail": message})


def check_tree(data: Any) -> None:
    """Every text (keys too) must be valid Unicode and every number finite; checked without recursion."""
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, str):
            check_text(value, path)
        elif isinstance(value, float):
            if not math.isfinite(value):
                raise _bad_number("NaN tai ääretön ei kelpaa", path)
        elif isinstance(value, _HugeInt):
            raise _bad_number(f"kokonaisluku on liian suuri ({value.digits} numeroa)", path)
        elif isinstance(value, dict):
            for k, v in value.items():
                check_text(k, path or "(juuri)")
                stack.append((v, f"{path}.{k}" if path else k))
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(value))


_MAYBE_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def parse_json_text(text: str, file: str = "") -> dict[str, Any]:
    """Strict JSON of our family: no NaN/Infinity, no huge integers, valid Unicode, an object at the root."""
    if not text.strip():
        raise FileFormatError("tiedosto on tyhjä", file=file, code="empty")
    odd: list[bool] = []  # set by the hooks when a number needs the walk that names its field

    def parse_int(token: str) -> int | _HugeInt:
        got = _parse_int(token)
        if isinstance(got, _HugeInt):
            odd.append(True)
        return got

    def parse_float(token: str) -> float:
        x = float(token)
        if not math.isfinite(x):
            odd.append(True)
        return x

    def parse_constant(token: str) -> float:
        odd.append(True)
        return float(token.replace("Infinity", "inf"))

    try:
        data = json.loads(text, parse_int=parse_int, parse_float=parse_float, parse_constant=parse_constant)
    except json.JSONDecodeError as exc:
        raise FileFormatError(
            f"tiedosto ei ole kelvollista JSONia tai se on katkennut (rivi {exc.lineno}, sarake {exc.colno}: "
            f"{exc.msg})",
            file=file, code="not_json", params={"line": str(exc.lineno), "column": str(exc.colno)},
        ) from None
    except (RecursionError, MemoryError):
        raise FileFormatError("tiedoston rakenne on liian syvä tai suuri", file=file) from None
    except ValueError as exc:  # anything else the decoder refuses
        raise FileFormatError(f"tiedosto ei ole kelvollista JSONia ({exc})", file=file) from None
    if not isinstance(data, dict):
        raise FileFormatError("tiedoston juuri ei ole JSON-objekti", file=file)
    if not odd and not (("\\ud" in text or "\\uD" in text) and _MAYBE_SURROGATE.search(text)):
        # Text decoded from UTF-8 holds lone surrogates only through \\uD8xx escapes, and the
        # hooks saw no NaN, Infinity, overflowing or huge number: the walk that names the bad
        # field is not needed.
        return data
    try:
        check_tree(data)
    except FileFormatError as exc:
        raise exc.in_file(file) from None
    return data


def read_json_file(path: str | Path, kind: str) -> dict[str, Any]:
    """Read a JSON file of our family with clear errors; never writes anything.

    The file passes the loading gate first (regular file, size limit of ``kind``).
    """
    p = Path(path)
    try:
        raw = loading_gate.read_limited(p, kind)
    except loading_gate.LoadLimitError as exc:
        raise _gate_error(exc) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileFormatError(f"tiedosto ei ole UTF-8-tekstiä (tavu {exc.start})", file=str(p),
                              code="not_utf8", params={"byte": str(exc.start)}) from None
    return parse_json_text(text, str(p))




def load_document(path: str | Path, kind: str, build: Callable[[dict[str, Any]], T]) -> T:
    """Read a file of the family and build its document; every error names ``path``.

    ``kind`` is the loading gate's kind (size limit); ``build`` migrates and validates
    the data (raising :class:`FileFormatError` with the field's path). Never writes.
    """
    data = read_json_file(path, kind)
    try:
        return build(data)
    except FileFormatError as exc:
        raise exc.in_file(path) from None


def save_document(path: str | Path, data: dict[str, Any], load: Callable[[Path], Any],
                  to_dict: Callable[[Any], dict[str, Any]]) -> None:
    """Save ``data`` atomically; the file that was there is kept as ``PATH.bak``.

    The new file is read back with ``load`` and compared (through ``to_dict``) before it
    replaces the old one, so a file that would not open again is never put in place
    (:class:`SaveError`; the old file stays as it was).
    """
    text = dump_json(data)
    atomic_write(Path(path), text.encode("utf-8"), backup=True, verify=verify_written(load, to_dict, text, data))
