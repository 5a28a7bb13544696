// objective.not-measurable: an objective with no success criteria, in a table that has a
// success criteria column (a table without one is table.column-missing's).
#include "Rule.hpp"

#include <algorithm>

namespace eqplan::checks
{
void checkObjectiveNotMeasurable(const Context& context, Report& report)
{
    const Plan& plan = context.plan();
    for (const Objective& objective : plan.objectives)
    {
        if (!objective.successCriteria.empty() || objective.table < 0 ||
            objective.table >= static_cast<int>(plan.tables.size()))
            continue;
        const PlanTable& table = plan.tables[static_cast<std::size_t>(objective.table)];
        if (std::none_of(table.columns.begin(), table.columns.end(),
                         [](const Column& column) { return column.field == "successCriteria"; }))
            continue;
        report.add(Severity::Warning, &objective,
                   objective.successCriteria.cells.empty()
                       ? context.locationOf(objective)
                       : std::optional<Location>(objective.successCriteria.cells.front()),
                   Context::name(objective) +
                       " has no success criteria, so nobody can tell whether it was met.");
    }
}
} // namespace eqplan::checks
