// coverage.aims (informational): an aim of the Public Sector Equality Duty that no objective
// addresses. Not where no plan table has a duty column.
#include "Rule.hpp"

#include "eqplan/Coverage.hpp"

namespace eqplan::checks
{
void checkCoverageAims(const Context& context, Report& report)
{
    // Without a column for them the plan says nothing either way: table.column-missing's.
    if (!context.anyTableHasColumn("duty"))
        return;
    const Coverage coverage = coverageOf(context.plan(), context.schemas().checks);
    for (Aim aim : coverage.uncoveredAims)
    {
        Message label = plain(std::string(toString(aim)));
        for (const WordList& list : context.schemas().layout.aims)
            if (list.id == toString(aim))
                label = aimWords(list);
        report.add(Severity::Info, nullptr, std::nullopt,
                   keyed("findingAimUncovered",
                         "No objective addresses the aim “{0}” of the Public Sector Equality "
                         "Duty.",
                         std::vector<Message>{label}));
    }
}
} // namespace eqplan::checks
