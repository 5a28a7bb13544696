// table.continuation-row: a row that only continues the row above it, as Word leaves a row that
// was split over a page. The reader already reads it as part of its objective
// (Objective::continuationRows); the fix folds it into the objective's row in the document too.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkContinuationRow(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
    {
        const int index = context.documentIndexOf(objective);
        const Table* table = context.documentTable(index);
        if (!table)
            continue;
        for (int row : objective.continuationRows)
        {
            std::optional<Location> location;
            for (int c = 0; c < table->columns && !location; ++c)
                if (const Cell* cell = table->at(row, c);
                    cell && cell->row == row && !cell->empty())
                    location = Location{index, row, cell->column, cell->name, std::nullopt};
            Fix fix;
            describeFix(fix, keyed("fixJoinRow", "Join row {0} to the row above it",
                                   {std::to_string(row + 1)}));
            fix.safe = true;
            addEdit(fix, FoldRow{index, row});
            report.add(
                Severity::Warning, &objective, location,
                keyed("findingContinuationRow",
                      "Row {0} of {1} only continues Objective {2} from the row above it "
                      "(a row split over a page). Joining it to the objective's row keeps "
                      "the objective in one row.",
                      {std::to_string(row + 1), table->name, std::to_string(objective.number)}),
                std::move(fix));
        }
    }
}
} // namespace eqplan::checks
