"""A structural check of a tagged PDF, written with pypdf (no veraPDF offline).

:func:`check_tagged_pdf` returns a list of problems (empty = passes):

- the catalogue has /StructTreeRoot, /MarkInfo /Marked true, /Lang and
  /ViewerPreferences /DisplayDocTitle true, and the document has a title;
- every painting or text operator of every page lies inside a marked-content
  sequence (a tagged MCID or an /Artifact): nothing on a page is untagged;
- every MCID drawn on a page is owned by a structure element through the
  ParentTree, and every MCID the tree refers to is drawn on its page;
- headings run H1..Hn without skipping a level, the first one is H1;
- every Figure has a non-empty /Alt; every Table has a TH cell; an L holds LIs;
- every link annotation belongs to a Link element (through its /StructParent).
"""

from __future__ import annotations

from typing import Any

PAINT_OPS = {b"Tj", b"TJ", b"'", b'"', b"Do", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*", b"S", b"s", b"sh",
             b"INLINE IMAGE"}


def _name(obj: Any) -> str:
    return str(obj)[1:] if str(obj).startswith("/") else str(obj)


def walk_structure(reader: Any) -> list[tuple[str, Any]]:
    """(type, element) of every structure element in document order."""
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    out: list[tuple[str, Any]] = []

    def visit(node: Any) -> None:
        node = node.get_object()
        if not hasattr(node, "get"):
            return
        if node.get("/Type") == "/MCR" or "/S" not in node:
            return
        out.append((_name(node["/S"]), node))
        kids = node.get("/K")
        if kids is None:
            return
        kids = kids.get_object()
        for k in (kids if isinstance(kids, list) else [kids]):
            if not isinstance(k, int):
                visit(k)

    k = root["/K"].get_object()
    for kid in (k if isinstance(k, list) else [k]):
        visit(kid)
    return out


def page_mcids(page: Any, problems: list[str], page_no: int) -> set[int]:
    """The MCIDs drawn on a page; reports painting outside any marked content."""
    from pypdf.generic import ContentStream

    content = page.get_contents()
    if content is None:
        return set()
    ops = ContentStream(content, page.pdf).operations
    depth = 0
    mcids: set[int] = set()
    unmarked = 0
    for operands, op in ops:
        if op in (b"BDC", b"BMC"):
            depth += 1
            if op == b"BDC" and len(operands) > 1 and hasattr(operands[1], "get") and "/MCID" in operands[1]:
                mcids.add(int(operands[1]["/MCID"]))
        elif op == b"EMC":
            depth -= 1
            if depth < 0:
                problems.append(f"sivu {page_no}: EMC ilman alkua")
                depth = 0
        elif op in PAINT_OPS and depth == 0:
            unmarked += 1
    if depth:
        problems.append(f"sivu {page_no}: {depth} merkittyä sisältöä jäi sulkematta")
    if unmarked:
        problems.append(f"sivu {page_no}: {unmarked} piirto-operaatiota ilman tagia tai artefaktia")
    return mcids


def check_tagged_pdf(path: str) -> list[str]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    cat = reader.trailer["/Root"]
    problems: list[str] = []
    if "/StructTreeRoot" not in cat:
        return ["ei rakennepuuta (/StructTreeRoot)"]
    if not cat.get("/MarkInfo", {}).get("/Marked"):
        problems.append("/MarkInfo /Marked puuttuu")
    if not str(cat.get("/Lang", "")).strip():
        problems.append("/Lang puuttuu")
    if not cat.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
        problems.append("/DisplayDocTitle puuttuu")
    if not (reader.metadata and reader.metadata.title):
        problems.append("otsikko puuttuu")

    elements = walk_structure(reader)
    # Headings without gaps.
    previous = 0
    for tag, _e in elements:
        if len(tag) == 2 and tag[0] == "H" and tag[1].isdigit():
            level = int(tag[1])
            if level > previous + 1:
                problems.append(f"otsikkotaso hyppää: H{previous} -> {tag}")
            previous = level
    for tag, e in elements:
        if tag == "Figure" and not str(e.get("/Alt", "")).strip():
            problems.append("Figure ilman /Alt-tekstiä")
    tables = [e for tag, e in elements if tag == "Table"]
    for t in tables:
        if not any(tag == "TH" for tag, _e in walk_subtree(t)):
            problems.append("Table ilman TH-solua")
    for tag, e in elements:
        if tag == "L" and not any(t2 == "LI" for t2, _ in walk_subtree(e)):
            problems.append("L ilman LI-kohtia")

    # Marked content against the ParentTree.
    tree_root = cat["/StructTreeRoot"].get_object()
    nums = tree_root["/ParentTree"].get_object()["/Nums"]
    parent_tree = {int(nums[i]): nums[i + 1].get_object() for i in range(0, len(nums), 2)}
    for i, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots", []) or []:
            annot = annot.get_object()
            if annot.get("/Subtype") == "/Link":
                key = annot.get("/StructParent")
                owner = parent_tree.get(int(key)) if key is not None else None
                if owner is None or _name(owner.get("/S")) != "Link":
                    problems.append(f"sivu {i}: linkki ilman Link-rakenne-elementtiä")
        drawn = page_mcids(page, problems, i)
        if not drawn:
            continue
        key = page.get("/StructParents")
        if key is None:
            problems.append(f"sivu {i}: /StructParents puuttuu")
            continue
        owners = parent_tree.get(int(key))
        if owners is None:
            problems.append(f"sivu {i}: ParentTree-merkintä puuttuu")
            continue
        for mcid in drawn:
            if mcid >= len(owners) or owners[mcid] is None or not hasattr(owners[mcid].get_object(), "get"):
                problems.append(f"sivu {i}: MCID {mcid} ilman rakenne-elementtiä")
    return problems


def walk_subtree(element: Any) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = []

    def visit(node: Any) -> None:
        node = node.get_object()
        if not hasattr(node, "get") or "/S" not in node:
            return
        out.append((_name(node["/S"]), node))
        kids = node.get("/K")
        if kids is None:
            return
        kids = kids.get_object()
        for k in (kids if isinstance(kids, list) else [kids]):
            if not isinstance(k, int):
                visit(k)

    kids = element.get("/K")
    kids = kids.get_object() if kids is not None else []
    for k in (kids if isinstance(kids, list) else [kids]):
        if not isinstance(k, int):
            visit(k)
    return out


def structure_summary(path: str) -> dict[str, int]:
    """How many elements of each type the tree holds (for the report of a check)."""
    from pypdf import PdfReader

    counts: dict[str, int] = {}
    for tag, _e in walk_structure(PdfReader(path)):
        counts[tag] = counts.get(tag, 0) + 1
    return counts


if __name__ == "__main__":
    import sys

    for p in sys.argv[1:]:
        found = check_tagged_pdf(p)
        print(p, "OK" if not found else "VIRHEITÄ", structure_summary(p))
        for f in found[:30]:
            print("  ", f)
