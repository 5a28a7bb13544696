// The contract between the bridge's readers: on every document fixture, reading cell by cell
// over UNO (`--reader uno`), reading one flat ODF export (`--reader odf`) and reading inside the
// office with eqplan's office reader (`--reader office`, the default) give the same grid.
// Each reader reads every fixture in one run of the real CLI with real LibreOffice (CliRun.hpp:
// own TMPDIR, time limit), the three runs side by side; a test a fixture compares what they read.
#include "CliRun.hpp"
#include "InspectJson.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <map>
#include <fstream>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::CliRun;
using eqplan::test::JsonLines;
using eqplan::test::runCli;
using eqplan::test::runOverFiles;

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

// A grid to compare, named after its reader.
struct Named
{
    const char* name;
    const json::value& grid;
};

// "path: uno X, odf Y", what a difference says.
std::string differ(const std::string& path, const char* first, const json::value* x,
                   const char* second, const json::value* y)
{
    return path + ": " + first + " " + (x ? show(*x) : "(missing)") + ", " + second + " " +
           (y ? show(*y) : "(missing)");
}

// The first place where two JSON values differ, as "path: uno X, odf Y"; nothing if they agree.
std::optional<std::string> firstDifference(const Named& first, const Named& second,
                                           const std::string& path)
{
    const json::value& one = first.grid;
    const json::value& other = second.grid;
    if (one.kind() != other.kind())
        return differ(path, first.name, &one, second.name, &other);
    if (const json::object* a = one.if_object())
    {
        const json::object& b = other.get_object();
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
                return differ(path + "." + key, first.name, x, second.name, y);
            if (auto difference =
                    firstDifference({first.name, *x}, {second.name, *y}, path + "." + key))
                return difference;
        }
        return std::nullopt;
    }
    if (const json::array* a = one.if_array())
    {
        const json::array& b = other.get_array();
        for (std::size_t i = 0; i < std::min(a->size(), b.size()); ++i)
            if (auto difference = firstDifference({first.name, (*a)[i]}, {second.name, b[i]},
                                                  path + "[" + std::to_string(i) + "]"))
                return difference;
        if (a->size() != b.size())
            return path + ": " + first.name + " has " + std::to_string(a->size()) + " elements, " +
                   second.name + " " + std::to_string(b.size());
        return std::nullopt;
    }
    if (one != other)
        return differ(path, first.name, &one, second.name, &other);
    return std::nullopt;
}

// The grid `eqplan inspect --dump-grid --reader READER FILE` printed, or null with a failure.
json::value dumpGrid(const fs::path& file, const std::string& reader)
{
    const CliRun run =
        runCli({"inspect", "--dump-grid", "--timings", "--reader", reader, file.string()});
    const std::string what = "eqplan inspect --dump-grid --reader " + reader + " " + file.string();
    // The office reader falls back to flat ODF where it cannot be loaded: this one must not.
    EXPECT_NE(run.err.find("eqplan inspect: reader: " + reader + "\n"), std::string::npos)
        << what << " did not read with that reader; stderr:\n"
        << run.err;
    EXPECT_EQ(run.spawnError, "") << what;
    EXPECT_FALSE(run.timedOut) << what << " was stopped after "
                               << eqplan::test::cliTimeLimit.count() << " s";
    EXPECT_TRUE(run.exited && run.exitCode == 0) << what << " failed; stderr:\n" << run.err;
    boost::system::error_code ec;
    json::value grid = json::parse(run.out, ec);
    EXPECT_FALSE(ec) << what << " printed no JSON (" << ec.message() << "):\n" << run.out;
    return ec ? json::value() : grid;
}

// What one reader read of every fixture, in one run of the CLI over them all (one office): the
// JSON line it printed for each file, by file name, and what went wrong with the run itself.
struct ReaderRun
{
    std::map<std::string, json::object> lines;
    std::string failure;
};

ReaderRun readAll(const std::string& reader)
{
    std::vector<fs::path> files;
    for (const std::string& file : fixtureFiles())
        files.push_back(fs::path(EQPLAN_FIXTURE_DIR) / file);
    JsonLines printed = runOverFiles({"inspect", "--dump-grid", "--reader", reader}, files);
    ReaderRun out{{}, std::move(printed.failure)};
    for (json::value& value : printed.lines)
    {
        if (!value.is_object() || !value.as_object().contains("file") ||
            !value.at("file").is_string())
        {
            out.failure +=
                " --reader " + reader + " printed a line that is no file's JSON: " + show(value);
            continue;
        }
        const fs::path file(std::string(value.at("file").get_string()));
        out.lines[file.filename().string()] = std::move(value.get_object());
    }
    return out;
}

// The three readers' runs, each once for the whole suite, side by side (each its own office).
class GridEquivalence : public testing::TestWithParam<std::string>
{
protected:
    static void SetUpTestSuite()
    {
        auto uno = std::async(std::launch::async, readAll, "uno");
        auto odf = std::async(std::launch::async, readAll, "odf");
        ReaderRun office = readAll("office");
        runs = new std::map<std::string, ReaderRun>{
            {"uno", uno.get()}, {"odf", odf.get()}, {"office", std::move(office)}};
    }

    static void TearDownTestSuite()
    {
        delete runs;
        runs = nullptr;
    }

    // The grid `reader` read of this test's fixture, or null with the failure said.
    static json::value gridOf(const std::string& reader)
    {
        const ReaderRun& run = runs->at(reader);
        EXPECT_EQ(run.failure, "");
        const auto line = run.lines.find(GetParam());
        if (line == run.lines.end())
        {
            ADD_FAILURE() << "--reader " << reader << " printed nothing for " << GetParam();
            return nullptr;
        }
        const json::object& read = line->second;
        // The office reader falls back to flat ODF where it cannot be loaded: not here.
        EXPECT_EQ(json::serialize(read.at("reader")), "\"" + reader + "\"")
            << GetParam() << " was read by another reader: " << json::serialize(read);
        if (!read.contains("grid"))
        {
            ADD_FAILURE() << "--reader " << reader << " did not read " << GetParam() << ": "
                          << json::serialize(read);
            return nullptr;
        }
        return read.at("grid");
    }

    static inline std::map<std::string, ReaderRun>* runs = nullptr;
};

TEST_P(GridEquivalence, UnoFlatOdfAndOfficeReadersGiveTheSameGrid)
{
    const json::value uno = gridOf("uno");
    const json::value odf = gridOf("odf");
    const json::value office = gridOf("office");
    ASSERT_FALSE(uno.is_null() || odf.is_null() || office.is_null());
    const std::optional<std::string> difference = firstDifference({"uno", uno}, {"odf", odf}, "$");
    EXPECT_FALSE(difference) << GetParam() << " differs at " << difference.value_or("");
    const std::optional<std::string> inOffice =
        firstDifference({"office", office}, {"uno", uno}, "$");
    EXPECT_FALSE(inOffice) << GetParam() << " differs at " << inOffice.value_or("");
}

// One file read alone gives the grid it gave among all the others: the office the batch shares
// keeps nothing from one document to the next.
TEST(GridEquivalenceAlone, AFixtureReadAloneReadsAsInTheBatch)
{
    const fs::path file = fs::path(EQPLAN_FIXTURE_DIR) / "seed-action-plan-2018-2021.docx";
    const json::value alone = dumpGrid(file, "office");
    const CliRun batch = runCli({"inspect", "--dump-grid", file.string(),
                                 (fs::path(EQPLAN_FIXTURE_DIR) / "layout-sections.odt").string()});
    ASSERT_TRUE(batch.exited && batch.exitCode == 0) << batch.err;
    const std::string first = batch.out.substr(0, batch.out.find('\n'));
    boost::system::error_code ec;
    const json::value line = json::parse(first, ec);
    ASSERT_FALSE(ec) << batch.out.substr(0, 300);
    EXPECT_EQ(json::serialize(line.at("file")), json::serialize(json::value(file.string())));
    EXPECT_EQ(firstDifference({"alone", alone}, {"batch", line.at("grid")}, "$"), std::nullopt);
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

// Where the office cannot load the office reader, the CLI reads by flat ODF, says so under
// --timings, and reads the same grid.
void expectFallback(const std::string& library, const std::string& says)
{
    ASSERT_EQ(::setenv("EQPLAN_OFFICE_READER", library.c_str(), 1), 0);
    const fs::path file = fs::path(EQPLAN_FIXTURE_DIR) / "seed-action-plan-2018-2021.docx";
    const CliRun run = runCli({"inspect", "--dump-grid", "--timings", file.string()});
    ::unsetenv("EQPLAN_OFFICE_READER");
    EXPECT_TRUE(run.exited && run.exitCode == 0) << run.err;
    EXPECT_NE(
        run.err.find("eqplan inspect: reader: odf (the office reader was not loaded: " + says),
        std::string::npos)
        << run.err;
    EXPECT_TRUE(run.leftoverOffices.empty() && run.leftoverFolders.empty());
    boost::system::error_code ec;
    const json::value grid = json::parse(run.out, ec);
    ASSERT_FALSE(ec) << run.out;
    const json::value odf = dumpGrid(file, "odf");
    EXPECT_EQ(firstDifference({"fallback", grid}, {"odf", odf}, "$"), std::nullopt);
}

TEST(OfficeReaderFallback, WithoutTheLibrary)
{
    expectFallback("/nonexistent/eqplan_office.so", "there is no /nonexistent/eqplan_office.so)");
}

TEST(OfficeReaderFallback, WithAFileThatIsNoLibrary)
{
    // The office refuses it, and goes on working.
    const fs::path folder = eqplan::test::makeTempFolder("eqplan-test-");
    const fs::path notALibrary = folder / "eqplan_office.so";
    std::ofstream(notALibrary) << "not a shared library\n";
    expectFallback(notALibrary.string(), "LibreOffice did not load " + notALibrary.string());
    std::error_code ec;
    fs::remove_all(folder, ec);
}

TEST(GridEquivalenceDiff, NamesTheFirstDifferingPath)
{
    const json::value a =
        json::parse(R"({"tables":[{"cells":[{"name":"A1","row":0}]}],"title":"x"})");
    const json::value b =
        json::parse(R"({"tables":[{"cells":[{"name":"B1","row":0}]}],"title":"y"})");
    EXPECT_EQ(firstDifference({"uno", a}, {"odf", b}, "$"),
              std::optional<std::string>("$.tables[0].cells[0].name: uno \"A1\", odf \"B1\""));
    EXPECT_EQ(firstDifference({"uno", json::parse("[1,2]")}, {"odf", json::parse("[1]")}, "$"),
              std::optional<std::string>("$: uno has 2 elements, odf 1"));
    EXPECT_EQ(firstDifference({"office", json::parse(R"({"a":1})")},
                              {"uno", json::parse(R"({"b":1})")}, "$"),
              std::optional<std::string>("$.a: office 1, uno (missing)"));
    EXPECT_EQ(firstDifference({"uno", a}, {"odf", a}, "$"), std::nullopt);
}
} // namespace
