"""Prints, as JSON, what a PDF's structure tree says of its figures: a list of each Figure's
alternative text (/Alt), in the tree's order, or null where a Figure has none. Read with pikepdf,
not poppler, since pdfinfo shows no /Alt. Usage: pdf_figures.py FILE.pdf"""
import json
import sys

import pikepdf


def figures(node, out):
    if isinstance(node, pikepdf.Array):
        for kid in node:
            figures(kid, out)
        return
    if not isinstance(node, pikepdf.Dictionary):
        return
    if node.get("/S") == pikepdf.Name("/Figure"):
        alt = node.get("/Alt")
        out.append(None if alt is None else str(alt))
    kids = node.get("/K")
    if kids is not None:
        figures(kids, out)


with pikepdf.open(sys.argv[1]) as pdf:
    found = []
    root = pdf.Root.get("/StructTreeRoot")
    if root is not None:
        figures(root, found)
    print(json.dumps(found, ensure_ascii=False))
