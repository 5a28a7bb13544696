#include "eqplan/bridge/GridReader.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "TextDocuments.hpp"
#include "TableGrid.hpp"
#include "TemporaryDirectory.hpp"
#include "eqplan/bridge/FlatOdf.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <algorithm>
#include <cmath>

using namespace css;
using rtl::OUString;

namespace eqplan::bridge
{
namespace
{
Paragraph readParagraph(const uno::Reference<text::XTextRange>& range)
{
    Paragraph paragraph;
    paragraph.text = toUtf8(range->getString());
    // getPropertyValues wants the names sorted.
    static const rtl::OUString nameList[] = {"ListLabelString", "NumberingIsNumber", "OutlineLevel",
                                             "ParaStyleName"};
    static const uno::Sequence<rtl::OUString> names(nameList, 4);
    uno::Reference<beans::XMultiPropertySet> properties(range, uno::UNO_QUERY);
    if (properties.is())
    {
        const uno::Sequence<uno::Any> values = properties->getPropertyValues(names);
        rtl::OUString label;
        bool numbered = false;
        sal_Int16 outline = 0;
        rtl::OUString style;
        values[0] >>= label;
        values[1] >>= numbered;
        values[2] >>= outline;
        values[3] >>= style;
        paragraph.listLabel = toUtf8(label);
        // A bullet list shows its bullet but reports no label string.
        if (paragraph.listLabel.empty() && numbered)
            paragraph.listLabel = "\xE2\x80\xA2";
        paragraph.outlineLevel = outline;
        paragraph.style = toUtf8(style);
    }
    // The paragraph's own CharWeight ignores bold runs; the weight at its start does not.
    uno::Reference<beans::XPropertySet> start(range->getStart(), uno::UNO_QUERY);
    float weight = 0;
    if (start.is() && (start->getPropertyValue("CharWeight") >>= weight))
        paragraph.bold = weight >= awt::FontWeight::BOLD;
    return paragraph;
}

// The paragraphs of a text (a cell, the body...), skipping nested tables.
std::vector<Paragraph> readParagraphs(const uno::Reference<uno::XInterface>& text)
{
    std::vector<Paragraph> paragraphs;
    for (const uno::Reference<text::XTextRange>& range : paragraphRanges(text))
        paragraphs.push_back(readParagraph(range));
    return paragraphs;
}

// "B12" → column 1, row 11. Writer counts columns A..Z, a..z, AA...; a name with a '.' is a cell
// split inside another and has no place on the grid.
bool parseCellName(std::string_view name, int& column, int& row)
{
    std::size_t i = 0;
    long value = 0;
    for (; i < name.size() && std::isalpha(static_cast<unsigned char>(name[i])); ++i)
    {
        const char c = name[i];
        value = value * 52 + (c >= 'a' ? c - 'a' + 26 : c - 'A') + 1;
    }
    if (i == 0 || i == name.size())
        return false;
    long number = 0;
    for (; i < name.size(); ++i)
    {
        if (!std::isdigit(static_cast<unsigned char>(name[i])))
            return false;
        number = number * 10 + (name[i] - '0');
    }
    column = static_cast<int>(value - 1);
    row = static_cast<int>(number - 1);
    return row >= 0;
}

Table readTable(const uno::Reference<text::XTextTable>& table)
{
    Table out;
    if (uno::Reference<container::XNamed> named{table, uno::UNO_QUERY}; named.is())
        out.name = toUtf8(named->getName());

    uno::Reference<beans::XPropertySet> tableProperties(table, uno::UNO_QUERY_THROW);
    sal_Int16 relativeSum = 10000;
    tableProperties->getPropertyValue("TableColumnRelativeSum") >>= relativeSum;

    // Each row's cell boundaries; the grid's columns are all of them together.
    uno::Reference<container::XIndexAccess> rows(table->getRows(), uno::UNO_QUERY_THROW);
    out.rows = rows->getCount();
    std::vector<std::vector<int>> rowBoundaries(static_cast<std::size_t>(out.rows));
    for (int r = 0; r < out.rows; ++r)
    {
        uno::Reference<beans::XPropertySet> row(rows->getByIndex(r), uno::UNO_QUERY_THROW);
        uno::Sequence<text::TableColumnSeparator> separators;
        row->getPropertyValue("TableColumnSeparators") >>= separators;
        std::vector<int>& boundaries = rowBoundaries[static_cast<std::size_t>(r)];
        boundaries.push_back(0);
        for (const text::TableColumnSeparator& separator : separators)
            boundaries.push_back(separator.Position);
        boundaries.push_back(relativeSum);
    }
    const std::vector<int> grid = columnGrid(rowBoundaries, relativeSum);
    out.columns = static_cast<int>(grid.size()) - 1;

    for (const rtl::OUString& name : table->getCellNames())
    {
        Cell cell;
        cell.name = toUtf8(name);
        int index = 0;
        if (!parseCellName(cell.name, index, cell.row) || cell.row >= out.rows)
            continue;
        const std::vector<int>& boundaries = rowBoundaries[static_cast<std::size_t>(cell.row)];
        if (index + 1 >= static_cast<int>(boundaries.size()))
            continue;
        const GridPlace place = placeOnGrid(grid, boundaries[static_cast<std::size_t>(index)],
                                            boundaries[static_cast<std::size_t>(index) + 1]);
        cell.column = place.column;
        cell.columnSpan = place.columnSpan;

        uno::Reference<uno::XInterface> xCell(table->getCellByName(name), uno::UNO_QUERY_THROW);
        sal_Int32 rowSpan = 1;
        uno::Reference<beans::XPropertySet>(xCell, uno::UNO_QUERY_THROW)
            ->getPropertyValue("RowSpan") >>= rowSpan;
        if (rowSpan < 1)
            continue; // covered by a cell merged down from above
        cell.rowSpan = std::min<int>(rowSpan, out.rows - cell.row);
        cell.paragraphs = readParagraphs(xCell);
        out.cells.push_back(std::move(cell));
    }
    std::sort(out.cells.begin(), out.cells.end(),
              [](const Cell& a, const Cell& b)
              { return a.row != b.row ? a.row < b.row : a.column < b.column; });

    bool repeat = false;
    sal_Int32 headerRows = 0;
    tableProperties->getPropertyValue("RepeatHeadline") >>= repeat;
    tableProperties->getPropertyValue("HeaderRowCount") >>= headerRows;
    out.repeatedHeaderRows = repeat ? std::min<int>(headerRows, out.rows) : 0;
    return out;
}
} // namespace

DocumentGrid readGrid(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<text::XTextDocument> textDocument(document, uno::UNO_QUERY);
    if (!textDocument.is())
        throw Error(Error::Kind::NotReadable, "This is not a text document.");

    DocumentGrid grid;
    if (uno::Reference<document::XDocumentPropertiesSupplier> supplier{document, uno::UNO_QUERY};
        supplier.is())
        grid.title = toUtf8(supplier->getDocumentProperties()->getTitle());

    std::vector<Paragraph> pending;
    uno::Reference<container::XEnumerationAccess> body(textDocument->getText(),
                                                       uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = body->createEnumeration();
    while (elements->hasMoreElements())
    {
        uno::Reference<uno::XInterface> element(elements->nextElement(), uno::UNO_QUERY);
        if (uno::Reference<text::XTextTable> table{element, uno::UNO_QUERY}; table.is())
        {
            grid.tables.push_back(readTable(table));
            grid.tables.back().before = std::move(pending);
            pending.clear();
        }
        else if (uno::Reference<text::XTextRange> range{element, uno::UNO_QUERY}; range.is())
        {
            pending.push_back(readParagraph(range));
        }
    }
    grid.after = std::move(pending);
    return grid;
}

DocumentGrid readDocument(const uno::Reference<lang::XComponent>& document, ReadMethod method)
{
    if (method == ReadMethod::Uno)
        return readGrid(document);
    if (!uno::Reference<text::XTextDocument>(document, uno::UNO_QUERY).is())
        throw Error(Error::Kind::NotReadable, "This is not a text document.");
    TemporaryDirectory directory;
    const std::filesystem::path file = directory.path() / "document.fodt";
    exportFlatOdf(document, file);
    FlatOdfResult result = readFlatOdf(file);
    if (!result)
        throw Error(Error::Kind::Office,
                    "The document exported by LibreOffice could not be read: " + result.error);
    return std::move(result.grid);
}
} // namespace eqplan::bridge
