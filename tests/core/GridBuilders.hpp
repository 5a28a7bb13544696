// Grids built by hand for the core tests: what the bridge would read out of a document.
#pragma once

#include "eqplan/Grid.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eqplan::test
{
inline Paragraph para(std::string text, bool bold = false, std::string style = {})
{
    Paragraph p;
    p.text = std::move(text);
    p.bold = bold;
    p.style = std::move(style);
    return p;
}

// The document's name of a cell, as Writer names them: "A1", "B2"...
inline std::string cellName(int row, int column)
{
    return std::string(1, static_cast<char>('A' + column)) + std::to_string(row + 1);
}

// One cell; every '\n' in `text` starts a new paragraph.
inline Cell cell(int row, int column, std::string_view text, int rowSpan = 1, int columnSpan = 1)
{
    Cell c;
    c.name = cellName(row, column);
    c.row = row;
    c.column = column;
    c.rowSpan = rowSpan;
    c.columnSpan = columnSpan;
    for (std::size_t start = 0;;)
    {
        const std::size_t end = text.find('\n', start);
        c.paragraphs.push_back(para(std::string(text.substr(start, end - start))));
        if (end == std::string_view::npos)
            break;
        start = end + 1;
    }
    return c;
}

// A table from its cells, in any order; they are kept row-major as the bridge gives them.
inline Table table(std::string name, int rows, int columns, std::vector<Cell> cells)
{
    Table t;
    t.name = std::move(name);
    t.rows = rows;
    t.columns = columns;
    std::sort(cells.begin(), cells.end(),
              [](const Cell& a, const Cell& b)
              { return std::pair(a.row, a.column) < std::pair(b.row, b.column); });
    t.cells = std::move(cells);
    return t;
}

// A table without merged cells: one cell per grid position.
inline Table table(std::string name, const std::vector<std::vector<std::string>>& rows)
{
    std::vector<Cell> cells;
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            cells.push_back(cell(static_cast<int>(r), static_cast<int>(c), rows[r][c]));
    return table(std::move(name), static_cast<int>(rows.size()),
                 rows.empty() ? 0 : static_cast<int>(rows.front().size()), std::move(cells));
}

inline DocumentGrid document(std::vector<Table> tables)
{
    DocumentGrid d;
    d.tables = std::move(tables);
    return d;
}

} // namespace eqplan::test
