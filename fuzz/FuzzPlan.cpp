// A whole plan: a document grid built from the input goes through JSON and back as the in-office
// reader hands it over (it must come back the same), is recognised, written as JSON, and, when a
// plan is found, a progress update and a new Updated line are planned on it.
#include "FuzzInput.hpp"

#include "eqplan/GridJson.hpp"
#include "eqplan/PlanJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"

#include <boost/json/serialize.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const Schemas& schemas = fuzz::sourceSchemas();
    const DocumentGrid grid = fuzz::gridFromText(fuzz::asText(data, size));
    const Loaded<DocumentGrid> sent = gridFromJson(boost::json::serialize(toJson(grid)));
    if (!sent || !(*sent.value == grid))
        __builtin_trap(); // every grid toJson writes is read back as it was
    const ReadResult result = readPlan(grid, schemas);
    if (!result)
    {
        if (result.message.empty())
            __builtin_trap(); // a failure always says why
        return 0;
    }
    (void)boost::json::serialize(toJson(result.plan, SourceInfo{"fuzz.docx", "docx"}));
    const PlanDate date{std::chrono::year{2026} / 11 / 1, Precision::Month, std::nullopt};
    for (const Objective& objective : result.plan.objectives)
        (void)planProgressUpdate(result.plan, objective, date, {"First point", "Second point"},
                                 schemas.grammar);
    if (result.plan.updated)
        (void)rewriteUpdatedLine(*result.plan.updated, std::chrono::year{2026} / 11 / 23,
                                 "A Tester");
    return 0;
}
