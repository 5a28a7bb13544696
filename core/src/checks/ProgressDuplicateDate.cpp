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
                report.add(Severity::Warning, &objective, entry.headingLocation,
                           Context::name(objective) + " has two progress " +
                               (headings ? "headings" : "entries") + " for " +
                               describe(*entry.date) + " (" + inQuotes(earlier.heading) + " and " +
                               inQuotes(entry.heading) + "). " +
                               (headings ? "Keep one heading and put all the points of that "
                                           "review under it."
                                         : "Keep one and put all the points of that review in "
                                           "it."));
                break;
            }
        }
}
} // namespace eqplan::checks
