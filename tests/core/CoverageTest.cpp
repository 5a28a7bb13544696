#include "eqplan/Coverage.hpp"
#include "eqplan/PlanReader.hpp"

#include "GridBuilders.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

using namespace eqplan;
using namespace eqplan::test;
namespace json = boost::json;

namespace
{
Coverage coverageOfGrid(const DocumentGrid& grid)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    return coverageOf(read.plan, realSchemas().checks);
}

DocumentGrid threeObjectives()
{
    return document({table(
        "Table1", {{"PSED aim", "Protected characteristics", "Objective", "Actions", "Who"},
                   {"Advance equality of opportunity", "Race, Disability", "Close the gap",
                    "Tutoring", "EWA"},
                   {"Eliminate discrimination", "Race", "Stop bullying", "Training", "SLT"},
                   {"Foster good relations", "Age", "Staff across ages", "Mentoring", "HR"}})});
}
} // namespace

TEST(Coverage, CountsAimsByCharacteristicsWithTheObjectivesBehindThem)
{
    const Coverage coverage = coverageOfGrid(threeObjectives());
    EXPECT_EQ(coverage.objectives(Aim::Advance, Characteristic::Race), std::vector<int>{1});
    EXPECT_EQ(coverage.objectives(Aim::Eliminate, Characteristic::Race), std::vector<int>{2});
    EXPECT_EQ(coverage.count(Aim::Foster, Characteristic::Race), 0u);
    EXPECT_EQ(coverage.count(Aim::Advance, Characteristic::Disability), 1u);
    EXPECT_EQ(coverage.objectives(Aim::Foster, Characteristic::Age), std::vector<int>{3});
    EXPECT_EQ(coverage.byCharacteristic[static_cast<std::size_t>(Characteristic::Race)],
              (std::vector<int>{1, 2}));
    EXPECT_EQ(coverage.byAim[static_cast<std::size_t>(Aim::Foster)], std::vector<int>{3});
}

TEST(Coverage, GapsLeaveStaffOnlyCharacteristicsOut)
{
    const Coverage coverage = coverageOfGrid(threeObjectives());
    EXPECT_TRUE(coverage.uncoveredAims.empty());
    EXPECT_EQ(coverage.uncoveredCharacteristics,
              (std::vector<Characteristic>{Characteristic::GenderReassignment,
                                           Characteristic::PregnancyMaternity,
                                           Characteristic::ReligionBelief, Characteristic::Sex,
                                           Characteristic::SexualOrientation}));
    EXPECT_EQ(coverage.uncoveredStaffOnly,
              std::vector<Characteristic>{Characteristic::MarriageCivilPartnership});
    EXPECT_TRUE(coverage.isStaffOnly(Characteristic::Age));
    EXPECT_FALSE(coverage.isStaffOnly(Characteristic::Race));
}

TEST(Coverage, AllAimsAndAllCharacteristicsCoverEverything)
{
    const Coverage coverage = coverageOfGrid(seedObjectives2017());
    EXPECT_TRUE(coverage.uncoveredAims.empty());
    EXPECT_TRUE(coverage.uncoveredCharacteristics.empty());
    EXPECT_TRUE(coverage.uncoveredStaffOnly.empty());
    EXPECT_EQ(coverage.objectives(Aim::Foster, Characteristic::Age), std::vector<int>{1});
}

TEST(Coverage, AnObjectiveWithoutAnAimCountsForItsCharacteristicsOnly)
{
    const Coverage coverage = coverageOfGrid(
        document({table("Table1", {{"Protected characteristics", "Objective", "Actions", "Who"},
                                   {"Sex", "Girls in STEM", "Clubs", "GMA"}})}));
    EXPECT_EQ(coverage.byCharacteristic[static_cast<std::size_t>(Characteristic::Sex)],
              std::vector<int>{1});
    EXPECT_EQ(coverage.uncoveredAims.size(), 3u);
    for (Aim aim : allAims)
        EXPECT_EQ(coverage.count(aim, Characteristic::Sex), 0u);
}

TEST(Coverage, AsJson)
{
    const json::value value = toJson(coverageOfGrid(threeObjectives()));
    EXPECT_EQ(value.at("cells").as_array().size(), 27u);
    EXPECT_EQ(value.at("cells").at(5), json::parse(R"({"aim":"eliminate","characteristic":"race",)"
                                                   R"("count":1,"objectives":[2]})"));
    EXPECT_EQ(value.at("aims").at(1), json::parse(R"({"aim":"advance","objectives":[1]})"));
    EXPECT_EQ(value.at("characteristics").at(0),
              json::parse(R"({"characteristic":"age","staffOnly":true,"objectives":[3]})"));
    EXPECT_EQ(value.at("uncoveredAims"), json::array());
    EXPECT_EQ(value.at("uncoveredStaffOnly"), json::parse(R"(["marriage-civil-partnership"])"));
    EXPECT_EQ(value.at("uncoveredCharacteristics").as_array().size(), 5u);
}
