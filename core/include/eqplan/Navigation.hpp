// Between document cells and objectives: which objective a cell belongs to, and where an
// objective starts. What the sidebar needs to follow the cursor and to move it.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/Model.hpp"

#include <optional>
#include <string>
#include <string_view>

namespace eqplan
{
// A cell of the document, by the names the document gives it: what the sidebar follows (the
// view cursor's cell, the cells edited) and where it moves the cursor.
struct CellName
{
    std::string table; // "Table1"
    std::string cell;  // "B4"

    friend auto operator<=>(const CellName&, const CellName&) = default;
};

// The index into plan.objectives of the objective whose rows hold the cell, or nothing (a header
// cell, a table that is not part of the plan, an unknown cell).
std::optional<std::size_t> objectiveAt(const Plan& plan, const DocumentGrid& grid,
                                       const CellName& cell);

// The first cell of an objective's first row: where the cursor goes to show it.
std::optional<CellName> firstCellOf(const Plan& plan, const DocumentGrid& grid,
                                    const Objective& objective);
} // namespace eqplan
