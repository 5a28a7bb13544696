#include "eqplan/Grid.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>

namespace eqplan
{
bool Paragraph::empty() const
{
    if (!listLabel.empty())
        return false;
    // Most paragraphs start with a visible ASCII character: no need to trim them to know.
    if (!text.empty() && static_cast<unsigned char>(text[0]) > ' ' &&
        static_cast<unsigned char>(text[0]) < 0x80)
        return false;
    return text::trim(text).empty();
}

std::string Cell::text() const
{
    std::string out;
    for (std::size_t i = 0; i < paragraphs.size(); ++i)
    {
        if (i)
            out += '\n';
        out += paragraphs[i].text;
    }
    return out;
}

bool Cell::empty() const
{
    return std::all_of(paragraphs.begin(), paragraphs.end(),
                       [](const Paragraph& p) { return p.empty(); });
}

const Cell* Table::at(int row, int column) const
{
    for (const Cell& cell : cells)
        if (row >= cell.row && row < cell.row + cell.rowSpan && column >= cell.column &&
            column < cell.column + cell.columnSpan)
            return &cell;
    return nullptr;
}
} // namespace eqplan
