// publish.alt-text: a picture, drawing or object a screen reader can say nothing about, which
// PDF/UA requires to be described.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkPublishAltText(const Context& context, Report& report)
{
    const DocumentFacts* facts = context.input().facts;
    if (!facts)
        return;
    const PlaceWords places(context);
    for (const UndescribedFigure& figure : facts->figures)
    {
        const char* what = figure.kind == UndescribedFigure::Kind::Picture  ? "The picture"
                           : figure.kind == UndescribedFigure::Kind::Object ? "The object"
                                                                            : "The drawing";
        const auto [objective, location] =
            figure.place ? placeOf(context, *figure.place)
                         : std::pair<const Objective*, std::optional<Location>>{};
        report.add(Severity::Error, objective, location,
                   std::string(what) + (figure.name.empty() ? "" : " \"" + figure.name + "\"") +
                       (figure.place ? " in " + places.of(*figure.place) : "") +
                       " has no alternative text, so a screen reader cannot say what it shows. "
                       "Give it some (right-click \xE2\x96\xB8 Properties \xE2\x96\xB8 Options "
                       "\xE2\x96\xB8 Alternative text; in Word, Edit Alt Text).");
    }
}
} // namespace eqplan::checks
