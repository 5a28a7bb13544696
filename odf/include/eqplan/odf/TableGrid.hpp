// A text table's column grid as both readers build it from each row's cell boundaries, in
// Writer's relative units (0 to the table's relative width): the UNO reader from the rows'
// TableColumnSeparators, the flat ODF reader from the column widths. One place, so that the two
// readers' grids cannot drift apart.
#pragma once

#include <algorithm>
#include <vector>

namespace eqplan::odf
{
// Column boundaries closer than this (in relative units, 10000 for the full width) are one
// boundary: Word and Writer round cell widths differently from row to row.
inline constexpr int boundaryTolerance = 20;

// The grid's boundaries: those of all rows (each from 0 to `width`), near ones merged.
inline std::vector<int> columnGrid(const std::vector<std::vector<int>>& rowBoundaries, int width)
{
    std::vector<int> all{0, width};
    for (const std::vector<int>& boundaries : rowBoundaries)
        all.insert(all.end(), boundaries.begin(), boundaries.end());
    std::sort(all.begin(), all.end());
    std::vector<int> grid;
    for (int position : all)
        if (grid.empty() || position - grid.back() > boundaryTolerance)
            grid.push_back(position);
    if (grid.size() < 2)
        grid = {0, width};
    return grid;
}

// Where a cell from `left` to `right` lies on the grid.
struct GridPlace
{
    int column = 0;
    int columnSpan = 1;
};

inline GridPlace placeOnGrid(const std::vector<int>& grid, int left, int right)
{
    const auto nearest = [&grid](int position)
    {
        auto it = std::lower_bound(grid.begin(), grid.end(), position);
        if (it == grid.end())
            return static_cast<int>(grid.size()) - 1;
        if (it != grid.begin() && position - *(it - 1) < *it - position)
            --it;
        return static_cast<int>(it - grid.begin());
    };
    const int columns = static_cast<int>(grid.size()) - 1;
    const int column = std::min(nearest(left), columns - 1);
    return {column, std::max(1, nearest(right) - column)};
}
} // namespace eqplan::odf
