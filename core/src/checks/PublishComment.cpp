// publish.comment: a comment left in the document. It is meant for colleagues, not for the
// website; with --force it is left out of the PDF.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkPublishComment(const Context& context, Report& report)
{
    const DocumentFacts* facts = context.input().facts;
    if (!facts)
        return;
    const PlaceWords places(context);
    for (const DocumentComment& comment : facts->comments)
    {
        const std::string by = comment.author.empty() ? "" : " by " + comment.author;
        const std::string day = dayInWords(comment.day);
        const std::string when = day.empty() ? "" : " (" + day + ")";
        const auto [objective, location] = placeOf(context, comment.place);
        report.add(Severity::Error, objective, location,
                   "A comment" + by + when + " in " + places.of(comment.place) + ": " +
                       quotedShort(comment.text) + ". Resolve it and delete it.");
    }
}
} // namespace eqplan::checks
