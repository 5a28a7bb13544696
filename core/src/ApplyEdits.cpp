// applyEdits: the edits of fixes applied to a DocumentGrid, as the bridge applies them to a
// document, so that core tests can read the fixed plan again.
#include "eqplan/Checks.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <iterator>

namespace eqplan
{
namespace
{
// The name Writer gives a cell of a simple table: "A1", ..., "Z1", "AA1".
std::string columnLetters(int column)
{
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters;
}

// "B7" named its row 6; after the row moved to `row`, "B6". Other names are kept.
void renumber(Cell& cell, int oldRow)
{
    std::size_t digits = cell.name.size();
    while (digits > 0 && text::isDigit(cell.name[digits - 1]))
        --digits;
    if (digits == 0 || digits == cell.name.size() ||
        cell.name.substr(digits) != std::to_string(oldRow + 1))
        return;
    cell.name = cell.name.substr(0, digits) + std::to_string(cell.row + 1);
}

Cell* cellAt(Table& table, int row, int column)
{
    for (Cell& cell : table.cells)
        if (row >= cell.row && row < cell.row + cell.rowSpan && column >= cell.column &&
            column < cell.column + cell.columnSpan)
            return &cell;
    return nullptr;
}

// The text of `from` appended to `to` as the bridge does it: trailing blank paragraphs dropped,
// the first paragraph (trimmed) joined with one space to the last paragraph of `to` unless that is
// blank, every other paragraph (and the first, if not joined) a paragraph of its own.
void appendCell(Cell& to, const Cell& from)
{
    std::vector<Paragraph> paragraphs = from.paragraphs;
    while (!paragraphs.empty() && text::trim(paragraphs.back().text).empty())
        paragraphs.pop_back();
    if (paragraphs.empty())
        return;
    paragraphs.front().text = std::string(text::trim(paragraphs.front().text));
    if (!to.paragraphs.empty() && !text::trim(to.paragraphs.back().text).empty())
    {
        to.paragraphs.back().text += " " + paragraphs.front().text;
        paragraphs.erase(paragraphs.begin());
    }
    to.paragraphs.insert(to.paragraphs.end(), paragraphs.begin(), paragraphs.end());
}

void sortCells(Table& table)
{
    std::stable_sort(table.cells.begin(), table.cells.end(),
                     [](const Cell& a, const Cell& b)
                     { return std::pair(a.row, a.column) < std::pair(b.row, b.column); });
}

// The cell whose top-left corner `at` names, or nullptr and what is wrong in `error`.
Cell* cellNamed(DocumentGrid& grid, const Location& at, std::string& error)
{
    if (at.table < 0 || at.table >= static_cast<int>(grid.tables.size()))
    {
        error = "the document has no table " + std::to_string(at.table);
        return nullptr;
    }
    Table& table = grid.tables[static_cast<std::size_t>(at.table)];
    Cell* cell = cellAt(table, at.row, at.column);
    if (!cell || cell->row != at.row || cell->column != at.column)
    {
        error = table.name + " has no cell at row " + std::to_string(at.row + 1) + ", column " +
                std::to_string(at.column + 1);
        return nullptr;
    }
    return cell;
}

std::string apply(DocumentGrid& grid, const ReplaceText& edit)
{
    const Location& at = edit.location;
    std::string error;
    Cell* cell = cellNamed(grid, at, error);
    if (!cell)
        return error;
    const int paragraph = at.paragraph.value_or(0);
    if (paragraph < 0 || paragraph >= static_cast<int>(cell->paragraphs.size()))
        return "cell " + cell->name + " has no paragraph " + std::to_string(paragraph + 1);
    std::string& text = cell->paragraphs[static_cast<std::size_t>(paragraph)].text;
    std::size_t pos = edit.find.empty() ? std::string::npos : text.find(edit.find);
    for (int n = 0; n < edit.occurrence && pos != std::string::npos; ++n)
        pos = text.find(edit.find, pos + 1);
    if (pos == std::string::npos || edit.occurrence < 0)
        return "cell " + cell->name + " paragraph " + std::to_string(paragraph + 1) +
               " does not hold \"" + edit.find + "\" " + std::to_string(edit.occurrence + 1) +
               " time(s)";
    text.replace(pos, edit.find.size(), edit.replace);
    return {};
}

std::string apply(DocumentGrid& grid, const WriteCell& edit)
{
    std::string error;
    Cell* cell = cellNamed(grid, edit.location, error);
    if (!cell)
        return error;
    if (!cell->empty())
        return "cell " + cell->name + " is not empty";
    if (cell->paragraphs.empty())
        cell->paragraphs.emplace_back();
    cell->paragraphs.front().text = edit.text;
    return {};
}

std::string apply(DocumentGrid& grid, const FoldRow& edit)
{
    if (edit.table < 0 || edit.table >= static_cast<int>(grid.tables.size()))
        return "the document has no table " + std::to_string(edit.table);
    Table& table = grid.tables[static_cast<std::size_t>(edit.table)];
    if (edit.row < 1 || edit.row >= table.rows)
        return table.name + " has no row " + std::to_string(edit.row + 1) + " with a row above it";
    for (const Cell& cell : table.cells)
        if (cell.row == edit.row && cell.rowSpan > 1)
            return "cell " + cell.name + " spans the rows below row " +
                   std::to_string(edit.row + 1);
    for (const Cell& cell : table.cells)
    {
        if (cell.row != edit.row || cell.empty())
            continue;
        Cell* above = cellAt(table, edit.row - 1, cell.column);
        if (!above)
            return table.name + " has no cell above " + cell.name;
        appendCell(*above, cell);
    }
    std::erase_if(table.cells, [&](const Cell& cell) { return cell.row == edit.row; });
    for (Cell& cell : table.cells)
    {
        if (cell.row > edit.row)
        {
            const int oldRow = cell.row;
            --cell.row;
            renumber(cell, oldRow);
        }
        else if (cell.row + cell.rowSpan > edit.row)
            --cell.rowSpan;
    }
    --table.rows;
    return {};
}

std::string apply(DocumentGrid& grid, const AddColumn& edit)
{
    if (edit.table < 0 || edit.table >= static_cast<int>(grid.tables.size()))
        return "the document has no table " + std::to_string(edit.table);
    Table& table = grid.tables[static_cast<std::size_t>(edit.table)];
    const int column = table.columns;
    for (int row = 0; row < table.rows; ++row)
    {
        Cell cell;
        cell.row = row;
        cell.column = column;
        cell.name = columnLetters(column) + std::to_string(row + 1);
        Paragraph paragraph;
        if (row == edit.headerRow)
        {
            paragraph.text = edit.header;
            const Cell* left = column > 0 ? cellAt(table, row, column - 1) : nullptr;
            paragraph.bold = left && !left->paragraphs.empty() && left->paragraphs.front().bold;
        }
        cell.paragraphs.push_back(std::move(paragraph));
        table.cells.push_back(std::move(cell));
    }
    ++table.columns;
    sortCells(table);
    return {};
}

std::string apply(DocumentGrid& grid, const AddRow& edit)
{
    if (edit.table < 0 || edit.table >= static_cast<int>(grid.tables.size()))
        return "the document has no table " + std::to_string(edit.table);
    Table& table = grid.tables[static_cast<std::size_t>(edit.table)];
    if (edit.after < 0 || edit.after >= table.rows)
        return table.name + " has no row " + std::to_string(edit.after + 1);
    for (const Cell& cell : table.cells)
        if (cell.row <= edit.after && cell.row + cell.rowSpan - 1 > edit.after)
            return "cell " + cell.name + " spans the rows below row " +
                   std::to_string(edit.after + 1);
    std::vector<Cell> added;
    for (Cell& cell : table.cells)
    {
        if (cell.row == edit.after)
        {
            Cell copy;
            copy.row = edit.after + 1;
            copy.column = cell.column;
            copy.columnSpan = cell.columnSpan;
            copy.name = cell.name;
            Paragraph paragraph;
            if (cell.column == 0)
            {
                paragraph.text = edit.label;
                paragraph.bold = !cell.paragraphs.empty() && cell.paragraphs.front().bold;
            }
            copy.paragraphs.push_back(std::move(paragraph));
            renumber(copy, edit.after);
            added.push_back(std::move(copy));
        }
        else if (cell.row > edit.after)
        {
            const int oldRow = cell.row;
            ++cell.row;
            renumber(cell, oldRow);
        }
    }
    std::move(added.begin(), added.end(), std::back_inserter(table.cells));
    ++table.rows;
    sortCells(table);
    return {};
}

std::string apply(DocumentGrid& grid, const RepeatHeader& edit)
{
    if (edit.table < 0 || edit.table >= static_cast<int>(grid.tables.size()))
        return "the document has no table " + std::to_string(edit.table);
    grid.tables[static_cast<std::size_t>(edit.table)].repeatedHeaderRows = edit.headerRows;
    return {};
}
} // namespace

ApplyResult applyEdits(DocumentGrid& grid, const std::vector<Edit>& edits)
{
    ApplyResult result;
    for (const Edit& edit : edits)
    {
        std::string error = std::visit([&](const auto& e) { return apply(grid, e); }, edit);
        if (!error.empty())
        {
            result.error = "Edit " + std::to_string(result.applied + 1) + ": " + error;
            return result;
        }
        ++result.applied;
    }
    return result;
}
} // namespace eqplan
