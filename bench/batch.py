"""./dev bench, many plans in one run (issue 19, item 2): times `eqplan inspect` over a folder of
40 plans against LibreOffice's own cost of them, the sum of its bare loads of the 40 files plus
one office start, and `--jobs 2` against `--jobs 1`, all in the same run.

    /usr/bin/python3 bench/batch.py        (after ./dev build; EQPLAN_BUILD names another build)

Targets: one run <= 1.2 x (sum of bare loads + one office start); --jobs 2 faster than --jobs 1.
"""

import pathlib
import shutil
import subprocess
import sys
import tempfile
import time

from run import BUILD, OUT, ROOT, Office, command_ms, load, log, median

PLANS = 40
REPETITIONS = 3  # interleaved, medians taken: the machine is shared
SIZE = 10  # objectives a plan: a school's plan has a handful to a dozen
TARGET_BATCH_VS_LOADS = 1.2


def make_folder(work):
    """40 plans, half .docx and half .odt, made by bench/make_plans.py."""
    made = OUT / "plans"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_plans.py"), str(made), str(SIZE)],
                   check=True)
    folder = work / "plans"
    folder.mkdir()
    for i in range(PLANS):
        extension = "docx" if i % 2 == 0 else "odt"
        shutil.copy(made / ("plan-%d.%s" % (SIZE, extension)),
                    folder / ("school-%02d.%s" % (i + 1, extension)))
    return folder


def bare_cost_ms(work, folder):
    """One office start (until it answers) plus LibreOffice's bare load and close of each plan."""
    start = time.perf_counter()
    office = Office(work)
    started_ms = (time.perf_counter() - start) * 1000.0
    try:
        loads_ms = 0.0
        for plan in sorted(folder.iterdir()):
            start = time.perf_counter()
            document = load(office, plan)
            document.close(True)
            loads_ms += (time.perf_counter() - start) * 1000.0
    finally:
        office.close()
    return started_ms, loads_ms


def main():
    work = pathlib.Path(tempfile.mkdtemp(prefix="eqplan-batch-bench-"))
    try:
        folder = make_folder(work)
        eqplan = str(BUILD / "bin" / "eqplan")
        starts, loads, ones, twos = [], [], [], []
        for repetition in range(REPETITIONS):
            log("repetition %d of %d: LibreOffice's bare loads of %d plans and one office start, "
                "then eqplan inspect over the folder with --jobs 1 and --jobs 2"
                % (repetition + 1, REPETITIONS, PLANS))
            started_ms, loads_ms = bare_cost_ms(work / ("profile-%d" % repetition), folder)
            starts.append(started_ms)
            loads.append(loads_ms)
            ones.append(command_ms([eqplan, "inspect", "--jobs", "1", str(folder)]))
            twos.append(command_ms([eqplan, "inspect", "--jobs", "2", str(folder)]))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    started_ms, loads_ms, one_ms, two_ms = map(median, (starts, loads, ones, twos))
    bare_ms = started_ms + loads_ms
    ratio = one_ms / bare_ms
    print("\nMany plans in one run: %d plans of %d objectives (half .docx, half .odt), medians of %d"
          % (PLANS, SIZE, REPETITIONS))
    print("  office start %8.0f ms" % started_ms)
    print("  bare loads   %8.0f ms (sum of %d)" % (loads_ms, PLANS))
    print("  inspect      %8.0f ms (--jobs 1)  %.2fx start + loads" % (one_ms, ratio))
    print("  inspect      %8.0f ms (--jobs 2)  %.2fx --jobs 1" % (two_ms, two_ms / one_ms))
    print("  %s one run <= %.1fx (start + loads): %.2fx"
          % ("met   " if ratio <= TARGET_BATCH_VS_LOADS else "MISSED", TARGET_BATCH_VS_LOADS,
             ratio))
    print("  %s --jobs 2 faster than --jobs 1: %.0f ms vs %.0f ms"
          % ("met   " if two_ms < one_ms else "MISSED", two_ms, one_ms))


if __name__ == "__main__":
    main()
