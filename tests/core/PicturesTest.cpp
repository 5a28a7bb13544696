#include "eqplan/Pictures.hpp"
#include "eqplan/PlanReader.hpp"

#include "CatalogueWords.hpp"
#include "GridBuilders.hpp"
#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <algorithm>
#include <cmath>
#include <string>

using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono;

namespace
{
Plan planOf(const DocumentGrid& grid)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    return read.plan;
}

// Three objectives: race and disability addressed, age (staff only) by one for staff.
DocumentGrid threeObjectives()
{
    return document(
        {table("Table1",
               {{"PSED aim", "Protected characteristics", "Objective", "Who", "Progress"},
                {"Advance equality of opportunity", "Race, Disability", "Close the gap", "EWA",
                 "March 2026\nTutoring started\nNovember 2026\nGap narrowed"},
                {"Eliminate discrimination", "Race", "Stop bullying", "SLT", "June 2024\nPolicy"},
                {"Foster good relations", "Age", "Staff across ages", "HR", "No dates yet"}})});
}

struct Parsed
{
    pugi::xml_document doc;
    pugi::xml_node svg;
};

// The SVG parsed; fails the test when it is not well-formed.
void parse(const Picture& picture, Parsed& out)
{
    const pugi::xml_parse_result result = out.doc.load_string(picture.svg.c_str());
    ASSERT_TRUE(result) << result.description();
    out.svg = out.doc.child("svg");
    ASSERT_TRUE(out.svg);
}

// Every text element's words, in order.
std::vector<std::string> texts(const pugi::xml_node& svg)
{
    std::vector<std::string> out;
    for (const pugi::xml_node text : svg.children("text"))
        out.emplace_back(text.child_value());
    return out;
}

std::size_t countOf(const std::vector<std::string>& words, const std::string& wanted)
{
    return static_cast<std::size_t>(std::count(words.begin(), words.end(), wanted));
}

constexpr year_month_day today2026{year(2026), December, day(6)};
} // namespace

TEST(PicturesCoverage, DrawsTwentySevenCellsWithCountsGapsAndStaffOnlyMarks)
{
    const Plan plan = planOf(threeObjectives());
    const Coverage coverage = coverageOf(plan, realSchemas().checks);
    const Picture picture = coverageMatrix(coverage);
    Parsed parsed;
    parse(picture, parsed);
    const std::vector<std::string> words = texts(parsed.svg);
    // Race is addressed under advance (1) and eliminate (2); disability under advance.
    EXPECT_EQ(coverageMark(coverage, Aim::Advance, Characteristic::Race), CoverageMark::Covered);
    EXPECT_EQ(coverageMark(coverage, Aim::Foster, Characteristic::Sex), CoverageMark::Gap);
    EXPECT_EQ(coverageMark(coverage, Aim::Eliminate, Characteristic::MarriageCivilPartnership),
              CoverageMark::StaffOnly);
    EXPECT_EQ(coverageMark(coverage, Aim::Foster, Characteristic::Age), CoverageMark::Covered);
    // Cells: 4 counts of 1 (advance×race, eliminate×race, advance×disability, foster×age);
    // 3 aims × 7 pupil characteristics minus those 3 = 18 gaps; age's and marriage's other 5
    // cells staff only.
    EXPECT_EQ(countOf(words, "1"), 4u);
    EXPECT_EQ(countOf(words, "\u00d7 gap"), 18u);
    EXPECT_EQ(countOf(words, "\u2013 staff only"), 5u);
    // Every cell has a rectangle: 27 plus the background and the key's three.
    EXPECT_EQ(std::distance(parsed.svg.children("rect").begin(), parsed.svg.children("rect").end()),
              27 + 1 + 3);
    EXPECT_NE(std::find(words.begin(), words.end(), "Age (staff)"), words.end());
    EXPECT_NE(std::find(words.begin(), words.end(), "Sexual orientation"), words.end());
}

TEST(PicturesCoverage, AlternativeTextNamesTheGapsAndTheStaffOnlyCharacteristics)
{
    const Plan plan = planOf(threeObjectives());
    const Picture picture = coverageMatrix(coverageOf(plan, realSchemas().checks));
    EXPECT_EQ(picture.altText,
              "A table of how many objectives address each of the 3 aims of the equality duty "
              "for each of the 9 protected characteristics; 18 of the 27 cells have none. Every "
              "aim has an objective. No objective addresses gender reassignment, pregnancy and "
              "maternity, religion or belief, sex and sexual orientation. No objective addresses "
              "marriage and civil partnership, which counts for staff only, not pupils.");
    Parsed parsed;
    parse(picture, parsed);
    EXPECT_EQ(std::string(parsed.svg.child("desc").child_value()), picture.altText);
    EXPECT_EQ(std::string(parsed.svg.child("title").child_value()),
              "Coverage of the equality duty");
    EXPECT_EQ(std::string(parsed.svg.attribute("width").value()),
              std::to_string(static_cast<int>(picture.width)) + "mm");
}

TEST(PicturesCoverage, ColoursComeFromTheColourBlindSafePaletteWithBlackText)
{
    const Picture picture =
        coverageMatrix(coverageOf(planOf(threeObjectives()), realSchemas().checks));
    Parsed parsed;
    parse(picture, parsed);
    for (const pugi::xml_node text : parsed.svg.children("text"))
        EXPECT_STREQ(text.attribute("fill").value(), "#000000") << text.child_value();
    for (const pugi::xml_node rect : parsed.svg.children("rect"))
    {
        const std::string fill = rect.attribute("fill").value();
        EXPECT_TRUE(fill == "#ffffff" || fill == "#cce6f4" || fill == "#f5c983" ||
                    fill == "#e6e6e6")
            << fill;
    }
}

TEST(PicturesCoverage, APlanWithoutACharacteristicsColumnShowsNoGapsButNotRecorded)
{
    const Plan plan = planOf(document({table(
        "Table1", {{"PSED aim", "Objective", "Who"}, {"Foster good relations", "Clubs", "SLT"}})}));
    EXPECT_FALSE(recordsCharacteristics(plan));
    const Picture picture = coverageMatrix(coverageOf(plan, realSchemas().checks), false);
    Parsed parsed;
    parse(picture, parsed);
    const std::vector<std::string> words = texts(parsed.svg);
    EXPECT_EQ(countOf(words, "? not recorded"), 27u);
    EXPECT_EQ(countOf(words, "\u00d7 gap"), 0u);
    EXPECT_EQ(picture.altText,
              "A table of the 3 aims of the equality duty by the 9 protected characteristics, "
              "left unfilled: the plan has no column for protected characteristics, so which ones "
              "its objectives address is not recorded.");
    EXPECT_TRUE(recordsCharacteristics(planOf(threeObjectives())));
}

TEST(PicturesTimeline, SpansTheEarliestEntryToTodayWithTheLastTwelveMonthsShaded)
{
    const Timeline timeline = timelineOf(planOf(threeObjectives()), today2026);
    EXPECT_EQ(timeline.from, year(2024) / May); // a month before the first entry
    EXPECT_EQ(timeline.to, year(2026) / December);
    EXPECT_EQ(timeline.recentFrom, year(2026) / January);
    ASSERT_EQ(timeline.rows.size(), 3u);
    EXPECT_EQ(timeline.rows[0].entries.size(), 2u);
    EXPECT_FALSE(timeline.rows[0].stale);
    EXPECT_TRUE(timeline.rows[1].stale); // June 2024 is over a year ago
    EXPECT_TRUE(timeline.rows[2].stale); // nothing dated
}

TEST(PicturesTimeline, DrawsADotPerDatedEntryAndFlagsStaleObjectivesInWords)
{
    const Picture picture = reviewTimeline(planOf(threeObjectives()), today2026);
    Parsed parsed;
    parse(picture, parsed);
    EXPECT_EQ(
        std::distance(parsed.svg.children("circle").begin(), parsed.svg.children("circle").end()),
        3 + 1); // three entries and the key's dot
    const std::vector<std::string> words = texts(parsed.svg);
    EXPECT_EQ(countOf(words, "Objective 1"), 1u);
    EXPECT_EQ(countOf(words, "! Objective 2"), 1u);
    EXPECT_EQ(countOf(words, "! Objective 3"), 1u);
    EXPECT_EQ(countOf(words, "no update in 12 months"), 1u);
    EXPECT_EQ(countOf(words, "no dated update"), 1u);
    EXPECT_EQ(countOf(words, "last 12 months"), 1u);
    EXPECT_EQ(picture.altText,
              "A timeline of the dated progress entries of 3 objectives (3 entries) from May "
              "2024 to December 2026, the last 12 months shaded. Objectives 2 and 3 have no "
              "update in the last 12 months.");
}

TEST(PicturesTimeline, ShadingStartsAtTheMonthTwelveMonthsBeforeToday)
{
    const Picture picture = reviewTimeline(planOf(threeObjectives()), today2026);
    Parsed parsed;
    parse(picture, parsed);
    // The second rect (after the background) is the shading: May 2024 to December 2026 is 32
    // months; January 2026 starts 20 months in; the chart is 96 mm from x = 28.
    const pugi::xml_node shading = *std::next(parsed.svg.children("rect").begin());
    EXPECT_NEAR(shading.attribute("x").as_double(), 28 + 96.0 * 20 / 32, 0.01);
    EXPECT_NEAR(shading.attribute("x").as_double() + shading.attribute("width").as_double(),
                28 + 96, 0.01);
    // A dot sits at its entry's month: March 2026 is 22 months in.
    const pugi::xml_node firstDot = parsed.svg.child("circle");
    EXPECT_NEAR(firstDot.attribute("cx").as_double(), 28 + 96.0 * 22 / 32, 0.01);
}

TEST(PicturesTimeline, ALongPlanKeepsToOnePageAndSaysWhichAreStaleUnderTheChart)
{
    std::vector<std::vector<std::string>> rows{{"Objective", "Who", "Progress"}};
    for (int i = 1; i <= 200; ++i)
        rows.push_back({"Objective number " + std::to_string(i), "SLT",
                        i % 2 ? "March 2026\nDone" : "March 2020\nOld"});
    const Picture picture = reviewTimeline(planOf(document({table("Table1", rows)})), today2026);
    EXPECT_LE(picture.height, 200.0);
    Parsed parsed;
    parse(picture, parsed);
    const std::vector<std::string> words = texts(parsed.svg);
    EXPECT_EQ(countOf(words, "200 objectives"), 1u);
    std::string all;
    for (const std::string& w : words)
        all += w + " ";
    EXPECT_NE(all.find("Objectives 2, 4, 6,"), std::string::npos);
    EXPECT_NE(all.find("198 and 200 have no update in the last 12 months."), std::string::npos);
}

TEST(PicturesTimeline, StaysWellFormedOnAPlanWithoutObjectives)
{
    Plan empty;
    const Picture picture = reviewTimeline(empty, today2026);
    Parsed parsed;
    parse(picture, parsed);
    EXPECT_EQ(picture.altText,
              "A timeline of the dated progress entries of 0 objectives (0 entries) from January "
              "2026 to December 2026, the last 12 months shaded. The plan has no objectives.");
}

// The deck's Coverage panel draws the matrix at its own width: 268 pixels at the opening width.
TEST(PicturesDeckMatrix, FillsTheWidthWithTextAtTheDecksSizeAndWrapsWhatIsLong)
{
    const Coverage coverage = coverageOf(planOf(threeObjectives()), realSchemas().checks);
    for (const double width : {268.0, 408.0})
    {
        const DeckMatrix matrix = coverageMatrixAt(coverage, true, width);
        EXPECT_NEAR(matrix.picture.width, width, 0.5);
        Parsed parsed;
        parse(matrix.picture, parsed);
        // Its size in inches at the screen's resolution (96 pixels an inch unless told).
        const std::string outer = parsed.svg.attribute("width").value();
        ASSERT_TRUE(outer.ends_with("in")) << outer;
        EXPECT_NEAR(std::stod(outer) * 96, width, 0.01) << outer;
        for (const pugi::xml_node text : parsed.svg.children("text"))
        {
            EXPECT_GE(text.attribute("font-size").as_double(), 11.0) << text.child_value();
            EXPECT_LE(text.attribute("x").as_double(), width) << text.child_value();
        }
        const std::vector<std::string> words = texts(parsed.svg);
        EXPECT_EQ(countOf(words, "1"), 4u);
        // Every gap marked; its word too where the cell has room.
        EXPECT_EQ(countOf(words, "\u00d7 gap") + countOf(words, "\u00d7"), 18u + 1u); // key's ×
        EXPECT_EQ(matrix.cells.size(), 27u);
    }
    // At 268 pixels the aims' names do not fit their columns: first words, named in the key.
    const std::vector<std::string> narrow = [&]
    {
        Parsed parsed;
        const DeckMatrix matrix = coverageMatrixAt(coverage, true, 268);
        parse(matrix.picture, parsed);
        return texts(parsed.svg);
    }();
    EXPECT_EQ(countOf(narrow, "Eliminate"), 1u);
    std::string all;
    for (const std::string& w : narrow)
        all += w + " ";
    EXPECT_NE(all.find("Columns: Eliminate discrimination; Advance equality of opportunity; "
                       "Foster good relations."),
              std::string::npos)
        << all;
}

TEST(PicturesDeckMatrix, AClickFindsTheCellOfAnAimAndACharacteristic)
{
    const Coverage coverage = coverageOf(planOf(threeObjectives()), realSchemas().checks);
    const DeckMatrix matrix = coverageMatrixAt(coverage, true, 268);
    const auto at = [&](Aim aim, Characteristic characteristic)
    {
        return *std::find_if(matrix.cells.begin(), matrix.cells.end(),
                             [&](const MatrixCell& cell)
                             { return cell.aim == aim && cell.characteristic == characteristic; });
    };
    const MatrixCell race = at(Aim::Eliminate, Characteristic::Race);
    const MatrixCell* found = matrix.cellAt(race.x + race.width / 2, race.y + race.height / 2);
    ASSERT_NE(found, nullptr);
    EXPECT_EQ(found->aim, Aim::Eliminate);
    EXPECT_EQ(found->characteristic, Characteristic::Race);
    EXPECT_EQ(coverage.objectives(found->aim, found->characteristic), std::vector<int>{2});
    // The labels and the key are no cell.
    EXPECT_EQ(matrix.cellAt(3, race.y + 2), nullptr);
    EXPECT_EQ(matrix.cellAt(race.x + 2, matrix.picture.height - 3), nullptr);
}

// On a screen of 100 pixels an inch (Xvfb's; many desktops), a picture sized in CSS pixels was
// drawn 4 % larger and scaled back into its control, losing a row of pixels in 25. Both deck
// pictures say their size in inches for the screen, their drawing still in its pixels.
TEST(PicturesDeck, SayTheirSizeInInchesForTheScreenTheyAreDrawnOn)
{
    Ink screen;
    screen.pixelsPerInch = 100;
    const Picture timeline =
        reviewTimelineAt(planOf(threeObjectives()), today2026, 268, 11, screen);
    const Coverage coverage = coverageOf(planOf(threeObjectives()), realSchemas().checks);
    const Picture matrix = coverageMatrixAt(coverage, true, 268, 11, screen).picture;
    for (const Picture* picture : {&timeline, &matrix})
    {
        Parsed parsed;
        parse(*picture, parsed);
        const std::string width = parsed.svg.attribute("width").value();
        const std::string height = parsed.svg.attribute("height").value();
        EXPECT_EQ(width, "2.680000in") << picture->title;
        ASSERT_TRUE(height.ends_with("in")) << height;
        EXPECT_NEAR(std::stod(height) * 100, picture->height, 0.01) << height;
        const std::string viewBox = parsed.svg.attribute("viewBox").value();
        EXPECT_TRUE(viewBox.starts_with("0 0 268 ")) << viewBox;
    }
}

TEST(PicturesDeckTimeline, NumbersEachLineMarksTheStaleAndSaysItInItsAlternativeText)
{
    const Picture picture = reviewTimelineAt(planOf(threeObjectives()), today2026, 268);
    EXPECT_NEAR(picture.width, 268, 0.5);
    Parsed parsed;
    parse(picture, parsed);
    const std::vector<std::string> words = texts(parsed.svg);
    EXPECT_EQ(countOf(words, "1"), 1u);
    EXPECT_EQ(countOf(words, "! 2"), 1u);
    EXPECT_EQ(countOf(words, "! 3"), 1u);
    EXPECT_EQ(countOf(words, "last 12 months"), 1u);
    EXPECT_EQ(countOf(words, "! no update in the last 12 months"), 1u);
    EXPECT_EQ(
        std::distance(parsed.svg.children("circle").begin(), parsed.svg.children("circle").end()),
        3 + 1);
    for (const pugi::xml_node text : parsed.svg.children("text"))
        EXPECT_GE(text.attribute("font-size").as_double(), 11.0) << text.child_value();
    EXPECT_EQ(picture.altText,
              "A timeline of the dated progress entries of 3 objectives (3 entries) from May "
              "2024 to December 2026, the last 12 months shaded. Objectives 2 and 3 have no "
              "update in the last 12 months.");
    EXPECT_EQ(staleObjectives(timelineOf(planOf(threeObjectives()), today2026)),
              (std::vector<int>{2, 3}));
}

TEST(PicturesDeckTimeline, ALongPlanStaysAPictureOfAFewHundredPixels)
{
    std::vector<std::vector<std::string>> rows{{"Objective", "Who", "Progress"}};
    for (int i = 1; i <= 200; ++i)
        rows.push_back({"Objective number " + std::to_string(i), "SLT",
                        i % 2 ? "March 2026\nDone" : "March 2020\nOld"});
    const Picture picture =
        reviewTimelineAt(planOf(document({table("Table1", rows)})), today2026, 268);
    EXPECT_LE(picture.height, 520.0);
    Parsed parsed;
    parse(picture, parsed);
    EXPECT_EQ(countOf(texts(parsed.svg), "200"), 1u);
}

namespace
{
// WCAG's contrast ratio of two colours "#rrggbb" (1 to 21).
double contrast(const std::string& a, const std::string& b)
{
    const auto luminance = [](const std::string& colour)
    {
        double out = 0;
        const double weights[] = {0.2126, 0.7152, 0.0722};
        for (int i = 0; i < 3; ++i)
        {
            const double c = std::stoi(colour.substr(1 + 2 * i, 2), nullptr, 16) / 255.0;
            out += weights[i] * (c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4));
        }
        return out;
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const Ink darkTheme{"#1e1e1e", "#f2f2f2"};
} // namespace

TEST(PicturesDeckMatrix, InADarkThemeIsDrawnOnThePanelsBackgroundInItsTextColour)
{
    const Coverage coverage = coverageOf(planOf(threeObjectives()), realSchemas().checks);
    Parsed parsed;
    parse(coverageMatrixAt(coverage, true, 268, 11, darkTheme).picture, parsed);
    EXPECT_STREQ(parsed.svg.child("rect").attribute("fill").value(), "#1e1e1e");
    // Words on the background are light; the marks in the pale cells stay black.
    std::size_t light = 0;
    for (const pugi::xml_node text : parsed.svg.children("text"))
    {
        const std::string fill = text.attribute("fill").value();
        const std::string words = text.child_value();
        if (words == "Race" || words == "Disability" || words.rfind("gap: no objective", 0) == 0)
        {
            EXPECT_EQ(fill, "#f2f2f2") << words;
        }
        if (words == "2")
        {
            EXPECT_EQ(fill, "#000000") << "a count in its cell";
        }
        light += fill == "#f2f2f2";
    }
    EXPECT_GE(light, 9u + 3u);
    EXPECT_GE(contrast("#f2f2f2", "#1e1e1e"), 4.5);
}

TEST(PicturesDeckTimeline, InADarkThemeItsShadingAndWarningsKeepTheirContrast)
{
    Parsed parsed;
    parse(reviewTimelineAt(planOf(threeObjectives()), today2026, 268, 11, darkTheme), parsed);
    EXPECT_STREQ(parsed.svg.child("rect").attribute("fill").value(), "#1e1e1e");
    for (const pugi::xml_node rect : parsed.svg.children("rect"))
        // The shading of the last 12 months, which the lines and words of the theme cross.
        EXPECT_GE(contrast(rect.attribute("fill").value(), "#f2f2f2"), 4.5)
            << rect.attribute("fill").value();
    std::size_t texts = 0;
    for (const pugi::xml_node text : parsed.svg.children("text"))
    {
        ++texts;
        EXPECT_GE(contrast(text.attribute("fill").value(), "#1e1e1e"), 4.5) << text.child_value();
    }
    EXPECT_GE(texts, 5u);
    for (const pugi::xml_node line : parsed.svg.children("line"))
    {
        if (std::string(line.attribute("stroke-dasharray").value()).empty())
        {
            EXPECT_STREQ(line.attribute("stroke").value(), "#f2f2f2");
        }
    }
}

// The deck draws the pictures in its catalogue's words (a Wording): said through the British
// English catalogue, every word, title and alternative text is the English drawn without one, so
// that each is keyed and the catalogue says it word for word (a gap, a staff-only characteristic,
// stale objectives and a plan that records no characteristics included).
TEST(PicturesWords, TheDecksPicturesSaidInBritishEnglishAreTheEnglishOnes)
{
    const Wording british = [](const Message& message) { return saidInBritishEnglish(message); };
    const Plan plan = planOf(threeObjectives());
    const Coverage coverage = coverageOf(plan, realSchemas().checks);
    ASSERT_FALSE(coverage.uncoveredCharacteristics.empty());
    for (const bool recorded : {true, false})
        for (const double width : {200.0, 268.0, 600.0})
        {
            const DeckMatrix english = coverageMatrixAt(coverage, recorded, width);
            const DeckMatrix said = coverageMatrixAt(coverage, recorded, width, 11, {}, british);
            EXPECT_EQ(said.picture.svg, english.picture.svg) << width;
            EXPECT_EQ(said.picture.title, "Coverage of the equality duty");
            EXPECT_EQ(said.picture.altText, coverageMatrix(coverage, recorded).altText);
        }
    for (const year_month_day today : {today2026, year_month_day{year(2022), March, day(1)}})
    {
        const Picture english = reviewTimelineAt(plan, today, 268);
        const Picture said = reviewTimelineAt(plan, today, 268, 11, {}, british);
        EXPECT_EQ(said.svg, english.svg);
        EXPECT_EQ(said.title, "Review timeline");
        EXPECT_EQ(said.altText, reviewTimeline(plan, today).altText);
    }
    // A word the catalogue gives otherwise is drawn so: the deck's words are its catalogue's.
    const Wording shouting = [](const Message& message)
    { return message.key == "pictureLastYear" ? std::string("LAST YEAR") : message.english; };
    EXPECT_NE(reviewTimelineAt(plan, today2026, 268, 11, {}, shouting).svg.find(">LAST YEAR<"),
              std::string::npos);
}
