// characteristic.unknown: words of a protected characteristics cell that name none of the nine
// characteristics of the Equality Act 2010 ("Other", "community cohesion").
#include "Rule.hpp"

namespace eqplan::checks
{
void checkCharacteristicUnknown(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
        for (const std::string& words : objective.unmappedCharacteristics)
            report.add(Severity::Warning, &objective,
                       context.locationOf(objective, objective.characteristics),
                       keyed("findingCharacteristicUnknown",
                             "Objective {0} names “{1}” as a protected characteristic, but it is "
                             "not one of the nine in the Equality Act 2010. Name the "
                             "characteristics the objective is about.",
                             {std::to_string(objective.number), words}));
}
} // namespace eqplan::checks
