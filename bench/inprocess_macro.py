# A plain Python macro, run INSIDE soffice through the Python script provider: reads every
# paragraph of every table cell with its list label, cell by cell. It is the "limit":
# what any in-process reader of the same document must at least do. bench/run.py copies it into
# the office profile's Scripts/python folder.
import time


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


g_exportedScripts = (read_paragraphs,)
