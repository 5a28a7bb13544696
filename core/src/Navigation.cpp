#include "eqplan/Navigation.hpp"

#include <algorithm>

namespace eqplan
{
std::optional<std::size_t> objectiveAt(const Plan& plan, const DocumentGrid& grid,
                                       const CellName& name)
{
    for (std::size_t t = 0; t < grid.tables.size(); ++t)
    {
        const Table& table = grid.tables[t];
        if (table.name != name.table)
            continue;
        auto cell = std::find_if(table.cells.begin(), table.cells.end(),
                                 [&](const Cell& c) { return c.name == name.cell; });
        if (cell == table.cells.end())
            return std::nullopt;
        for (std::size_t o = 0; o < plan.objectives.size(); ++o)
        {
            const Objective& objective = plan.objectives[o];
            if (plan.tables[static_cast<std::size_t>(objective.table)].index != static_cast<int>(t))
                continue;
            // A cell merged down over several rows belongs to the objective of its first row.
            if (std::find(objective.rows.begin(), objective.rows.end(), cell->row) !=
                objective.rows.end())
                return o;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<CellName> firstCellOf(const Plan& plan, const DocumentGrid& grid,
                                    const Objective& objective)
{
    if (objective.rows.empty() || objective.table < 0 ||
        static_cast<std::size_t>(objective.table) >= plan.tables.size())
        return std::nullopt;
    const auto index =
        static_cast<std::size_t>(plan.tables[static_cast<std::size_t>(objective.table)].index);
    if (index >= grid.tables.size())
        return std::nullopt;
    const Table& table = grid.tables[index];
    const int row = objective.rows.front();
    for (const Cell& cell : table.cells)
        if (cell.row <= row && row < cell.row + cell.rowSpan && cell.row == row)
            return CellName{table.name, cell.name};
    return std::nullopt;
}
} // namespace eqplan
