// progress.numbering: points of one review numbered by hand ("1) ", "2) ") whose numbers skip
// or start again, or two numbered points typed on one line ("2) ... 3) ...").
#include "Rule.hpp"

#include "eqplan/Text.hpp"

namespace eqplan::checks
{
namespace
{
std::string entryName(const Progress& entry)
{
    return entry.date ? "progress for " + describe(*entry.date) : "undated progress";
}

// The text around the number of a label: "(" and ")" of "(2)", "" and ")" of "2)".
std::pair<std::string, std::string> labelShape(std::string_view label)
{
    std::size_t first = 0;
    while (first < label.size() && !text::isDigit(label[first]))
        ++first;
    std::size_t last = first;
    while (last < label.size() && text::isDigit(label[last]))
        ++last;
    return {std::string(label.substr(0, first)), std::string(label.substr(last))};
}
} // namespace

void checkProgressNumbering(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
        for (const Progress& entry : objective.progress)
        {
            // Named only when there is something to say: most entries have nothing.
            const auto where = [&] { return Context::name(objective) + "'s " + entryName(entry); };
            std::optional<int> previous;
            for (const ListItem& listItem : entry.items)
            {
                const Item& item = listItem.item;
                if (item.marker != ItemMarker::TypedNumber || !item.number)
                    continue;
                const int number = *item.number;
                const int expected = previous ? *previous + 1 : 1;
                if (number < expected && previous)
                    report.add(Severity::Warning, &objective, listItem.location,
                               where() + " numbers a point " + std::to_string(number) +
                                   " after point " + std::to_string(*previous) +
                                   ": the numbering starts again inside one review.");
                else if (number > expected)
                    report.add(Severity::Warning, &objective, listItem.location,
                               where() +
                                   (previous ? " jumps from point " + std::to_string(*previous) +
                                                   " to point " + std::to_string(number)
                                             : " starts at point " + std::to_string(number)) +
                                   ": a numbered point is missing.");
                previous = number;
                // Further points typed on the same line: " 3) " inside point 2.
                const auto [before, after] = labelShape(item.label);
                for (;;)
                {
                    // " 3) " in " <the point's text> ", which needs "3)" in the text.
                    if (item.text.find(before + std::to_string(*previous + 1) + after) ==
                        std::string::npos)
                        break;
                    const std::string next = " " + before + std::to_string(*previous + 1) + after;
                    const std::string line = " " + item.text + " ";
                    const std::size_t at = line.find(next + " ");
                    if (at == std::string::npos)
                        break;
                    report.add(
                        Severity::Warning, &objective, listItem.location,
                        where() + " runs two numbered points together on one line: " +
                            inQuotes(text::firstLineShortened(item.label + " " + item.text, 90)) +
                            ". Start point " + std::to_string(*previous + 1) +
                            " on a line of its own.");
                    previous = *previous + 1;
                }
            }
        }
}
} // namespace eqplan::checks
