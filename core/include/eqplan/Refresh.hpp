// Recognising a plan again after edits inside some cells, reading again only the objectives whose
// rows hold them: what the sidebar does after each edit (bench/README.md, "Refresh after an edit
// in one cell"). The result is always the one readPlan gives for the edited grid.
#pragma once

#include "eqplan/Grid.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"

#include <cstddef>
#include <string>
#include <vector>

namespace eqplan
{
// A cell read again: its table, its name and its paragraphs now.
struct CellChange
{
    int table = 0;                     // index into DocumentGrid::tables
    std::string cell;                  // the document's name of the cell ("B4")
    std::vector<Paragraph> paragraphs; // as the bridge reads them
};

// What refreshPlan did.
enum class Refreshed
{
    Unchanged,  // every cell reads as before: grid and result are as they were
    Objectives, // only the objectives of the changed rows were recognised again
    Plan,       // a change touches what the whole plan depends on: the grid was recognised again
    NoSuchCell  // a change names a cell the grid does not have (its tables changed shape): read
                // the whole document again; grid and result are as they were
};

struct RefreshOutcome
{
    Refreshed what = Refreshed::Unchanged;
    std::vector<std::size_t> objectives; // Objectives: the indices of those read again
    std::string reason;                  // Plan, NoSuchCell: why, in words (for logs and tests)
};

// Writes `changes` into `grid` and brings `result` — readPlan(grid) before the changes — to what
// readPlan gives for the grid after them. Only the objectives whose rows hold a changed cell (and
// the one above, which a row may join) are read again, when that leaves every objective's rows,
// every number after them and the plan's notes as they were; the owners are registered again
// when an owners cell or a number changed. A change in a header row, the title rows or the first
// rows of another table (which could become a plan table), or one that splits, joins or
// renumbers objectives, recognises the whole grid again. Never throws.
RefreshOutcome refreshPlan(DocumentGrid& grid, ReadResult& result,
                           const std::vector<CellChange>& changes, const Schemas& schemas);
} // namespace eqplan
