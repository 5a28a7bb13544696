// Planning dated progress updates: where they go and how they are written, per plan layout.
#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"

#include <gtest/gtest.h>

namespace
{
using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono;

PlanDate month(int y, unsigned m)
{
    return PlanDate{year{y} / m / 1, Precision::Month, std::nullopt};
}

PlanDate dayOf(int y, unsigned m, unsigned d)
{
    return PlanDate{year{y} / m / d, Precision::Day, std::nullopt};
}

// A one-objective plan whose progress cell (D2) holds `progress`, one paragraph a line.
Plan planWith(std::string_view progress)
{
    DocumentGrid d = document(
        {table("Table1", {{"Objective", "Actions", "Lead", "Progress"},
                          {"To improve attendance", "Calls home", "HT", std::string(progress)}})});
    ReadResult result = readPlan(d, realSchemas());
    EXPECT_TRUE(result) << result.message;
    return result.plan;
}

// The seed 2018-2021's commentary cell: a first heading of its own, later ones "March 2020".
const char* seed2018 = "Progress Commentary As of December 2018:\n1) Digital signage\n2) Positive "
                       "feedback\n \nMarch 2020\n1) Very rare\n2) Code of conduct\n3) British "
                       "values\n March 2021\n\n1) Rare instances\n2) Code updated";

ProgressWrite planned(const Plan& plan, const PlanDate& date, std::vector<std::string> items)
{
    ProgressWritePlan result =
        planProgressUpdate(plan, plan.objectives.at(0), date, items, realSchemas().grammar);
    EXPECT_TRUE(result) << result.error;
    return result ? *result.write : ProgressWrite{};
}

std::vector<std::string> texts(const ProgressWrite& write)
{
    std::vector<std::string> out;
    for (const NewParagraph& p : write.paragraphs)
        out.push_back(p.text);
    return out;
}

TEST(ProgressWriter, NewMonthImitatesTheLatestHeadingAndTypedNumbers)
{
    const ProgressWrite write = planned(planWith(seed2018), month(2026, 11), {"First", "Second"});
    EXPECT_EQ(write.cell.cell, "D2");
    EXPECT_EQ(write.after, 11);
    EXPECT_FALSE(write.addsToEntry);
    EXPECT_EQ(texts(write), (std::vector<std::string>{"November 2026", "1) First", "2) Second"}));
    ASSERT_EQ(write.paragraphs.size(), 3u);
    EXPECT_TRUE(write.paragraphs[0].heading);
    EXPECT_TRUE(write.paragraphs[0].bold == false); // the hand-built grid has no bold
    EXPECT_EQ(write.paragraphs[1].numbering, Numbering::None);
}

TEST(ProgressWriter, SameMonthAddsToTheEntryContinuingItsNumbers)
{
    const ProgressWrite write = planned(planWith(seed2018), month(2020, 3), {"Fourth"});
    EXPECT_TRUE(write.addsToEntry);
    EXPECT_EQ(write.after, 7);
    EXPECT_EQ(texts(write), (std::vector<std::string>{"4) Fourth"}));
}

TEST(ProgressWriter, OlderDateGoesBetweenEntriesInDateOrder)
{
    const ProgressWrite write = planned(planWith(seed2018), month(2019, 7), {"Summer"});
    EXPECT_EQ(write.after, 2); // after December 2018's last item, before its blank line
    EXPECT_EQ(texts(write), (std::vector<std::string>{"July 2019", "1) Summer"}));
}

TEST(ProgressWriter, DateBeforeEveryEntryGoesFirst)
{
    const ProgressWrite write = planned(planWith(seed2018), month(2017, 9), {"Start"});
    EXPECT_EQ(write.after, -1);
}

TEST(ProgressWriter, DayPrecisionKeepsThePrefix)
{
    const ProgressWrite write =
        planned(planWith("As of 3 March 2022\n1. Trained\nAs of 14 July 2022\n1. Fell"),
                dayOf(2026, 11, 23), {"Audit"});
    EXPECT_EQ(texts(write), (std::vector<std::string>{"As of 23 November 2026", "1. Audit"}));
    EXPECT_EQ(write.after, 3);
}

TEST(ProgressWriter, PlainItemsStayPlain)
{
    const ProgressWrite write =
        planned(planWith("March 2020\nMore than 2% increase\n\nUse of rewards"), month(2026, 11),
                {"Attendance up"});
    EXPECT_EQ(texts(write), (std::vector<std::string>{"November 2026", "Attendance up"}));
}

TEST(ProgressWriter, TypedBulletsStayBullets)
{
    const ProgressWrite write =
        planned(planWith("Autumn 2022\n- Training\nSummer 2023\n- Gap closed"), month(2026, 11),
                {"Checked"});
    EXPECT_EQ(texts(write), (std::vector<std::string>{"November 2026", "- Checked"}));
}

TEST(ProgressWriter, UndatedCommentaryStaysFirstAndCanonicalFormIsUsed)
{
    const ProgressWrite write =
        planned(planWith("Increased minority students in Leadership roles."), month(2026, 11),
                {"Two new prefects"});
    EXPECT_EQ(write.after, 0);
    EXPECT_EQ(texts(write), (std::vector<std::string>{"Progress Commentary As of November 2026:",
                                                      "1) Two new prefects"}));
    EXPECT_TRUE(write.paragraphs[0].bold);
}

TEST(ProgressWriter, RealListItemsRestartThenContinue)
{
    DocumentGrid d = document({table("Table1", {{"Objective", "Actions", "Lead", "Progress"},
                                                {"To improve", "Calls", "HT", "x"}})});
    Cell& progress = d.tables[0].cells.back();
    progress.paragraphs = {para("As of 3 March 2022", true), para("Trained"), para("Launched")};
    progress.paragraphs[1].listLabel = "1.";
    progress.paragraphs[2].listLabel = "2.";
    ReadResult read = readPlan(d, realSchemas());
    ASSERT_TRUE(read) << read.message;

    const ProgressWrite fresh = planned(read.plan, month(2026, 11), {"A", "B"});
    ASSERT_EQ(fresh.paragraphs.size(), 3u);
    EXPECT_EQ(texts(fresh), (std::vector<std::string>{"As of November 2026", "A", "B"}));
    EXPECT_TRUE(fresh.paragraphs[0].bold);
    EXPECT_EQ(fresh.paragraphs[1].numbering, Numbering::RestartList);
    EXPECT_EQ(fresh.paragraphs[1].like, 1);
    EXPECT_EQ(fresh.paragraphs[2].numbering, Numbering::ContinueList);
    EXPECT_EQ(fresh.paragraphs[2].like, -1);

    const ProgressWrite same = planned(read.plan, dayOf(2022, 3, 3), {"C"});
    EXPECT_TRUE(same.addsToEntry);
    ASSERT_EQ(same.paragraphs.size(), 1u);
    EXPECT_EQ(same.paragraphs[0].numbering, Numbering::ContinueList);
    EXPECT_EQ(same.paragraphs[0].like, 2);
    EXPECT_EQ(same.after, 2);
}

TEST(ProgressWriter, EmptyItemsAreRejected)
{
    const Plan plan = planWith(seed2018);
    const CommentaryGrammar& grammar = realSchemas().grammar;
    EXPECT_EQ(planProgressUpdate(plan, plan.objectives[0], month(2026, 11), {}, grammar).error,
              "Give at least one item to write (--item \"...\").");
    EXPECT_EQ(
        planProgressUpdate(plan, plan.objectives[0], month(2026, 11), {"ok", "  "}, grammar).error,
        "An item is empty. Each --item needs some text.");
}

TEST(ProgressWriter, NoProgressCellIsAClearError)
{
    ReadResult read = readPlan(document({table("Table1", {{"Objective", "Actions", "Lead"},
                                                          {"To improve", "Calls", "HT"}})}),
                               realSchemas());
    ASSERT_TRUE(read) << read.message;
    const ProgressWritePlan result = planProgressUpdate(
        read.plan, read.plan.objectives[0], month(2026, 11), {"x"}, realSchemas().grammar);
    EXPECT_FALSE(result);
    EXPECT_EQ(result.error, "Objective 1 has no progress column and no commentary row to write "
                            "the update into. Adding a progress column is not supported yet: add "
                            "one to the table (for example \"Progress\") and try again.");
}

TEST(ProgressWriter, HeadingFormsOfTheSeeds)
{
    const auto form = headingForm("Progress Commentary As of December 2018:", true);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->prefix, "Progress Commentary As of ");
    EXPECT_EQ(form->suffix, ":");
    EXPECT_EQ(formatDate(month(2026, 11), *form), "November 2026");
    const auto numeric = headingForm("14/07/2021", false);
    ASSERT_TRUE(numeric);
    EXPECT_EQ(formatDate(dayOf(2026, 11, 3), *numeric), "03/11/2026");
    EXPECT_FALSE(headingForm("no date here", true));
}

TEST(ProgressWriter, UpdatedLineKeepsItsForm)
{
    UpdatedLine line{"Updated 2-3-2021 D Sydes", dayOf(2021, 3, 2), "D Sydes", 0, 1};
    auto rewrite = rewriteUpdatedLine(line, year{2026} / 11 / 23, "A Khan");
    ASSERT_TRUE(rewrite);
    EXPECT_EQ(rewrite->text, "Updated 23-11-2026 A Khan");
    EXPECT_EQ(rewrite->oldDate, "2-3-2021");
    rewrite = rewriteUpdatedLine(line, year{2026} / 11 / 23, "");
    EXPECT_EQ(rewrite->text, "Updated 23-11-2026 D Sydes");
    UpdatedLine words{"Last updated: 14 September 2023 by J Patel", dayOf(2023, 9, 14), "J Patel",
                      0, 1};
    EXPECT_EQ(rewriteUpdatedLine(words, year{2026} / 11 / 3, "")->text,
              "Last updated: 3 November 2026 by J Patel");
}
TEST(ProgressWriter, FirstEntryOfAnObjectiveCopiesThePlansFirstHeadings)
{
    const ReadResult read =
        readPlan(document({table("Table1", {{"Objective", "Actions", "Lead", "Progress"},
                                            {"To improve", "Calls", "HT", seed2018},
                                            {"To include", "Clubs", "HT", "Clubs started."}})}),
                 realSchemas());
    ASSERT_TRUE(read) << read.message;
    ASSERT_EQ(read.plan.objectives.size(), 2u);
    const ProgressWritePlan result = planProgressUpdate(
        read.plan, read.plan.objectives[1], month(2026, 11), {"More clubs"}, realSchemas().grammar);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(
        texts(*result.write),
        (std::vector<std::string>{"Progress Commentary As of November 2026:", "1) More clubs"}));
    EXPECT_EQ(result.write->cell.cell, "D3");
}
} // namespace
