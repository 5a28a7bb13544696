#!/usr/bin/python3
"""Writes the fuzz targets' seed corpora from the fixtures' document descriptions.

Usage: make_corpus.py OUTDIR SCHEMADIR

Builds every fixture of tests/fixtures/make_fixtures.py as its document model (no LibreOffice)
and writes OUTDIR/<target>/<name> for the targets in fuzz/: whole plans in the grid text format
of fuzz/FuzzInput.hpp (plan), every multi-paragraph cell (progress), every paragraph with a digit
(dates), every short cell (header, owners), the schema files themselves (schema), and each
fixture as flat ODF XML much as LibreOffice exports it, tracked changes included (odf).
Standard library only. Idempotent.
"""

import hashlib
import os
import pathlib
import shutil
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures"))
import make_fixtures as mf  # noqa: E402

BOLD, LIST = "\x05", "\x06"
COLUMN_SPAN, ROW_SPAN = "\x02", "\x03"


def para_text(p):
    return "".join(r.text for r in p.runs)


def para_code(p):
    bold = bool(p.runs) and p.runs[0].bold
    return (BOLD if bold else "") + (LIST if p.num else "") + para_text(p)


def grid_columns(row):
    """(grid column, cell) for each cell of a row."""
    column = 0
    for cell in row.cells:
        yield column, cell
        column += cell.span


def row_span(table, r, column):
    span = 1
    for below in table.rows[r + 1:]:
        continued = [c for col, c in grid_columns(below) if col == column]
        if not continued or continued[0].vmerge != "continue":
            break
        span += 1
    return span


def table_text(table):
    lines = []
    for r, row in enumerate(table.rows):
        cells = []
        for column, cell in grid_columns(row):
            if cell.vmerge == "continue":
                continue
            prefix = COLUMN_SPAN + str(min(cell.span, 9)) if cell.span > 1 else ""
            rows = row_span(table, r, column) if cell.vmerge == "restart" else 1
            prefix += ROW_SPAN + str(min(rows, 9)) if rows > 1 else ""
            cells.append(prefix + "\v".join(para_code(p) for p in cell.paras))
        # A row must hold a tab to be read as a row: a one-cell row gets an empty second cell.
        lines.append("\t".join(cells) if len(cells) > 1 else cells[0] + "\t")
    return "\n".join(lines)


def document_text(doc):
    sections, body = [], []
    for block in doc.body:
        if isinstance(block, mf.Table):
            sections.append("\n".join(body + [table_text(block)]))
            body = []
        else:
            body.append(para_code(block).replace("\t", " "))
    if body:
        sections.append("\n".join(body))
    return "\f".join(sections)


ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"')
ODF_STYLES = (
    '<style:style style:name="B" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Shaded" style:family="table-cell">'
    '<style:table-cell-properties fo:background-color="#00b050"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" '
    'style:num-suffix="." style:num-format="1"/></text:list-style>')


class FlatOdf:
    """A fixture's document model as flat ODF, with its tracked changes as ODF writes them."""

    def __init__(self):
        self.regions = []

    def change(self, kind, text):
        ident = "ct%d" % (len(self.regions) + 1)
        info = ('<office:change-info><dc:creator>A Governor</dc:creator>'
                '<dc:date>2021-03-01T09:00:00</dc:date></office:change-info>')
        if kind == "del":
            self.regions.append('<text:changed-region text:id="%s"><text:deletion>%s<text:p>%s'
                                '</text:p></text:deletion></text:changed-region>'
                                % (ident, info, escape(text)))
            return '<text:change text:change-id="%s"/>' % ident
        self.regions.append('<text:changed-region text:id="%s"><text:insertion>%s'
                            '</text:insertion></text:changed-region>' % (ident, info))
        return ('<text:change-start text:change-id="%s"/>%s<text:change-end text:change-id="%s"/>'
                % (ident, escape(text), ident))

    def para(self, p):
        parts = []
        for run in p.runs:
            if run.kind in ("ins", "del"):
                parts.append(self.change(run.kind, run.text))
            elif run.bold:
                parts.append('<text:span text:style-name="B">%s</text:span>' % escape(run.text))
            else:
                parts.append(escape(run.text))
        xml = "<text:p>%s</text:p>" % "".join(parts)
        if p.num:
            xml = '<text:list text:style-name="L1"><text:list-item>%s</text:list-item></text:list>' % xml
        return xml

    def table(self, table, index):
        columns = max(sum(c.span for c in row.cells) for row in table.rows)
        out = ['<table:table table:name="Table%d">' % index,
               '<table:table-column table:number-columns-repeated="%d"/>' % columns]
        for r, row in enumerate(table.rows):
            out.append("<table:table-row>")
            for column, cell in grid_columns(row):
                if cell.vmerge == "continue":
                    out.append("<table:covered-table-cell/>" * cell.span)
                    continue
                spans = ""
                if cell.span > 1:
                    spans += ' table:number-columns-spanned="%d"' % cell.span
                if cell.vmerge == "restart":
                    spans += ' table:number-rows-spanned="%d"' % row_span(table, r, column)
                if getattr(cell, "shade", None):
                    spans += ' table:style-name="Shaded"'
                out.append('<table:table-cell%s office:value-type="string">%s</table:table-cell>'
                           % (spans, "".join(self.para(p) for p in cell.paras) or "<text:p/>"))
                out.append("<table:covered-table-cell/>" * (cell.span - 1))
            out.append("</table:table-row>")
        out.append("</table:table>")
        return "".join(out)

    def document(self, doc):
        body, tables = [], 0
        for block in doc.body:
            if isinstance(block, mf.Table):
                tables += 1
                body.append(self.table(block, tables))
            else:
                body.append(self.para(block))
        changes = ("<text:tracked-changes>%s</text:tracked-changes>" % "".join(self.regions)
                   if self.regions else "")
        return ('<?xml version="1.0" encoding="UTF-8"?><office:document %s office:version="1.3" '
                'office:mimetype="application/vnd.oasis.opendocument.text"><office:meta/>'
                "<office:automatic-styles>%s</office:automatic-styles><office:body><office:text>"
                "%s%s</office:text></office:body></office:document>"
                % (ODF_NAMESPACES, ODF_STYLES, changes, "".join(body)))


def write(folder, content):
    data = content.encode("utf-8")
    name = hashlib.sha1(data).hexdigest()[:16]
    (folder / name).write_bytes(data)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: make_corpus.py OUTDIR SCHEMADIR\n")
        return 2
    out = pathlib.Path(argv[1])
    if out.exists():
        shutil.rmtree(out)
    folders = {t: out / t
               for t in ("plan", "progress", "dates", "header", "owners", "schema", "odf")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    for name, build in mf.FIXTURES:
        doc = mf.Doc()
        build(doc)
        write(folders["plan"], document_text(doc))
        write(folders["odf"], FlatOdf().document(doc))
        for table in (b for b in doc.body if isinstance(b, mf.Table)):
            for row in table.rows:
                for cell in row.cells:
                    texts = [para_text(p) for p in cell.paras]
                    if len(texts) > 1:
                        write(folders["progress"], "\n".join(para_code(p) for p in cell.paras))
                    joined = "\n".join(texts)
                    if joined.strip() and len(joined) < 120:
                        write(folders["header"], joined)
                        write(folders["owners"], joined)
                    for text in texts:
                        if any(ch.isdigit() for ch in text):
                            write(folders["dates"], text)
        for block in doc.body:
            if isinstance(block, mf.Para) and para_text(block):
                write(folders["dates"], para_text(block))
    for schema in pathlib.Path(argv[2]).glob("*.json"):
        shutil.copyfile(schema, folders["schema"] / schema.name)
    counts = ", ".join("%s %d" % (t, len(list(f.iterdir()))) for t, f in folders.items())
    print("make_corpus.py: seeds written to %s (%s)" % (out, counts))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
