// progress.duplicate-date: two progress entries of one objective for the same date, dated by
// headings or inline ("March 2024: ...").
#include "Rule.hpp"

namespace eqplan::checks
{
void checkProgressDuplicateDate(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
        for (std::size_t i = 0; i < objective.progress.size(); ++i)
        {
            const Progress& entry = objective.progress[i];
            if (!entry.date)
                continue;
            for (std::size_t j = 0; j < i; ++j)
            {
                const Progress& earlier = objective.progress[j];
                if (!earlier.date || !(*earlier.date == *entry.date))
                    continue;
                const bool headings =
                    earlier.form == EntryForm::Heading && entry.form == EntryForm::Heading;
                report.add(
                    Severity::Warning, &objective, entry.headingLocation,
                    headings
                        ? keyed("findingDuplicateHeadings",
                                "Objective {0} has two progress headings for {1} (“{2}” "
                                "and “{3}”). Keep one heading and put all the points of "
                                "that review under it.",
                                {plain(std::to_string(objective.number)), dateWords(*entry.date),
                                 plain(earlier.heading), plain(entry.heading)})
                        : keyed("findingDuplicateEntries",
                                "Objective {0} has two progress entries for {1} (“{2}” "
                                "and “{3}”). Keep one and put all the points of that "
                                "review in it.",
                                {plain(std::to_string(objective.number)), dateWords(*entry.date),
                                 plain(earlier.heading), plain(entry.heading)}));
                break;
            }
        }
}
} // namespace eqplan::checks
