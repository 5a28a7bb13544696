// coverage.characteristics (informational): a protected characteristic that no objective
// addresses. Age and marriage/civil partnership count for staff only and are not reported. Not
// where no plan table has a characteristics column.
#include "Rule.hpp"

#include "eqplan/Coverage.hpp"

namespace eqplan::checks
{
void checkCoverageCharacteristics(const Context& context, Report& report)
{
    // Without a column for them the plan says nothing either way: table.column-missing's.
    if (!context.anyTableHasColumn("characteristics"))
        return;
    const Coverage coverage = coverageOf(context.plan(), context.schemas().checks);
    for (Characteristic characteristic : coverage.uncoveredCharacteristics)
    {
        std::string label(toString(characteristic));
        for (const WordList& list : context.schemas().layout.characteristics)
            if (list.id == toString(characteristic))
                label = list.label;
        report.add(Severity::Info, nullptr, std::nullopt,
                   "No objective addresses the protected characteristic " + inQuotes(label) + ".");
    }
}
} // namespace eqplan::checks
