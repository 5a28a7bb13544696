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
        Message what = figure.kind == UndescribedFigure::Kind::Picture
                           ? keyed("findingThePicture", "The picture")
                       : figure.kind == UndescribedFigure::Kind::Object
                           ? keyed("findingTheObject", "The object")
                           : keyed("findingTheDrawing", "The drawing");
        if (!figure.name.empty())
            what =
                keyed("findingFigureNamed", "{0} \"{1}\"", {std::move(what), plain(figure.name)});
        if (figure.place)
            what =
                keyed("findingFigureIn", "{0} in {1}", {std::move(what), places.of(*figure.place)});
        const auto [objective, location] =
            figure.place ? placeOf(context, *figure.place)
                         : std::pair<const Objective*, std::optional<Location>>{};
        report.add(Severity::Error, objective, location,
                   keyed("findingNoAltText",
                         "{0} has no alternative text, so a screen reader cannot say what it "
                         "shows. Give it some (right-click ▸ Properties ▸ Options ▸ Alternative "
                         "text; in Word, Edit Alt Text).",
                         {std::move(what)}));
    }
}
} // namespace eqplan::checks
