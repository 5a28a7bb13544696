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
                       keyed("findingDutyUnknown",
                             "Objective {0}'s Public Sector Equality Duty cell says “{1}”, which "
                             "names none of the duty's three aims: eliminate discrimination, "
                             "advance equality of opportunity, foster good relations.",
                             {std::to_string(objective.number), words}));
}
} // namespace eqplan::checks
