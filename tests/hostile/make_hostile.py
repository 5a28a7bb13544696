#!/usr/bin/python3
"""Builds the hostile documents: files that break what eqplan might assume about a plan.

Usage: make_hostile.py OUTDIR

Writes OUTDIR/<name>.<ext> for every case below. Most are raw WordprocessingML written with the
helpers of tests/fixtures/make_fixtures.py (imported, not changed); the .odt cases (a password, an
auto-run macro) come from one headless LibreOffice driven by Python-UNO (fresh temporary profile,
time limit, process group killed on any failure). Standard library and Python-UNO only; uses no
eqplan code. Idempotent: the same input gives the same files. tests/hostile/HostileTest.cpp says
what eqplan must answer for each.
"""

import os
import pathlib
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import zipfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "fixtures"))
import make_fixtures as mf  # noqa: E402  (the fixtures' document model and writer)
from make_fixtures import B, C, MERGED, P, Doc, Header, Row, Table  # noqa: E402

# The secret an external entity would read; it must never appear in eqplan's output.
SECRET_WORD = "PINEAPPLE-7731-SECRET"
PASSWORD = "hostile"


def die(message):
    sys.stderr.write("make_hostile.py: %s\n" % message)
    sys.exit(1)


# ----------------------------------------------------------------------------------------------
# A valid plan to break
# ----------------------------------------------------------------------------------------------

PLAN_HEADER = ("Equality objective", "Protected characteristic", "Actions", "Lead", "Progress")
PLAN_WIDTHS = [5, 3, 5, 2, 5]


def objective_row(n, owner="Headteacher", progress=None):
    """One objective row of the five-column plan."""
    return Row("%d) To reduce incidents of bullying in year group %d" % (n, n),
               "Race, Disability",
               C("\u00b7 Train staff to record incidents", "\u00b7 Review the policy"),
               owner,
               C(*(progress or [P(B("Progress Commentary As of March 2021:")),
                                "1) Policy reviewed by governors"])))


def plan_table(objectives=3, header=PLAN_HEADER, widths=PLAN_WIDTHS):
    return Table(widths, Header(*header), *[objective_row(n) for n in range(1, objectives + 1)])


def titled(d, title="Equality Action Plan 2021-2024"):
    d.title = title
    d.add(P(title, style="Title"), P("Updated 2-3-2021 D Sydes"))


# ----------------------------------------------------------------------------------------------
# Writing .docx with the fixtures' writer, with raw XML where the model cannot say it
# ----------------------------------------------------------------------------------------------

def write_docx(doc, path, transform=None):
    """Like make_fixtures.write_docx, with `transform` applied to word/document.xml."""
    document = mf.document_xml(doc)
    if transform:
        document = transform(document)
    parts = [
        ("[Content_Types].xml", mf.CONTENT_TYPES),
        ("_rels/.rels", mf.PACKAGE_RELS),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", mf.DOCUMENT_RELS),
        ("word/styles.xml", mf.styles_xml()),
        ("word/numbering.xml", mf.numbering_xml(doc)),
        ("docProps/core.xml", mf.core_xml(doc)),
    ]
    write_zip(path, parts)


def write_zip(path, parts, stored_first=None):
    tmp = path + ".tmp"
    with zipfile.ZipFile(tmp, "w") as z:
        if stored_first:
            z.writestr(zipfile.ZipInfo(stored_first[0], mf.ZIP_DATE), stored_first[1])
        for name, data in parts:
            info = zipfile.ZipInfo(name, mf.ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data if isinstance(data, bytes) else data.encode("utf-8"))
    os.replace(tmp, path)


def marker_paragraph(tag):
    """The XML make_fixtures writes for P(tag): what a transform replaces."""
    return mf.para_xml(P(tag))


def docx_case(build, transform=None):
    def make(path):
        d = Doc()
        build(d)
        write_docx(d, path, transform)
    return make


# ----------------------------------------------------------------------------------------------
# The cases: name -> a function writing OUTDIR/name
# ----------------------------------------------------------------------------------------------

def no_table(d):
    titled(d)
    d.add(P("Our equality objectives are described in the paragraphs below."),
          P("1) To reduce incidents of bullying. Lead: Headteacher. Progress: policy reviewed."))


NESTED = "@@NESTED@@"


def nested_tables(d):
    """A plan whose Actions cell holds a table, which holds another table."""
    titled(d)
    t = plan_table(2)
    t.rows[1].cells[2] = C("\u00b7 Train staff", NESTED)
    d.add(t)


def nest(document):
    inner = mf.table_xml(Table([1, 1], Row("Term", "Action"),
                               Row("Autumn", C("Audit", NESTED))))
    innermost = mf.table_xml(Table([1, 1], Header("Objective", "Lead"),
                                   Row("Nested objective", "Nobody")))
    inner = inner.replace(marker_paragraph(NESTED), innermost + "<w:p/>")
    return document.replace(marker_paragraph(NESTED), inner + "<w:p/>")


def wide_1000_columns(d):
    """A plan header followed by 995 more columns; LibreOffice caps nothing, Word would."""
    titled(d)
    header = list(PLAN_HEADER) + ["Column %d" % i for i in range(6, 1001)]
    row = ["1) To reduce incidents of bullying", "Race", "Train staff", "Headteacher",
           "March 2021"] + [""] * 995
    d.add(Table([1] * 1000, Header(*header), Row(*row)))


def header_only(d):
    titled(d)
    d.add(Table(PLAN_WIDTHS, Header(*PLAN_HEADER)))


def merged_everywhere(d):
    """Cells merged across, down, and both; a title row across the whole table."""
    titled(d)
    d.add(Table(
        [5, 3, 5, 2, 5],
        Row(C(P("Equality objectives", bold=True), span=5), header=True),
        Header(*PLAN_HEADER),
        Row(C("1) To close the attainment gap for disadvantaged pupils", vmerge="restart"),
            C("Disability, Race", span=2), "Headteacher",
            C("March 2021", "1) Tutoring started", vmerge="restart")),
        Row(MERGED(), "Sex", "Mentoring", C("SLT"), MERGED()),
        Row(C("2) To improve attendance", span=3), C("Attendance officer", span=2)),
        Row(C("3) To widen the curriculum", vmerge="restart"), C("All", vmerge="restart"),
            C("Audit", vmerge="restart"), C("Heads of department", span=2, vmerge="restart")),
        Row(MERGED(), MERGED(), MERGED(), C(span=2, vmerge="continue")),
    ))


def split_cells(d):
    """A grid of 10 columns where rows split and join them differently."""
    titled(d)
    d.add(Table(
        [1] * 10,
        Row(C(P("Equality objective", bold=True), span=2), C(P("Actions", bold=True), span=3),
            C(P("Lead", bold=True), span=2), C(P("Progress", bold=True), span=3), header=True),
        Row(C("1) To reduce bullying"), C("(a)"), C("Train"), C("staff"), C("now"),
            C("Head", span=2), C("March 2021"), C("1) Done", span=2)),
        Row(C("2) To improve attendance", span=4), C("Monitor", span=1), C("SLT"),
            C("SENCo"), C("", span=3)),
        Row(*[C(str(i)) for i in range(10)]),
    ))


def empty_cells(d):
    titled(d)
    d.add(Table(PLAN_WIDTHS, Header(*PLAN_HEADER),
                *[Row("", "", "", "", "") for _ in range(5)]))


def empty_cells_everywhere(d):
    """Even the header row is empty."""
    d.add(Table(PLAN_WIDTHS, *[Row("", "", "", "", "") for _ in range(4)]))


def huge_cell(d):
    """One Actions cell of about 1 MB of text, in paragraphs of a few hundred characters."""
    titled(d)
    t = plan_table(2)
    sentence = "Every member of staff completes the training on recording incidents. "
    para = sentence * 5
    count = (1024 * 1024) // len(para) + 1
    t.rows[1].cells[2] = C(*["%d. %s" % (i, para) for i in range(count)])
    d.add(t)


def right_to_left(d):
    """Arabic and Hebrew objectives and owners, combining marks and bidi controls."""
    titled(d)
    d.add(Table(
        PLAN_WIDTHS, Header(*PLAN_HEADER),
        Row("1) \u062a\u0642\u0644\u064a\u0644 \u0627\u0644\u062a\u0646\u0645\u0631 "
            "\u0641\u064a \u0627\u0644\u0645\u062f\u0631\u0633\u0629",
            "Race", "\u05d4\u05db\u05e9\u05e8\u05ea \u05e6\u05d5\u05d5\u05ea",
            "\u0645\u062f\u064a\u0631 / \u05de\u05e0\u05d4\u05dc",
            C(P(B("March 2021")), "1) \u202eevil\u202c text with bidi override")),
        Row("2) Z\u0351\u0308\u0341a\u0310\u0306l\u0334g\u0353o\u0489 te\u0301xt "
            "with combining marks",
            "Religion or belief", "A\u030a\u0327\u0301ction", "Ow\u0308ner",
            C(P(B("April 2021")), "1) e\u0301\u0301\u0301\u0301\u0301\u0301"))))


def emoji(d):
    titled(d, "Equality Plan \U0001F308 2021")
    d.add(Table(
        PLAN_WIDTHS, Header(*PLAN_HEADER),
        Row("1) To make everyone feel welcome \U0001F44B\U0001F3FD",
            "Sexual orientation \U0001F3F3\uFE0F\u200D\U0001F308",
            "\u00b7 Pride assembly \U0001F389", "\U0001F469\u200D\U0001F3EB Head / \U0001F9D1 SLT",
            C(P(B("March 2021 \u2705")), "1) Assembly held \U0001F44D"))))


def headers_in_welsh(d):
    """A plan whose header row is in Welsh only: read by the Welsh words of the layout."""
    d.title = "Cynllun Cydraddoldeb"
    d.add(P("Cynllun Cydraddoldeb", style="Title"))
    d.add(Table(PLAN_WIDTHS,
                Header("Amcan cydraddoldeb", "Nodwedd warchodedig", "Camau gweithredu",
                       "Arweinydd", "Cynnydd"),
                Row("1) Lleihau bwlio", "Hil", "Hyfforddi staff", "Pennaeth", "Mawrth 2021")))


def two_plan_tables(d):
    """Two plan tables with different layouts, one after the other."""
    titled(d)
    d.add(plan_table(2))
    d.add(P("Objectives added in 2022"))
    d.add(Table([4, 4, 2, 3, 4],
                Header("Objective", "Success criteria", "Who is responsible", "Timescale",
                       "Milestone/progress"),
                Row("To improve access to the library", "Ramp installed", "Site manager",
                    "2022", C(P(B("As of May 2022")), "1) Quotes received"))))


def header_fourth_row(d):
    """Three title rows above the header row; eqplan searches the first three."""
    titled(d)
    d.add(Table(
        PLAN_WIDTHS,
        Row(C(P("Equality Action Plan", bold=True), span=5), header=True),
        Row(C("School: Hostile Primary", span=5)),
        Row(C("Period: 2021-2024", span=5)),
        Header(*PLAN_HEADER),
        objective_row(1), objective_row(2)))


def header_third_row(d):
    """Two title rows above the header row: still within the rows searched."""
    titled(d)
    d.add(Table(
        PLAN_WIDTHS,
        Row(C(P("Equality Action Plan", bold=True), span=5), header=True),
        Row(C("School: Hostile Primary", span=5)),
        Header(*PLAN_HEADER),
        objective_row(1), objective_row(2)))


TRACKED = re.compile(r'<w:r><w:t xml:space="preserve">\[\[(ins|del):(.*?)\]\]</w:t></w:r>')


def tracked_changes(d):
    """Pending tracked insertions and deletions in the objective, owner and progress cells."""
    titled(d)
    d.add(Table(
        PLAN_WIDTHS, Header(*PLAN_HEADER),
        Row(C(P("1) To reduce ", "[[del:racist ]]", "[[ins:all ]]", "incidents")),
            "Race", "Train staff", C(P("[[del:Deputy Head]]", "[[ins:Headteacher]]")),
            C(P(B("March 2021")), P("[[ins:1) Training delivered]]"))),
        objective_row(2)))


def track(document):
    ids = iter(range(1, 1000))

    def change(m):
        kind, text = m.group(1), mf.escape(m.group(2))
        tag = "w:t" if kind == "ins" else "w:delText"
        return ('<w:%s w:id="%d" w:author="Reviewer" w:date="2021-03-01T10:00:00Z"><w:r>'
                '<%s xml:space="preserve">%s</%s></w:r></w:%s>'
                % (kind, next(ids), tag, text, tag, kind))
    return TRACKED.sub(change, document)


def table_in_page_header(path):
    """The plan table is in the page header, not the body: a body with no table."""
    d = Doc()
    d.add(P("The plan is in the page header of this document."))
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<w:hdr xmlns:w="%s" xmlns:r="%s">%s<w:p/></w:hdr>'
              % (mf.W_NS, mf.R_NS, mf.table_xml(plan_table(1))))
    document = mf.document_xml(d).replace(
        "<w:sectPr>", '<w:sectPr><w:headerReference w:type="default" r:id="rId9"/>')
    rels = mf.DOCUMENT_RELS.replace(
        "</Relationships>",
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/header" Target="header1.xml"/></Relationships>')
    types = mf.CONTENT_TYPES.replace(
        "</Types>", '<Override PartName="/word/header1.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/></Types>')
    write_zip(path, [("[Content_Types].xml", types), ("_rels/.rels", mf.PACKAGE_RELS),
                     ("word/document.xml", document), ("word/header1.xml", header),
                     ("word/_rels/document.xml.rels", rels),
                     ("word/styles.xml", mf.styles_xml()),
                     ("word/numbering.xml", mf.numbering_xml(d)),
                     ("docProps/core.xml", mf.core_xml(d))])


def long_plan(d):
    """About 200 pages: 300 objectives, each with four dated progress entries."""
    titled(d)
    rows = []
    for n in range(1, 301):
        progress = []
        for year in (2018, 2019, 2020, 2021):
            progress += [P(B("March %d" % year)), "1) Progress point one for %d" % year,
                         "2) Progress point two, a little longer to wrap the line"]
        rows.append(objective_row(n, owner="SLT / Governors", progress=progress))
    d.add(Table(PLAN_WIDTHS, Header(*PLAN_HEADER), *rows))


def strange_dates(d):
    """Progress headings with impossible and extreme dates."""
    titled(d)
    d.add(Table(
        PLAN_WIDTHS, Header(*PLAN_HEADER),
        objective_row(1, progress=[P(B("31 February 2021")), "1) Impossible day",
                                   P(B("As of 0 March 2020")), "1) Day zero",
                                   P(B("Spring Term 9999")), "1) Far future",
                                   P(B("99/99/99")), "1) Nonsense",
                                   P(B("March 1899")), "1) Before the range",
                                   P(B("2-3-2021 2-3-2021 2-3-2021")), "1) Three dates"]),
        Row("2) To reach an objective numbered 2147483648) in text",
            "All", "Act", "Lead", "4294967296) item")))


def long_words(d):
    """Owners and objectives as single 5 000-character words. (At 100 000 characters
    LibreOffice itself does not finish laying the table out in minutes.)"""
    titled(d)
    word = "Responsibility" * 360
    d.add(Table(PLAN_WIDTHS, Header(*PLAN_HEADER),
                Row("1) " + word, "Race", "Act", word + "/" + word, "March 2021")))


def many_tables(d):
    """Two hundred small tables, none of them a plan."""
    for i in range(200):
        d.add(Table([1, 1], Row("Name %d" % i, "Room %d" % i)))
        d.add(P())


def deep_nesting(path):
    """A plan cell holding tables nested eight deep."""
    d = Doc()
    titled(d)
    t = plan_table(1)
    t.rows[1].cells[2] = C(NESTED)
    d.add(t)

    def deepen(document):
        inner = "<w:p/>"
        for level in range(8):
            inner = mf.table_xml(Table([1, 1], Row("Level %d" % level, NESTED))).replace(
                marker_paragraph(NESTED), inner) + "<w:p/>"
        return document.replace(marker_paragraph(NESTED), inner)
    write_docx(d, path, deepen)


def weird_whitespace(d):
    """Zero-width and unusual spaces, line and paragraph separators, a byte-order mark."""
    titled(d)
    d.add(Table(
        PLAN_WIDTHS,
        Header("\ufeffEquality\u00a0objective", "Protected\u2003characteristic",
               "\u200bActions\u200b", "Lead\u2028", "Pro\u00adgress"),
        Row("1)\u00a0To\u2009reduce\u200bbullying", "Race\u2029Sex", "Train\u00a0staff",
            "Head\u00a0/\u2003SLT ,, ;; & and ", C(P(B("March\u00a02021")), "1)\u2002Done"))))


def only_title_rows(d):
    """A table of one merged row per line, the plan written as prose inside it."""
    titled(d)
    d.add(Table([1, 1, 1], *[Row(C("Objective %d: reduce bullying. Lead: Head." % i, span=3))
                             for i in range(1, 6)]))


# Cases built from whole files rather than a Doc.

def truncated(path, source):
    data = pathlib.Path(source).read_bytes()
    pathlib.Path(path).write_bytes(data[: len(data) // 2])


def renamed(path, source):
    shutil.copyfile(source, path)


def write_bytes(data):
    def make(path):
        pathlib.Path(path).write_bytes(data)
    return make


def missing_document_part(path):
    write_zip(path, [("[Content_Types].xml", mf.CONTENT_TYPES), ("_rels/.rels", mf.PACKAGE_RELS),
                     ("word/styles.xml", mf.styles_xml())])


def malformed_xml(path):
    d = Doc()
    titled(d)
    d.add(plan_table(2))
    write_docx(d, path, lambda xml: xml.replace("</w:tbl>", "<w:tr><w:tc><w:p>", 1))


def write_xlsx(path):
    """A minimal Excel workbook of the spreadsheet fixture's rows, written directly."""
    ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rows = "".join(
        '<row r="%d">%s</row>' % (r + 1, "".join(
            '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>'
            % (chr(65 + c), r + 1, mf.escape(v)) for c, v in enumerate(row)))
        for r, row in enumerate(mf.SPREADSHEET_ROWS))
    parts = [
        ("[Content_Types].xml", mf.XML_DECL +
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
         'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
         'officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/'
         'sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
         'worksheet+xml"/></Types>'),
        ("_rels/.rels", mf.XML_DECL +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", mf.XML_DECL +
         '<workbook xmlns="%s" xmlns:r="%s"><sheets><sheet name="Plan" sheetId="1" r:id="rId1"/>'
         "</sheets></workbook>" % (ns, mf.R_NS)),
        ("xl/_rels/workbook.xml.rels", mf.XML_DECL +
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
         'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", mf.XML_DECL +
         '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (ns, rows)),
    ]
    write_zip(path, parts)


FODT_HEAD = (
    '<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3" '
    'office:mimetype="application/vnd.oasis.opendocument.text"><office:body><office:text>')


def fodt_plan(cell):
    """A flat ODF plan of one objective whose Lead cell holds `cell` (raw XML text)."""
    def row(cells):
        return "<table:table-row>%s</table:table-row>" % "".join(
            '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>'
            % c for c in cells)
    return (FODT_HEAD + '<text:p>Equality Action Plan</text:p><table:table table:name="Table1">'
            '<table:table-column table:number-columns-repeated="5"/>%s%s</table:table>'
            "</office:text></office:body></office:document>"
            % (row(PLAN_HEADER), row(["1) To reduce bullying", "Race", "Train staff", cell,
                                      "March 2021"])))


def external_entity(path, secret):
    """A .fodt whose DOCTYPE declares an external entity reading a local file (and one fetching
    a URL); the Lead cell uses both."""
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<!DOCTYPE office:document [\n'
           '  <!ENTITY secret SYSTEM "%s">\n'
           '  <!ENTITY remote SYSTEM "http://127.0.0.1:9/eqplan-hostile">\n'
           ']>\n' % pathlib.Path(secret).as_uri()) + fodt_plan("Lead &secret; &remote;")
    pathlib.Path(path).write_text(xml, encoding="utf-8")


def billion_laughs(path):
    """Internal entities that expand exponentially (a billion "lol"s)."""
    entities = ['  <!ENTITY lol "lol">']
    for i in range(1, 10):
        entities.append('  <!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10))
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE office:document [\n%s\n]>\n'
           % "\n".join(entities)) + fodt_plan("&lol9;")
    pathlib.Path(path).write_text(xml, encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# The .odt cases, through one LibreOffice driven over UNO
# ----------------------------------------------------------------------------------------------

MACRO_MODULE = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" \
script:language="StarBasic" script:moduleType="normal">
Sub OnLoad
    Dim n As Integer
    n = FreeFile()
    Open &quot;%s&quot; For Output As #n
    Print #n, &quot;the document's macro ran&quot;
    Close #n
End Sub
</script:module>
"""
MACRO_LIBRARY = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:library PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">
<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" \
library:readonly="false" library:passwordprotected="false">
 <library:element library:name="Module1"/>
</library:library>
"""
MACRO_CONTAINER = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE library:libraries PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" \
"libraries.dtd">
<library:libraries xmlns:library="http://openoffice.org/2000/library" \
xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
"""
ON_LOAD = ('<office:scripts><office:event-listeners><script:event-listener '
           'script:language="ooo:script" script:event-name="dom:load" '
           'xlink:href="vnd.sun.star.script:Standard.Module1.OnLoad?language=Basic&amp;'
           'location=document" xlink:type="simple"/></office:event-listeners></office:scripts>')


def add_macro(source, path, marker):
    """The .odt `source` with a Basic macro bound to the document's load event; the macro
    writes `marker`."""
    with zipfile.ZipFile(source) as z:
        entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    out = []
    for name, data in entries:
        if name == "content.xml":
            text = data.decode("utf-8")
            if 'xmlns:script=' not in text:
                text = text.replace("<office:document-content ",
                                    '<office:document-content xmlns:script="urn:oasis:names:'
                                    'tc:opendocument:xmlns:script:1.0" ', 1)
            if 'xmlns:xlink=' not in text:
                text = text.replace("<office:document-content ",
                                    '<office:document-content xmlns:xlink="http://www.w3.org/'
                                    '1999/xlink" ', 1)
            text = re.sub(r"<office:scripts\s*/>|<office:scripts>.*?</office:scripts>", "", text,
                          flags=re.S)
            text = text.replace("<office:font-face-decls>", ON_LOAD + "<office:font-face-decls>",
                                1)
            data = text.encode("utf-8")
        elif name == "META-INF/manifest.xml":
            text = data.decode("utf-8").replace(
                "</manifest:manifest>",
                "".join('<manifest:file-entry manifest:full-path="%s" manifest:media-type="%s"/>'
                        % e for e in (("Basic/", ""), ("Basic/Standard/", ""),
                                      ("Basic/Standard/Module1.xml", "text/xml"),
                                      ("Basic/Standard/script-lb.xml", "text/xml"),
                                      ("Basic/script-lc.xml", "text/xml")))
                + "</manifest:manifest>")
            data = text.encode("utf-8")
        out.append((name, data))
    out += [("Basic/Standard/Module1.xml", MACRO_MODULE % mf.escape(str(marker))),
            ("Basic/Standard/script-lb.xml", MACRO_LIBRARY),
            ("Basic/script-lc.xml", MACRO_CONTAINER)]
    mimetype = dict(out).get("mimetype")
    write_zip(path, [e for e in out if e[0] != "mimetype"], stored_first=("mimetype", mimetype))


class UnoOffice:
    """One headless soffice on a private profile, in its own process group; always killed."""

    def __init__(self, soffice, profile):
        import uno  # Python-UNO: only this part of the script needs it
        from com.sun.star.connection import NoConnectException
        self.pipe = "eqplan-hostile-%d" % os.getpid()
        cmd = [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
               "--nolockcheck", "-env:UserInstallation=" + pathlib.Path(profile).as_uri(),
               "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % self.pipe]
        self.proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        self.desktop = None
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local)
        deadline = time.monotonic() + mf.SOFFICE_TIMEOUT
        while True:
            try:
                ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext"
                                       % self.pipe)
                break
            except NoConnectException:
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    self.close()
                    die("soffice did not accept a connection")
                time.sleep(0.2)
        self.desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop",
                                                                    ctx)

    @staticmethod
    def props(**values):
        from com.sun.star.beans import PropertyValue
        return tuple(PropertyValue(Name=k, Value=v) for k, v in values.items())

    def convert(self, source, target, filter_name, **extra):
        """Loads `source` and stores it as `target` with the filter (and e.g. a Password)."""
        doc = self.desktop.loadComponentFromURL(
            pathlib.Path(source).as_uri(), "_blank", 0,
            self.props(Hidden=True, ReadOnly=True, MacroExecutionMode=0))
        try:
            doc.storeToURL(pathlib.Path(target).as_uri(),
                           self.props(FilterName=filter_name, Overwrite=True, **extra))
        finally:
            doc.close(True)

    def check_macro(self, path, marker):
        """The document's OnLoad event is bound to its macro, and the macro, run on purpose,
        writes `marker`: so a test that sees no marker after eqplan opened it means something."""
        script = "vnd.sun.star.script:Standard.Module1.OnLoad?language=Basic&location=document"
        doc = self.desktop.loadComponentFromURL(
            pathlib.Path(path).as_uri(), "_blank", 0,
            self.props(Hidden=True, ReadOnly=True, MacroExecutionMode=4))  # always, no warning
        try:
            bound = dict((p.Name, p.Value) for p in doc.getEvents().getByName("OnLoad"))
            if bound.get("Script") != script:
                die("the macro of %s is not bound to its OnLoad event" % path)
            doc.getScriptProvider().getScript(script).invoke((), (), ())
        finally:
            doc.close(True)
        if not os.path.isfile(marker):
            die("the macro of %s did not write %s when run" % (path, marker))
        os.remove(marker)

    def close(self):
        try:
            if self.desktop is not None:
                self.desktop.terminate()
                self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a dying office may fail any call; it is killed below
            pass
        mf.kill_group(self.proc)


# ----------------------------------------------------------------------------------------------

DOCX_CASES = [
    ("no-table", docx_case(no_table)),
    ("nested-tables", docx_case(nested_tables, nest)),
    ("nested-eight-deep", deep_nesting),
    ("wide-1000-columns", docx_case(wide_1000_columns)),
    ("header-only", docx_case(header_only)),
    ("merged-everywhere", docx_case(merged_everywhere)),
    ("split-cells", docx_case(split_cells)),
    ("empty-cells", docx_case(empty_cells)),
    ("empty-cells-everywhere", docx_case(empty_cells_everywhere)),
    ("huge-cell-1mb", docx_case(huge_cell)),
    ("right-to-left-combining", docx_case(right_to_left)),
    ("emoji", docx_case(emoji)),
    ("headers-in-welsh", docx_case(headers_in_welsh)),
    ("two-plan-tables", docx_case(two_plan_tables)),
    ("header-fourth-row", docx_case(header_fourth_row)),
    ("header-third-row", docx_case(header_third_row)),
    ("tracked-changes", docx_case(tracked_changes, track)),
    ("table-in-page-header", table_in_page_header),
    ("long-plan-200-pages", docx_case(long_plan)),
    ("strange-dates", docx_case(strange_dates)),
    ("long-words", docx_case(long_words)),
    ("many-tables", docx_case(many_tables)),
    ("weird-whitespace", docx_case(weird_whitespace)),
    ("only-title-rows", docx_case(only_title_rows)),
    ("missing-document-part", missing_document_part),
    ("malformed-xml", malformed_xml),
]


def main(argv):
    if len(argv) != 2:
        die("usage: make_hostile.py OUTDIR")
    outdir = os.path.abspath(argv[1])
    for sig in (signal.SIGTERM, signal.SIGHUP):  # unwind (and kill soffice) when stopped
        signal.signal(sig, lambda signum, frame: sys.exit(128 + signum))
    os.makedirs(outdir, exist_ok=True)
    out = lambda name: os.path.join(outdir, name)  # noqa: E731

    for name, make in DOCX_CASES:
        make(out(name + ".docx"))
    # Files that are not what their name says.
    truncated(out("truncated.docx"), out("merged-everywhere.docx"))
    mf.write_ods(mf.SPREADSHEET_ROWS, out("spreadsheet.ods"))
    renamed(out("renamed-spreadsheet.docx"), out("spreadsheet.ods"))
    os.remove(out("spreadsheet.ods"))
    write_xlsx(out("renamed-xlsx.docx"))
    write_bytes(b"")(out("zero-bytes.docx"))
    write_bytes(bytes((i * 7919 + 13) % 256 for i in range(4096)))(out("random-bytes.docx"))
    write_bytes("Equality objective\tActions\tLead\n1) Reduce bullying\tTrain\tHead\n"
                .encode())(out("plain-text.docx"))
    shutil.copyfile(out("emoji.docx"), out("\u00fcn\u00efc\u00f6d\u00e9 plan \U0001F642.docx"))
    # XML attacks.
    secret = out("secret.txt")
    pathlib.Path(secret).write_text(SECRET_WORD + "\n", encoding="utf-8")
    external_entity(out("external-entity.fodt"), secret)
    billion_laughs(out("billion-laughs.fodt"))

    soffice = mf.find_soffice()
    work = tempfile.mkdtemp(prefix="eqplan-hostile-")
    office = None
    try:
        office = UnoOffice(soffice, os.path.join(work, "profile"))
        plain = out("plan.odt")
        office.convert(out("header-third-row.docx"), plain, "writer8")
        office.convert(out("header-third-row.docx"), out("password-protected.odt"), "writer8",
                       Password=PASSWORD)
        add_macro(plain, out("macro-on-load.odt"), out("macro-ran.txt"))
        office.check_macro(out("macro-on-load.odt"), out("macro-ran.txt"))
        os.remove(plain)
    finally:
        if office:
            office.close()
        shutil.rmtree(work, ignore_errors=True)
    for name in ("password-protected.odt", "macro-on-load.odt"):
        if not os.path.isfile(out(name)) or os.path.getsize(out(name)) == 0:
            die("LibreOffice did not write " + name)
    count = len([n for n in os.listdir(outdir) if not n.endswith((".txt", ".tmp"))])
    print("make_hostile.py: %d hostile documents written to %s" % (count, outdir))


if __name__ == "__main__":
    main(sys.argv)
