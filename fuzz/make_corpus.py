#!/usr/bin/python3
"""Writes the fuzz targets' seed corpora from the fixtures' document descriptions.

Usage: make_corpus.py OUTDIR SCHEMADIR

Builds every fixture of tests/fixtures/make_fixtures.py as its document model (no LibreOffice)
and writes OUTDIR/<target>/<name> for the targets in fuzz/: whole plans in the grid text format
of fuzz/FuzzInput.hpp (plan), every multi-paragraph cell (progress), every paragraph with a digit
(dates), every short cell (header, owners), and the schema files themselves (schema).
Standard library only. Idempotent.
"""

import hashlib
import os
import pathlib
import shutil
import sys

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
    folders = {t: out / t for t in ("plan", "progress", "dates", "header", "owners", "schema")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    for name, build in mf.FIXTURES:
        doc = mf.Doc()
        build(doc)
        write(folders["plan"], document_text(doc))
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
