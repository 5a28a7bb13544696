// status.colour-only: an objective whose status is shown by its cell's colour alone (a shaded RAG
// cell with no word in it). Colour alone fails WCAG 1.4.1 (use of colour): a screen reader, a
// grey printout and a reader who cannot tell red from green get nothing, so it blocks
// publishing. The fix writes the status into the cell the way the plan writes the others.
#include "Rule.hpp"

#include <algorithm>

namespace eqplan::checks
{
void checkStatusColourOnly(const Context& context, Report& report)
{
    const Plan& plan = context.plan();
    const Layout& layout = context.schemas().layout;
    // The plan's own way: letters where its other statuses are letters, else the words.
    const bool letters = std::any_of(plan.objectives.begin(), plan.objectives.end(),
                                     [](const Objective& o)
                                     { return o.status && o.status->source == "letter"; });
    for (const Objective& objective : plan.objectives)
    {
        if (!objective.status || !objective.status->text.empty() ||
            objective.statusField.cells.empty())
            continue;
        const RatingSpec* rating = layout.rating(objective.status->rating);
        if (!rating)
            continue;
        const Location& cell = objective.statusField.cells.front();
        const std::string word = letters ? rating->letter : rating->label;
        Fix fix;
        describeFix(fix, keyed("fixWriteInCell", "Write “{0}” into cell {1}", {word, cell.cell}));
        fix.safe = true;
        addEdit(fix, WriteCell{cell, word});
        report.add(Severity::Error, &objective, cell,
                   keyed("findingStatusColourOnly",
                         "Objective {0}'s status is shown by colour alone ({1}, {2}, in cell "
                         "{3}): a screen reader, a grey printout and a reader who cannot tell red "
                         "from green get nothing (WCAG 1.4.1, use of colour). Write the status in "
                         "the cell as well, such as “{4}”.",
                         {std::to_string(objective.number), objective.status->shading, rating->id,
                          cell.cell, word}),
                   std::move(fix));
    }
}
} // namespace eqplan::checks
