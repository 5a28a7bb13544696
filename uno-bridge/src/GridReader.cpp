#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "AcceptedText.hpp"
#include "ControllerLock.hpp"
#include "TextDocuments.hpp"
#include "eqplan/odf/TableGrid.hpp"
#include "TemporaryDirectory.hpp"
#include "eqplan/odf/FlatOdf.hpp"
#include "eqplan/bridge/FlatOdfExport.hpp"

#include <com/sun/star/awt/FontWeight.hpp>
#include <com/sun/star/beans/XMultiPropertySet.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/container/XNamed.hpp>
#include <com/sun/star/document/XDocumentProperties.hpp>
#include <com/sun/star/document/XDocumentPropertiesSupplier.hpp>
#include <com/sun/star/frame/XModel.hpp>
#include <com/sun/star/style/XStyleFamiliesSupplier.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/TableColumnSeparator.hpp>
#include <com/sun/star/text/XParagraphCursor.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/beans/UnknownPropertyException.hpp>

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

using namespace css;
using rtl::OUString;

namespace eqplan::bridge
{
namespace
{
// What readParagraph asks each paragraph for in one call (getPropertyValues wants the names
// sorted).
const uno::Sequence<rtl::OUString>& paragraphPropertyNames()
{
    static const rtl::OUString nameList[] = {"ListLabelString", "NumberingIsNumber", "OutlineLevel",
                                             "ParaStyleName"};
    static const uno::Sequence<rtl::OUString> names(nameList, 4);
    return names;
}

bool isBold(const uno::Reference<beans::XPropertySet>& start)
{
    float weight = 0;
    return start.is() && (start->getPropertyValue("CharWeight") >>= weight) &&
           weight >= awt::FontWeight::BOLD;
}

// A paragraph's label, style and outline level; its text and weight are read apart.
void readParagraphProperties(const uno::Reference<text::XTextRange>& range, Paragraph& paragraph)
{
    uno::Reference<beans::XMultiPropertySet> properties(range, uno::UNO_QUERY);
    if (!properties.is())
        return;
    const uno::Sequence<uno::Any> values = properties->getPropertyValues(paragraphPropertyNames());
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

Paragraph readParagraph(const uno::Reference<text::XTextRange>& range)
{
    Paragraph paragraph;
    paragraph.text = toUtf8(range->getString());
    readParagraphProperties(range, paragraph);
    // The paragraph's own CharWeight ignores bold runs; the weight at its start does not.
    paragraph.bold = isBold(uno::Reference<beans::XPropertySet>(range->getStart(), uno::UNO_QUERY));
    return paragraph;
}

// A paragraph as accepting the pending tracked changes would leave it.
Paragraph readAccepted(const AcceptedParagraph& accepted)
{
    Paragraph paragraph;
    paragraph.text = toUtf8(accepted.text);
    readParagraphProperties(accepted.shownRange(), paragraph);
    paragraph.bold = isBold(
        uno::Reference<beans::XPropertySet>(accepted.shownRange()->getStart(), uno::UNO_QUERY));
    paragraph.tracked = accepted.tracked;
    return paragraph;
}

// Consecutive paragraphs of one text, each read as accepting its tracked changes leaves it.
std::vector<Paragraph>
readAcceptedParagraphs(const std::vector<uno::Reference<text::XTextRange>>& ranges)
{
    std::vector<Paragraph> paragraphs;
    for (const AcceptedParagraph& accepted : acceptedParagraphs(ranges, true))
        paragraphs.push_back(readAccepted(accepted));
    return paragraphs;
}

// The paragraphs of a text (the body, a cell...), skipping nested tables; `tracked`: the
// document has pending tracked changes.
std::vector<Paragraph> readParagraphs(const uno::Reference<uno::XInterface>& text, bool tracked)
{
    if (tracked)
        return readAcceptedParagraphs(paragraphRanges(text));
    std::vector<Paragraph> paragraphs;
    for (const uno::Reference<text::XTextRange>& range : paragraphRanges(text))
        paragraphs.push_back(readParagraph(range));
    return paragraphs;
}

// UTF-8 of `length` UTF-16 units, as toUtf8 converts them; most of a plan's text is ASCII, which
// is copied without toUtf8's intermediate OString.
std::string utf8Of(const sal_Unicode* text, sal_Int32 length)
{
    std::string out(static_cast<std::size_t>(length), '\0');
    for (sal_Int32 i = 0; i < length; ++i)
    {
        if (text[i] >= 0x80)
            return toUtf8(rtl::OUString(text, length));
        out[static_cast<std::size_t>(i)] = static_cast<char>(text[i]);
    }
    return out;
}

// A paragraph's style name in UTF-8; the paragraphs of a table mostly share one style, which is
// converted once.
class StyleNames
{
public:
    const std::string& utf8(const rtl::OUString& style)
    {
        if (!m_bConverted || style != m_aLast)
        {
            m_aLast = style;
            m_aLastUtf8 = utf8Of(style.getStr(), style.getLength());
            m_bConverted = true;
        }
        return m_aLastUtf8;
    }

private:
    bool m_bConverted = false;
    rtl::OUString m_aLast;
    std::string m_aLastUtf8;
};

// Fills `paragraph` from the values of cursorPropertyNames().
void takeCursorValues(const uno::Sequence<uno::Any>& values, Paragraph& paragraph,
                      StyleNames& styles)
{
    float weight = 0;
    rtl::OUString label;
    bool numbered = false;
    sal_Int16 outline = 0;
    rtl::OUString style;
    values[0] >>= weight;
    values[1] >>= label;
    values[2] >>= numbered;
    values[3] >>= outline;
    values[4] >>= style;
    paragraph.bold = weight >= awt::FontWeight::BOLD;
    paragraph.listLabel = utf8Of(label.getStr(), label.getLength());
    if (paragraph.listLabel.empty() && numbered)
        paragraph.listLabel = "\xE2\x80\xA2";
    paragraph.outlineLevel = outline;
    paragraph.style = styles.utf8(style);
}

// What a cursor at a paragraph's start is asked for: the paragraph's properties and the weight
// there, in one call (sorted, as getPropertyValues wants).
const uno::Sequence<rtl::OUString>& cursorPropertyNames()
{
    static const rtl::OUString nameList[] = {"CharWeight", "ListLabelString", "NumberingIsNumber",
                                             "OutlineLevel", "ParaStyleName"};
    static const uno::Sequence<rtl::OUString> names(nameList, 5);
    return names;
}

// The paragraphs of a table cell without a nested table, read with one cursor stepping from
// paragraph to paragraph (a collapsed cursor at a paragraph's start reports the paragraph's
// properties and the weight of its first character, as its start range would) and the cell's
// text in one getString cut at its paragraph breaks. Nothing when the two do not agree (a line
// break inside a paragraph gives more lines than paragraphs), for the caller to read paragraph
// by paragraph. It creates no object per paragraph, which is what makes the in-process read fast
// ([bench]): a paragraph's own getString runs Writer's whole plain-text export.
std::optional<std::vector<Paragraph>>
walkCellParagraphs(const uno::Reference<uno::XInterface>& cell, StyleNames& styles)
{
    uno::Reference<text::XText> text(cell, uno::UNO_QUERY);
    if (!text.is())
        return std::nullopt;
    uno::Reference<text::XParagraphCursor> cursor(text->createTextCursor(), uno::UNO_QUERY);
    uno::Reference<beans::XMultiPropertySet> properties(cursor, uno::UNO_QUERY);
    if (!cursor.is() || !properties.is())
        return std::nullopt;
    // The cell's text as its own getString gives it (a cursor at its start selecting to its end),
    // with the cursor the walk then uses rather than one more.
    cursor->gotoEnd(true);
    const rtl::OUString cellText = cursor->getString();
    cursor->collapseToStart();
    const sal_Unicode* chars = cellText.getStr();
    const sal_Int32 length = cellText.getLength();
    const std::size_t lines =
        static_cast<std::size_t>(std::count(chars, chars + length, u'\n')) + 1;
    std::vector<Paragraph> paragraphs;
    paragraphs.reserve(lines);
    try
    {
        do
        {
            paragraphs.emplace_back();
            takeCursorValues(properties->getPropertyValues(cursorPropertyNames()),
                             paragraphs.back(), styles);
        } while (cursor->gotoNextParagraph(false));
    }
    catch (const beans::UnknownPropertyException&)
    {
        return std::nullopt;
    }
    if (lines != paragraphs.size())
        return std::nullopt;
    sal_Int32 from = 0;
    for (Paragraph& paragraph : paragraphs)
    {
        sal_Int32 end = from;
        while (end < length && chars[end] != '\n')
            ++end;
        paragraph.text = utf8Of(chars + from, end - from);
        from = end + 1;
    }
    return paragraphs;
}

// "#rrggbb" of a cell's BackColor, as the flat ODF reader writes it; empty for none (-1, or a
// colour with transparency).
std::string shadingOf(sal_Int32 color)
{
    if (color < 0 || color > 0xFFFFFF)
        return {};
    static const char digits[] = "0123456789abcdef";
    std::string out = "#";
    for (int shift = 20; shift >= 0; shift -= 4)
        out += digits[(color >> shift) & 0xF];
    return out;
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

// `flat`: the document has no table inside a table, so a cell's text is its own paragraphs;
// `tracked`: it has pending tracked changes, so a cell's text is read portion by portion.
Table readTable(const uno::Reference<text::XTextTable>& table, bool flat, bool tracked)
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
        static const rtl::OUString separatorsName("TableColumnSeparators");
        row->getPropertyValue(separatorsName) >>= separators;
        std::vector<int>& boundaries = rowBoundaries[static_cast<std::size_t>(r)];
        boundaries.push_back(0);
        for (const text::TableColumnSeparator& separator : separators)
            boundaries.push_back(separator.Position);
        boundaries.push_back(relativeSum);
    }
    const std::vector<int> grid = odf::columnGrid(rowBoundaries, relativeSum);
    out.columns = static_cast<int>(grid.size()) - 1;

    const uno::Sequence<rtl::OUString> names = table->getCellNames();
    out.cells.reserve(static_cast<std::size_t>(names.getLength()));
    StyleNames styles;
    static const rtl::OUString rowSpanName("RowSpan");
    static const rtl::OUString backColorName("BackColor");
    for (const rtl::OUString& name : names)
    {
        Cell cell;
        cell.name = utf8Of(name.getStr(), name.getLength());
        int index = 0;
        if (!parseCellName(cell.name, index, cell.row) || cell.row >= out.rows)
            continue;
        const std::vector<int>& boundaries = rowBoundaries[static_cast<std::size_t>(cell.row)];
        if (index + 1 >= static_cast<int>(boundaries.size()))
            continue;
        const odf::GridPlace place = odf::placeOnGrid(grid, boundaries[static_cast<std::size_t>(index)],
                                            boundaries[static_cast<std::size_t>(index) + 1]);
        cell.column = place.column;
        cell.columnSpan = place.columnSpan;

        uno::Reference<uno::XInterface> xCell(table->getCellByName(name), uno::UNO_QUERY_THROW);
        const uno::Reference<beans::XPropertySet> cellProperties(xCell, uno::UNO_QUERY_THROW);
        sal_Int32 rowSpan = 1;
        cellProperties->getPropertyValue(rowSpanName) >>= rowSpan;
        if (rowSpan < 1)
            continue; // covered by a cell merged down from above
        // A cell (unlike a paragraph) has no XMultiPropertySet: its background is one more call.
        sal_Int32 backColor = -1;
        cellProperties->getPropertyValue(backColorName) >>= backColor;
        cell.shading = shadingOf(backColor);
        cell.rowSpan = std::min<int>(rowSpan, out.rows - cell.row);
        std::optional<std::vector<Paragraph>> walked;
        if (flat && !tracked)
            walked = walkCellParagraphs(xCell, styles);
        cell.paragraphs = walked ? std::move(*walked) : readParagraphs(xCell, tracked);
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
// The page style a body element starts a page with ("PageDescName"); the first element starts
// the document's first page, in "Standard" where it names none. Empty if none. (Its
// "PageStyleName" would ask Writer's layout, which a document loaded without a view has not.)
std::string pageStyleOf(const uno::Reference<uno::XInterface>& element, bool first)
{
    rtl::OUString name;
    if (uno::Reference<beans::XPropertySet> properties{element, uno::UNO_QUERY}; properties.is())
        try
        {
            properties->getPropertyValue("PageDescName") >>= name;
        }
        catch (const beans::UnknownPropertyException&)
        {
        }
    return name.isEmpty() && first ? std::string("Standard") : toUtf8(name);
}

// The header and footer paragraphs of the page styles `used` (in that order, each followed by
// the styles its pages are followed by), as core reads them: each variant (every page, left,
// first) of each style, empty paragraphs and texts already seen left out.
void readPageTexts(const uno::Reference<lang::XComponent>& document, std::vector<std::string> used,
                   bool tracked, DocumentGrid& grid)
{
    uno::Reference<style::XStyleFamiliesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is() || used.empty())
        return;
    uno::Reference<container::XNameAccess> styles;
    supplier->getStyleFamilies()->getByName("PageStyles") >>= styles;
    if (!styles.is())
        return;
    std::vector<uno::Reference<beans::XPropertySet>> pages;
    for (std::size_t i = 0; i < used.size(); ++i)
    {
        const rtl::OUString name = fromUtf8(used[i]);
        uno::Reference<beans::XPropertySet> page;
        if (!styles->hasByName(name) || !(styles->getByName(name) >>= page))
            continue;
        pages.push_back(page);
        rtl::OUString follow;
        page->getPropertyValue("FollowStyle") >>= follow;
        if (follow.isEmpty() || follow == name)
            continue;
        if (std::string next = toUtf8(follow);
            std::find(used.begin(), used.end(), next) == used.end())
            used.push_back(std::move(next));
    }
    const auto take = [&](std::vector<Paragraph>& out, const char* on, const char* shared,
                          const char* firstShared, const char* text, const char* left,
                          const char* first)
    {
        const auto flag = [](const uno::Reference<beans::XPropertySet>& page, const char* name)
        {
            bool value = false;
            page->getPropertyValue(OUString::createFromAscii(name)) >>= value;
            return value;
        };
        for (const uno::Reference<beans::XPropertySet>& page : pages)
        {
            if (!flag(page, on))
                continue;
            std::vector<const char*> parts{text};
            if (!flag(page, shared))
                parts.push_back(left);
            if (!flag(page, firstShared))
                parts.push_back(first);
            for (const char* part : parts)
            {
                uno::Reference<uno::XInterface> partText;
                page->getPropertyValue(OUString::createFromAscii(part)) >>= partText;
                if (!partText.is())
                    continue;
                for (Paragraph& paragraph : readParagraphs(partText, tracked))
                    if (!paragraph.empty() && std::none_of(out.begin(), out.end(),
                                                           [&](const Paragraph& seen)
                                                           { return seen.text == paragraph.text; }))
                        out.push_back(std::move(paragraph));
            }
        }
    };
    take(grid.pageHeaders, "HeaderIsOn", "HeaderIsShared", "FirstIsShared", "HeaderText",
         "HeaderTextLeft", "HeaderTextFirst");
    take(grid.pageFooters, "FooterIsOn", "FooterIsShared", "FirstIsShared", "FooterText",
         "FooterTextLeft", "FooterTextFirst");
}
} // namespace

DocumentGrid readGrid(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<text::XTextDocument> textDocument(document, uno::UNO_QUERY);
    if (!textDocument.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));

    const ControllerLock lock(document);
    DocumentGrid grid;
    if (uno::Reference<document::XDocumentPropertiesSupplier> supplier{document, uno::UNO_QUERY};
        supplier.is())
        grid.title = toUtf8(supplier->getDocumentProperties()->getTitle());
    grid.columnAssignments = readDocumentData(document, columnsProperty).value_or("");

    // Every table of the document, nested ones too, against the body's own below.
    sal_Int32 allTables = -1;
    if (uno::Reference<text::XTextTablesSupplier> supplier{document, uno::UNO_QUERY}; supplier.is())
        if (uno::Reference<container::XIndexAccess> tables{supplier->getTextTables(),
                                                           uno::UNO_QUERY};
            tables.is())
            allTables = tables->getCount();
    std::vector<uno::Reference<text::XTextTable>> bodyTables;
    std::vector<std::vector<Paragraph>> befores;
    const bool tracked = hasTrackedChanges(document);

    std::vector<Paragraph> pending;
    // With tracked changes, the body's paragraphs between two tables are read together: a
    // deleted paragraph break joins two of them.
    std::vector<uno::Reference<text::XTextRange>> pendingRanges;
    const auto takePending = [&]
    {
        if (tracked)
            pending = readAcceptedParagraphs(pendingRanges);
        pendingRanges.clear();
    };
    uno::Reference<container::XEnumerationAccess> body(textDocument->getText(),
                                                       uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = body->createEnumeration();
    // The page styles the body uses, in the order it first uses them: one property a body
    // element (few: a plan's text is in its tables), no layout needed.
    std::vector<std::string> pageStyles;
    while (elements->hasMoreElements())
    {
        uno::Reference<uno::XInterface> element(elements->nextElement(), uno::UNO_QUERY);
        if (std::string page = pageStyleOf(element, pageStyles.empty());
            !page.empty() &&
            std::find(pageStyles.begin(), pageStyles.end(), page) == pageStyles.end())
            pageStyles.push_back(std::move(page));
        if (uno::Reference<text::XTextTable> table{element, uno::UNO_QUERY}; table.is())
        {
            takePending();
            bodyTables.push_back(table);
            befores.push_back(std::move(pending));
            pending.clear();
        }
        else if (uno::Reference<text::XTextRange> range{element, uno::UNO_QUERY}; range.is())
        {
            if (tracked)
                pendingRanges.push_back(range);
            else
                pending.push_back(readParagraph(range));
        }
    }
    takePending();
    grid.after = std::move(pending);
    const bool flat = allTables == static_cast<sal_Int32>(bodyTables.size());
    for (std::size_t i = 0; i < bodyTables.size(); ++i)
    {
        grid.tables.push_back(readTable(bodyTables[i], flat, tracked));
        grid.tables.back().before = std::move(befores[i]);
    }
    readPageTexts(document, std::move(pageStyles), tracked, grid);
    return grid;
}

std::vector<Paragraph> readCell(const uno::Reference<lang::XComponent>& document,
                                const std::string& table, const std::string& cell)
{
    const uno::Reference<text::XTextTable> xTable = tableNamed(document, table);
    uno::Reference<uno::XInterface> xCell;
    if (xTable.is())
        xCell.set(xTable->getCellByName(fromUtf8(cell)), uno::UNO_QUERY);
    if (!xCell.is())
        throw Error(Error::Kind::Stale,
                    keyed("errorNoCellInTable", "The document has no cell {0} in table {1}.",
                          {cell, table}));
    const ControllerLock lock(document);
    if (hasTrackedChanges(document))
        return readParagraphs(xCell, true);
    // A nested table in this cell shows in its paragraphs; the cursor walk would read its text.
    uno::Reference<container::XEnumerationAccess> access(xCell, uno::UNO_QUERY_THROW);
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    while (elements->hasMoreElements())
        if (uno::Reference<text::XTextTable>(elements->nextElement(), uno::UNO_QUERY).is())
            return readParagraphs(xCell, false);
    StyleNames styles;
    std::optional<std::vector<Paragraph>> walked = walkCellParagraphs(xCell, styles);
    return walked ? std::move(*walked) : readParagraphs(xCell, false);
}

std::vector<TableShape> readTablesShape(const uno::Reference<lang::XComponent>& document)
{
    uno::Reference<text::XTextTablesSupplier> supplier(document, uno::UNO_QUERY);
    if (!supplier.is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    uno::Reference<container::XIndexAccess> tables(supplier->getTextTables(), uno::UNO_QUERY_THROW);
    std::vector<TableShape> shape;
    for (sal_Int32 i = 0, count = tables->getCount(); i < count; ++i)
    {
        uno::Reference<text::XTextTable> table(tables->getByIndex(i), uno::UNO_QUERY_THROW);
        TableShape one;
        if (uno::Reference<container::XNamed> named{table, uno::UNO_QUERY}; named.is())
            one.name = toUtf8(named->getName());
        one.rows = table->getRows()->getCount();
        shape.push_back(std::move(one));
    }
    return shape;
}

int rowCellCount(const uno::Reference<lang::XComponent>& document, const std::string& table,
                 int row)
{
    const uno::Reference<text::XTextTable> xTable = tableNamed(document, table);
    if (!xTable.is())
        throw Error(Error::Kind::Stale,
                    keyed("errorNoTable", "The document has no table {0}.", {table}));
    uno::Reference<container::XIndexAccess> rows(xTable->getRows(), uno::UNO_QUERY_THROW);
    if (row < 0 || row >= rows->getCount())
        throw Error(Error::Kind::Stale,
                    keyed("errorNoRow", "{0} has no row {1}.", {table, std::to_string(row + 1)}));
    // A row of n cells has n - 1 separators between them.
    uno::Sequence<text::TableColumnSeparator> separators;
    uno::Reference<beans::XPropertySet>(rows->getByIndex(row), uno::UNO_QUERY_THROW)
        ->getPropertyValue("TableColumnSeparators") >>= separators;
    return separators.getLength() + 1;
}

DocumentGrid readDocument(const uno::Reference<lang::XComponent>& document, ReadMethod method)
{
    if (method == ReadMethod::Uno)
        return readGrid(document);
    if (method == ReadMethod::InOffice)
        throw std::invalid_argument("readDocument: ReadMethod::InOffice needs the office the "
                                    "document is open in");
    if (!uno::Reference<text::XTextDocument>(document, uno::UNO_QUERY).is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    TemporaryDirectory directory;
    const std::filesystem::path file = directory.path() / "document.fodt";
    exportFlatOdf(document, file);
    odf::FlatOdfResult result = odf::readFlatOdf(file);
    if (!result)
        throw Error(Error::Kind::Office,
                    keyed("errorExportUnreadable",
                          "The document exported by LibreOffice could not be read: {0}",
                          std::vector<Message>{result.words}));
    return std::move(result.grid);
}
} // namespace eqplan::bridge
