// Planning field edits and the Updated line: what a field's cell becomes, written the plan's way,
// per seed layout.
#include "GridBuilders.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/PlanReader.hpp"

#include <gtest/gtest.h>

namespace
{
using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono;

const Plan& seed2018()
{
    static const Plan plan = readWithRealSchemas(seedActionPlan2018());
    return plan;
}

const Plan& seed2017()
{
    static const Plan plan = readWithRealSchemas(seedObjectives2017());
    return plan;
}

FieldWrite planned(const Plan& plan, std::size_t objective, const std::string& field,
                   const std::vector<std::string>& values)
{
    const Result<FieldWrite> result =
        planFieldEdit(plan, plan.objectives.at(objective), field, values, realSchemas());
    EXPECT_TRUE(result) << result.error;
    return result ? *result : FieldWrite{};
}

std::vector<std::string> texts(const FieldWrite& write)
{
    std::vector<std::string> out;
    for (const NewParagraph& p : write.paragraphs)
        out.push_back(p.text);
    return out;
}

using Texts = std::vector<std::string>;

TEST(FieldWriter, Seed2018ActionsAreTypedBulletsReplacingTheWrittenParagraphsOnly)
{
    const FieldWrite write = planned(seed2018(), 0, "actions", {"Digital signage", " Assemblies "});
    EXPECT_EQ(write.cell.cell, "C2");
    EXPECT_EQ(write.label, "Actions");
    EXPECT_EQ(write.first, 0);
    EXPECT_EQ(write.last, 3); // the two empty paragraphs under the bullets stay
    EXPECT_EQ(texts(write), (Texts{"\xC2\xB7 Digital signage", "\xC2\xB7 Assemblies"}));
    EXPECT_EQ(write.paragraphs[0].numbering, Numbering::None);
    EXPECT_TRUE(write.cleared.empty());
}

TEST(FieldWriter, APlainSingleItemBorrowsTheFormOfTheOtherObjectives)
{
    // Objective 2's success criteria are one plain paragraph; objective 1's are typed "·".
    const FieldWrite write = planned(seed2018(), 1, "successCriteria", {"A", "B"});
    EXPECT_EQ(texts(write), (Texts{"\xC2\xB7 A", "\xC2\xB7 B"}));
    EXPECT_EQ(write.cell.cell, "D4");
}

TEST(FieldWriter, RealListItemsStayInTheCellsList)
{
    const FieldWrite write = planned(seed2018(), 2, "actions", {"One", "Two"});
    ASSERT_EQ(write.paragraphs.size(), 2u);
    EXPECT_EQ(texts(write), (Texts{"One", "Two"}));
    EXPECT_EQ(write.paragraphs[0].numbering, Numbering::RestartList);
    EXPECT_EQ(write.paragraphs[0].like, 0);
    EXPECT_EQ(write.paragraphs[1].numbering, Numbering::ContinueList);
    EXPECT_EQ(write.paragraphs[1].like, -1);
}

TEST(FieldWriter, ObjectiveTextKeepsItsTypedNumber)
{
    const FieldWrite write = planned(seed2018(), 1, "objective", {"To raise attendance by 3%"});
    EXPECT_EQ(write.cell.cell, "B4");
    EXPECT_EQ(texts(write), (Texts{"2) To raise attendance by 3%"}));
}

TEST(FieldWriter, OwnersOneALineWhereThePlanWritesThemSo)
{
    EXPECT_EQ(texts(planned(seed2018(), 0, "owners", {"Pastoral staff", "SLT"})),
              (Texts{"Pastoral staff", "SLT"}));
}

TEST(FieldWriter, OwnersJoinedTheWayTheObjectiveJoinsThem)
{
    EXPECT_EQ(texts(planned(seed2017(), 0, "owners", {"EWA", "SWA", "GMA"})),
              (Texts{"EWA/SWA/GMA"}));
    // Objective 2 writes its owners one a line.
    EXPECT_EQ(texts(planned(seed2017(), 1, "owners", {"SLT", "YL"})), (Texts{"SLT", "YL"}));
}

TEST(FieldWriter, CharacteristicsJoinedLikeTheOtherObjectivesWhenThisOneShowsNoWay)
{
    // Objective 1's "All protected characteristics" shows no separator; objective 2's "/" does.
    EXPECT_EQ(texts(planned(seed2017(), 0, "characteristics", {"Race", "Sex"})),
              (Texts{"Race/Sex"}));
}

TEST(FieldWriter, AContinuedFieldClearsItsContinuationCell)
{
    const FieldWrite write = planned(seed2017(), 2, "aim", {"To build social skills"});
    EXPECT_EQ(write.cell.cell, "C4");
    ASSERT_EQ(write.cleared.size(), 1u);
    EXPECT_EQ(write.cleared[0].cell, "C5");
}

TEST(FieldWriter, AnEmptyCellIsWrittenInItsFirstParagraph)
{
    const Plan plan = readWithRealSchemas(document({table(
        "Table1", {{"Objective", "Actions", "Lead", "Timescale"}, {"To improve", "", "HT", ""}})}));
    const FieldWrite write = planned(plan, 0, "timescale", {"July 2027"});
    EXPECT_EQ(write.cell.cell, "D2");
    EXPECT_EQ(write.first, 0);
    EXPECT_EQ(write.last, 0);
    EXPECT_EQ(texts(write), (Texts{"July 2027"}));
}

TEST(FieldWriter, Refusals)
{
    const Plan& plan = seed2018();
    const Objective& first = plan.objectives.at(0);
    EXPECT_EQ(planFieldEdit(plan, first, "progress", {"x"}, realSchemas()).error,
              "Progress is added with eqplan update, not edited as a field.");
    EXPECT_EQ(planFieldEdit(plan, first, "colour", {"x"}, realSchemas()).error,
              "eqplan cannot edit the field \"colour\": give one of duty, characteristics, aim, "
              "objective, targetGroups, actions, successCriteria, owners, timescale.");
    EXPECT_EQ(planFieldEdit(plan, first, "actions", {}, realSchemas()).error,
              "Give the new actions (--value \"...\").");
    EXPECT_EQ(planFieldEdit(plan, first, "actions", {"a", "  "}, realSchemas()).error,
              "A value is empty. Each --value needs some text.");
    const Result<FieldWrite> noColumn =
        planFieldEdit(plan, first, "timescale", {"x"}, realSchemas());
    EXPECT_EQ(noColumn.status, ResultStatus::NoColumn);
    EXPECT_EQ(noColumn.error, "The plan has no Timescale column to write objective 1's into. Add "
                              "the column to the table first, then try again.");
}

TEST(FieldWriter, FieldIdsAsUsersTypeThem)
{
    const Layout& layout = realSchemas().layout;
    EXPECT_EQ(editableFieldId("success-criteria", layout), "successCriteria");
    EXPECT_EQ(editableFieldId("Success criteria", layout), "successCriteria");
    EXPECT_EQ(editableFieldId("targetGroups", layout), "targetGroups");
    EXPECT_EQ(editableFieldId("responsibility", layout), "owners");
    EXPECT_EQ(editableFieldId("progress", layout), "");
    EXPECT_EQ(editableFieldId("", layout), "");
}

TEST(UpdatedLineWriter, RewritesTheLineThePlanHas)
{
    const UpdatedLineWrite write = planUpdatedLine(seed2018(), year{2026} / 11 / 23, "A Tester");
    ASSERT_TRUE(write.rewrite);
    EXPECT_FALSE(write.insert);
    EXPECT_EQ(write.rewrite->text, "Updated 23-11-2026 A Tester");
}

TEST(UpdatedLineWriter, CreatesTheLineUnderTheTitleWhenThePlanHasNone)
{
    const Plan& plan = seed2017();
    ASSERT_FALSE(plan.updated);
    ASSERT_TRUE(plan.titlePlace);
    const UpdatedLineWrite write = planUpdatedLine(plan, year{2026} / 11 / 3, " A Tester ");
    EXPECT_FALSE(write.rewrite);
    ASSERT_TRUE(write.insert);
    EXPECT_EQ(write.insert->after, *plan.titlePlace);
    EXPECT_EQ(write.insert->text, "Updated 3-11-2026 A Tester");
    EXPECT_EQ(planUpdatedLine(plan, year{2026} / 1 / 9, "").insert->text, "Updated 9-1-2026");
}

TEST(UpdatedLineWriter, NothingWithoutATitleParagraph)
{
    const Plan plan = readWithRealSchemas(
        document({table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "A", "HT"}})}));
    EXPECT_FALSE(plan.titlePlace);
    const UpdatedLineWrite write = planUpdatedLine(plan, year{2026} / 11 / 3, "A Tester");
    EXPECT_FALSE(write.rewrite);
    EXPECT_FALSE(write.insert);
}

TEST(PlanReaderTitle, TheTitlesPlaceIsKept)
{
    ASSERT_TRUE(seed2018().titlePlace);
    EXPECT_EQ(*seed2018().titlePlace, (BodyPlace{0, 0}));
}
} // namespace
