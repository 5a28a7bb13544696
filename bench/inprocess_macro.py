# A plain Python macro, run INSIDE soffice through the Python script provider: reads every
# paragraph of every table cell with its list label, cell by cell. It is the "limit":
# what any in-process reader of the same document must at least do. bench/run.py copies it into
# the office profile's Scripts/python folder.
import threading
import time

import uno
import unohelper
from com.sun.star.awt import XCallback


def read_paragraphs(model, repetitions=1):
    """Returns one wall time in ms per repetition, then the number of paragraphs read."""
    times, count = [], 0
    for _ in range(int(repetitions)):
        start = time.perf_counter()
        count = 0
        tables = model.getTextTables()
        for t in range(tables.getCount()):
            table = tables.getByIndex(t)
            for name in table.getCellNames():
                paragraphs = table.getCellByName(name).getText().createEnumeration()
                while paragraphs.hasMoreElements():
                    paragraph = paragraphs.nextElement()
                    if paragraph.supportsService("com.sun.star.text.Paragraph"):
                        paragraph.getString()
                        paragraph.getPropertyValue("ListLabelString")
                        count += 1
        times.append((time.perf_counter() - start) * 1000.0)
    return tuple(times) + (count,)


class _OnMainThread(unohelper.Base, XCallback):
    """Runs read_paragraphs where eqplan's ReadTimer runs its read: on the office's main thread,
    which holds the SolarMutex every call into Writer takes."""

    def __init__(self, model, repetitions):
        self.model, self.repetitions = model, repetitions
        self.done = threading.Event()
        self.result, self.error = None, None

    def notify(self, data):
        try:
            self.result = read_paragraphs(self.model, self.repetitions)
        except Exception as e:  # noqa: BLE001 - handed back to the waiting caller
            self.error = e
        self.done.set()


def read_paragraphs_on_main_thread(model, repetitions=1):
    """read_paragraphs on the office's main thread (posted there with AsyncCallback), as the
    ReadTimer reads: a remote caller's thread would contend with it for the SolarMutex."""
    ctx = uno.getComponentContext()
    job = _OnMainThread(model, repetitions)
    ctx.ServiceManager.createInstanceWithContext("com.sun.star.awt.AsyncCallback",
                                                 ctx).addCallback(job, None)
    if not job.done.wait(1800):
        raise RuntimeError("the office's main thread did not run the macro")
    if job.error is not None:
        raise job.error
    return job.result


g_exportedScripts = (read_paragraphs, read_paragraphs_on_main_thread)
