// progress.undated: progress commentary with no date, neither a dated heading above it nor a
// date starting its paragraph, so nobody can tell which review it belongs to.
#include "Rule.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <cstddef>

namespace eqplan::checks
{
namespace
{
// The objective dates its progress inline ("March 2021: ..."), else the plan does: the advice
// then shows that form.
bool datesInline(const Plan& plan, const Objective& objective)
{
    const auto count = [](const Objective& o, EntryForm form)
    {
        return std::count_if(o.progress.begin(), o.progress.end(),
                             [&](const Progress& e) { return e.date && e.form == form; });
    };
    const auto inlineEntries = count(objective, EntryForm::Inline);
    const auto headings = count(objective, EntryForm::Heading);
    if (inlineEntries != headings)
        return inlineEntries > headings;
    std::ptrdiff_t planInline = 0;
    std::ptrdiff_t planHeadings = 0;
    for (const Objective& other : plan.objectives)
    {
        planInline += count(other, EntryForm::Inline);
        planHeadings += count(other, EntryForm::Heading);
    }
    return planInline > planHeadings;
}
} // namespace

void checkProgressUndated(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
        for (const Progress& entry : objective.progress)
        {
            if (entry.date || entry.items.empty())
                continue;
            const ListItem& first = entry.items.front();
            report.add(Severity::Warning, &objective, first.location,
                       Context::name(objective) + " has progress with no date above it (" +
                           inQuotes(text::firstLineShortened(first.item.text, 60)) + "). " +
                           (datesInline(context.plan(), objective)
                                ? "Start it with the date of the review it belongs to, such as "
                                  "\xE2\x80\x9CMarch 2021: \xE2\x80\xA6\xE2\x80\x9D."
                                : "Write the month of the review it belongs to above it, such as "
                                  "\xE2\x80\x9CMarch 2021\xE2\x80\x9D."));
        }
}
} // namespace eqplan::checks
