"""Hostile input files made in code: Word files built to make a reader slow or big.

Used by the questions import tests and the loading gate tests. Each builder writes a
small, valid .docx (a zip of XML parts) by hand, so the exact shape is under control.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/></Relationships>'
)
DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" '
    'Target="styles.xml"/></Relationships>'
)
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _para(text: str, style: str = "") -> str:
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}<w:r><w:t>{text}</w:t></w:r></w:p>"


def write_docx(path: Path, paragraphs: list[str], styles_xml: str = "", extra: dict[str, bytes] | None = None,
               body_xml: str = "") -> Path:
    """A minimal .docx with the given body paragraphs (already XML) and styles part."""
    styles = styles_xml or f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}"/>'
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
                + (body_xml or "".join(paragraphs)) + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/document.xml", document)
        z.writestr("word/styles.xml", styles)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def style_chain_docx(path: Path, chain: int = 3000, paragraphs: int = 3000) -> Path:
    """Every paragraph uses the last style of a ``chain`` long "based on" chain without numbering.

    A reader that looks each style up by walking all styles, for every paragraph and every
    step of the chain, does chain² × paragraphs work (hours for this 100 KB file).
    """
    styles = ['<w:style w:type="paragraph" w:styleId="S0"><w:name w:val="S0"/></w:style>']
    for i in range(1, chain):
        styles.append(f'<w:style w:type="paragraph" w:styleId="S{i}"><w:name w:val="S{i}"/>'
                      f'<w:basedOn w:val="S{i - 1}"/></w:style>')
    styles_xml = f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{W}">{"".join(styles)}</w:styles>'
    paras = [_para(f"Kappale {n}", f"S{chain - 1}") for n in range(paragraphs)]
    return write_docx(path, paras, styles_xml)


def zip_bomb_docx(path: Path, expanded_mb: int = 300) -> Path:
    """A small .docx whose document part expands to ``expanded_mb`` megabytes of zeros-like XML."""
    filler = b" " * (1024 * 1024)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", DOC_RELS)
        z.writestr("word/styles.xml", f'<?xml version="1.0"?><w:styles xmlns:w="{W}"/>')
        with z.open("word/document.xml", "w", force_zip64=True) as fh:
            fh.write(f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode())
            for _ in range(expanded_mb):
                fh.write(filler)
            fh.write(b"</w:body></w:document>")
    return path


def many_members_docx(path: Path, members: int = 20000) -> Path:
    """A .docx with a great many tiny zip members (a member-count bomb)."""
    return write_docx(path, [_para("1. Kysymys")], extra={f"customXml/item{i}.xml": b"<a/>" for i in range(members)})
