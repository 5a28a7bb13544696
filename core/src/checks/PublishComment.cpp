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
        const auto [objective, location] = placeOf(context, comment.place);
        report.add(
            Severity::Error, objective, location,
            keyed("findingComment", "{0} in {1}: {2}. Resolve it and delete it.",
                  {whoAndWhen(keyed("findingAComment", "A comment"), comment.author, comment.day),
                   places.of(comment.place), plain(quotedShort(comment.text))}));
    }
}
} // namespace eqplan::checks
