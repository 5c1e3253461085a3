"""Tagged PDF (PDF/UA-style structure) for every report made with reportlab.

reportlab has no structure-tree API, so tagging is done in two halves:

1. **While drawing** (:class:`Tagger`): every flowable the document template
   places on a page is wrapped (:func:`wrap_flowable`) so that what it draws is
   enclosed in a marked-content sequence ``/P <</MCID n>> BDC … EMC`` written
   straight into the page's content stream (``canvas._code``). The tagger
   records, in drawing order, a tree of structure elements (Document, H1…Hn, P,
   L/LI/LBody, Table/TR/TH/TD, Figure with its alternative text, TOC/TOCI,
   Caption) whose leaves are (page, MCID) pairs. Tables are tagged row by row
   and cell by cell through reportlab's own ``Table._renderCB`` hook; their
   backgrounds and rules, page headers and footers and cover decorations are
   marked as ``/Artifact``.
2. **When the pages are done**: the StructTreeRoot, the ParentTree, each page's
   ``/StructParents``, ``/MarkInfo``, ``/Lang``, ``/ViewerPreferences
   /DisplayDocTitle`` and the XMP title go into the file. The reports
   (:class:`planner.reports.pdf_common.ReportDoc`) write them as reportlab PDF
   objects just before the canvas saves (:func:`add_structure`); a document whose
   canvas only makes its pages at save time (the statements' numbered canvas) is
   tagged afterwards in memory with pikepdf (:func:`tag_pdf_bytes`).

The tagging happens at the flowable level in the shared template, so any
Paragraph, Table, Drawing or Image that a report puts in its story is tagged
without the report knowing. A report can steer it with attributes on a
flowable (:func:`mark` sets them): ``_struct_tag`` ("H2", "P", "Caption", "Artifact" …),
``_struct_alt`` (a figure's alternative text) and ``_struct_layout`` (a table
used only for layout: its cells are not a data table). A Table is a data table
(Table/TR/TH/TD) when it has header rows (``repeatRows``), otherwise layout.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

# Paragraph style names -> structure type. Anything else is a P (or an LI when it has a bullet).
STYLE_TAGS = {
    "cover_title": "H1",
    "h1": "H1",
    "h2": "H2",
    "fa_title": "H2",
    "h3": "H3",
    "caption": "Caption",
}

HEADINGS = ("H1", "H2", "H3", "H4", "H5", "H6")


def mark(flowable: Any, tag: str = "", alt: str = "") -> Any:
    """Set a flowable's structure type and/or alternative text; returns the flowable.

    ``mark(drawing, alt="Pylväskaavio: …")`` gives a chart its description, ``mark(p, "H2")`` a
    paragraph its heading level. (Written to the instance dict: reportlab's graphics
    shapes refuse unknown attributes.)
    """
    if tag:
        vars(flowable)["_struct_tag"] = tag
    if alt:
        vars(flowable)["_struct_alt"] = alt
    return flowable


@dataclass(eq=False)
class Node:
    """A structure element being recorded: its type, children (nodes or (page, mcid)) and alt text.

    No link back to the parent: a back link made every element part of a reference cycle,
    left for the cyclic collector (18,000 elements in a 400-indicator report, see issue 19).
    """

    tag: str
    children: list[Any] = field(default_factory=list)
    alt: str = ""

    def add(self, child: Node) -> Node:
        self.children.append(child)
        return child


class Tagger:
    """Records the structure of one build pass and writes marked-content operators."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.root = Node("Document")
        self.stack: list[Node] = [self.root]
        self.mcids: dict[int, int] = {}
        self.artifact_depth = 0
        self._open_list: Node | None = None
        self._open_list_parent: Node | None = None

    # -- content-stream operators -------------------------------------------------------------
    @staticmethod
    def _emit(canv: Any, op: str) -> None:
        canv._code.append(op)

    def begin_artifact(self, canv: Any, kind: str = "") -> None:
        props = f" <</Type /{kind}>> BDC" if kind else " BMC"
        self._emit(canv, "/Artifact" + props)
        self.artifact_depth += 1

    def end_artifact(self, canv: Any) -> None:
        self._emit(canv, "EMC")
        self.artifact_depth -= 1

    def begin_content(self, canv: Any, node: Node) -> None:
        """Open a marked-content sequence owned by ``node`` on the current page."""
        page = canv.getPageNumber()
        mcid = self.mcids.get(page, 0)
        self.mcids[page] = mcid + 1
        node.children.append((page, mcid))
        self._emit(canv, f"/{node.tag if node.tag in _MC_TAGS else 'Span'} <</MCID {mcid}>> BDC")

    def end_content(self, canv: Any) -> None:
        self._emit(canv, "EMC")

    # -- structure ----------------------------------------------------------------------------
    @property
    def current(self) -> Node:
        return self.stack[-1]

    def leaf(self, tag: str, alt: str = "") -> Node:
        """A new element under the current one; LI elements gather into one L list."""
        if tag == "LI":
            parent = self.current
            lst = self._open_list
            if lst is None or self._open_list_parent is not parent or not parent.children \
                    or parent.children[-1] is not lst:
                lst = parent.add(Node("L"))
                self._open_list = lst
                self._open_list_parent = parent
            li = lst.add(Node("LI"))
            return li.add(Node("LBody"))
        return self.current.add(Node(tag, alt=alt))

    def push(self, tag: str) -> Node:
        node = self.current.add(Node(tag))
        self.stack.append(node)
        return node

    def pop(self) -> None:
        if len(self.stack) > 1:
            self.stack.pop()


def page_artifact(fn: Callable[[Any, Any], None], kind: str = "Pagination") -> Callable[[Any, Any], None]:
    """An onPage callback whose drawing (running header, footer, decoration) is marked as an artifact."""

    def wrapped(canv: Any, doc: Any) -> None:
        tagger = getattr(canv, "_struct_tagger", None)
        if tagger is None:
            fn(canv, doc)
            return
        tagger.begin_artifact(canv, kind)
        try:
            fn(canv, doc)
        finally:
            tagger.end_artifact(canv)

    return wrapped


_LAYOUT_TABLE: type | None = None


def layout_table(*args: Any, **kw: Any) -> Any:
    """A reportlab Table used only to place things side by side (not a data table).

    Its cells' flowables are tagged one by one (a chart is a Figure, a name a P);
    the pieces of it split over pages stay layout tables.
    """
    global _LAYOUT_TABLE
    if _LAYOUT_TABLE is None:
        from reportlab.platypus import Table

        class LayoutTable(Table):
            _struct_layout = True

        _LAYOUT_TABLE = LayoutTable
    return _LAYOUT_TABLE(*args, **kw)


def toc_class() -> type:
    """reportlab's TableOfContents whose table (and every piece of it split over pages) is tagged as TOC."""
    from reportlab.platypus import Table
    from reportlab.platypus.tableofcontents import TableOfContents

    class TocTable(Table):
        _struct_role = "TOC"

    class TaggedTableOfContents(TableOfContents):
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
            result = super().wrap(availWidth, availHeight)
            if self._table is not None:
                self._table.__class__ = TocTable
            return result

    return TaggedTableOfContents


# Types written as the marked-content tag (the BDC's own tag mirrors the element where sensible).
_MC_TAGS = {"P", "H1", "H2", "H3", "H4", "H5", "H6", "LBody", "TD", "TH", "Figure", "Caption", "Span", "Lbl"}


# -- classifying flowables ------------------------------------------------------------------

def _is_figure(f: Any) -> bool:
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import Image

    return isinstance(f, (Drawing, Image)) or getattr(f, "_struct_alt", None) is not None


def figure_alt(f: Any) -> str:
    """A figure's alternative text: the one given, else the words the drawing shows."""
    alt = getattr(f, "_struct_alt", None)
    if alt:
        return str(alt)
    drawing = getattr(f, "drawing", f)
    words: list[str] = []

    def walk(node: Any) -> None:
        text = getattr(node, "text", None)
        if isinstance(text, str) and text.strip():
            words.append(text.strip())
        for child in getattr(node, "contents", []) or []:
            walk(child)

    walk(drawing)
    return " ".join(words) or "Kuva"


def classify(f: Any) -> str:
    """The structure type of a top-level flowable."""
    explicit = getattr(f, "_struct_tag", None)
    if explicit:
        return str(explicit)
    from reportlab.platypus import Paragraph, Table
    from reportlab.platypus.flowables import HRFlowable, Spacer
    from reportlab.platypus.tableofcontents import TableOfContents

    if isinstance(f, TableOfContents):
        return "TOC"
    if isinstance(f, Table):
        if getattr(f, "_struct_role", "") == "TOC":
            return "TOC"
        # A table without header rows (repeatRows) is taken as layout (a box, a grid of charts):
        # a data table always has them in these reports, and a Table element needs TH cells.
        if getattr(f, "_struct_layout", False) or _header_rows(f) == 0:
            return "Div"
        return "Table"
    if _is_figure(f):
        return "Figure"
    if isinstance(f, Paragraph):
        if getattr(f, "bulletText", None) or getattr(f.style, "bulletText", None):
            return "LI"
        return STYLE_TAGS.get(getattr(f.style, "name", ""), "P")
    if isinstance(f, (HRFlowable, Spacer)):
        return "Artifact"
    return "P"


def _cell_flowables(cellval: Any) -> list[Any]:
    from reportlab.platypus import Flowable

    if isinstance(cellval, Flowable):
        return [cellval]
    if isinstance(cellval, (list, tuple)):
        return [v for v in cellval if isinstance(v, Flowable)]
    return []


def _cell_is_empty(cellval: Any) -> bool:
    if cellval is None:
        return True
    if isinstance(cellval, str):
        return not cellval.strip()
    flow = _cell_flowables(cellval)
    if not flow:
        return True
    from reportlab.platypus import Paragraph

    return all(isinstance(v, Paragraph) and not v.getPlainText().strip() for v in flow)


def _header_rows(table: Any) -> int:
    rr = getattr(table, "repeatRows", 0)
    if isinstance(rr, int):
        return rr
    return (max(rr) + 1) if rr else 0


class _TableTagging:
    """The ``Table._renderCB`` callback: rows and cells become TR and TH/TD, the rest artifacts."""

    def __init__(self, tagger: Tagger, canv: Any, role: str) -> None:
        self.t = tagger
        self.canv = canv
        self.role = role  # "Table", "TOC" or "Div" (layout)
        self.header_rows = 0
        self.cell_open = False
        self.cell_marked = False

    def __call__(self, table: Any, event: str, *args: Any) -> None:
        t, canv = self.t, self.canv
        if event == "startTable":
            self.header_rows = _header_rows(table)
            t.begin_artifact(canv)
        elif event == "startRow":
            if self.role == "Table":
                t.push("TR")
            elif self.role == "TOC":
                t.push("TOCI")
        elif event == "startCell":
            row, _col, cellval = args[0], args[1], args[2]
            empty = _cell_is_empty(cellval)
            if self.role == "Table":
                node = t.current.add(Node("TH" if row < self.header_rows else "TD"))
                if empty:
                    return
            elif empty:
                return
            else:
                flow = _cell_flowables(cellval)
                t.end_artifact(canv)
                self.cell_open = True
                if flow:
                    # A layout cell: each flowable in it is tagged as if it stood in the story.
                    for v in flow:
                        wrap_flowable(v)
                    self.cell_marked = False
                    return
                node = t.current.add(Node("P"))
            if self.role == "Table":
                t.end_artifact(canv)
            t.begin_content(canv, node)
            self.cell_open = True
            self.cell_marked = True
        elif event == "endCell":
            if self.cell_open:
                if self.cell_marked:
                    t.end_content(canv)
                t.begin_artifact(canv)
                self.cell_open = False
        elif event == "endRow":
            if self.role in ("Table", "TOC"):
                t.pop()
        elif event == "endTable":
            t.end_artifact(canv)


def tagged_draw(f: Any, draw: Callable[[], None], canv: Any, tagger: Tagger) -> None:
    """Draw a top-level flowable inside the marked content (and structure) it needs."""
    from reportlab.platypus import Table
    from reportlab.platypus.tableofcontents import TableOfContents

    tag = classify(f)
    if tag == "Artifact":
        tagger.begin_artifact(canv)
        try:
            draw()
        finally:
            tagger.end_artifact(canv)
        return
    if isinstance(f, TableOfContents) or getattr(f, "_struct_tag", "") == "TOC":
        table = getattr(f, "_table", None)
        if table is not None:
            table._struct_role = "TOC"
        tagged_draw(table, draw, canv, tagger) if table is not None else draw()
        return
    if isinstance(f, Table):
        role = tag if tag in ("TOC", "Div") else "Table"
        if role != "Div":
            tagger.push(role)
        f._renderCB = _TableTagging(tagger, canv, role)
        try:
            draw()
        finally:
            f._renderCB = None
            if role != "Div":
                tagger.pop()
        return
    node = tagger.leaf(tag, alt=figure_alt(f) if tag == "Figure" else "")
    tagger.begin_content(canv, node)
    try:
        draw()
    finally:
        tagger.end_content(canv)


_TAGGED_CLASSES: dict[type, type] = {}


def _tagged_class(cls: type) -> type:
    """A subclass of ``cls`` whose ``drawOn`` tags what it draws (made once per class)."""
    tagged = _TAGGED_CLASSES.get(cls)
    if tagged is not None:
        return tagged
    original = cls.drawOn

    def drawOn(self: Any, canvas: Any, x: float, y: float, _sW: float = 0, *args: Any, **kw: Any) -> Any:  # noqa: N802
        tagger = getattr(canvas, "_struct_tagger", None)
        if tagger is None:
            return original(self, canvas, x, y, _sW, *args, **kw)
        result: list[Any] = []
        tagged_draw(self, lambda: result.append(original(self, canvas, x, y, _sW, *args, **kw)), canvas, tagger)
        return result[0] if result else None

    tagged = type(cls.__name__, (cls,), {"drawOn": drawOn, "_struct_wrapped": True, "__module__": cls.__module__})
    _TAGGED_CLASSES[cls] = tagged
    return tagged


def wrap_flowable(f: Any) -> None:
    """Make a story flowable tag what it draws when the canvas carries a tagger (once per object).

    The flowable's class is swapped for a tagging subclass of it (the same for every
    flowable of that class): a wrapper kept on the instance referred back to it, and
    every paragraph and table of a report became a reference cycle, whose collection
    held the interpreter for up to 0.4 s at a time (issue 19: the export dialog froze).
    """
    if getattr(f, "_struct_wrapped", False):
        return
    try:
        # object.__setattr__: reportlab's graphics shapes (a Drawing in the story) refuse
        # unknown attributes through their validating __setattr__.
        object.__setattr__(f, "__class__", _tagged_class(type(f)))
    except TypeError:  # an object whose class cannot be swapped: drawn untagged rather than not at all
        pass


def tagging_doc_class(base: type) -> type:
    """A reportlab document template class whose story flowables are tagged."""

    class TaggedDoc(base):
        tagger: Tagger

        def handle_frameBegin(self, *args: Any, **kw: Any) -> None:  # noqa: N802 - reportlab hook
            # Every flowable a frame places (the pieces of a split table too) is tagged.
            super().handle_frameBegin(*args, **kw)
            frame = self.frame
            if getattr(frame, "_struct_wrapped", False):
                return
            original = frame.add

            def add(flowable: Any, canv: Any, trySplit: int = 0) -> Any:  # noqa: N803
                wrap_flowable(flowable)
                return original(flowable, canv, trySplit)

            frame.add = add
            frame._struct_wrapped = True

        def beforeDocument(self) -> None:  # noqa: N802 - reportlab hook
            if not hasattr(self, "tagger"):
                self.tagger = Tagger()
            self.tagger.reset()
            self.canv._struct_tagger = self.tagger
            super().beforeDocument()

    return TaggedDoc


def normalise_headings(root: Node) -> None:
    """Heading levels without gaps: each heading at most one level below the previous one."""
    previous = 0

    def walk(node: Node) -> None:
        nonlocal previous
        if node.tag in HEADINGS:
            level = min(int(node.tag[1]), previous + 1)
            node.tag = f"H{level}"
            previous = level
        for child in node.children:
            if isinstance(child, Node):
                walk(child)

    walk(root)


def _prune(node: Node) -> bool:
    """Drop elements with no content (a figure drawn in a layout pass only); keep table cells."""
    node.children = [c for c in node.children if not isinstance(c, Node) or _prune(c)]
    return bool(node.children) or node.tag in ("TD", "TH", "TR", "Document")


def tag_pdf_bytes(data: bytes, tagger: Tagger, *, lang: str, title: str) -> bytes:
    """Write the recorded structure tree and the accessibility keys into a finished PDF held in memory."""
    from io import BytesIO

    import pikepdf

    out = BytesIO()
    with pikepdf.open(BytesIO(data)) as pdf:
        _apply(pdf, tagger, lang, title)
        pdf.save(out)
    return out.getvalue()


_LINK_TEXT = {"fi": "Siirry kohtaan", "sv": "Gå till avsnittet", "en": "Go to section"}


def _find_elem(elem: Any, tag: str) -> Any:
    """The first structure element of type ``tag`` below ``elem`` (depth first), or None."""
    for kid in elem.get("/K", []):
        if hasattr(kid, "get") and kid.get("/Type") == "/StructElem":
            if kid.get("/S") == tag:
                return kid
            found = _find_elem(kid, tag)
            if found is not None:
                return found
    return None


def _apply(pdf: Any, tagger: Tagger, lang: str, title: str) -> None:
    import pikepdf
    from pikepdf import Array, Dictionary, Name, String

    normalise_headings(tagger.root)
    _prune(tagger.root)
    pages = pdf.pages
    tree_root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
    parents: dict[int, dict[int, Any]] = {}

    def build(node: Node, parent: Any) -> Any:
        elem = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name("/" + node.tag), P=parent))
        kids: list[Any] = []
        for child in node.children:
            if isinstance(child, Node):
                kids.append(build(child, elem))
                continue
            page_no, mcid = child
            if page_no - 1 >= len(pages):
                continue
            page_obj = pages[page_no - 1].obj
            if "/Pg" not in elem:
                elem.Pg = page_obj
            if elem.Pg.objgen == page_obj.objgen:
                kids.append(mcid)
            else:
                kids.append(Dictionary(Type=Name.MCR, Pg=page_obj, MCID=mcid))
            parents.setdefault(page_no, {})[mcid] = elem
        elem.K = Array(kids)
        if node.alt:
            elem.Alt = String(node.alt)
        return elem

    document = build(tagger.root, tree_root)
    if lang:
        document.Lang = String(lang)
    tree_root.K = Array([document])
    nums: list[Any] = []
    for key, page_no in enumerate(sorted(parents)):
        owned = parents[page_no]
        arr = [owned.get(i, None) for i in range(max(owned) + 1)]
        pages[page_no - 1].obj.StructParents = key
        nums += [key, Array([a if a is not None else pikepdf.Object.parse(b"null") for a in arr])]
    # Link annotations (the table of contents' entries) become Link elements with an
    # object reference, inside the TOC when there is one; each annotation points back
    # through its own ParentTree key.
    next_key = len(parents)
    link_parent = _find_elem(document, "/TOC") or document
    for page in pages:
        for annot in page.obj.get("/Annots", []) or []:
            if annot.get("/Subtype") != Name.Link:
                continue
            link = pdf.make_indirect(Dictionary(Type=Name.StructElem, S=Name.Link, P=link_parent, Pg=page.obj))
            link.K = Array([Dictionary(Type=Name.OBJR, Obj=annot, Pg=page.obj)])
            link_parent.K.append(link)
            annot.StructParent = next_key
            if "/Contents" not in annot:
                annot.Contents = String(_LINK_TEXT.get(lang[:2], _LINK_TEXT["fi"]))
            nums += [next_key, link]
            next_key += 1
    tree_root.ParentTree = pdf.make_indirect(Dictionary(Nums=Array(nums)))
    tree_root.ParentTreeNextKey = next_key
    pdf.Root.StructTreeRoot = tree_root
    pdf.Root.MarkInfo = Dictionary(Marked=True)
    if lang:
        pdf.Root.Lang = String(lang)
    prefs = pdf.Root.get("/ViewerPreferences", Dictionary())
    prefs.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = prefs
    for page in pages:
        if "/Annots" in page.obj:
            page.obj.Tabs = Name.S
    import warnings

    try:
        # /Trapped has no XMP twin and is dropped with a warning, as it may be.
        with warnings.catch_warnings(), pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            warnings.simplefilter("ignore", UserWarning)
            meta.load_from_docinfo(pdf.docinfo)  # keep author, subject, creator in both places
            meta["dc:title"] = title
            if lang:
                meta["dc:language"] = [lang]
    except Exception:  # noqa: BLE001 - XMP is a nicety; the tags above are what matters
        pass


def add_structure(canv: Any, tagger: Tagger, *, lang: str, title: str) -> None:
    """The structure tree written by reportlab itself, just before the canvas saves the file.

    The same structure tree, ParentTree, page keys, link elements, catalogue keys and XMP
    as :func:`tag_pdf_bytes`, written as reportlab PDF objects: no second pass over the
    finished file (pikepdf's open and save held the interpreter for ~50 ms at a time
    in C++, a freeze of the export dialog, and cost 0.2 s per 86 pages; issue 19).
    The reports made with :class:`planner.reports.pdf_common.ReportDoc` use this; a
    PDF made elsewhere in memory goes through :func:`tag_pdf_bytes`.
    """
    from reportlab.pdfbase.pdfdoc import (
        LinkAnnotation,
        PDFArray,
        PDFDictionary,
        PDFName,
        PDFPage,
        PDFStream,
        PDFString,
    )

    doc = canv._doc
    normalise_headings(tagger.root)
    _prune(tagger.root)
    pages = doc.Pages.pages
    page_refs = [doc.Reference(p) for p in pages]
    tree_root = PDFDictionary({"Type": PDFName("StructTreeRoot")})
    tree_ref = doc.Reference(tree_root)
    parents: dict[int, dict[int, Any]] = {}
    toc: list[tuple[Any, Any]] = []  # the first TOC element: where the links go

    def build(node: Node, parent_ref: Any) -> tuple[Any, Any]:
        elem = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName(node.tag), "P": parent_ref})
        ref = doc.Reference(elem)
        if node.tag == "TOC" and not toc:
            toc.append((elem, ref))
        kids: list[Any] = []
        first_page: int | None = None
        for child in node.children:
            if isinstance(child, Node):
                kids.append(build(child, ref)[1])
                continue
            page_no, mcid = child
            if page_no - 1 >= len(pages):
                continue
            if first_page is None:
                first_page = page_no
                elem.dict["Pg"] = page_refs[page_no - 1]
            if page_no == first_page:
                kids.append(mcid)
            else:
                kids.append(PDFDictionary({"Type": PDFName("MCR"), "Pg": page_refs[page_no - 1], "MCID": mcid}))
            parents.setdefault(page_no, {})[mcid] = ref
        elem.dict["K"] = PDFArray(kids)
        if node.alt:
            elem.dict["Alt"] = PDFString(node.alt)
        return elem, ref

    document, document_ref = build(tagger.root, tree_ref)
    if lang:
        document.dict["Lang"] = PDFString(lang)
    nums: list[Any] = []
    extra_keys = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]
    for key, page_no in enumerate(sorted(parents)):
        owned = parents[page_no]
        page = pages[page_no - 1]
        page.__NoDefault__ = extra_keys
        page.StructParents = key
        nums += [key, PDFArray([owned.get(i, "null") for i in range(max(owned) + 1)])]
    # Link annotations (the table of contents' entries) become Link elements with an object
    # reference, inside the TOC when there is one; each annotation points back through its
    # own ParentTree key.
    next_key = len(parents)
    link_parent, link_parent_ref = toc[0] if toc else (document, document_ref)
    for page_no, page in enumerate(pages, start=1):
        annots = page.Annots or []
        for ann_ref in annots:
            ann = doc.idToObject.get(getattr(ann_ref, "name", None))
            if not isinstance(ann, LinkAnnotation):
                continue
            link = PDFDictionary({"Type": PDFName("StructElem"), "S": PDFName("Link"), "P": link_parent_ref,
                                  "Pg": page_refs[page_no - 1]})
            link.dict["K"] = PDFArray([PDFDictionary({"Type": PDFName("OBJR"), "Obj": ann_ref,
                                                 "Pg": page_refs[page_no - 1]})])
            link_ref = doc.Reference(link)
            link_parent.dict["K"].sequence.append(link_ref)
            ann.permitted = (*ann.permitted, "StructParent")
            ann.otherkw["StructParent"] = next_key
            nums += [next_key, link_ref]
            next_key += 1
        if annots:
            page.__NoDefault__ = extra_keys
            page.Tabs = PDFName("S")
    tree_root.dict["K"] = PDFArray([document_ref])
    tree_root.dict["ParentTree"] = doc.Reference(PDFDictionary({"Nums": PDFArray(nums)}))
    tree_root.dict["ParentTreeNextKey"] = next_key
    catalog = doc.Catalog
    catalog.StructTreeRoot = tree_ref
    catalog.MarkInfo = PDFDictionary({"Marked": "true"})
    if lang:
        catalog.Lang = PDFString(lang)
    canv.setViewerPreference("DisplayDocTitle", "true")
    xmp = _xmp(title=title, author=doc.info.author, subject=doc.info.subject, lang=lang,
               producer=doc.info.producer, creator=doc.info.creator)
    catalog.Metadata = doc.Reference(PDFStream(PDFDictionary({"Type": PDFName("Metadata"),
                                                              "Subtype": PDFName("XML")}), xmp, filters=[]))


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def _xmp(*, title: str, author: str, subject: str, lang: str, producer: str, creator: str) -> bytes:
    """An XMP packet with the document's title, author, subject and language (PDF/UA asks for dc:title)."""
    e = _xml_escape
    language = f"<dc:language><rdf:Bag><rdf:li>{e(lang)}</rdf:li></rdf:Bag></dc:language>" if lang else ""
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li></rdf:Alt></dc:description>'
        f"{language}<pdf:Producer>{e(producer)}</pdf:Producer><xmp:CreatorTool>{e(creator)}</xmp:CreatorTool>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()
