// owner.missing: an objective whose owners cell is empty, in a table that has an owners column
// (a table without one is table.column-missing's).
#include "Rule.hpp"

#include <algorithm>

namespace eqplan::checks
{
void checkOwnerMissing(const Context& context, Report& report)
{
    const Plan& plan = context.plan();
    for (const Objective& objective : plan.objectives)
    {
        if (!objective.ownerNames.empty() || objective.table < 0 ||
            objective.table >= static_cast<int>(plan.tables.size()))
            continue;
        const PlanTable& table = plan.tables[static_cast<std::size_t>(objective.table)];
        if (std::none_of(table.columns.begin(), table.columns.end(),
                         [](const Column& column) { return column.field == "owners"; }))
            continue;
        std::optional<Location> location = objective.owners.cells.empty()
                                               ? context.locationOf(objective)
                                               : objective.owners.cells.front();
        report.add(Severity::Warning, &objective, location,
                   Context::name(objective) + " names nobody as responsible for it.");
    }
}
} // namespace eqplan::checks
