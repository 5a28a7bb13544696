// objective.not-measurable: an objective with no success criteria, in a table that has a
// success criteria column (a table without one is table.column-missing's).
#include "Rule.hpp"

namespace eqplan::checks
{
void checkObjectiveNotMeasurable(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
    {
        const PlanTable* table = context.planTableOf(objective);
        if (!objective.successCriteria.empty() || !table ||
            !Context::hasColumn(*table, "successCriteria"))
            continue;
        report.add(Severity::Warning, &objective,
                   context.locationOf(objective, objective.successCriteria),
                   keyed("findingNotMeasurable",
                         "Objective {0} has no success criteria, so nobody can tell whether it "
                         "was met.",
                         {std::to_string(objective.number)}));
    }
}
} // namespace eqplan::checks
