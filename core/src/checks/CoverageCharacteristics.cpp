// coverage.characteristics (informational): a protected characteristic that no objective
// addresses. Age and marriage/civil partnership count for staff only: they are reported only when
// some objective's target groups name staff. Not where no plan table has a characteristics
// column.
#include "Rule.hpp"

#include "eqplan/Coverage.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>

namespace eqplan::checks
{
namespace
{
bool namesStaff(const Objective& objective)
{
    const std::string groups = text::fold(objective.targetGroups.text());
    for (std::size_t at = groups.find("staff"); at != std::string::npos;
         at = groups.find("staff", at + 1))
    {
        const std::size_t end = at + 5;
        if ((at == 0 || !text::isAsciiLetter(groups[at - 1])) &&
            (end == groups.size() || !text::isAsciiLetter(groups[end])))
            return true;
    }
    return false;
}
} // namespace

void checkCoverageCharacteristics(const Context& context, Report& report)
{
    // Without a column for them the plan says nothing either way: table.column-missing's.
    if (!context.anyTableHasColumn("characteristics"))
        return;
    const Coverage coverage = coverageOf(context.plan(), context.schemas().checks);
    const bool forStaff = std::any_of(context.plan().objectives.begin(),
                                      context.plan().objectives.end(), &namesStaff);
    for (Characteristic characteristic : allCharacteristics)
    {
        const bool gap = std::find(coverage.uncoveredCharacteristics.begin(),
                                   coverage.uncoveredCharacteristics.end(),
                                   characteristic) != coverage.uncoveredCharacteristics.end();
        const bool staffGap =
            forStaff &&
            std::find(coverage.uncoveredStaffOnly.begin(), coverage.uncoveredStaffOnly.end(),
                      characteristic) != coverage.uncoveredStaffOnly.end();
        if (!gap && !staffGap)
            continue;
        Message label = plain(std::string(toString(characteristic)));
        for (const WordList& list : context.schemas().layout.characteristics)
            if (list.id == toString(characteristic))
                label = characteristicWords(list);
        report.add(Severity::Info, nullptr, std::nullopt,
                   staffGap ? keyed("findingCharacteristicUncoveredStaff",
                                    "No objective addresses the protected characteristic "
                                    "“{0}”, which counts for staff (not pupils); the plan has "
                                    "objectives for staff.",
                                    std::vector<Message>{label})
                            : keyed("findingCharacteristicUncovered",
                                    "No objective addresses the protected characteristic “{0}”.",
                                    std::vector<Message>{label}));
    }
}
} // namespace eqplan::checks
