// The words of the checks with their keys: each rule's title, the dates findings name, and words
// inside words ("Row 7" in a finding about row 7) said through a catalogue in its own language.
// Every finding of ChecksTest and SeedChecksTest is held to its catalogue words there
// (expectKeyedAsSaid, CatalogueWords.hpp).
#include "eqplan/Checks.hpp"
#include "eqplan/Dates.hpp"
#include "eqplan/Message.hpp"

#include "CatalogueWords.hpp"
#include "checks/Rule.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <map>
#include <string>

using namespace eqplan;
using namespace eqplan::test;

TEST(FindingWords, EveryRuleTitleIsKeyedAndSaidAsTheCliSaysIt)
{
    for (std::string_view id : ruleIds())
    {
        const Message title = ruleTitleWords(id);
        EXPECT_FALSE(title.key.empty()) << id;
        EXPECT_EQ(title.english, ruleTitle(id)) << id;
        EXPECT_EQ(saidInBritishEnglish(title), ruleTitle(id)) << id;
    }
    EXPECT_TRUE(ruleTitleWords("no.such-rule").key.empty());
}

TEST(FindingWords, DatesAreSaidAsDescribeSaysThem)
{
    using namespace std::chrono;
    std::vector<PlanDate> dates;
    for (unsigned m = 1; m <= 12; ++m)
    {
        const year_month_day when{year{2021}, month{m}, day{m + 3}};
        dates.push_back(PlanDate{when, Precision::Day, std::nullopt});
        dates.push_back(PlanDate{when, Precision::Month, std::nullopt});
    }
    for (const auto& [first, term] :
         {std::pair{9u, Term::Autumn}, std::pair{1u, Term::Spring}, std::pair{5u, Term::Summer}})
    {
        const year_month_day when{year{2022}, month{first}, day{1}};
        dates.push_back(PlanDate{when, Precision::Term, term});
        dates.push_back(PlanDate{when, Precision::HalfTerm, term});
    }
    dates.push_back(PlanDate{year{2020} / 9 / 1, Precision::AcademicYear, std::nullopt});
    dates.push_back(PlanDate{year{2020} / 1 / 1, Precision::Year, std::nullopt});
    for (const PlanDate& date : dates)
    {
        const Message words = dateWords(date);
        EXPECT_EQ(words.english, describe(date));
        EXPECT_EQ(saidInBritishEnglish(words), describe(date));
        // Months, terms and academic years are words of a catalogue; a year alone is a number.
        EXPECT_EQ(words.key.empty(), date.precision == Precision::Year) << describe(date);
    }
    EXPECT_EQ(
        dateWords(PlanDate{year{2021} / 3 / 1, Precision::Month, std::nullopt}).parts.at(0).key,
        "monthMarch");
}

TEST(FindingWords, WordsInsideWordsAreSaidInTheCatalogueLanguage)
{
    // A catalogue of two words, in Welsh: the finding's own and the row's it names.
    const std::map<std::string, std::string> welsh = {
        {"findingTermMostly", "{0}: mae'n ysgrifennu “{1}”; mae'r cynllun gan amlaf yn ysgrifennu "
                              "“{2}”."},
        {"findingRow", "Rhes {0}"}};
    const std::function<std::string(const Message&)> say = [&](const Message& message)
    {
        const auto found = welsh.find(message.key);
        return found == welsh.end() ? message.english : wordedWith(found->second, message, say);
    };
    const Message finding =
        keyed("findingTermMostly", "{0} writes “{1}”; the plan mostly writes “{2}”.",
              {keyed("findingRow", "Row {0}", {"7"}), plain("On-going"), plain("Ongoing")});
    EXPECT_EQ(finding.english, "Row 7 writes “On-going”; the plan mostly writes “Ongoing”.");
    EXPECT_EQ(finding.arguments, (std::vector<std::string>{"Row 7", "On-going", "Ongoing"}));
    EXPECT_EQ(say(finding),
              "Rhes 7: mae'n ysgrifennu “On-going”; mae'r cynllun gan amlaf yn ysgrifennu "
              "“Ongoing”.");
    // Braces in an argument stay as they are: the plan's words are not a pattern.
    EXPECT_EQ(say(keyed("findingRow", "Row {0}", {"{1}"})), "Rhes {1}");
}

TEST(FindingWords, ListsAreSaidAsTheEnglishListsThem)
{
    EXPECT_EQ(listWords({plain("a")}).english, "a");
    EXPECT_EQ(listWords({plain("a"), plain("b")}).english, "a and b");
    const Message three = listWords({plain("a"), plain("b"), plain("c")});
    EXPECT_EQ(three.english, "a, b and c");
    EXPECT_EQ(saidInBritishEnglish(three), "a, b and c");
}
