// Publishing, what stands in its way: the error findings of the checks, publish.* rules first.
#include "eqplan/bridge/Publish.hpp"

namespace eqplan::bridge
{
std::vector<PublishProblem> publishingProblems(const std::vector<Finding>& findings,
                                               const std::vector<std::string>& extraBlocking)
{
    std::vector<PublishProblem> problems;
    // What only publishing minds first (a comment, a pending change), then the plan's own errors.
    for (const bool publishRules : {true, false})
        for (const Finding& finding : findings)
            if (finding.severity == Severity::Error &&
                finding.rule.starts_with("publish.") == publishRules)
                problems.push_back({finding.rule, finding.message, finding.words});
    for (const std::string& reason : extraBlocking)
        problems.push_back({"check", reason, plain(reason)});
    return problems;
}
} // namespace eqplan::bridge
