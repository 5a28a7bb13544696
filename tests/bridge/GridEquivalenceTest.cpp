// The contract between the bridge's two readers: on every document fixture, reading cell by cell
// over UNO (`--reader uno`) and reading one flat ODF export (`--reader odf`) give the same grid.
// Each run is the real CLI with real LibreOffice (CliRun.hpp: own TMPDIR, time limit).
#include "CliRun.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::CliRun;
using eqplan::test::runCli;

// The text and Writer documents among the fixtures (the spreadsheet is no text document).
std::vector<std::string> fixtureFiles()
{
    std::vector<std::string> files;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(EQPLAN_FIXTURE_DIR, ec))
    {
        const std::string extension = entry.path().extension().string();
        if (extension == ".docx" || extension == ".odt")
            files.push_back(entry.path().filename().string());
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string show(const json::value& value)
{
    std::string text = json::serialize(value);
    return text.size() > 200 ? text.substr(0, 200) + "…" : text;
}

// The first place where two JSON values differ, as "path: uno X, odf Y"; nothing if they agree.
std::optional<std::string> firstDifference(const json::value& uno, const json::value& odf,
                                           const std::string& path)
{
    if (uno.kind() != odf.kind())
        return path + ": uno " + show(uno) + ", odf " + show(odf);
    if (const json::object* a = uno.if_object())
    {
        const json::object& b = odf.get_object();
        std::set<std::string> keys;
        for (const auto& member : *a)
            keys.insert(std::string(member.key()));
        for (const auto& member : b)
            keys.insert(std::string(member.key()));
        for (const std::string& key : keys)
        {
            const json::value* x = a->if_contains(key);
            const json::value* y = b.if_contains(key);
            if (!x || !y)
                return path + "." + key + ": uno " + (x ? show(*x) : "(missing)") + ", odf " +
                       (y ? show(*y) : "(missing)");
            if (auto difference = firstDifference(*x, *y, path + "." + key))
                return difference;
        }
        return std::nullopt;
    }
    if (const json::array* a = uno.if_array())
    {
        const json::array& b = odf.get_array();
        for (std::size_t i = 0; i < std::min(a->size(), b.size()); ++i)
            if (auto difference =
                    firstDifference((*a)[i], b[i], path + "[" + std::to_string(i) + "]"))
                return difference;
        if (a->size() != b.size())
            return path + ": uno has " + std::to_string(a->size()) + " elements, odf " +
                   std::to_string(b.size());
        return std::nullopt;
    }
    if (uno != odf)
        return path + ": uno " + show(uno) + ", odf " + show(odf);
    return std::nullopt;
}

// The grid `eqplan inspect --dump-grid --reader READER FILE` printed, or null with a failure.
json::value dumpGrid(const fs::path& file, const std::string& reader)
{
    const CliRun run = runCli({"inspect", "--dump-grid", "--reader", reader, file.string()});
    const std::string what = "eqplan inspect --dump-grid --reader " + reader + " " + file.string();
    EXPECT_EQ(run.spawnError, "") << what;
    EXPECT_FALSE(run.timedOut) << what << " was stopped after "
                               << eqplan::test::cliTimeLimit.count() << " s";
    EXPECT_TRUE(run.exited && run.exitCode == 0) << what << " failed; stderr:\n" << run.err;
    boost::system::error_code ec;
    json::value grid = json::parse(run.out, ec);
    EXPECT_FALSE(ec) << what << " printed no JSON (" << ec.message() << "):\n" << run.out;
    return ec ? json::value() : grid;
}

class GridEquivalence : public testing::TestWithParam<std::string>
{
};

TEST_P(GridEquivalence, UnoAndFlatOdfReadersGiveTheSameGrid)
{
    const fs::path file = fs::path(EQPLAN_FIXTURE_DIR) / GetParam();
    const json::value uno = dumpGrid(file, "uno");
    const json::value odf = dumpGrid(file, "odf");
    ASSERT_FALSE(uno.is_null() || odf.is_null());
    const std::optional<std::string> difference = firstDifference(uno, odf, "$");
    EXPECT_FALSE(difference) << GetParam() << " differs at " << difference.value_or("");
}

// "seed-action-plan-2018-2021.docx" → "seed_action_plan_2018_2021_docx": test names are
// identifiers.
std::string testName(const testing::TestParamInfo<std::string>& fixture)
{
    std::string name = fixture.param;
    std::replace_if(
        name.begin(), name.end(),
        [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
    return name;
}

INSTANTIATE_TEST_SUITE_P(Fixtures, GridEquivalence, testing::ValuesIn(fixtureFiles()), testName);

// Without fixtures the suite above would pass by having no tests.
TEST(GridEquivalenceFixtures, AreThere)
{
    EXPECT_GE(fixtureFiles().size(), 18u) << "fixtures in " << EQPLAN_FIXTURE_DIR;
}

TEST(GridEquivalenceDiff, NamesTheFirstDifferingPath)
{
    const json::value a =
        json::parse(R"({"tables":[{"cells":[{"name":"A1","row":0}]}],"title":"x"})");
    const json::value b =
        json::parse(R"({"tables":[{"cells":[{"name":"B1","row":0}]}],"title":"y"})");
    EXPECT_EQ(firstDifference(a, b, "$"),
              std::optional<std::string>("$.tables[0].cells[0].name: uno \"A1\", odf \"B1\""));
    EXPECT_EQ(firstDifference(json::parse("[1,2]"), json::parse("[1]"), "$"),
              std::optional<std::string>("$: uno has 2 elements, odf 1"));
    EXPECT_EQ(firstDifference(a, a, "$"), std::nullopt);
}
} // namespace
