// duty.unknown: words of a Public Sector Equality Duty cell that name none of the duty's three
// aims.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkDutyUnknown(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
        for (const std::string& words : objective.unmappedDuty)
            report.add(Severity::Warning, &objective, context.locationOf(objective, objective.duty),
                       Context::name(objective) + "'s Public Sector Equality Duty cell says " +
                           inQuotes(words) +
                           ", which names none of the duty's three aims: eliminate "
                           "discrimination, advance equality of opportunity, foster good "
                           "relations.");
}
} // namespace eqplan::checks
