// Planning dated progress updates: where they go and how they are written, per plan layout.
#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/ProgressWriter.hpp"

#include <gtest/gtest.h>

#include <array>
#include <ostream>

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
    return readWithRealSchemas(d);
}

// The seed 2018-2021's commentary cell: a first heading of its own, later ones "March 2020".
const char* seed2018 = "Progress Commentary As of December 2018:\n1) Digital signage\n2) Positive "
                       "feedback\n \nMarch 2020\n1) Very rare\n2) Code of conduct\n3) British "
                       "values\n March 2021\n\n1) Rare instances\n2) Code updated";

ProgressWrite planned(const Plan& plan, const PlanDate& date, std::vector<std::string> items)
{
    Result<ProgressWrite> result =
        planProgressUpdate(plan, plan.objectives.at(0), date, items, realSchemas().grammar);
    EXPECT_TRUE(result) << result.error;
    return result ? *result : ProgressWrite{};
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
    EXPECT_EQ(write.date.iso(), "2020-03"); // a heading plan writes the date as given
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
    const Result<ProgressWrite> result = planProgressUpdate(
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
    // Nobody named: the line names no one, never the previous person.
    rewrite = rewriteUpdatedLine(line, year{2026} / 11 / 23, "");
    EXPECT_EQ(rewrite->text, "Updated 23-11-2026");
    EXPECT_EQ(rewriteUpdatedLine(line, year{2026} / 11 / 23, "  ")->text, "Updated 23-11-2026");
    UpdatedLine words{"Last updated: 14 September 2023 by J Patel", dayOf(2023, 9, 14), "J Patel",
                      0, 1};
    EXPECT_EQ(rewriteUpdatedLine(words, year{2026} / 11 / 3, "")->text,
              "Last updated: 3 November 2026");
    EXPECT_EQ(rewriteUpdatedLine(words, year{2026} / 11 / 3, "A Khan")->text,
              "Last updated: 3 November 2026 by A Khan");
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
    const Result<ProgressWrite> result = planProgressUpdate(
        read.plan, read.plan.objectives[1], month(2026, 11), {"More clubs"}, realSchemas().grammar);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(texts(*result), (std::vector<std::string>{"Progress Commentary As of November 2026:",
                                                        "1) More clubs"}));
    EXPECT_EQ(result->cell.cell, "D3");
}

// ---- inline-dated plans: the new entry is a paragraph in the plan's own form ----

PlanDate autumn(int y)
{
    return schoolTerm(Term::Autumn, y);
}

struct InlineWriteCase
{
    std::string progress; // the objective's progress cell, one paragraph a line
    PlanDate date;
    std::vector<std::string> items;
    std::vector<std::string> written;
    int after;
};

void PrintTo(const InlineWriteCase& c, std::ostream* os)
{
    *os << '"' << c.progress << "\" + " << c.date.iso();
}

class InlineWrites : public testing::TestWithParam<InlineWriteCase>
{
};

TEST_P(InlineWrites, WriteTheEntryInThePlansForm)
{
    const InlineWriteCase& c = GetParam();
    const ProgressWrite write = planned(planWith(c.progress), c.date, c.items);
    EXPECT_EQ(texts(write), c.written);
    EXPECT_EQ(write.after, c.after);
    EXPECT_FALSE(write.addsToEntry);
    ASSERT_FALSE(write.paragraphs.empty());
    EXPECT_TRUE(write.paragraphs[0].heading);
    EXPECT_FALSE(write.paragraphs[0].bold);
    EXPECT_EQ(write.paragraphs[0].numbering, Numbering::None);
}

const std::string enDash = "\xE2\x80\x93";

INSTANTIATE_TEST_SUITE_P(
    EveryForm, InlineWrites,
    testing::Values(
        // Month and year: several items joined in the one paragraph.
        InlineWriteCase{"March 2024: club running\nNovember 2024: 14 boys attend",
                        month(2026, 12),
                        {"Club moved to Wednesdays", "girls joined"},
                        {"December 2026: Club moved to Wednesdays; girls joined"},
                        1},
        // A day of the plan's numeric form, padded as it pads.
        InlineWriteCase{"07/03/2024: gap reduced to 9%",
                        dayOf(2026, 12, 6),
                        {"gap 7%"},
                        {"06/12/2026: gap 7%"},
                        0},
        InlineWriteCase{
            "7/3/24 - gap reduced", dayOf(2026, 12, 6), {"gap 7%"}, {"6/12/26 - gap 7%"}, 0},
        InlineWriteCase{
            "7 March 2024: visit", dayOf(2026, 12, 6), {"visit"}, {"6 December 2026: visit"}, 0},
        // A month given to a plan dated by days stays a month: there is no day to invent.
        InlineWriteCase{
            "07.03.2024: trained", month(2026, 12), {"audit"}, {"December 2026: audit"}, 0},
        // Terms: "--date autumn-2026" and a month of that term give the same entry.
        InlineWriteCase{"Autumn Term 2022: baseline done\nSpring Term 2023: survey",
                        autumn(2026),
                        {"gap closed"},
                        {"Autumn Term 2026: gap closed"},
                        1},
        InlineWriteCase{"Autumn Term 2022: baseline done\nSpring Term 2023: survey",
                        month(2026, 12),
                        {"gap closed"},
                        {"Autumn Term 2026: gap closed"},
                        1},
        InlineWriteCase{
            "Summer 2023: gap closed", month(2027, 2), {"kept"}, {"Spring 2027: kept"}, 0},
        // Half terms in the plan's short spelling.
        InlineWriteCase{"Aut 1 22: baseline\nSpr 2 23: survey",
                        month(2026, 12),
                        {"review"},
                        {"Aut 2 26: review"},
                        1},
        InlineWriteCase{"Spring 2 2023: pupil survey",
                        month(2026, 10),
                        {"review"},
                        {"Autumn 1 2026: review"},
                        0},
        // Weeks start on Monday: 6 December 2026 is in the week of 30 November.
        InlineWriteCase{"w/c 4 March 2024: assembly",
                        dayOf(2026, 12, 6),
                        {"assembly"},
                        {"w/c 30 November 2026: assembly"},
                        0},
        InlineWriteCase{"2022-23: baseline\n2023-24: data reviewed",
                        month(2026, 12),
                        {"review"},
                        {"2026-27: review"},
                        1},
        // Lead words and separators as the plan writes them.
        InlineWriteCase{"Update March 2024: club running",
                        month(2026, 12),
                        {"moved"},
                        {"Update December 2026: moved"},
                        0},
        InlineWriteCase{"March 2024 " + enDash + " club running",
                        month(2026, 12),
                        {"moved"},
                        {"December 2026 " + enDash + " moved"},
                        0},
        // Items in paragraphs of their own after the dated one, as the plan has them.
        InlineWriteCase{"March 2024: club running\n- 14 boys attend",
                        month(2026, 12),
                        {"moved", "girls joined"},
                        {"December 2026: moved", "- girls joined"},
                        1},
        // In date order: between two entries, and before them all.
        InlineWriteCase{
            "March 2024: a\nMarch 2026: b", month(2025, 1), {"x"}, {"January 2025: x"}, 0},
        InlineWriteCase{"March 2024: a", month(2023, 1), {"x"}, {"January 2023: x"}, -1}));

TEST(ProgressWriter, InlinePlanUsedToGetTheSeedsBoldHeading)
{
    // Before inline entries were read, this cell was one undated entry and the update wrote the
    // 2018 seed's form: a bold "Progress Commentary As of December 2026:" and "1) ..." under it.
    const ProgressWrite write =
        planned(planWith("March 2024: club running, 14 boys attend"), month(2026, 12), {"moved"});
    EXPECT_EQ(texts(write), (std::vector<std::string>{"December 2026: moved"}));
    EXPECT_FALSE(write.paragraphs[0].bold);
    EXPECT_EQ(write.date.iso(), "2026-12");
}

TEST(ProgressWriter, SecondPointOfThePeriodJoinsItsInlineEntry)
{
    const Plan plan = planWith("March 2024: a\nDecember 2026: first\nJanuary 2027: later");
    const ProgressWrite joined = planned(plan, month(2026, 12), {"second"});
    EXPECT_TRUE(joined.addsToEntry);
    EXPECT_EQ(joined.after, 1);
    EXPECT_EQ(texts(joined), (std::vector<std::string>{"second"}));
    // A day of the term joins the term's entry.
    const ProgressWrite term = planned(planWith("Autumn Term 2026: first\n- more"),
                                       dayOf(2026, 12, 6), {"second", "third"});
    EXPECT_TRUE(term.addsToEntry);
    EXPECT_EQ(term.after, 1);
    EXPECT_EQ(term.date.iso(), "2026-autumn");
    EXPECT_EQ(texts(term), (std::vector<std::string>{"- second", "- third"}));
}

TEST(ProgressWriter, ObjectiveWithoutProgressCopiesTheInlinePlan)
{
    const ReadResult read = readPlan(
        document({table("Table1", {{"Objective", "Actions", "Lead", "Progress"},
                                   {"To improve", "Calls", "HT", "Autumn Term 2022: baseline"},
                                   {"To include", "Clubs", "HT", ""}})}),
        realSchemas());
    ASSERT_TRUE(read) << read.message;
    ASSERT_EQ(read.plan.objectives.size(), 2u);
    const Result<ProgressWrite> result =
        planProgressUpdate(read.plan, read.plan.objectives[1], month(2026, 12),
                           {"More clubs", "Survey"}, realSchemas().grammar);
    ASSERT_TRUE(result) << result.error;
    EXPECT_EQ(texts(*result), (std::vector<std::string>{"Autumn Term 2026: More clubs; Survey"}));
    EXPECT_EQ(result->cell.cell, "D3");
}

TEST(ProgressWriter, InlineFormReadsEachPartOfTheDate)
{
    const CommentaryGrammar& grammar = realSchemas().grammar;
    const auto form = inlineForm("Review " + enDash + " Aut Term 1 22 - baseline", true, grammar);
    ASSERT_TRUE(form);
    EXPECT_EQ(form->entry, EntryForm::Inline);
    EXPECT_EQ(form->dateForm, DateForm::HalfTerm);
    EXPECT_EQ(form->prefix, "Review " + enDash + " ");
    EXPECT_EQ(form->suffix, " - ");
    EXPECT_EQ(form->termWord, " Term");
    EXPECT_TRUE(form->shortYear);
    EXPECT_EQ(form->termNames, (std::array<std::string, 3>{"Aut", "Spr", "Sum"}));
    EXPECT_TRUE(form->bold);
    EXPECT_EQ(formatDate(halfTerm(Term::Spring, 2027, 1), *form), "Spr Term 1 27");
    const auto month = inlineForm("Mar 2024: club", false, grammar);
    ASSERT_TRUE(month);
    EXPECT_TRUE(month->shortMonth);
    EXPECT_EQ(formatDate(PlanDate{year{2026} / 12 / 1, Precision::Month, std::nullopt}, *month),
              "Dec 2026");
    EXPECT_FALSE(inlineForm("March 2024", false, grammar));
}
TEST(PlanProgressForm, TheObjectivesMostUsedFormElseThePlans)
{
    const ReadResult read = readPlan(
        document({table("Table1", {{"Objective", "Actions", "Lead", "Progress"},
                                   {"To improve", "Calls", "HT", "March 2024: a\nMay 2024: b"},
                                   {"To include", "Clubs", "HT", "June 2024\n1) c"},
                                   {"To welcome", "Visits", "HT", "Started."}})}),
        realSchemas());
    ASSERT_TRUE(read) << read.message;
    const Plan& plan = read.plan;
    ASSERT_EQ(plan.objectives.size(), 3u);
    EXPECT_EQ(plan.progressForm(&plan.objectives[0]), EntryForm::Inline);
    EXPECT_EQ(plan.progressForm(&plan.objectives[1]), EntryForm::Heading);
    // Undated commentary says nothing: the plan's two inline entries against one heading.
    EXPECT_EQ(plan.progressForm(&plan.objectives[2]), EntryForm::Inline);
    EXPECT_EQ(plan.progressForm(nullptr), EntryForm::Inline);
    EXPECT_EQ(Plan{}.progressForm(nullptr), EntryForm::Heading);
}

} // namespace
