// calendar.review-overdue: no update of the plan for more than 12 months (equality information
// is published at least yearly; schemas/checks.json "reviewMaxMonths"). The last update is the
// one of the "Updated" line and the latest dated progress whose period ends later, taken at
// the end of its period ("March 2021" counts until 31 March 2021). Progress is dated by a heading
// or inline ("Autumn Term 2022: baseline done"), in any date form: a plan that dates its
// progress inline has said when it was reviewed.
#include "Rule.hpp"

namespace eqplan::checks
{
void checkReviewOverdue(const Context& context, Report& report)
{
    const Plan& plan = context.plan();
    // The approval and last-review dates of a document-control table count too.
    const std::optional<PlanDate> last = plan.lastReviewed();
    const int months = context.schemas().checks.reviewMaxMonths;
    if (!last)
    {
        report.add(Severity::Warning, nullptr, std::nullopt,
                   keyed("findingReviewUnknown",
                         "The plan does not say when it was last reviewed: it has no “Updated” "
                         "line and no dated progress. Schools must publish equality information "
                         "at least every {0} months.",
                         {std::to_string(months)}));
        return;
    }
    const std::chrono::year_month_day due = last->last() + std::chrono::months{months};
    if (context.input().today <= due)
        return;
    std::vector<Message> arguments{dateWords(*last), plain(std::to_string(months))};
    report.add(Severity::Error, nullptr, std::nullopt,
               last->precision == Precision::Day
                   ? keyed("findingReviewOverdueOn",
                           "The plan was last updated on {0}, more than {1} months ago. Schools "
                           "must publish equality information at least every {1} months: review "
                           "the plan and record its progress.",
                           std::move(arguments))
                   : keyed("findingReviewOverdueIn",
                           "The plan was last updated in {0}, more than {1} months ago. Schools "
                           "must publish equality information at least every {1} months: review "
                           "the plan and record its progress.",
                           std::move(arguments)));
}
} // namespace eqplan::checks
