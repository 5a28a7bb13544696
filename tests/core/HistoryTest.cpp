// The history eqplan keeps in the document: written, read back, appended to, and never lost when
// it cannot be read.
#include "eqplan/History.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

namespace
{
using namespace eqplan;
using namespace std::chrono;

const HistoryEntry added{year{2026} / 11 / 23, "D Sydes", 2, "Added progress: November 2026, 1 point"};
const HistoryEntry fixed{year{2026} / 12 / 1, "", std::nullopt, "Write “On-going” everywhere"};

TEST(History, RoundTripsThroughJson)
{
    const std::string text = historyToJson({added, fixed});
    const Loaded<std::vector<HistoryEntry>> read = historyFromJson(text);
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, (std::vector<HistoryEntry>{added, fixed}));
}

TEST(History, WritesDaysAndNumbersAsAPersonReadsThem)
{
    EXPECT_EQ(historyToJson({added}),
              R"({"version":1,"changes":[{"date":"2026-11-23","who":"D Sydes","what":"Added )"
              R"(progress: November 2026, 1 point","objective":2}]})");
}

TEST(History, AppendsToWhatTheDocumentHas)
{
    const Loaded<std::vector<HistoryEntry>> read =
        historyFromJson(appendHistory(historyToJson({added}), fixed));
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, (std::vector<HistoryEntry>{added, fixed}));
    const Loaded<std::vector<HistoryEntry>> first = historyFromJson(appendHistory(std::nullopt, added));
    ASSERT_TRUE(first) << first.error;
    EXPECT_EQ(*first.value, std::vector<HistoryEntry>{added});
}

TEST(History, KeepsAnUnreadableHistoryInsteadOfDroppingIt)
{
    const std::string appended = appendHistory(std::string("not json {"), added);
    const boost::json::value json = boost::json::parse(appended);
    EXPECT_EQ(json.at("unreadable").as_string(), "not json {");
    const Loaded<std::vector<HistoryEntry>> read = historyFromJson(appended);
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, std::vector<HistoryEntry>{added});
}

TEST(History, SaysWhereItIsWrong)
{
    EXPECT_EQ(historyFromJson("[]").error, "history: /changes: expected an array");
    EXPECT_EQ(historyFromJson(R"({"changes":[{"date":"23-11-2026","who":"","what":""}]})").error,
              "history: /changes/0/date: expected a day such as 2026-11-23");
    EXPECT_EQ(historyFromJson(R"({"changes":[{"date":"2026-02-30","who":"","what":""}]})").error,
              "history: /changes/0/date: expected a day such as 2026-11-23");
    EXPECT_EQ(historyFromJson(R"({"changes":[{"date":"2026-02-03","who":1,"what":""}]})").error,
              "history: /changes/0/who: expected a string");
    EXPECT_EQ(
        historyFromJson(R"({"changes":[{"date":"2026-02-03","who":"","what":"","objective":"2"}]})")
            .error,
        "history: /changes/0/objective: expected a number or null");
    EXPECT_FALSE(historyFromJson("").error.empty());
}

TEST(History, SummarisesAnAddedEntry)
{
    EXPECT_EQ(progressSummary(PlanDate{year{2026} / 11 / 1, Precision::Month, std::nullopt}, 2),
              "Added progress for 2026-11: 2 points");
    EXPECT_EQ(progressSummary(PlanDate{year{2026} / 11 / 23, Precision::Day, std::nullopt}, 1),
              "Added progress for 2026-11-23: 1 point");
}
} // namespace
