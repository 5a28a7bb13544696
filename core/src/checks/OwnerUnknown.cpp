// owner.unknown: an owner the document's owner register does not know. Only when the document
// has a register.
#include "Rule.hpp"

#include "eqplan/PlanReader.hpp"

namespace eqplan::checks
{
void checkOwnerUnknown(const Context& context, Report& report)
{
    const OwnerRegister* owners = context.input().owners;
    if (!owners)
        return;
    for (const Objective& objective : context.plan().objectives)
        for (const std::string& owner : objective.ownerNames)
        {
            if (owners->find(owner))
                continue;
            // The paragraph that names the owner, for the cursor.
            std::optional<Location> location;
            const std::string key = ownerKey(owner);
            for (const FieldParagraph& fp : objective.owners.paragraphs)
                for (const std::string& piece : splitOwners(fp.paragraph.text))
                    if (!location && ownerKey(piece) == key)
                        location = fp.location;
            report.add(Severity::Warning, &objective, location,
                       keyed("findingOwnerUnknown",
                             "Objective {0} names “{1}” as responsible, but the plan's owner "
                             "register has no “{1}”. Add who that is to the register, or write "
                             "an owner the register knows.",
                             {std::to_string(objective.number), owner}));
        }
}
} // namespace eqplan::checks
