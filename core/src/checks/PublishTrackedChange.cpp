// publish.tracked-change: a tracked change nobody has accepted or rejected. Publishing would have
// to decide for the school whether the change stands; with --force it is accepted.
#include "Rule.hpp"

#include "eqplan/Text.hpp"

namespace eqplan::checks
{
namespace
{
const char* actionOf(PendingChange::Type type)
{
    switch (type)
    {
    case PendingChange::Type::Insert:
        return "inserted";
    case PendingChange::Type::Delete:
        return "deleted";
    case PendingChange::Type::Table:
        return "changed the table at";
    case PendingChange::Type::Format:
        break;
    }
    return "changed the formatting of";
}
} // namespace

void checkPublishTrackedChange(const Context& context, Report& report)
{
    const DocumentFacts* facts = context.input().facts;
    if (!facts)
        return;
    const PlaceWords places(context);
    for (const PendingChange& change : facts->changes)
    {
        const std::string by = change.author.empty() ? "" : " by " + change.author;
        const std::string day = dayInWords(change.day);
        const std::string when = day.empty() ? "" : " (" + day + ")";
        const auto [objective, location] = placeOf(context, change.place);
        report.add(Severity::Error, objective, location,
                   "A tracked change" + by + when + " is still pending in " +
                       places.of(change.place) + ": " + actionOf(change.type) +
                       (text::trim(change.text).empty() ? std::string(" it")
                                                        : " " + quotedShort(change.text)) +
                       ". Accept or reject it (Edit \xE2\x96\xB8 Track Changes \xE2\x96\xB8 "
                       "Manage).");
    }
}

} // namespace eqplan::checks
