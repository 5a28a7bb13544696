// owner.missing: an objective whose owners cell is empty, in a table that has an owners column
// (a table without one is table.column-missing's).
#include "Rule.hpp"

namespace eqplan::checks
{
void checkOwnerMissing(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
    {
        const PlanTable* table = context.planTableOf(objective);
        if (!objective.ownerNames.empty() || !table || !Context::hasColumn(*table, "owners"))
            continue;
        report.add(Severity::Warning, &objective, context.locationOf(objective, objective.owners),
                   keyed("findingOwnerMissing", "Objective {0} names nobody as responsible for it.",
                         {std::to_string(objective.number)}));
    }
}
} // namespace eqplan::checks
