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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from planner.statements.model import Answer
from planner.textsafe import clean_text

# "Kehittämisehdotus 1: Otsikko", "Kysymys 2. Otsikko", "Ehdotus 3) Otsikko"
_WORD_HEADING = re.compile(r"^([A-ZÅÄÖ][\wåäöÅÄÖ-]{2,40})\s+(\d{1,3}(?:\.\d{1,3})*)\s*[:.)–-]\s*(\S.*)$")
# "1. Otsikko", "1) Otsikko", "2.1 Otsikko", "2.1. Otsikko"
_NUM_HEADING = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*)(?:[.)]\s+|(?<=\d)\s+(?=[A-ZÅÄÖ]))(\S.*)$")
_CASE = re.compile(r"^(?:Asia|Diaarinumero|Dnro|Asianumero)\s*:\s*(\S.*)$", re.IGNORECASE)
_REQUEST = re.compile(r"^Lausuntopyyntö\s*:\s*(\S.*)$", re.IGNORECASE)
_NUM_ONLY = re.compile(r"^\d{1,3}(?:\.\d{1,3})*\.?$")

MAX_IMPORT_BYTES = 20 * 1024 * 1024


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


def parse_paragraphs(paras: list[_Para]) -> QuestionsImport:
    """Turn paragraphs into answer items (see the module docstring for the rules)."""
    result = QuestionsImport()
    cur: Answer | None = None
    for para in paras:
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
            result.items.append(cur)
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
                result.items.append(cur)
                continue
        if cur is not None:
            cur.answer = f"{cur.answer}\n\n{text}" if cur.answer else text
            continue
        result.unread.append(Unread(para.where, text))
    # Only an unnumbered question that comes last is the closing one.
    for item in result.items[:-1]:
        item.closing = False
    return result


def parse_questions_text(text: str) -> QuestionsImport:
    """Questions from typed or pasted text."""
    return parse_paragraphs(paragraphs_from_text(text))


def _read_txt(path: Path) -> str:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _docx_paragraphs(path: Path) -> list[_Para]:
    import zipfile

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
    except Exception as exc:  # lxml syntax errors and the like from a damaged file
        raise QuestionsImportError(f"Word-asiakirja on vioittunut: {exc}", str(path)) from None
    from docx.oxml.ns import qn

    counters: dict[tuple[str, str], int] = {}
    out: list[_Para] = []
    body = document.element.body
    n = 0
    for block in body.iterchildren():
        if block.tag == qn("w:p"):
            ps = [block]
        elif block.tag == qn("w:tbl"):
            ps = list(block.iter(qn("w:p")))
        else:
            continue
        for p in ps:
            n += 1
            text = "".join(t.text or "" for t in p.iter(qn("w:t")))
            text = clean_text(text).strip()
            number = ""
            num_pr = p.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is None:
                num_pr = _style_numbering(document, p)
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


def _style_numbering(document, p):
    """The numbering a paragraph gets from its style ("List Number" and the like), if any."""
    from docx.oxml.ns import qn

    style_el = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
    if style_el is None:
        return None
    style_id = style_el.get(qn("w:val"))
    seen = set()
    styles = document.styles.element
    while style_id and style_id not in seen:
        seen.add(style_id)
        found = None
        for st in styles.iter(qn("w:style")):
            if st.get(qn("w:styleId")) == style_id:
                found = st
                break
        if found is None:
            return None
        num_pr = found.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is not None:
            return num_pr
        based = found.find(qn("w:basedOn"))
        style_id = based.get(qn("w:val")) if based is not None else None
    return None


def import_questions_file(path: str | Path) -> QuestionsImport:
    """Questions from a .docx or .txt of the consultation request.

    Raises :class:`QuestionsImportError` with one clear line when the file cannot be read.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise QuestionsImportError("tiedostoa ei löydy", str(p)) from None
    except OSError as exc:
        raise QuestionsImportError(f"tiedostoa ei voi lukea: {exc.strerror or exc}", str(p)) from None
    if size > MAX_IMPORT_BYTES:
        raise QuestionsImportError(f"tiedosto on liian suuri ({size // (1024 * 1024)} Mt)", str(p))
    try:
        if suffix == ".docx":
            return parse_paragraphs(_docx_paragraphs(p))
        if suffix in (".txt", ".text", ".md", ""):
            return parse_questions_text(_read_txt(p))
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
