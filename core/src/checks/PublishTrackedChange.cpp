// publish.tracked-change: a tracked change nobody has accepted or rejected. Publishing would have
// to decide for the school whether the change stands; with --force it is accepted.
#include "Rule.hpp"

#include "eqplan/Text.hpp"

namespace eqplan::checks
{
namespace
{
// What a change did to `what` ("it", or the text quoted): "inserted “text”".
Message actionOf(PendingChange::Type type, Message what)
{
    switch (type)
    {
    case PendingChange::Type::Insert:
        return keyed("findingInserted", "inserted {0}", {std::move(what)});
    case PendingChange::Type::Delete:
        return keyed("findingDeleted", "deleted {0}", {std::move(what)});
    case PendingChange::Type::Table:
        return keyed("findingChangedTable", "changed the table at {0}", {std::move(what)});
    case PendingChange::Type::Format:
        break;
    }
    return keyed("findingChangedFormatting", "changed the formatting of {0}", {std::move(what)});
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
        const auto [objective, location] = placeOf(context, change.place);
        report.add(Severity::Error, objective, location,
                   keyed("findingTrackedChange",
                         "{0} is still pending in {1}: {2}. Accept or reject it (Edit ▸ Track "
                         "Changes ▸ Manage).",
                         {whoAndWhen(keyed("findingATrackedChange", "A tracked change"),
                                     change.author, change.day),
                          places.of(change.place),
                          actionOf(change.type, text::trim(change.text).empty()
                                                    ? keyed("findingIt", "it")
                                                    : plain(quotedShort(change.text)))}));
    }
}

} // namespace eqplan::checks
