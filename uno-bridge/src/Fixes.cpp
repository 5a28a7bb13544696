#include "eqplan/bridge/Fixes.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "AcceptedText.hpp"
#include "TextDocuments.hpp"

#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XIndexAccess.hpp>
#include <com/sun/star/container/XNameAccess.hpp>
#include <com/sun/star/document/XUndoManagerSupplier.hpp>
#include <com/sun/star/table/XCellRange.hpp>
#include <com/sun/star/table/XTableColumns.hpp>
#include <com/sun/star/table/XTableRows.hpp>
#include <com/sun/star/text/ControlCharacter.hpp>
#include <com/sun/star/text/XText.hpp>
#include <com/sun/star/text/XTextCursor.hpp>
#include <com/sun/star/text/XTextTable.hpp>
#include <com/sun/star/text/XTextTablesSupplier.hpp>
#include <com/sun/star/uno/Exception.hpp>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

using namespace css;

namespace eqplan::bridge
{
namespace
{
using Range = uno::Reference<text::XTextRange>;

// A table, row or cell no longer as the grid has it; `message` says which.
[[noreturn]] void notAsRead(Message message)
{
    throw Error(Error::Kind::Stale, std::move(message));
}

// Cell `name` (as "Cell A2") is not as read.
[[noreturn]] void cellNotAsRead(const std::string& name)
{
    notAsRead(keyed("errorCellChanged",
                    "Cell {0} is not as eqplan read it (was it changed meanwhile?); nothing was "
                    "changed.",
                    {name}));
}

// The document's tables by the names the grid gives them.
class Tables
{
public:
    Tables(const uno::Reference<lang::XComponent>& document, const DocumentGrid& grid)
        : m_grid(grid)
    {
        uno::Reference<text::XTextTablesSupplier> supplier(document, uno::UNO_QUERY_THROW);
        m_xTables = supplier->getTextTables();
    }

    const Table& grid(int index) const
    {
        if (index < 0 || index >= static_cast<int>(m_grid.tables.size()))
            notAsRead(keyed("errorTableNumberChanged",
                            "Table {0} is not as eqplan read it (was it changed meanwhile?); "
                            "nothing was changed.",
                            {std::to_string(index + 1)}));
        return m_grid.tables[static_cast<std::size_t>(index)];
    }

    uno::Reference<text::XTextTable> table(int index) const
    {
        const Table& wanted = grid(index);
        const rtl::OUString name = fromUtf8(wanted.name);
        uno::Reference<text::XTextTable> table;
        if (m_xTables->hasByName(name))
            m_xTables->getByName(name) >>= table;
        if (!table.is())
            notAsRead(keyed("errorTableChanged",
                            "Table \"{0}\" is not as eqplan read it (was it changed "
                            "meanwhile?); nothing was changed.",
                            {wanted.name}));
        return table;
    }

    uno::Reference<text::XText> cell(int index, const std::string& name) const
    {
        uno::Reference<text::XText> cell(table(index)->getCellByName(fromUtf8(name)),
                                         uno::UNO_QUERY);
        if (!cell.is())
            notAsRead(keyed("errorCellOfTableChanged",
                            "Cell {0} of \"{1}\" is not as eqplan read it (was it changed "
                            "meanwhile?); nothing was changed.",
                            {name, grid(index).name}));
        return cell;
    }

private:
    const DocumentGrid& m_grid;
    uno::Reference<container::XNameAccess> m_xTables;
};

// A text replacement located in the document before anything changes.
struct Replacement
{
    uno::Reference<text::XText> cell;
    AcceptedParagraph paragraph;
    std::string key; // table and cell, to order replacements in one paragraph
    int paragraphIndex = 0;
    sal_Int32 at = 0;
    sal_Int32 length = 0;
    rtl::OUString text;
};

// `tracked`: the document has pending tracked changes, so its paragraphs are numbered and read
// as accepting them leaves them, as the readers read them.
Replacement locate(const Tables& tables, const ReplaceText& edit, bool tracked)
{
    Replacement out;
    out.cell = tables.cell(edit.location.table, edit.location.cell);
    out.paragraphIndex = edit.location.paragraph.value_or(0);
    std::vector<AcceptedParagraph> paragraphs =
        acceptedParagraphs(paragraphRanges(out.cell), tracked);
    if (out.paragraphIndex < 0 || out.paragraphIndex >= static_cast<int>(paragraphs.size()))
        cellNotAsRead(edit.location.cell);
    out.paragraph = std::move(paragraphs[static_cast<std::size_t>(out.paragraphIndex)]);
    const rtl::OUString& text = out.paragraph.text;
    const rtl::OUString needle = fromUtf8(edit.find);
    if (needle.isEmpty())
        cellNotAsRead(edit.location.cell);
    sal_Int32 at = -1;
    for (int i = 0; i <= edit.occurrence; ++i)
    {
        at = text.indexOf(needle, at + 1);
        if (at < 0)
            cellNotAsRead(edit.location.cell);
    }
    out.key = std::to_string(edit.location.table) + "." + edit.location.cell;
    out.at = at;
    out.length = needle.getLength();
    out.text = fromUtf8(edit.replace);
    return out;
}

void replace(const Replacement& edit)
{
    const uno::Reference<text::XTextCursor> cursor =
        selectAccepted(edit.cell, edit.paragraph, edit.at, edit.length);
    if (!cursor.is())
        notAsRead(keyed("errorSomeCellChanged",
                        "Cell is not as eqplan read it (was it changed meanwhile?); nothing was "
                        "changed."));
    cursor->setString(edit.text);
}

// Appends the text of one cell to another: its first paragraph joined to the last paragraph there
// with a space, the rest as paragraphs of their own.
void appendCell(const uno::Reference<text::XText>& to, const uno::Reference<text::XText>& from)
{
    std::vector<rtl::OUString> texts;
    // As accepted: text deleted with Track Changes on is not moved back into the plan.
    for (const AcceptedParagraph& paragraph : acceptedParagraphs(paragraphRanges(from), true))
        texts.push_back(paragraph.text);
    while (!texts.empty() && texts.back().trim().isEmpty())
        texts.pop_back();
    if (texts.empty())
        return;
    const std::vector<Range> existing = paragraphRanges(to);
    const bool join = !existing.empty() && !existing.back()->getString().trim().isEmpty();
    Range end = to->getEnd();
    for (std::size_t i = 0; i < texts.size(); ++i)
    {
        if (i == 0 && join)
        {
            to->insertString(end, " " + texts[i].trim(), false);
            continue;
        }
        if (i > 0 || !existing.empty())
            to->insertControlCharacter(to->getEnd(), text::ControlCharacter::PARAGRAPH_BREAK,
                                       false);
        to->insertString(to->getEnd(), i == 0 ? texts[i].trim() : texts[i], false);
        end = to->getEnd();
    }
}

// Throws, before anything changes, when a row cannot be folded.
void checkFold(const Tables& tables, const FoldRow& edit)
{
    const Table& grid = tables.grid(edit.table);
    if (edit.row <= 0 || edit.row >= grid.rows)
        notAsRead(keyed("errorRowChanged",
                        "Row {0} of \"{1}\" is not as eqplan read it (was it changed "
                        "meanwhile?); nothing was changed.",
                        {std::to_string(edit.row + 1), grid.name}));
    tables.table(edit.table);
    for (const Cell& cell : grid.cells)
        if (cell.row == edit.row && cell.rowSpan != 1)
            throw Error(Error::Kind::Refused,
                        keyed("errorRowMergedBelow",
                              "Row {0} of \"{1}\" has a cell merged with the rows below it; "
                              "eqplan did not fold it. Join the rows by hand.",
                              {std::to_string(edit.row + 1), grid.name}));
}

void foldRow(const Tables& tables, const FoldRow& edit)
{
    const Table& grid = tables.grid(edit.table);
    for (const Cell& cell : grid.cells)
    {
        if (cell.row != edit.row)
            continue;
        const Cell* above = grid.at(edit.row - 1, cell.column);
        if (above == nullptr || cell.empty())
            continue;
        appendCell(tables.cell(edit.table, above->name), tables.cell(edit.table, cell.name));
    }
    tables.table(edit.table)->getRows()->removeByIndex(edit.row, 1);
}

void addColumn(const Tables& tables, const AddColumn& edit)
{
    const uno::Reference<text::XTextTable> table = tables.table(edit.table);
    uno::Reference<table::XTableColumns> columns = table->getColumns();
    const sal_Int32 count = columns->getCount();
    try
    {
        columns->insertByIndex(count, 1);
    }
    catch (const uno::RuntimeException&)
    {
        throw Error(Error::Kind::Refused,
                    keyed("errorColumnMergedCells",
                          "The table \"{0}\" has merged cells, so eqplan cannot add a column to "
                          "it. Put the cursor in its last column and use Table ▸ Insert ▸ "
                          "Columns After, then type \"{1}\" at its top.",
                          {tables.grid(edit.table).name, edit.header}));
    }
    uno::Reference<table::XCellRange> cells(table, uno::UNO_QUERY_THROW);
    uno::Reference<text::XText> header(cells->getCellByPosition(count, edit.headerRow),
                                       uno::UNO_QUERY_THROW);
    header->setString(fromUtf8(edit.header));
}

// An AddRow checked before anything changes: the table has the rows it was read with, and no
// cell spans down across where the new row goes.
void checkAddRow(const Tables& tables, const AddRow& edit)
{
    const Table& grid = tables.grid(edit.table);
    if (edit.after < 0 || edit.after >= grid.rows ||
        tables.table(edit.table)->getRows()->getCount() != grid.rows)
        notAsRead(keyed("errorTableChanged",
                        "Table \"{0}\" is not as eqplan read it (was it changed meanwhile?); "
                        "nothing was changed.",
                        {grid.name}));
    for (const Cell& cell : grid.cells)
        if (cell.row <= edit.after && cell.row + cell.rowSpan - 1 > edit.after)
            throw Error(Error::Kind::NotReadable,
                        keyed("errorRowMergedCells",
                              "The table \"{0}\" has cells merged across row {1}, so eqplan "
                              "cannot add a row below it. Put the cursor in that row and use "
                              "Table ▸ Insert ▸ Rows Below, then type \"{2}\" in its first "
                              "cell.",
                              {grid.name, std::to_string(edit.after + 1), edit.label}));
}

// The new row is inserted above the row after `after` (or at the end), so Writer lays it out
// like its neighbours; its label takes the weight of the label above it.
void addRow(const Tables& tables, const AddRow& edit)
{
    const uno::Reference<text::XTextTable> table = tables.table(edit.table);
    table->getRows()->insertByIndex(edit.after + 1, 1);
    uno::Reference<table::XCellRange> cells(table, uno::UNO_QUERY_THROW);
    uno::Reference<text::XText> above(cells->getCellByPosition(0, edit.after),
                                      uno::UNO_QUERY_THROW);
    uno::Reference<text::XText> label(cells->getCellByPosition(0, edit.after + 1),
                                      uno::UNO_QUERY_THROW);
    float weight = 0;
    uno::Reference<beans::XPropertySet>(above->getStart(), uno::UNO_QUERY_THROW)
        ->getPropertyValue("CharWeight") >>= weight;
    label->setString(fromUtf8(edit.label));
    uno::Reference<text::XTextCursor> cursor = label->createTextCursor();
    cursor->gotoEnd(true);
    uno::Reference<beans::XPropertySet>(cursor, uno::UNO_QUERY_THROW)
        ->setPropertyValue("CharWeight", uno::Any(weight));
}

// The cell of a WriteCell, checked to hold no text before anything changes.
uno::Reference<text::XText> emptyCell(const Tables& tables, const WriteCell& edit)
{
    uno::Reference<text::XText> cell = tables.cell(edit.location.table, edit.location.cell);
    if (!cell->getString().trim().isEmpty())
        cellNotAsRead(edit.location.cell);
    return cell;
}

void repeatHeader(const Tables& tables, const RepeatHeader& edit)
{
    uno::Reference<beans::XPropertySet> table(tables.table(edit.table), uno::UNO_QUERY_THROW);
    table->setPropertyValue("RepeatHeadline", uno::Any(true));
    table->setPropertyValue("HeaderRowCount", uno::Any(static_cast<sal_Int32>(edit.headerRows)));
}
} // namespace

void applyFix(const uno::Reference<lang::XComponent>& document, const DocumentGrid& grid,
              const Fix& fix)
{
    writableTextDocument(document, "fix it");
    const Tables tables(document, grid);
    const bool tracked = hasTrackedChanges(document);

    // Every location refers to the grid as read, so: find every text first, then replace from the
    // end of each paragraph backwards, then fold rows from the bottom up, then the rest.
    std::vector<Replacement> replacements;
    std::vector<FoldRow> folds;
    std::vector<Edit> others;
    for (const Edit& edit : fix.edits)
    {
        if (const auto* text = std::get_if<ReplaceText>(&edit))
            replacements.push_back(locate(tables, *text, tracked));
        else if (const auto* fold = std::get_if<FoldRow>(&edit))
        {
            checkFold(tables, *fold);
            folds.push_back(*fold);
        }
        else
        {
            if (const auto* write = std::get_if<WriteCell>(&edit))
                emptyCell(tables, *write);
            else if (const auto* row = std::get_if<AddRow>(&edit))
                checkAddRow(tables, *row);
            others.push_back(edit);
        }
    }
    std::stable_sort(replacements.begin(), replacements.end(),
                     [](const Replacement& a, const Replacement& b)
                     {
                         if (a.key != b.key)
                             return a.key < b.key;
                         if (a.paragraphIndex != b.paragraphIndex)
                             return a.paragraphIndex < b.paragraphIndex;
                         return a.at > b.at;
                     });
    std::stable_sort(folds.begin(), folds.end(),
                     [](const FoldRow& a, const FoldRow& b)
                     { return a.table != b.table ? a.table < b.table : a.row > b.row; });

    // Everything was checked before the first change; the operation that calls this
    // (Operations.hpp) runs it as one undo step and takes it back if LibreOffice refuses a call
    // half-way.
    for (const Replacement& replacement : replacements)
        replace(replacement);
    for (const FoldRow& fold : folds)
        foldRow(tables, fold);
    for (const Edit& edit : others)
    {
        if (const auto* column = std::get_if<AddColumn>(&edit))
            addColumn(tables, *column);
        else if (const auto* header = std::get_if<RepeatHeader>(&edit))
            repeatHeader(tables, *header);
        else if (const auto* row = std::get_if<AddRow>(&edit))
            addRow(tables, *row);
        else if (const auto* write = std::get_if<WriteCell>(&edit))
        {
            const uno::Reference<text::XText> cell = emptyCell(tables, *write);
            cell->insertString(cell->getStart(), fromUtf8(write->text), false);
        }
    }
}
} // namespace eqplan::bridge
