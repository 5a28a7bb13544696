#include "eqplan/Progress.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

using namespace eqplan;

namespace
{
CommentaryGrammar grammar()
{
    CommentaryGrammar g;
    g.headingPrefixes = {"Progress Commentary",
                         "Progress commentary",
                         "Progress",
                         "Commentary",
                         "As of",
                         "As at",
                         "Update",
                         "Updated",
                         "Review",
                         "Reviewed"};
    g.bulletMarkers = {"·", "•", "-", "–", "*", "\xEF\x82\xB7", "o", "▪", "◦"};
    g.maxHeadingWords = 8;
    return g;
}

Paragraph paragraph(std::string text, std::string listLabel = {}, bool bold = false)
{
    Paragraph p;
    p.text = std::move(text);
    p.listLabel = std::move(listLabel);
    p.bold = bold;
    return p;
}

const std::string nbsp = "\xC2\xA0";

struct ItemCase
{
    std::string text;
    std::string listLabel;
    ItemMarker marker;
    std::string label;
    std::optional<int> number;
    std::string itemText;
};

void PrintTo(const ItemCase& c, std::ostream* os)
{
    *os << '"' << c.listLabel << "|" << c.text << '"';
}

struct HeadingCase
{
    std::string text;
    std::string iso;
};

void PrintTo(const HeadingCase& c, std::ostream* os)
{
    *os << '"' << c.text << '"';
}

// A text parameter that prints as itself, so that ctest names stay readable with UTF-8 in them.
struct Sample
{
    Sample(const char* s) : text(s) {}
    Sample(std::string s) : text(std::move(s)) {}
    std::string text;
};

void PrintTo(const Sample& s, std::ostream* os)
{
    *os << '"' << s.text << '"';
}
} // namespace

// ---- parseItem ----

class ParseItemKinds : public testing::TestWithParam<ItemCase>
{
};

TEST_P(ParseItemKinds, ReadsMarkerLabelNumberAndText)
{
    const ItemCase& c = GetParam();
    const Item item = parseItem(paragraph(c.text, c.listLabel), grammar());
    EXPECT_EQ(item.marker, c.marker);
    EXPECT_EQ(item.label, c.label);
    EXPECT_EQ(item.number, c.number);
    EXPECT_EQ(item.text, c.itemText);
}

INSTANTIATE_TEST_SUITE_P(
    ListLabels, ParseItemKinds,
    testing::Values(
        ItemCase{"Digital signage", "1.", ItemMarker::ListLabel, "1.", 1, "Digital signage"},
        ItemCase{" Code of conduct ", "2)", ItemMarker::ListLabel, "2)", 2, "Code of conduct"},
        ItemCase{"Prayer room", "(3)", ItemMarker::ListLabel, "(3)", 3, "Prayer room"},
        ItemCase{"Poverty proofing", "•", ItemMarker::ListLabel, "•", std::nullopt,
                 "Poverty proofing"},
        ItemCase{"Lettered", "a)", ItemMarker::ListLabel, "a)", std::nullopt, "Lettered"},
        // The list label wins over a number typed in the text.
        ItemCase{"4) Typed too", "1.", ItemMarker::ListLabel, "1.", 1, "4) Typed too"},
        ItemCase{"", "5.", ItemMarker::ListLabel, "5.", 5, ""}));

INSTANTIATE_TEST_SUITE_P(
    TypedNumbers, ParseItemKinds,
    testing::Values(
        ItemCase{"1) Digital signage reinforces message", "", ItemMarker::TypedNumber, "1)", 1,
                 "Digital signage reinforces message"},
        ItemCase{"1. Digital signage", "", ItemMarker::TypedNumber, "1.", 1, "Digital signage"},
        ItemCase{"1.Digital signage", "", ItemMarker::TypedNumber, "1.", 1, "Digital signage"},
        ItemCase{"(1) Digital signage", "", ItemMarker::TypedNumber, "(1)", 1, "Digital signage"},
        ItemCase{"1 ) Digital signage", "", ItemMarker::TypedNumber, "1 )", 1, "Digital signage"},
        ItemCase{"12) Twelfth", "", ItemMarker::TypedNumber, "12)", 12, "Twelfth"},
        ItemCase{"  3)  Spaced  ", "", ItemMarker::TypedNumber, "3)", 3, "Spaced"},
        ItemCase{"4)" + nbsp + "No-break", "", ItemMarker::TypedNumber, "4)", 4, "No-break"},
        ItemCase{"5)", "", ItemMarker::TypedNumber, "5)", 5, ""},
        // Run together in one paragraph, it stays one item: we do not split what was typed.
        ItemCase{"2) A 3) B", "", ItemMarker::TypedNumber, "2)", 2, "A 3) B"}));

INSTANTIATE_TEST_SUITE_P(
    TypedBullets, ParseItemKinds,
    testing::Values(
        ItemCase{"· Use of digital signage", "", ItemMarker::TypedBullet, "·", std::nullopt,
                 "Use of digital signage"},
        ItemCase{"·Use of digital signage", "", ItemMarker::TypedBullet, "·", std::nullopt,
                 "Use of digital signage"},
        ItemCase{"• Poverty proofing", "", ItemMarker::TypedBullet, "•", std::nullopt,
                 "Poverty proofing"},
        ItemCase{"•Poverty proofing", "", ItemMarker::TypedBullet, "•", std::nullopt,
                 "Poverty proofing"},
        ItemCase{"\xEF\x82\xB7 Symbol bullet", "", ItemMarker::TypedBullet, "\xEF\x82\xB7",
                 std::nullopt, "Symbol bullet"},
        ItemCase{"\xEF\x82\xB7Symbol bullet", "", ItemMarker::TypedBullet, "\xEF\x82\xB7",
                 std::nullopt, "Symbol bullet"},
        ItemCase{"\xEF\x82\xB7 ", "", ItemMarker::TypedBullet, "\xEF\x82\xB7", std::nullopt, ""},
        ItemCase{"- Parental contracts", "", ItemMarker::TypedBullet, "-", std::nullopt,
                 "Parental contracts"},
        ItemCase{"– Parental contracts", "", ItemMarker::TypedBullet, "–", std::nullopt,
                 "Parental contracts"},
        ItemCase{"* Starred", "", ItemMarker::TypedBullet, "*", std::nullopt, "Starred"},
        ItemCase{"o Hollow", "", ItemMarker::TypedBullet, "o", std::nullopt, "Hollow"},
        ItemCase{"▪ Square", "", ItemMarker::TypedBullet, "▪", std::nullopt, "Square"},
        ItemCase{"◦ White", "", ItemMarker::TypedBullet, "◦", std::nullopt, "White"}));

INSTANTIATE_TEST_SUITE_P(
    PlainParagraphs, ParseItemKinds,
    testing::Values(
        ItemCase{"More than 2% increase", "", ItemMarker::None, "", std::nullopt,
                 "More than 2% increase"},
        ItemCase{"2% increase for students", "", ItemMarker::None, "", std::nullopt,
                 "2% increase for students"},
        ItemCase{"2021 was good", "", ItemMarker::None, "", std::nullopt, "2021 was good"},
        ItemCase{"2021. A good year", "", ItemMarker::None, "", std::nullopt, "2021. A good year"},
        ItemCase{"1.5 days a week", "", ItemMarker::None, "", std::nullopt, "1.5 days a week"},
        ItemCase{"1000) too long", "", ItemMarker::None, "", std::nullopt, "1000) too long"},
        ItemCase{"2)% odd", "", ItemMarker::None, "", std::nullopt, "2)% odd"},
        ItemCase{"(1 unclosed", "", ItemMarker::None, "", std::nullopt, "(1 unclosed"},
        ItemCase{"-5% absence", "", ItemMarker::None, "", std::nullopt, "-5% absence"},
        ItemCase{"–5% absence", "", ItemMarker::None, "", std::nullopt, "–5% absence"},
        ItemCase{"on-going", "", ItemMarker::None, "", std::nullopt, "on-going"},
        ItemCase{"ongoing", "", ItemMarker::None, "", std::nullopt, "ongoing"},
        ItemCase{"*Starred", "", ItemMarker::None, "", std::nullopt, "*Starred"},
        ItemCase{"  Use of a range of challenge ", "", ItemMarker::None, "", std::nullopt,
                 "Use of a range of challenge"},
        ItemCase{"", "", ItemMarker::None, "", std::nullopt, ""}));

TEST(ItemMarkerToString, NamesEachMarker)
{
    EXPECT_EQ(toString(ItemMarker::None), "none");
    EXPECT_EQ(toString(ItemMarker::TypedNumber), "typed-number");
    EXPECT_EQ(toString(ItemMarker::TypedBullet), "typed-bullet");
    EXPECT_EQ(toString(ItemMarker::ListLabel), "list");
}

TEST(ParseItem, WhitespaceOnlyListLabelIsNoLabel)
{
    const Item item = parseItem(paragraph("1) Typed", " "), grammar());
    EXPECT_EQ(item.marker, ItemMarker::TypedNumber);
    EXPECT_EQ(item.number, 1);
}

TEST(ParseItem, BulletMarkersComeFromTheGrammar)
{
    CommentaryGrammar noBullets = grammar();
    noBullets.bulletMarkers.clear();
    EXPECT_EQ(parseItem(paragraph("· Text"), noBullets).marker, ItemMarker::None);
}

// ---- parseProgressHeading ----

class ProgressHeadings : public testing::TestWithParam<HeadingCase>
{
};

TEST_P(ProgressHeadings, ReadsTheDate)
{
    const std::optional<PlanDate> date = parseProgressHeading(GetParam().text, grammar());
    ASSERT_TRUE(date.has_value()) << GetParam().text;
    EXPECT_EQ(date->iso(), GetParam().iso);
}

INSTANTIATE_TEST_SUITE_P(
    RealHeadings, ProgressHeadings,
    testing::Values(
        HeadingCase{"Progress Commentary As of December 2018:", "2018-12"},
        HeadingCase{"Progress Commentary As of December 2018: ", "2018-12"},
        HeadingCase{"March 2020", "2020-03"}, HeadingCase{"March 2020 ", "2020-03"},
        HeadingCase{" March 2021", "2021-03"}, HeadingCase{"As of 3 March 2021", "2021-03-03"},
        HeadingCase{"Spring Term 2021", "2021-spring"}, HeadingCase{"Autumn 2020", "2020-autumn"},
        HeadingCase{"As at 14 July 2022:", "2022-07-14"},
        HeadingCase{"Update – March 2022", "2022-03"},
        HeadingCase{"Update - March 2022", "2022-03"},
        HeadingCase{"Updated 2-3-2021", "2021-03-02"},
        HeadingCase{"Updated: 2-3-2021", "2021-03-02"},
        HeadingCase{"progress commentary as of december 2018", "2018-12"},
        HeadingCase{"Progress" + nbsp + "Commentary" + nbsp + "As of Dec 2018:", "2018-12"},
        HeadingCase{"Review Summer 2022.", "2022-summer"}, HeadingCase{"March 2021 –", "2021-03"},
        HeadingCase{"2021", "2021"}));

class NotProgressHeadings : public testing::TestWithParam<Sample>
{
};

TEST_P(NotProgressHeadings, IsNoHeading)
{
    EXPECT_FALSE(parseProgressHeading(GetParam().text, grammar()).has_value()) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(
    ItemsAndSentences, NotProgressHeadings,
    testing::Values("", "   ", ":", "Progress Commentary", "Progress Commentary As of:",
                    "2) Positive feedback from first DfE monitoring  visit Nov 2018",
                    "Code of conduct updated annually, new behaviour protocols added to Learning "
                    "Folders March 2021",
                    "Updated 2-3-2021 D Sydes", "Additional support being implemented March 2021",
                    "March", "3 March", "Progressive March 2020", "Updates March 2020",
                    "1) March 2020", "March 2020 and March 2021", "2022–2026"));

TEST(ParseProgressHeading, TooManyWordsIsASentence)
{
    CommentaryGrammar strict = grammar();
    strict.maxHeadingWords = 2;
    EXPECT_TRUE(parseProgressHeading("March 2020", strict).has_value());
    EXPECT_FALSE(parseProgressHeading("As of March 2020", strict).has_value());
}

TEST(ParseProgressHeading, PrefixesComeFromTheGrammar)
{
    CommentaryGrammar noPrefixes = grammar();
    noPrefixes.headingPrefixes.clear();
    EXPECT_FALSE(parseProgressHeading("As of December 2018", noPrefixes).has_value());
    EXPECT_TRUE(parseProgressHeading("December 2018", noPrefixes).has_value());
}

// ---- parseProgress ----

TEST(ParseProgress, SeedObjectiveOneGivesThreeDatedEntries)
{
    // The commentary cell of objective 1 in seeds/action-plan-2018-2021.txt.
    const std::vector<Paragraph> cell = {
        paragraph("Progress Commentary As of December 2018: ", "", true),
        paragraph("1) Digital signage reinforces message of British values all day every day "),
        paragraph("2) Positive feedback from first DfE monitoring  visit Nov 2018 "),
        paragraph("3) Prayer room in place which has been seen and deemed acceptable by DfE "
                  "Regional Coordinator for Prevent "),
        paragraph("4) Year 10 students have had five Personal Development lessons on British "
                  "Values, Extremism and Extremist Propaganda "),
        paragraph(" "),
        paragraph("March 2020 "),
        paragraph("1) Very rare if ever issues with discrimination. Strong behaviour intervention "
                  "where victimisation occurs "),
        paragraph("2) Code of conduct visible across school and in line with industry "
                  "expectations "),
        paragraph("3) British values on all PC screens and on TVs regularly as well as part of PD "
                  "curriculum. EE feedback positive on this topic "),
        paragraph(" March 2021"),
        paragraph(""),
        paragraph("1) Rare isntances of discrimination or victimisation. Rare occurrences are "
                  "effectively and efficiently dealt with \xE2\x80\x93 evidence of this from "
                  "staff/student/parent survey and \xE2\x80\x98mock\xE2\x80\x99 OFSTED"),
        paragraph("2) Code of conduct updated annually, new behaviour protocols added to Learning "
                  "Folders March 2021, code of conduct given at enrolment and available on "
                  "website"),
    };
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 3u);

    EXPECT_EQ(entries[0].date->iso(), "2018-12");
    EXPECT_EQ(entries[0].heading, "Progress Commentary As of December 2018:");
    EXPECT_EQ(entries[0].headingParagraph, 0u);
    EXPECT_TRUE(entries[0].headingBold);
    ASSERT_EQ(entries[0].items.size(), 4u);
    for (std::size_t i = 0; i < 4; ++i)
    {
        EXPECT_EQ(entries[0].items[i].paragraph, i + 1);
        EXPECT_EQ(entries[0].items[i].item.marker, ItemMarker::TypedNumber);
        EXPECT_EQ(entries[0].items[i].item.number, static_cast<int>(i + 1));
    }
    EXPECT_EQ(entries[0].items[1].item.text,
              "Positive feedback from first DfE monitoring  visit Nov 2018");

    EXPECT_EQ(entries[1].date->iso(), "2020-03");
    EXPECT_EQ(entries[1].heading, "March 2020");
    EXPECT_EQ(entries[1].headingParagraph, 6u);
    EXPECT_FALSE(entries[1].headingBold);
    ASSERT_EQ(entries[1].items.size(), 3u);
    EXPECT_EQ(entries[1].items[0].paragraph, 7u);
    EXPECT_EQ(entries[1].items[2].paragraph, 9u);
    EXPECT_EQ(entries[1].items[2].item.number, 3);

    EXPECT_EQ(entries[2].date->iso(), "2021-03");
    EXPECT_EQ(entries[2].heading, "March 2021");
    EXPECT_EQ(entries[2].headingParagraph, 10u);
    ASSERT_EQ(entries[2].items.size(), 2u);
    EXPECT_EQ(entries[2].items[0].paragraph, 12u);
    EXPECT_EQ(entries[2].items[1].paragraph, 13u);
    EXPECT_EQ(entries[2].items[1].item.number, 2);
}

TEST(ParseProgress, SeedObjectiveTwoKeepsPlainAndRunTogetherParagraphs)
{
    // The commentary cell of objective 2: two points typed on one line, then plain paragraphs.
    const std::vector<Paragraph> cell = {
        paragraph("Progress Commentary As of December 2018: "),
        paragraph("1) Attendance 100 contract in place and active "),
        paragraph("2) Pastoral lead capacity built to tackle problem 3) Early evidence of positive "
                  "impact "),
        paragraph(" "),
        paragraph("March 2020 "),
        paragraph("More than 2% increase for students from previous school. "),
        paragraph(" "),
        paragraph("Use of a range of challenge and reward "),
        paragraph(""),
        paragraph("March 2021"),
        paragraph("1) Attendance still a risk at the UTC. Additional Teaching School support in "
                  "this area being implemented March 2021."),
    };
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 3u);

    ASSERT_EQ(entries[0].items.size(), 2u);
    EXPECT_EQ(entries[0].items[1].item.number, 2);
    EXPECT_EQ(
        entries[0].items[1].item.text,
        "Pastoral lead capacity built to tackle problem 3) Early evidence of positive impact");

    ASSERT_EQ(entries[1].items.size(), 2u);
    EXPECT_EQ(entries[1].items[0].item.marker, ItemMarker::None);
    EXPECT_EQ(entries[1].items[0].item.text,
              "More than 2% increase for students from previous school.");
    EXPECT_EQ(entries[1].items[0].paragraph, 5u);
    EXPECT_EQ(entries[1].items[1].item.marker, ItemMarker::None);
    EXPECT_EQ(entries[1].items[1].paragraph, 7u);

    EXPECT_EQ(entries[2].date->iso(), "2021-03");
    ASSERT_EQ(entries[2].items.size(), 1u);
    EXPECT_EQ(entries[2].items[0].paragraph, 10u);
}

TEST(ParseProgress, ParagraphsBeforeAnyHeadingFormOneUndatedEntry)
{
    const std::vector<Paragraph> cell = {
        paragraph("On-going"),         paragraph("· Reviewed by SLT"), paragraph(""),
        paragraph("Spring Term 2021"), paragraph("Policy published"),
    };
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_FALSE(entries[0].date.has_value());
    EXPECT_TRUE(entries[0].heading.empty());
    EXPECT_FALSE(entries[0].headingParagraph.has_value());
    ASSERT_EQ(entries[0].items.size(), 2u);
    EXPECT_EQ(entries[0].items[0].paragraph, 0u);
    EXPECT_EQ(entries[0].items[1].item.marker, ItemMarker::TypedBullet);
    EXPECT_EQ(entries[1].date->iso(), "2021-spring");
    EXPECT_EQ(entries[1].headingParagraph, 3u);
    ASSERT_EQ(entries[1].items.size(), 1u);
    EXPECT_EQ(entries[1].items[0].paragraph, 4u);
}

TEST(ParseProgress, HeadingWithoutItemsIsStillAnEntry)
{
    const std::vector<Paragraph> cell = {paragraph("March 2020"), paragraph("March 2021")};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_TRUE(entries[0].items.empty());
    EXPECT_TRUE(entries[1].items.empty());
}

TEST(ParseProgress, ListParagraphCanBeAHeading)
{
    const std::vector<Paragraph> cell = {
        paragraph("March 2020", "1.", true),
        paragraph("Code of conduct visible", "2."),
    };
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 1u);
    EXPECT_EQ(entries[0].date->iso(), "2020-03");
    EXPECT_TRUE(entries[0].headingBold);
    ASSERT_EQ(entries[0].items.size(), 1u);
    EXPECT_EQ(entries[0].items[0].item.marker, ItemMarker::ListLabel);
    EXPECT_EQ(entries[0].items[0].item.number, 2);
    EXPECT_EQ(entries[0].items[0].paragraph, 1u);
}

TEST(ParseProgress, ListParagraphWithEmptyTextIsAnItem)
{
    const std::vector<Paragraph> cell = {paragraph("March 2020"), paragraph("", "1.")};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 1u);
    ASSERT_EQ(entries[0].items.size(), 1u);
    EXPECT_EQ(entries[0].items[0].item.label, "1.");
}

TEST(ParseProgress, NothingGivesNoEntries)
{
    EXPECT_TRUE(parseProgress({}, grammar()).empty());
    const std::vector<Paragraph> blank = {paragraph(""), paragraph(" "), paragraph(nbsp)};
    EXPECT_TRUE(parseProgress(blank, grammar()).empty());
}

// ---- inline-dated entries: "March 2024: club running" ----

namespace
{
struct InlineCase
{
    std::string text;
    std::string iso;
    std::string form;    // the DateForm's name
    std::string heading; // the date with its lead words and separator
    std::string itemText;
};

void PrintTo(const InlineCase& c, std::ostream* os)
{
    *os << '"' << c.text << '"';
}

const std::string enDash = "\xE2\x80\x93";
} // namespace

class InlineEntries : public testing::TestWithParam<InlineCase>
{
};

TEST_P(InlineEntries, StartAnEntryWithTheirDateFormAndFirstItem)
{
    const InlineCase& c = GetParam();
    EXPECT_FALSE(parseProgressHeading(c.text, grammar()).has_value()) << c.text;
    const std::vector<Paragraph> cell = {paragraph(c.text)};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 1u);
    const ProgressEntry& entry = entries[0];
    ASSERT_TRUE(entry.date.has_value()) << c.text;
    EXPECT_EQ(entry.date->iso(), c.iso);
    EXPECT_EQ(entry.form, EntryForm::Inline);
    ASSERT_TRUE(entry.dateForm.has_value());
    EXPECT_EQ(toString(*entry.dateForm), c.form);
    EXPECT_EQ(entry.heading, c.heading);
    EXPECT_EQ(entry.headingParagraph, 0u);
    ASSERT_EQ(entry.items.size(), 1u);
    EXPECT_EQ(entry.items[0].item.text, c.itemText);
    EXPECT_EQ(entry.items[0].paragraph, 0u);
}

INSTANTIATE_TEST_SUITE_P(
    EveryDateForm, InlineEntries,
    testing::Values(
        InlineCase{"March 2024: club running, 14 boys attend", "2024-03", "month-year",
                   "March 2024:", "club running, 14 boys attend"},
        InlineCase{"Sept 2023: launched", "2023-09", "month-year", "Sept 2023:", "launched"},
        InlineCase{"Autumn Term 2022: baseline done", "2022-autumn", "term",
                   "Autumn Term 2022:", "baseline done"},
        InlineCase{"Summer 2023: gap closed", "2023-summer", "term", "Summer 2023:", "gap closed"},
        InlineCase{"07/03/2024: gap reduced to 9%", "2024-03-07", "day",
                   "07/03/2024:", "gap reduced to 9%"},
        InlineCase{"7/3/24 - survey sent", "2024-03-07", "day", "7/3/24 -", "survey sent"},
        InlineCase{"07.03.2024: trained", "2024-03-07", "day", "07.03.2024:", "trained"},
        InlineCase{"7 March 2024: visit by the LA", "2024-03-07", "day",
                   "7 March 2024:", "visit by the LA"},
        InlineCase{"w/c 4 March 2024: assembly on disability", "2024-03-04", "week-commencing",
                   "w/c 4 March 2024:", "assembly on disability"},
        InlineCase{"Week commencing 4 March 2024 - assembly", "2024-03-04", "week-commencing",
                   "Week commencing 4 March 2024 -", "assembly"},
        InlineCase{"Spring 2 2023: pupil survey", "2023-spring-2", "half-term",
                   "Spring 2 2023:", "pupil survey"},
        InlineCase{"Aut 1 22: baseline", "2022-autumn-1", "half-term", "Aut 1 22:", "baseline"},
        InlineCase{"Autumn Term 1 2022: baseline", "2022-autumn-1", "half-term",
                   "Autumn Term 1 2022:", "baseline"},
        InlineCase{"2023-24: data reviewed", "2023/24", "academic-year",
                   "2023-24:", "data reviewed"},
        InlineCase{"2023/2024: data reviewed", "2023/24", "academic-year",
                   "2023/2024:", "data reviewed"},
        InlineCase{"2024: policy rewritten", "2024", "year", "2024:", "policy rewritten"},
        // Separators: a dash, an en dash, a bracket, with or without spaces.
        InlineCase{"March 2024 " + enDash + " club running", "2024-03", "month-year",
                   "March 2024 " + enDash, "club running"},
        InlineCase{"March 2024) club running", "2024-03", "month-year", "March 2024)",
                   "club running"},
        InlineCase{"March 2024:club running", "2024-03", "month-year",
                   "March 2024:", "club running"},
        // Lead words.
        InlineCase{"Update March 2024: club running", "2024-03", "month-year",
                   "Update March 2024:", "club running"},
        InlineCase{"Review " + enDash + " Summer 2023 " + enDash + " gap closed", "2023-summer",
                   "term", "Review " + enDash + " Summer 2023 " + enDash, "gap closed"},
        InlineCase{"Progress: 7/3/24: on track", "2024-03-07", "day",
                   "Progress: 7/3/24:", "on track"},
        // The text after the date is an item like any other.
        InlineCase{"March 2024: 1) club running", "2024-03", "month-year",
                   "March 2024:", "club running"}));

class NotInlineEntries : public testing::TestWithParam<Sample>
{
};

TEST_P(NotInlineEntries, IsNoInlineEntry)
{
    EXPECT_FALSE(parseInlineEntry(GetParam().text, grammar()).has_value()) << GetParam().text;
}

INSTANTIATE_TEST_SUITE_P(SentencesHeadingsAndRanges, NotInlineEntries,
                         testing::Values(
                             // A date inside a sentence is not an entry.
                             "In March 2024: club running",
                             "Club running since March 2024: 14 boys", "14 boys attend: March 2024",
                             "1) March 2024: club running",
                             // A date on its own is a heading, not an inline entry.
                             "March 2024", "March 2024:", "March 2024 " + enDash,
                             // Ranges and numbers.
                             "2022" + enDash + "2026", "March 2024 - April 2024: review",
                             "2% increase: good", "Summer 2 14 pupils", "March 2024 club running",
                             "Updates March 2024: x", ""));

TEST(ParseProgressHeading, HeadingsKeepReadingAsHeadingsWithTheirForm)
{
    const std::vector<Paragraph> cell = {paragraph("Progress Commentary As of December 2018:"),
                                         paragraph("1) Digital signage"),
                                         paragraph("Spring 2 2023"), paragraph("2023-24")};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].form, EntryForm::Heading);
    EXPECT_EQ(entries[0].dateForm, DateForm::MonthYear);
    EXPECT_EQ(entries[0].heading, "Progress Commentary As of December 2018:");
    EXPECT_EQ(entries[1].date->iso(), "2023-spring-2");
    EXPECT_EQ(entries[1].dateForm, DateForm::HalfTerm);
    EXPECT_EQ(entries[2].date->iso(), "2023/24");
    EXPECT_EQ(entries[2].dateForm, DateForm::AcademicYear);
}

TEST(ParseProgress, InlineDatedParagraphsUsedToBeOneUndatedEntry)
{
    // Read before inline entries existed, this cell gave one undated entry of four items: the
    // sidebar said "Latest update: none" and progress.undated fired on a plan reviewed in March.
    const std::vector<Paragraph> cell = {
        paragraph("Autumn Term 2022: baseline done"), paragraph(""),
        paragraph("March 2024: club running, 14 boys attend"), paragraph("- girls joined too"),
        paragraph("07/03/2024: gap reduced to 9%")};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].date->iso(), "2022-autumn");
    EXPECT_EQ(entries[1].date->iso(), "2024-03");
    EXPECT_EQ(entries[2].date->iso(), "2024-03-07");
    // Undated paragraphs after an inline entry belong to it.
    ASSERT_EQ(entries[1].items.size(), 2u);
    EXPECT_EQ(entries[1].items[1].item.marker, ItemMarker::TypedBullet);
    EXPECT_EQ(entries[1].items[1].item.text, "girls joined too");
    EXPECT_EQ(entries[1].items[1].paragraph, 3u);
}

TEST(ParseProgress, CommentaryBeforeTheFirstInlineDateIsUndated)
{
    const std::vector<Paragraph> cell = {paragraph("On track"),
                                         paragraph("Summer 2023: gap closed")};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_FALSE(entries[0].date.has_value());
    EXPECT_FALSE(entries[0].dateForm.has_value());
    EXPECT_EQ(entries[1].form, EntryForm::Inline);
}

TEST(ParseProgress, HeadingsAndInlineEntriesMix)
{
    const std::vector<Paragraph> cell = {paragraph("March 2020"), paragraph("1) a"),
                                         paragraph("March 2021: b"), paragraph("2) c")};
    const std::vector<ProgressEntry> entries = parseProgress(cell, grammar());
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].form, EntryForm::Heading);
    EXPECT_EQ(entries[1].form, EntryForm::Inline);
    ASSERT_EQ(entries[1].items.size(), 2u);
    EXPECT_EQ(entries[1].items[1].item.number, 2);
}

TEST(ParseInlineEntry, GivesTheLeadTheSeparatorAndWhereTheTextStarts)
{
    const std::optional<InlineEntry> entry =
        parseInlineEntry("  Update " + enDash + " 7/3/24 - gap closed ", grammar());
    ASSERT_TRUE(entry.has_value());
    EXPECT_EQ(entry->lead, "Update " + enDash + " 7/3/24");
    EXPECT_EQ(entry->separator, " - ");
    EXPECT_EQ(entry->date.begin, 11u);
    EXPECT_EQ(entry->textBegin, 20u);
}

TEST(ParseInlineEntry, WordsComeFromTheGrammar)
{
    CommentaryGrammar g = grammar();
    g.inlineSeparators = {":"};
    EXPECT_TRUE(parseInlineEntry("March 2024: a", g).has_value());
    EXPECT_FALSE(parseInlineEntry("March 2024 - a", g).has_value());
    g.inlineLeadWords.clear();
    EXPECT_FALSE(parseInlineEntry("Update March 2024: a", g).has_value());
    g.termNames[0] = {"Autumn", "Au"};
    EXPECT_EQ(parseInlineEntry("Au 1 22: a", g)->date.date.iso(), "2022-autumn-1");
    EXPECT_FALSE(parseInlineEntry("Aut 1 22: a", g).has_value());
    g.weekCommencing.clear();
    EXPECT_FALSE(parseInlineEntry("w/c 4 March 2024: a", g).has_value());
}

TEST(ParseProgress, AGrammarsWordsAreTrimmedAndMatchedInAnyCase)
{
    // One parse reads each list's words once (the bytes they start with) for all its
    // paragraphs: words written with spaces around them and in any case still match.
    CommentaryGrammar g = grammar();
    g.headingPrefixes = {"  PROGRESS  "};
    g.inlineLeadWords = {" update "};
    g.bulletMarkers = {" \xE2\x80\xA2 "};
    g.termNames[1] = {" spring "};
    const std::vector<Paragraph> paragraphs{
        paragraph("progress March 2024"), paragraph("\xE2\x80\xA2 first"),
        paragraph("UPDATE Spring 2024: second"), paragraph("\xE2\x80\xA2third")};
    const std::vector<ProgressEntry> entries = parseProgress(paragraphs, g);
    ASSERT_EQ(entries.size(), 2u);
    EXPECT_EQ(entries[0].date->iso(), "2024-03");
    ASSERT_EQ(entries[0].items.size(), 1u);
    EXPECT_EQ(entries[0].items[0].item.marker, ItemMarker::TypedBullet);
    EXPECT_EQ(entries[0].items[0].item.text, "first");
    EXPECT_EQ(entries[1].form, EntryForm::Inline);
    EXPECT_EQ(entries[1].heading, "UPDATE Spring 2024:");
    ASSERT_EQ(entries[1].items.size(), 2u);
    EXPECT_EQ(entries[1].items[0].item.text, "second");
    EXPECT_EQ(entries[1].items[1].item.label, "\xE2\x80\xA2");
    EXPECT_EQ(entries[1].items[1].item.text, "third");
}

TEST(EntryForms, NamesEachForm)
{
    EXPECT_EQ(toString(EntryForm::Heading), "heading");
    EXPECT_EQ(toString(EntryForm::Inline), "inline");
    EXPECT_EQ(toString(DateForm::Year), "year");
    EXPECT_EQ(toString(DateForm::MonthYear), "month-year");
    EXPECT_EQ(toString(DateForm::Day), "day");
    EXPECT_EQ(toString(DateForm::WeekCommencing), "week-commencing");
    EXPECT_EQ(toString(DateForm::Term), "term");
    EXPECT_EQ(toString(DateForm::HalfTerm), "half-term");
    EXPECT_EQ(toString(DateForm::AcademicYear), "academic-year");
}
