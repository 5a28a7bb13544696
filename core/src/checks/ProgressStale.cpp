// progress.stale: an objective with no progress entry for the plan's latest review (the latest
// dated progress of any objective).
#include "Rule.hpp"

namespace eqplan::checks
{
namespace
{
bool overlaps(const PlanDate& a, const PlanDate& b)
{
    return a.first <= b.last() && b.first <= a.last();
}
} // namespace

void checkProgressStale(const Context& context, Report& report)
{
    const std::optional<PlanDate> latest = context.plan().latestReview();
    if (!latest)
        return;
    for (const Objective& objective : context.plan().objectives)
    {
        bool reviewed = false;
        for (const Progress& entry : objective.progress)
            reviewed = reviewed || (entry.date && overlaps(*entry.date, *latest));
        if (reviewed)
            continue;
        const Progress* own = objective.latestProgress();
        std::optional<Location> location =
            objective.progressField.cells.empty()
                ? context.locationOf(objective)
                : std::optional<Location>(objective.progressField.cells.back());
        report.add(Severity::Warning, &objective, location,
                   own && own->date
                       ? keyed("findingProgressStale",
                               "Objective {0} has no progress for the plan's latest review ({1}); "
                               "its latest progress is from {2}.",
                               {plain(std::to_string(objective.number)), dateWords(*latest),
                                dateWords(*own->date)})
                       : keyed("findingProgressStaleNone",
                               "Objective {0} has no progress for the plan's latest review ({1}); "
                               "it has no dated progress at all.",
                               {plain(std::to_string(objective.number)), dateWords(*latest)}));
    }
}
} // namespace eqplan::checks
