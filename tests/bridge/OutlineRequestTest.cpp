// The request with which the CLI asks the office reader to give the objectives' paragraphs an
// outline level: what is written is read back exactly, and anything else is refused in words.
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Publish.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using eqplan::bridge::Error;
using eqplan::bridge::OutlineMark;
using eqplan::bridge::outlineRequestFromJson;
using eqplan::bridge::outlineRequestToJson;

TEST(OutlineRequest, ReadsBackWhatWasWritten)
{
    const std::vector<OutlineMark> marks = {
        {"Table1", "A2", 0},
        {"Table1", "A4", 3},
        {"Plan \"2024\" – Wales", "B12", 17},
    };
    const auto [read, level] = outlineRequestFromJson(outlineRequestToJson(marks, 2));
    EXPECT_EQ(read, marks);
    EXPECT_EQ(level, 2);

    const auto [none, top] = outlineRequestFromJson(outlineRequestToJson({}, 1));
    EXPECT_TRUE(none.empty());
    EXPECT_EQ(top, 1);
}

TEST(OutlineRequest, RefusesAnythingElseSayingWhat)
{
    const auto refusal = [](const std::string& json)
    {
        try
        {
            outlineRequestFromJson(json);
        }
        catch (const Error& e)
        {
            return std::string(e.what());
        }
        return std::string("accepted");
    };
    EXPECT_NE(refusal("{").find("not valid"), std::string::npos);
    EXPECT_NE(refusal(R"({"marks": []})").find("\"level\""), std::string::npos);
    EXPECT_NE(refusal(R"({"level": 0, "marks": []})").find("\"level\""), std::string::npos);
    EXPECT_NE(refusal(R"({"level": 2})").find("\"marks\""), std::string::npos);
    EXPECT_NE(refusal(R"({"level": 2, "marks": [["Table1", "A2"]]})").find("[table, cell"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"level": 2, "marks": [["Table1", "A2", -1]]})").find("[table, cell"),
              std::string::npos);
    EXPECT_NE(refusal(R"({"level": 2, "marks": [["Table1", 2, 0]]})").find("[table, cell"),
              std::string::npos);
    EXPECT_EQ(refusal(R"({"level": 2, "marks": [["Table1", "A2", 0]]})"), "accepted");
}
