// The grid as JSON and back: what the in-office reader hands the CLI. Every grid toJson writes is
// read back as it was; anything else is an error that names where, never a crash.
#include "eqplan/GridJson.hpp"

#include "GridBuilders.hpp"
#include "SeedGrids.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <string>

namespace
{
using namespace eqplan;
using namespace eqplan::test;
namespace json = boost::json;

// The grid serialised the way the office reader sends it, then read back.
Loaded<DocumentGrid> roundTrip(const DocumentGrid& grid)
{
    return gridFromJson(boost::json::serialize(toJson(grid)));
}

Paragraph styled(std::string text, std::string listLabel, bool bold, std::string style,
                 int outlineLevel)
{
    Paragraph p = para(std::move(text), bold, std::move(style));
    p.listLabel = std::move(listLabel);
    p.outlineLevel = outlineLevel;
    return p;
}

// Everything a reader fills in: merges both ways, list labels, bold, styles, outline levels,
// body paragraphs before, between and after tables, a header repeated and one not read, text
// in several scripts and characters JSON must escape.
DocumentGrid everything()
{
    Table first = table("Table1", 3, 4,
                        {cell(0, 0, "No."), cell(0, 1, "Objective"), cell(0, 2, "Owners"),
                         cell(0, 3, "Progress"), cell(1, 0, "1", 2), cell(1, 1, "Close gaps", 2),
                         cell(1, 2, "SLT\nSENCo"), cell(1, 3, "As of 2021"),
                         cell(2, 2, "Progress commentary", 1, 2)});
    first.repeatedHeaderRows = 1;
    first.before = {styled("Equality Action Plan 2018–2021", "", true, "Title", 1),
                    styled("Updated 2-3-2021 D Sydes", "", false, "Default Paragraph Style", 0)};
    first.cells[7].paragraphs.push_back(
        styled("Prayer room reviewed", "1.", false, "List Paragraph", 0));
    first.cells[7].paragraphs.push_back(styled("Sub item", "a)", true, "List Paragraph", 0));
    first.cells[7].paragraphs.push_back(para(""));
    first.cells[7].paragraphs[1].tracked = true; // a pending tracked change

    Table second =
        table("Tábla “2”", {{"Ŵyn – Ελληνικά – 日本語 – 🙂", "tab\there"},
                            {"quote \" back\\slash", std::string("nul\0byte", 8)}});
    second.repeatedHeaderRows = 0;
    second.before = {para("Between the tables")};

    Table third = table("Table3", 0, 0, {});

    DocumentGrid grid = document({first, second, third});
    grid.title = "The plan’s title";
    grid.after = {styled("Signed", "•", false, "Signature", 0), para("")};
    grid.pageHeaders = {para("Riverside School\tEquality Action Plan 2022\xE2\x80\x93" "25")};
    grid.pageFooters = {styled("Reviewed: Sept 2024", "", true, "Footer", 0)};
    return grid;
}

TEST(GridJson, RoundTripsEveryPartOfAGrid)
{
    const DocumentGrid grid = everything();
    const Loaded<DocumentGrid> read = roundTrip(grid);
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, grid);
    EXPECT_EQ(read.value->tables[0].repeatedHeaderRows, std::optional<int>(1));
    EXPECT_EQ(read.value->tables[1].repeatedHeaderRows, std::optional<int>(0));
    EXPECT_EQ(read.value->tables[2].repeatedHeaderRows, std::nullopt);
    EXPECT_EQ(read.value->tables[1].cells[3].paragraphs[0].text.size(), 8u);
    EXPECT_TRUE(read.value->tables[0].cells[7].paragraphs[1].tracked);
    EXPECT_EQ(read.value->pageFooters.at(0).style, "Footer");
}

// A grid without page headers or footers writes none: its JSON (and the recorded fingerprints
// of the fixtures without them) is what it always was.
TEST(GridJson, WritesPageHeadersAndFootersOnlyWhereThereAreAny)
{
    const json::value plain = toJson(seedActionPlan2018());
    EXPECT_FALSE(plain.as_object().contains("pageHeaders"));
    EXPECT_FALSE(plain.as_object().contains("pageFooters"));
    EXPECT_TRUE(toJson(everything()).as_object().contains("pageHeaders"));
}

TEST(GridJson, RoundTripsTheSeedPlans)
{
    for (const DocumentGrid& grid : {seedActionPlan2018(), seedObjectives2017()})
    {
        const Loaded<DocumentGrid> read = roundTrip(grid);
        ASSERT_TRUE(read) << read.error;
        EXPECT_EQ(*read.value, grid);
    }
}

TEST(GridJson, ParsedJsonIsReadAsItsText)
{
    const std::string text = boost::json::serialize(toJson(everything()));
    const Loaded<DocumentGrid> read = gridFromParsed(json::parse(text));
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, everything());
    for (const char* wrong : {"[]", "{\"tables\": [{\"name\": 3}]}"})
    {
        EXPECT_FALSE(gridFromParsed(json::parse(wrong)));
        EXPECT_EQ(gridFromParsed(json::parse(wrong)).error, gridFromJson(wrong).error);
    }
}

TEST(GridJson, RoundTripsAnEmptyDocument)
{
    const Loaded<DocumentGrid> read = roundTrip(DocumentGrid{});
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, DocumentGrid{});
}

TEST(GridJson, KeepsTextThatIsNotUtf8AsItIs)
{
    // A lone surrogate in Writer's text reaches the grid as these bytes, whichever reader reads.
    DocumentGrid grid = document({table("Table1", {{"a\xED\xA0\x80z", "\xFF"}})});
    grid.title = "\xC3";
    const Loaded<DocumentGrid> read = roundTrip(grid);
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(*read.value, grid);
}

TEST(GridJson, IgnoresMembersItDoesNotKnow)
{
    const Loaded<DocumentGrid> read =
        gridFromJson(R"({"title":"T","tables":[],"after":[],"reader":"office"})");
    ASSERT_TRUE(read) << read.error;
    EXPECT_EQ(read.value->title, "T");
}

TEST(GridJson, SaysWhereTheJsonIsWrong)
{
    const Loaded<DocumentGrid> read = gridFromJson(
        R"({"title":"","after":[],"tables":[{"name":"Table1","rows":1,"columns":1,"before":[],)"
        R"("cells":[{"name":"A1","row":"0","column":0,"rowSpan":1,"columnSpan":1,)"
        R"("paragraphs":[]}]}]})");
    EXPECT_FALSE(read);
    EXPECT_FALSE(read.value);
    EXPECT_EQ(read.error, "grid: /tables/0/cells/0/row: expected an integer");
}

TEST(GridJson, SaysWhatIsMissing)
{
    EXPECT_EQ(gridFromJson(R"({"title":"","tables":[]})").error, "grid: /: missing \"after\"");
    EXPECT_EQ(gridFromJson(R"({"title":"","tables":[],"after":[{"text":"","listLabel":"","bold":1,)"
                           R"("style":"","outlineLevel":0}]})")
                  .error,
              "grid: /after/0/bold: expected true or false");
}

struct BadGrid
{
    const char* what;
    const char* json;
};

const BadGrid badGrids[] = {
    {"empty", ""},
    {"not JSON", "the plan"},
    {"truncated", R"({"title":"","tables":[{"name":"Table1",)"},
    {"trailing text", R"({"title":"","tables":[],"after":[]} and more)"},
    {"null", "null"},
    {"an array", "[]"},
    {"a string", R"("grid")"},
    {"tables not an array", R"({"title":"","tables":{},"after":[]})"},
    {"a table not an object", R"({"title":"","tables":[1],"after":[]})"},
    {"title a number", R"({"title":3,"tables":[],"after":[]})"},
    {"rows too large", R"({"title":"","after":[],"tables":[{"name":"","rows":4294967296,)"
                       R"("columns":1,"before":[],"cells":[]}]})"},
    {"rows not whole", R"({"title":"","after":[],"tables":[{"name":"","rows":1.5,)"
                       R"("columns":1,"before":[],"cells":[]}]})"},
    {"rows beyond int64", R"({"title":"","after":[],"tables":[{"name":"","rows":)"
                          R"(18446744073709551615,"columns":1,"before":[],"cells":[]}]})"},
    {"repeatedHeaderRows null",
     R"({"title":"","after":[],"tables":[{"name":"","rows":1,)"
     R"("columns":1,"before":[],"cells":[],"repeatedHeaderRows":null}]})"},
    {"a cell not an object", R"({"title":"","after":[],"tables":[{"name":"","rows":1,)"
                             R"("columns":1,"before":[],"cells":[[]]}]})"},
    {"a paragraph not an object", R"({"title":"","tables":[],"after":["text"]})"},
};

class GridJsonRefuses : public testing::TestWithParam<BadGrid>
{
};

TEST_P(GridJsonRefuses, WithAnErrorAndNoGrid)
{
    const Loaded<DocumentGrid> read = gridFromJson(GetParam().json);
    EXPECT_FALSE(read) << GetParam().what;
    EXPECT_EQ(read.error.rfind("grid: ", 0), 0u) << GetParam().what << ": " << read.error;
}

INSTANTIATE_TEST_SUITE_P(BadInput, GridJsonRefuses, testing::ValuesIn(badGrids));

TEST(GridJsonRefuses, NestingDeeperThanAGrid)
{
    const std::string deep = R"({"title":"","tables":[],"after":)" + std::string(10000, '[') +
                             std::string(10000, ']') + "}";
    const Loaded<DocumentGrid> read = gridFromJson(deep);
    EXPECT_FALSE(read);
    EXPECT_EQ(read.error.rfind("grid: not JSON", 0), 0u) << read.error;
}

TEST(GridJsonRefuses, EveryCutOfAGoodGrid)
{
    // Every prefix of a real grid's JSON is either refused or, if whole, the same grid.
    const std::string text = boost::json::serialize(toJson(everything()));
    for (std::size_t length = 0; length < text.size(); ++length)
    {
        const Loaded<DocumentGrid> read = gridFromJson(std::string_view(text).substr(0, length));
        EXPECT_FALSE(read) << "cut at " << length;
        EXPECT_FALSE(read.error.empty()) << "cut at " << length;
    }
}
} // namespace
