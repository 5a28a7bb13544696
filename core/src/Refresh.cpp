#include "eqplan/Refresh.hpp"

#include "PlanReaderParts.hpp"

#include <algorithm>

namespace eqplan
{
namespace
{
// Rows of one plan table read again, and the plan's objectives they hold.
struct Region
{
    int planTable = 0;
    std::size_t first = 0; // objectives [first, last) of Plan::objectives
    std::size_t last = 0;
    int fromRow = 0; // grid rows [fromRow, toRow) of the document table
    int toRow = 0;
};

Cell* findCell(Table& table, const std::string& name)
{
    for (Cell& cell : table.cells)
        if (cell.name == name)
            return &cell;
    return nullptr;
}

RefreshOutcome recogniseAll(const DocumentGrid& grid, ReadResult& result, const Schemas& schemas,
                            std::string reason)
{
    result = readPlan(grid, schemas);
    return RefreshOutcome{Refreshed::Plan, {}, std::move(reason)};
}

// The rows to read again after a change in `cell` of plan table `planTable`: from the first row of
// the objective the cell's first row belongs to — or of the one above it, when the cell is in an
// objective's first row, which an edit can make join the objective above — to the first row of
// the next objective that starts below the cell.
Region regionOf(const Plan& plan, int planTable, const Cell& cell, int tableRows)
{
    const auto ofTable = [&](const Objective& o) { return o.table < planTable; };
    const auto begin = static_cast<std::size_t>(
        std::partition_point(plan.objectives.begin(), plan.objectives.end(), ofTable) -
        plan.objectives.begin());
    std::size_t end = begin;
    while (end < plan.objectives.size() && plan.objectives[end].table == planTable)
        ++end;
    const auto firstRow = [&](std::size_t i) { return plan.objectives[i].rows.front(); };

    Region region{planTable, begin, begin,
                  plan.tables[static_cast<std::size_t>(planTable)].headerRow + 1, tableRows};
    std::size_t at = end; // the last objective starting at or above the cell
    for (std::size_t i = begin; i < end && firstRow(i) <= cell.row; ++i)
        at = i;
    if (at != end)
    {
        region.first = at > begin && firstRow(at) == cell.row ? at - 1 : at;
        region.fromRow = firstRow(region.first);
    }
    region.last = region.first;
    while (region.last < end && firstRow(region.last) < cell.row + cell.rowSpan)
        ++region.last;
    if (region.last < end)
        region.toRow = firstRow(region.last);
    return region;
}

// Regions of one table that share rows become one.
std::vector<Region> merged(std::vector<Region> regions)
{
    std::sort(regions.begin(), regions.end(),
              [](const Region& a, const Region& b) {
                  return a.planTable != b.planTable ? a.planTable < b.planTable
                                                    : a.fromRow < b.fromRow;
              });
    std::vector<Region> out;
    for (const Region& region : regions)
    {
        if (!out.empty() && out.back().planTable == region.planTable &&
            region.fromRow < out.back().toRow)
        {
            Region& into = out.back();
            into.first = std::min(into.first, region.first);
            into.last = std::max(into.last, region.last);
            into.toRow = std::max(into.toRow, region.toRow);
            continue;
        }
        out.push_back(region);
    }
    return out;
}
} // namespace

RefreshOutcome refreshPlan(DocumentGrid& grid, ReadResult& result,
                           const std::vector<CellChange>& changes, const Schemas& schemas)
{
    // Every cell is found before any is written: a change the grid has no cell for leaves both
    // as they were.
    std::vector<Cell*> cells;
    for (const CellChange& change : changes)
    {
        if (change.table < 0 || change.table >= static_cast<int>(grid.tables.size()))
            return RefreshOutcome{Refreshed::NoSuchCell,
                                  {},
                                  "the document has no table " + std::to_string(change.table)};
        Table& table = grid.tables[static_cast<std::size_t>(change.table)];
        Cell* cell = findCell(table, change.cell);
        if (!cell)
            return RefreshOutcome{Refreshed::NoSuchCell,
                                  {},
                                  table.name + " has no cell " + change.cell + " on its grid"};
        cells.push_back(cell);
    }
    std::vector<std::pair<int, const Cell*>> changed;
    for (std::size_t i = 0; i < changes.size(); ++i)
        if (cells[i]->paragraphs != changes[i].paragraphs)
        {
            cells[i]->paragraphs = changes[i].paragraphs;
            changed.emplace_back(changes[i].table, cells[i]);
        }
    if (changed.empty())
        return RefreshOutcome{};
    if (!result)
        return recogniseAll(grid, result, schemas, "there was no plan before the change");

    Plan& plan = result.plan;
    std::vector<Region> regions;
    for (const auto& [table, cell] : changed)
    {
        const Table& documentTable = grid.tables[static_cast<std::size_t>(table)];
        const auto planTable = std::find_if(plan.tables.begin(), plan.tables.end(),
                                            [index = table](const PlanTable& t)
                                            { return t.index == index; });
        if (planTable == plan.tables.end())
        {
            // Another table's first rows are where its header row would be.
            if (cell->row < schemas.layout.headerRowSearch || cell->column == 0)
                return recogniseAll(grid, result, schemas,
                                    "cell " + cell->name + " of " + documentTable.name +
                                        " could make it a plan table");
            continue;
        }
        if (planTable->labelsLeft)
            return recogniseAll(grid, result, schemas,
                                documentTable.name + " keeps its labels down the left");
        if (cell->row <= planTable->headerRow)
            return recogniseAll(grid, result, schemas,
                                "cell " + cell->name + " is in the header rows of " +
                                    documentTable.name);
        regions.push_back(regionOf(plan, static_cast<int>(planTable - plan.tables.begin()), *cell,
                                   documentTable.rows));
    }

    RefreshOutcome outcome{Refreshed::Objectives, {}, {}};
    bool registerOwners = false;
    for (const Region& region : merged(std::move(regions)))
    {
        const PlanTable& table = plan.tables[static_cast<std::size_t>(region.planTable)];
        const int previousNumber = region.first > 0 ? plan.objectives[region.first - 1].number : 0;
        std::vector<std::string> notes;
        std::vector<Objective> fresh =
            detail::readObjectiveRows(grid, table, region.planTable, region.fromRow, region.toRow,
                                      previousNumber, schemas, notes);
        if (fresh.size() != region.last - region.first)
            return recogniseAll(grid, result, schemas,
                                "rows " + std::to_string(region.fromRow + 1) + " to " +
                                    std::to_string(region.toRow) + " of " + table.name +
                                    " now hold " + std::to_string(fresh.size()) +
                                    " objectives instead of " +
                                    std::to_string(region.last - region.first));
        for (std::size_t i = 0; i < fresh.size(); ++i)
        {
            const Objective& before = plan.objectives[region.first + i];
            // A row read as part of another objective, or a split row read as commentary (or
            // back), changes what the plan says about its rows: its notes.
            if (fresh[i].rows != before.rows ||
                fresh[i].continuationRows != before.continuationRows)
                return recogniseAll(grid, result, schemas,
                                    "the rows of objective " + std::to_string(before.number) +
                                        " changed");
        }
        // An objective without a number of its own counts on from the one before it.
        if (!fresh.empty() && region.last < plan.objectives.size() &&
            fresh.back().number != plan.objectives[region.last - 1].number)
            return recogniseAll(grid, result, schemas,
                                "objective " +
                                    std::to_string(plan.objectives[region.last - 1].number) +
                                    " is now numbered " + std::to_string(fresh.back().number));
        for (std::size_t i = 0; i < fresh.size(); ++i)
        {
            Objective& before = plan.objectives[region.first + i];
            // The same owners cell and number: its owners as the plan spells them, as before.
            if (fresh[i].number != before.number || fresh[i].owners.text() != before.owners.text())
                registerOwners = true;
            else
                fresh[i].ownerNames = std::move(before.ownerNames);
            before = std::move(fresh[i]);
            outcome.objectives.push_back(region.first + i);
        }
    }
    if (registerOwners)
        detail::registerPlanOwners(plan);
    std::sort(outcome.objectives.begin(), outcome.objectives.end());
    return outcome;
}
} // namespace eqplan
