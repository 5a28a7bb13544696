#include "FuzzInput.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace eqplan::fuzz
{
namespace
{
// Limits that keep one input cheap; plans are far smaller.
constexpr int maxRows = 200;
constexpr int maxColumns = 64;

std::vector<std::string_view> split(std::string_view text, char separator)
{
    std::vector<std::string_view> parts;
    for (std::size_t start = 0;;)
    {
        const std::size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos)
            return parts;
        start = end + 1;
    }
}

// "A1", "Z1", "AA1": Writer's cell names.
std::string cellName(int row, int column)
{
    std::string letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
    return letters + std::to_string(row + 1);
}

// Reads a leading '\x02'/'\x03' + digit span marker off `text`.
int takeSpan(std::string_view& text, char marker)
{
    if (text.size() >= 2 && text[0] == marker && text[1] >= '1' && text[1] <= '9')
    {
        const int span = text[1] - '0';
        text.remove_prefix(2);
        return span;
    }
    return 1;
}

Table tableFromRows(const std::vector<std::string_view>& lines, int index)
{
    Table table;
    table.name = "Table" + std::to_string(index + 1);
    const int rows = std::min(static_cast<int>(lines.size()), maxRows);
    std::vector<std::vector<bool>> taken(static_cast<std::size_t>(rows),
                                         std::vector<bool>(maxColumns, false));
    int columns = 0;
    for (int r = 0; r < rows; ++r)
    {
        int column = 0;
        for (std::string_view text : split(lines[static_cast<std::size_t>(r)], '\t'))
        {
            int columnSpan = takeSpan(text, '\x02');
            int rowSpan = takeSpan(text, '\x03');
            columnSpan = takeSpan(text, '\x02') * columnSpan;
            auto& row = taken[static_cast<std::size_t>(r)];
            while (column < maxColumns && row[static_cast<std::size_t>(column)])
                ++column;
            if (column >= maxColumns)
                break;
            int span = 0;
            while (span < columnSpan && column + span < maxColumns &&
                   !row[static_cast<std::size_t>(column + span)])
                ++span;
            rowSpan = std::min(rowSpan, rows - r);
            for (int dr = 0; dr < rowSpan; ++dr)
                for (int dc = 0; dc < span; ++dc)
                    taken[static_cast<std::size_t>(r + dr)][static_cast<std::size_t>(column + dc)] =
                        true;
            Cell cell;
            cell.row = r;
            cell.column = column;
            cell.rowSpan = rowSpan;
            cell.columnSpan = span;
            cell.name = cellName(r, column);
            cell.paragraphs = paragraphsFromText(text, '\v');
            table.cells.push_back(std::move(cell));
            column += span;
            columns = std::max(columns, column);
        }
    }
    // Positions no cell covers get empty cells of their own, as Writer's grid has no holes.
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < columns; ++c)
            if (!taken[static_cast<std::size_t>(r)][static_cast<std::size_t>(c)])
            {
                Cell cell;
                cell.row = r;
                cell.column = c;
                cell.name = cellName(r, c);
                cell.paragraphs.emplace_back();
                table.cells.push_back(std::move(cell));
            }
    std::sort(table.cells.begin(), table.cells.end(), [](const Cell& a, const Cell& b)
              { return std::pair(a.row, a.column) < std::pair(b.row, b.column); });
    table.rows = rows;
    table.columns = columns;
    return table;
}
} // namespace

std::vector<Paragraph> paragraphsFromText(std::string_view text, char separator)
{
    std::vector<Paragraph> paragraphs;
    int number = 0;
    for (std::string_view line : split(text, separator))
    {
        Paragraph p;
        if (!line.empty() && line[0] == '\x05')
        {
            p.bold = true;
            line.remove_prefix(1);
        }
        if (!line.empty() && line[0] == '\x06')
        {
            p.listLabel = std::to_string(++number) + ".";
            line.remove_prefix(1);
        }
        p.text = std::string(line);
        paragraphs.push_back(std::move(p));
    }
    return paragraphs;
}

DocumentGrid gridFromText(std::string_view text)
{
    DocumentGrid grid;
    std::vector<std::string_view> sections = split(text, '\f');
    for (std::size_t s = 0; s < sections.size() && grid.tables.size() < 16; ++s)
    {
        std::vector<std::string_view> lines = split(sections[s], '\n');
        std::size_t first = 0;
        while (first < lines.size() && lines[first].find('\t') == std::string_view::npos)
            ++first;
        std::vector<Paragraph> body;
        for (std::size_t i = 0; i < first; ++i)
            body.push_back(paragraphsFromText(lines[i]).front());
        if (first == lines.size())
        {
            grid.after = std::move(body);
            continue;
        }
        Table table = tableFromRows(
            std::vector<std::string_view>(lines.begin() + static_cast<std::ptrdiff_t>(first),
                                          lines.end()),
            static_cast<int>(grid.tables.size()));
        table.before = std::move(body);
        grid.tables.push_back(std::move(table));
        grid.after.clear();
    }
    if (!grid.tables.empty() && !grid.tables.front().before.empty())
        grid.title = grid.tables.front().before.front().text;
    return grid;
}

const Schemas& sourceSchemas()
{
    static const Schemas schemas = []
    {
        Loaded<Schemas> loaded = loadSchemas(EQPLAN_SOURCE_SCHEMA_DIR);
        if (!loaded)
        {
            std::fprintf(stderr, "fuzz: cannot load the schemas: %s\n", loaded.error.c_str());
            std::abort();
        }
        return *loaded.value;
    }();
    return schemas;
}
} // namespace eqplan::fuzz
