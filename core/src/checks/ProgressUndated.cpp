// progress.undated: progress commentary with no date, neither a dated heading above it nor a
// date starting its paragraph, so nobody can tell which review it belongs to.
#include "Rule.hpp"

#include "eqplan/Text.hpp"

namespace eqplan::checks
{
void checkProgressUndated(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
        for (const Progress& entry : objective.progress)
        {
            if (entry.date || entry.items.empty())
                continue;
            const ListItem& first = entry.items.front();
            report.add(Severity::Warning, &objective, first.location,
                       // The advice shows the form the objective (else the plan) uses.
                       context.plan().progressForm(&objective) == EntryForm::Inline
                           ? keyed("findingUndatedInline",
                                   "Objective {0} has progress with no date above it (“{1}”). "
                                   "Start it with the date of the review it belongs to, such as "
                                   "“March 2021: …”.",
                                   {std::to_string(objective.number),
                                    text::firstLineShortened(first.item.text, 60)})
                           : keyed("findingUndatedHeading",
                                   "Objective {0} has progress with no date above it (“{1}”). "
                                   "Write the month of the review it belongs to above it, such "
                                   "as “March 2021”.",
                                   {std::to_string(objective.number),
                                    text::firstLineShortened(first.item.text, 60)}));
        }
}
} // namespace eqplan::checks
