"""Questions of a consultation request into statement items.

The author types the questions, pastes them as numbered lines, or imports the
request as .docx or .txt. Numbered headings ("Kehittämisehdotus 1: ...",
"1. ...", "2) ...", or Word's automatic numbering) start an item; the line
under a heading that ends in ":" or "?" is the question as asked; text after
the question is kept as the answer (a filled-in request keeps its answers).
An unnumbered question ("Mitä muuta haluatte kertoa tässä yhteydessä?")
becomes the closing item. "Asia: VN/..." and "Lausuntopyyntö: ..." lines fill
the case number and the request's title.

Nothing is dropped: every paragraph that did not become part of an item is
returned in :attr:`QuestionsImport.unread` with its line (or paragraph) number,
for the GUI to show.

The request file is untrusted: it passes the loading gate first (size, and for
.docx the unpacked size and number of zip members), the style lookup is linear
(each style resolved once, "based on" chains followed at most
:data:`MAX_STYLE_DEPTH` steps), and paragraphs and questions have upper limits.
``cancelled()`` is polled so the GUI can stop an import it runs in a thread.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planner.statements.model import Answer
from planner.storage import loading_gate
from planner.textsafe import clean_text

# "Kehittämisehdotus 1: Otsikko", "Kysymys 2. Otsikko", "Ehdotus 3) Otsikko"
_WORD_HEADING = re.compile(r"^([A-ZÅÄÖ][\wåäöÅÄÖ-]{2,40})\s+(\d{1,3}(?:\.\d{1,3})*)\s*[:.)–-]\s*(\S.*)$")
# "1. Otsikko", "1) Otsikko", "2.1 Otsikko", "2.1. Otsikko"
_NUM_HEADING = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)(?:[.)]\s+|(?<=\d)\s+(?=[A-ZÅÄÖ]))(\S.*)$")
_CASE = re.compile(r"^(?:Asia|Diaarinumero|Dnro|Asianumero)\s*:\s*(\S.*)$", re.IGNORECASE)
_REQUEST = re.compile(r"^Lausuntopyyntö\s*:\s*(\S.*)$", re.IGNORECASE)
_NUM_ONLY = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")

MAX_IMPORT_BYTES = loading_gate.LIMITS[loading_gate.QUESTIONS_DOCX].max_bytes
MAX_TEXT_BYTES = loading_gate.LIMITS[loading_gate.QUESTIONS_TXT].max_bytes
MAX_PARAGRAPHS = 20_000  # a request of a hundred pages has a few thousand
MAX_QUESTIONS = 500  # consultation requests ask tens of questions
MAX_STYLE_DEPTH = 50  # Word's own style chains are a few steps deep


class QuestionsImportCancelled(Exception):
    """The user stopped the import."""


class QuestionsImportError(Exception):
    """A request file that cannot be read; ``one_line()`` says what and where."""

    def __init__(self, message: str, file: str = "") -> None:
        self.message = message
        self.file = file
        super().__init__(self.one_line())

    def one_line(self) -> str:
        return f"{self.file}: {self.message}" if self.file else self.message


@dataclass
class Unread:
    """A paragraph that did not become part of any item."""

    where: str  # "rivi 3" / "kappale 3"
    text: str


@dataclass
class QuestionsImport:
    items: list[Answer] = field(default_factory=list)
    unread: list[Unread] = field(default_factory=list)
    case_number: str = ""
    request_title: str = ""


@dataclass
class _Para:
    text: str
    where: str
    numbered: str = ""  # automatic number from Word, if any


def _heading(text: str) -> tuple[str, str] | None:
    """(number, title as written) when the text is a numbered heading."""
    m = _WORD_HEADING.match(text)
    if m:
        return m.group(2), text
    m = _NUM_HEADING.match(text)
    if m:
        return m.group(1), m.group(2).strip()
    return None


def _is_question(text: str) -> bool:
    return text.rstrip().endswith((":", "?"))


def paragraphs_from_text(text: str) -> list[_Para]:
    """Split plain text into paragraphs, joining hard-wrapped lines.

    A blank line ends a paragraph; so does a line that ends in ":" or "?"; a
    numbered heading line always starts a new one.
    """
    out: list[_Para] = []
    buf: list[str] = []
    start = 0

    def flush() -> None:
        if buf:
            joined = re.sub(r"[ \t]+", " ", " ".join(s.strip() for s in buf)).strip()
            if joined:
                out.append(_Para(joined, f"rivi {start}"))
        buf.clear()

    for n, raw in enumerate(clean_text(text).split("\n"), start=1):
        line = raw.strip()
        if not line:
            flush()
            continue
        if _heading(line) or _CASE.match(line) or _REQUEST.match(line):
            flush()
        if buf and _is_question(line) and _heading(buf[0]):
            flush()  # the question line under a heading is not part of the heading
        if not buf:
            start = n
        buf.append(line)
        if _is_question(line):
            flush()
    flush()
    return out


def _check_cancel(cancelled: Callable[[], bool] | None, n: int) -> None:
    if cancelled is not None and n % 256 == 0 and cancelled():
        raise QuestionsImportCancelled()


def parse_paragraphs(paras: list[_Para], cancelled: Callable[[], bool] | None = None) -> QuestionsImport:
    """Turn paragraphs into answer items (see the module docstring for the rules).

    Raises :class:`QuestionsImportError` beyond :data:`MAX_PARAGRAPHS` paragraphs or
    :data:`MAX_QUESTIONS` questions.
    """
    if len(paras) > MAX_PARAGRAPHS:
        raise QuestionsImportError(f"tekstissä on liikaa kappaleita ({len(paras)}; enintään {MAX_PARAGRAPHS}); "
                                   "onko tämä varmasti lausuntopyyntö?")
    result = QuestionsImport()
    cur: Answer | None = None
    for n, para in enumerate(paras):
        _check_cancel(cancelled, n)
        text = para.text.strip()
        if not text:
            continue
        if _NUM_ONLY.match(text) and not para.numbered:
            result.unread.append(Unread(para.where, text))  # a page number or a lone number
            continue
        head = _heading(text)
        if head is None and para.numbered:
            if cur is not None and cur.answer:
                # A numbered list inside an answer stays part of the answer.
                cur.answer += f"\n{para.numbered}. {text}"
                continue
            head = (para.numbered, text)
        if head is not None:
            cur = Answer(number=head[0], title=head[1])
            _add_item(result, cur)
            continue
        if cur is None:
            m = _CASE.match(text)
            if m and not result.case_number:
                result.case_number = m.group(1).strip()
                continue
            m = _REQUEST.match(text)
            if m and not result.request_title:
                result.request_title = m.group(1).strip()
                continue
        if _is_question(text):
            asks = text.endswith("?")
            if cur is not None and not cur.answer:
                if not cur.question and not (asks and cur.title.endswith("?")):
                    cur.question = text
                    continue
                if cur.question.endswith("?") and not asks:
                    cur.question += "\n" + text
                    continue
            if asks and len(text) <= 300:
                cur = Answer(title=text, closing=True)
                _add_item(result, cur)
                continue
        if cur is not None:
            cur.answer = f"{cur.answer}\n\n{text}" if cur.answer else text
            continue
        result.unread.append(Unread(para.where, text))
    # Only an unnumbered question that comes last is the closing one.
    for item in result.items[:-1]:
        item.closing = False
    return result


def _add_item(result: QuestionsImport, item: Answer) -> None:
    if len(result.items) >= MAX_QUESTIONS:
        raise QuestionsImportError(f"tekstissä on yli {MAX_QUESTIONS} kysymystä; tuo lausuntopyyntö osissa tai "
                                   "tarkista, että tiedosto on oikea")
    result.items.append(item)


def parse_questions_text(text: str, cancelled: Callable[[], bool] | None = None) -> QuestionsImport:
    """Questions from typed or pasted text."""
    return parse_paragraphs(paragraphs_from_text(text), cancelled)


def _gate(path: Path, kind: str) -> None:
    try:
        loading_gate.gate(path, kind)
    except loading_gate.LoadLimitError as exc:
        raise QuestionsImportError(exc.message, str(path)) from None


def _read_txt(path: Path) -> str:
    try:
        raw = loading_gate.read_limited(path, loading_gate.QUESTIONS_TXT)
    except loading_gate.LoadLimitError as exc:
        raise QuestionsImportError(exc.message, str(path)) from None
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _docx_paragraphs(path: Path, cancelled: Callable[[], bool] | None = None) -> list[_Para]:
    import zipfile

    _gate(path, loading_gate.QUESTIONS_DOCX)
    try:
        import docx  # python-docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError as exc:  # pragma: no cover - packaged app always has it
        raise QuestionsImportError(f"Word-tiedostojen lukija puuttuu ({exc})", str(path)) from None
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise QuestionsImportError(
            f"tiedosto ei ole luettava Word-asiakirja (.docx): {exc.__class__.__name__}. "
            "Tallenna se Wordissa .docx-muodossa tai kopioi teksti ja liitä se", str(path)
        ) from None
    except MemoryError:
        raise QuestionsImportError("Word-asiakirja on liian suuri luettavaksi", str(path)) from None
    except Exception as exc:  # lxml syntax errors and the like from a damaged file
        reason = str(exc).strip() or type(exc).__name__
        raise QuestionsImportError(f"Word-asiakirja on vioittunut ({reason}). Avaa ja tallenna se Wordissa, tai "
                                   "kopioi teksti ja liitä se", str(path)) from None
    from docx.oxml.ns import qn

    counters: dict[tuple[str, str], int] = {}
    out: list[_Para] = []
    body = document.element.body
    n = 0
    styles = _StyleNumbering(document)
    for block in body.iterchildren():
        if block.tag == qn("w:p"):
            ps = [block]
        elif block.tag == qn("w:tbl"):
            ps = list(block.iter(qn("w:p")))
        else:
            continue
        for p in ps:
            n += 1
            _check_cancel(cancelled, n)
            if n > MAX_PARAGRAPHS:
                raise QuestionsImportError(f"asiakirjassa on liikaa kappaleita (yli {MAX_PARAGRAPHS}); onko tämä "
                                           "varmasti lausuntopyyntö?", str(path))
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            text = clean_text(text).strip()
            number = ""
            num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is None:
                num_pr = styles.numbering(p)
            if num_pr is not None and text:
                num_id = num_pr.find(qn("w:numId"))
                ilvl = num_pr.find(qn("w:ilvl"))
                key = (num_id.get(qn("w:val")) if num_id is not None else "", "")
                level = ilvl.get(qn("w:val")) if ilvl is not None else "0"
                if level == "0":
                    counters[key] = counters.get(key, 0) + 1
                    number = str(counters[key])
            if text:
                out.append(_Para(text, f"kappale {n}", number))
    return out


class _StyleNumbering:
    """The numbering paragraphs get from their style ("List Number" and the like).

    The styles are indexed once, and each style's numbering is resolved once (memo), so
    a document is read in time linear in its size: a long chain of "based on" styles
    used by every paragraph costs one walk, not one per paragraph and step. A chain
    longer than :data:`MAX_STYLE_DEPTH` or a loop counts as no numbering.
    """

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self._qn = qn
        self._styles: dict[str, Any] = {}  # style id -> its w:style element
        for st in document.styles.element.iter(qn("w:style")):
            sid = st.get(qn("w:styleId"))
            if sid is not None and sid not in self._styles:
                self._styles[sid] = st
        self._memo: dict[str, object | None] = {}

    def numbering(self, p):
        qn = self._qn
        style_el = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        if style_el is None:
            return None
        return self._resolve(style_el.get(qn("w:val")))

    def _resolve(self, style_id: str | None):
        qn = self._qn
        chain: list[str] = []
        found = None
        sid = style_id
        while sid and sid not in self._memo and sid not in chain and len(chain) < MAX_STYLE_DEPTH:
            chain.append(sid)
            st = self._styles.get(sid)
            if st is None:
                sid = None
                break
            num_pr = st.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                found = num_pr
                sid = None
                break
            based = st.find(qn("w:basedOn"))
            sid = based.get(qn("w:val")) if based is not None else None
        else:
            if sid and sid in self._memo:
                found = self._memo[sid]
        for x in chain:
            self._memo[x] = found
        return found


def import_questions_file(path: str | Path, cancelled: Callable[[], bool] | None = None) -> QuestionsImport:
    """Questions from a .docx or .txt of the consultation request.

    Raises :class:`QuestionsImportError` with one clear line when the file cannot be read
    or breaks a limit, :class:`QuestionsImportCancelled` when ``cancelled()`` said stop.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix == ".docx":
            return _named(p, lambda: parse_paragraphs(_docx_paragraphs(p, cancelled), cancelled))
        if suffix in (".txt", ".text", ".md", ""):
            return _named(p, lambda: parse_questions_text(_read_txt(p), cancelled))
    except IsADirectoryError:
        raise QuestionsImportError("polku on kansio, ei tiedosto", str(p)) from None
    except PermissionError:
        raise QuestionsImportError("tiedoston lukeminen ei ole sallittua (käyttöoikeudet)", str(p)) from None
    except OSError as exc:
        raise QuestionsImportError(f"tiedostoa ei voi lukea: {exc.strerror or exc}", str(p)) from None
    if suffix == ".doc":
        raise QuestionsImportError(
            "vanhaa .doc-muotoa ei voi lukea; tallenna asiakirja Wordissa .docx-muotoon", str(p)
        )
    raise QuestionsImportError(
        f"tiedostomuotoa {suffix} ei tueta; tuo .docx- tai .txt-tiedosto tai liitä kysymykset tekstinä", str(p)
    )


def _named(path: Path, read: Callable[[], QuestionsImport]) -> QuestionsImport:
    """Run ``read``; a limit error from the parser gets the file's name."""
    try:
        return read()
    except QuestionsImportError as exc:
        if not exc.file:
            exc.file = str(path)
            exc.args = (exc.one_line(),)
        raise
