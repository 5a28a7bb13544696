// progress.numbering: points of one review numbered by hand ("1) ", "2) ") whose numbers skip
// or start again, or two numbered points typed on one line ("2) ... 3) ...").
#include "Rule.hpp"

#include "eqplan/Text.hpp"

namespace eqplan::checks
{
namespace
{
// "Objective 2's progress for March 2021", "Objective 2's undated progress".
Message entryName(const Objective& objective, const Progress& entry)
{
    const std::string number = std::to_string(objective.number);
    return entry.date
               ? keyed("findingProgressFor", "Objective {0}'s progress for {1}",
                       {plain(number), dateWords(*entry.date)})
               : keyed("findingUndatedProgressOf", "Objective {0}'s undated progress", {number});
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
            const auto where = [&] { return entryName(objective, entry); };
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
                               keyed("findingNumberingRestarts",
                                     "{0} numbers a point {1} after point {2}: the numbering "
                                     "starts again inside one review.",
                                     {where(), plain(std::to_string(number)),
                                      plain(std::to_string(*previous))}));
                else if (number > expected)
                    report.add(Severity::Warning, &objective, listItem.location,
                               previous ? keyed("findingNumberingJumps",
                                                "{0} jumps from point {1} to point {2}: a "
                                                "numbered point is missing.",
                                                {where(), plain(std::to_string(*previous)),
                                                 plain(std::to_string(number))})
                                        : keyed("findingNumberingStartsAt",
                                                "{0} starts at point {1}: a numbered point is "
                                                "missing.",
                                                {where(), plain(std::to_string(number))}));
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
                        keyed("findingNumberingRunTogether",
                              "{0} runs two numbered points together on one line: “{1}”. Start "
                              "point {2} on a line of its own.",
                              {where(),
                               plain(text::firstLineShortened(item.label + " " + item.text, 90)),
                               plain(std::to_string(*previous + 1))}));
                    previous = *previous + 1;
                }
            }
        }
}
} // namespace eqplan::checks
