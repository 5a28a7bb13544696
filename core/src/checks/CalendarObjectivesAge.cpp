// calendar.objectives-age: objectives older than the Specific Duties allow (schools publish
// equality objectives at least every four years; schemas/checks.json "objectivesMaxYears").
// The objectives date from the first year of the plan's period; only the year is known, so they
// are too old only once that year plus four is over.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkObjectivesAge(const Context& context, Report& report)
{
    const std::optional<Period>& period = context.plan().period;
    if (!period || period->from <= 0)
        return;
    const int maxYears = context.schemas().checks.objectivesMaxYears;
    if (static_cast<int>(context.input().today.year()) <= period->from + maxYears)
        return;
    report.add(Severity::Error, nullptr, std::nullopt,
               keyed("findingObjectivesAge",
                     "The plan's objectives date from {0}, more than {1} years ago. Schools must "
                     "publish equality objectives at least every {1} years: set new objectives.",
                     {std::to_string(period->from), std::to_string(maxYears)}));
}
} // namespace eqplan::checks
