// progress.out-of-order: an objective's dated progress entries neither all oldest first nor all
// newest first.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkProgressOutOfOrder(const Context& context, Report& report)
{
    for (const Objective& objective : context.plan().objectives)
    {
        std::vector<const Progress*> dated;
        for (const Progress& entry : objective.progress)
            if (entry.date)
                dated.push_back(&entry);
        std::strong_ordering direction = std::strong_ordering::equal;
        for (std::size_t i = 1; i < dated.size(); ++i)
        {
            const std::strong_ordering step = compare(*dated[i - 1]->date, *dated[i]->date);
            if (step == std::strong_ordering::equal)
                continue; // two entries of one date are progress.duplicate-date's
            if (direction == std::strong_ordering::equal)
            {
                direction = step;
                continue;
            }
            if (step == direction)
                continue;
            report.add(Severity::Warning, &objective, dated[i]->headingLocation,
                       keyed("findingProgressOutOfOrder",
                             "Objective {0} lists its progress for {1} after {2}, out of date "
                             "order with its other reviews. Keep the reviews in date order.",
                             {plain(std::to_string(objective.number)), dateWords(*dated[i]->date),
                              dateWords(*dated[i - 1]->date)}));
            break;
        }
    }
}
} // namespace eqplan::checks
