// The status each planner of a change gives when it gives no write (Result<T>): the one a caller
// acts on (the CLI's exit code, the deck's error kind), for every refusal the planners make.
#include "GridBuilders.hpp"
#include "LayoutGrids.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/Result.hpp"
#include "eqplan/StatusWriter.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

namespace eqplan
{
// ResultStatus by name in failure messages.
void PrintTo(ResultStatus status, std::ostream* os)
{
    *os << statusName(status);
}
} // namespace eqplan

namespace
{
using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono;

// The seed 2018-2021: progress, no timescale or status column.
const DocumentGrid& seedGrid()
{
    static const DocumentGrid grid = seedActionPlan2018();
    return grid;
}

const Plan& seed()
{
    static const Plan plan = readWithRealSchemas(seedGrid());
    return plan;
}

// A plan with none of the optional columns: no progress, no status, no timescale.
const Plan& bare()
{
    static const Plan plan = readWithRealSchemas(
        document({table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "A", "HT"}})}));
    return plan;
}

// A plan with a status column.
const Plan& rated()
{
    static const Plan plan = readWithRealSchemas(document({table(
        "Table1", {{"Objective", "Actions", "Lead", "RAG"}, {"To improve", "A", "HT", "G"}})}));
    return plan;
}

// Labels down the left of a table with a merged cell: no new objective can be laid out like it.
const DocumentGrid& mergedLeftGrid()
{
    static const DocumentGrid grid = labelsLeftWithMergedCell();
    return grid;
}

PlanDate november()
{
    return PlanDate{year{2026} / 11 / 1, Precision::Month, std::nullopt};
}

// What a planner gave: its status, whether it held a value, and its words.
struct Outcome
{
    ResultStatus status;
    bool hasValue;
    std::string error;
};

template <class T>
Outcome outcomeOf(const Result<T>& r)
{
    return {r.status, r.value.has_value(), r.error};
}

struct Case
{
    const char* name;
    ResultStatus expected;
    std::function<Outcome()> plan;
};

void PrintTo(const Case& c, std::ostream* os)
{
    *os << c.name;
}

using Fields = std::vector<std::pair<std::string, std::vector<std::string>>>;

Outcome progress(const Plan& plan, const std::vector<std::string>& items)
{
    return outcomeOf(
        planProgressUpdate(plan, plan.objectives.at(0), november(), items, realSchemas().grammar));
}

Outcome field(const std::string& id, const std::vector<std::string>& values)
{
    return outcomeOf(planFieldEdit(seed(), seed().objectives.at(0), id, values, realSchemas()));
}

Outcome status(const Plan& plan, const std::string& wanted)
{
    return outcomeOf(planStatus(plan, plan.objectives.at(0), wanted, realSchemas().layout));
}

Outcome objective(const Plan& plan, const DocumentGrid& grid, const std::string& text,
                  const Fields& fields = {})
{
    return outcomeOf(planNewObjective(plan, grid, text, fields, realSchemas()));
}

const std::vector<Case>& cases()
{
    static const std::vector<Case> all = {
        {"ProgressWritten", ResultStatus::Ok, [] { return progress(seed(), {"Club running"}); }},
        {"ProgressWithoutItems", ResultStatus::NothingToWrite, [] { return progress(seed(), {}); }},
        {"ProgressWithAnEmptyItem", ResultStatus::BadText,
         [] {
             return progress(seed(), {"ok", "  "});
         }},
        {"ProgressWithoutAProgressCell", ResultStatus::NoColumn,
         [] { return progress(bare(), {"x"}); }},

        {"FieldWritten", ResultStatus::Ok, [] { return field("actions", {"Assemblies"}); }},
        {"FieldProgressIsNotEdited", ResultStatus::UnknownName,
         [] { return field("progress", {"x"}); }},
        {"FieldUnknown", ResultStatus::UnknownName, [] { return field("colour", {"x"}); }},
        {"FieldWithoutValues", ResultStatus::NothingToWrite, [] { return field("actions", {}); }},
        {"FieldWithAnEmptyValue", ResultStatus::BadText,
         [] {
             return field("actions", {"a", "  "});
         }},
        {"FieldWithALineBreak", ResultStatus::BadText, [] { return field("actions", {"a\nb"}); }},
        {"FieldWithoutAColumn", ResultStatus::NoColumn,
         [] { return field("timescale", {"July 2027"}); }},

        {"StatusWritten", ResultStatus::Ok, [] { return status(rated(), "amber"); }},
        {"StatusUnknown", ResultStatus::UnknownName, [] { return status(rated(), "purple"); }},
        {"StatusWithoutAColumn", ResultStatus::NoColumn, [] { return status(bare(), "green"); }},

        {"ObjectiveAdded", ResultStatus::Ok,
         [] {
             return objective(seed(), seedGrid(), "To include", {{"owners", {"SLT"}}});
         }},
        {"ObjectiveWithoutText", ResultStatus::NothingToWrite,
         [] { return objective(seed(), seedGrid(), "  "); }},
        {"ObjectiveWithALineBreak", ResultStatus::BadText,
         [] { return objective(seed(), seedGrid(), "To a\nb"); }},
        {"ObjectiveWithAnEmptyFieldValue", ResultStatus::BadText,
         [] {
             return objective(seed(), seedGrid(), "x", {{"owners", {""}}});
         }},
        {"ObjectiveTextGivenAsAField", ResultStatus::UnknownName,
         [] {
             return objective(seed(), seedGrid(), "x", {{"objective", {"y"}}});
         }},
        {"ObjectiveWithAnUnknownField", ResultStatus::UnknownName,
         [] {
             return objective(seed(), seedGrid(), "x", {{"colour", {"y"}}});
         }},
        {"ObjectiveFieldWithoutAColumn", ResultStatus::NoColumn,
         [] {
             return objective(seed(), seedGrid(), "x", {{"timescale", {"2027"}}});
         }},
        // A plan with its header and no objective gets its first (ObjectiveWriterTest), unless
        // its labels are down the left: there is no telling where the first one goes.
        {"FirstObjectiveOfAPlanWithLabelsDownTheLeft", ResultStatus::Refused,
         []
         {
             Plan empty = readWithRealSchemas(mergedLeftGrid());
             empty.objectives.clear();
             return objective(empty, mergedLeftGrid(), "x");
         }},
        {"ObjectiveBesideMergedLabels", ResultStatus::Refused,
         [] { return objective(readWithRealSchemas(mergedLeftGrid()), mergedLeftGrid(), "x"); }},
        {"ObjectiveOnAnotherDocumentsGrid", ResultStatus::Stale,
         [] { return objective(seed(), DocumentGrid{}, "x"); }},
    };
    return all;
}

class WriteStatus : public ::testing::TestWithParam<Case>
{
};

TEST_P(WriteStatus, IsTheOneTheRefusalMeans)
{
    const Case& c = GetParam();
    const Outcome got = c.plan();
    EXPECT_EQ(got.status, c.expected) << got.error;
    // A value exactly when Ok, and words exactly when not: a caller never guesses.
    EXPECT_EQ(got.hasValue, c.expected == ResultStatus::Ok);
    EXPECT_EQ(got.error.empty(), c.expected == ResultStatus::Ok) << got.error;
}

INSTANTIATE_TEST_SUITE_P(Planners, WriteStatus, ::testing::ValuesIn(cases()),
                         [](const ::testing::TestParamInfo<Case>& tested)
                         { return std::string(tested.param.name); });

TEST(WriteStatus, EveryStatusIsGivenByACase)
{
    // The table above covers each status the planners give; a status no planner gives would be
    // one a caller maps for nothing.
    std::set<ResultStatus> given;
    for (const Case& c : cases())
        given.insert(c.expected);
    EXPECT_EQ(cases().size(), 24u);
    for (ResultStatus s : {ResultStatus::Ok, ResultStatus::NothingToWrite, ResultStatus::BadText,
                           ResultStatus::UnknownName, ResultStatus::NoColumn, ResultStatus::Refused,
                           ResultStatus::Stale})
        EXPECT_TRUE(given.count(s)) << statusName(s);
}

TEST(WriteStatus, ResultHoldsItsValueOrItsWords)
{
    const Result<int> ok = Result<int>::ok(3);
    EXPECT_TRUE(ok);
    EXPECT_EQ(*ok, 3);
    EXPECT_EQ(ok.error, "");
    const Result<int> refused = Result<int>::failed(ResultStatus::Refused, "No.");
    EXPECT_FALSE(refused);
    EXPECT_FALSE(refused.value);
    EXPECT_EQ(refused.status, ResultStatus::Refused);
    EXPECT_EQ(refused.error, "No.");
}
} // namespace
