#!/usr/bin/env python3
"""Writes the benchmark's plans: N objectives in the seed 2018-2021 layout (five columns; an
objective row, then a commentary row whose first two cells continue the objective's vertical
merge and whose last cell spans three columns with three dated headings and numbered items),
as .docx written by hand and as .odt converted from it by one soffice run.

    make_plans.py OUTDIR 10 50 200 1000

The WordprocessingML writer and the soffice helpers are tests/fixtures/make_fixtures.py's, so
the benchmark reads the same kind of file the tests do."""
import os
import pathlib
import shutil
import signal
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests" / "fixtures"))
from make_fixtures import (B, C, MERGED, Doc, Header, P, Row, Table, check_output,  # noqa: E402
                           find_soffice, run_soffice, typed, write_docx)

DUTIES = ["Eliminate discrimination, harassment and victimisation",
          "Advance equality of opportunity between different groups",
          "Foster good relations between different groups"]
DATES = ["Progress Commentary As of December 2018:", "March 2020", "March 2021"]


def objective_rows(d, n):
    """Objective n's two rows: numbered text, typed bullets, a real bullet list every third
    objective (as in the seed), and three dated entries of two numbered items each."""
    strategies = typed("\u00b7 ", ["Strategy %d.%d for the whole school" % (n, i)
                                   for i in (1, 2, 3)])
    if n % 3 == 0:
        strategies = d.bullet_list(["Strategy %d.%d in the curriculum" % (n, i) for i in (1, 2)])
    commentary = []
    for date in DATES:
        commentary.append(P(B(date)))
        commentary += typed("1) ", ["Progress on objective %d noted in %s: evidence from "
                                    "staff, students and parents" % (n, date.split(":")[0]),
                                    "Next step for objective %d agreed with the lead" % n])
        commentary.append("")
    return [
        Row(C(DUTIES[(n - 1) % 3], vmerge="restart"),
            C("%d) To improve outcome %d for every group of students" % (n, n), vmerge="restart"),
            C(*strategies),
            C(*typed("\u00b7 ", ["Measure %d.1 improves by 2%%" % n,
                                 "Positive feedback on %d" % n])),
            C("Pastoral Staff", "SLT")),
        Row(MERGED(), MERGED(), C(*commentary, span=3)),
    ]


def plan(size):
    d = Doc("Equality Action Plan (%d objectives)" % size)
    d.add(P("Equality Action Plan 2018-2021", style="Title"), P("Updated 2-3-2021 D Sydes"))
    rows = [Header("Public Sector Equality Duty", "Equality Objective", "Strategies",
                   "Success Criteria", "Responsibility")]
    for n in range(1, size + 1):
        rows += objective_rows(d, n)
    d.add(Table([3, 4, 5, 5, 2], *rows))
    return d


def main(argv):
    if len(argv) < 3:
        sys.stderr.write("usage: make_plans.py OUTDIR SIZE...\n")
        return 2
    outdir = os.path.abspath(argv[1])
    for sig in (signal.SIGTERM, signal.SIGHUP):  # unwind (and kill soffice) when stopped
        signal.signal(sig, lambda signum, frame: sys.exit(128 + signum))
    os.makedirs(outdir, exist_ok=True)
    docx = []
    for size in map(int, argv[2:]):
        path = os.path.join(outdir, "plan-%d.docx" % size)
        write_docx(plan(size), path)
        docx.append(path)
        odt = path[:-len(".docx")] + ".odt"
        if os.path.exists(odt):
            os.remove(odt)  # never let a stale .odt hide a failed conversion
    work = tempfile.mkdtemp(prefix="eqplan-bench-")
    try:
        log = run_soffice(find_soffice(), os.path.join(work, "profile"),
                          ["--convert-to", "odt", "--outdir", outdir] + docx)
        for path in docx:
            check_output(path[:-len(".docx")] + ".odt", 1, log)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("make_plans.py: %d plans written to %s" % (len(docx), outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
