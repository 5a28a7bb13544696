// The corpus: every fixture with an expected model (tests/data/<name>.expected.json), in .docx and
// .odt, read by `eqplan inspect --json` and compared field by field. Prints how many fixtures x
// formats read each field right, and fails if a fixture not known to misread reads anything wrong.
// The CLI reads them all in one run (one office) for each of its three printouts.
#include "CliRun.hpp"
#include "InspectJson.hpp"
#include "JsonAt.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <filesystem>
#include <future>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::at;
using eqplan::test::CliRun;
using eqplan::test::JsonLines;
using eqplan::test::readFile;
using eqplan::test::runCli;
using eqplan::test::runOverFiles;

// Fixtures whose expected model says what the document means and eqplan does not read yet; they
// are in the table, and reading them wrong fails nothing.
const std::map<std::string, std::string, std::less<>> knownMisreads{};

// The fields of the table, in the order they are printed.
const std::vector<std::string_view> fieldOrder{"title",
                                               "updated",
                                               "tables",
                                               "plan owners",
                                               "objectives",
                                               "number",
                                               "aims",
                                               "characteristics",
                                               "aim",
                                               "objective",
                                               "target groups",
                                               "actions",
                                               "success criteria",
                                               "owners",
                                               "owner notes",
                                               "timescale",
                                               "status",
                                               "progress dates",
                                               "progress items",
                                               "impact",
                                               "evaluation",
                                               "evidence",
                                               "monitoring",
                                               "facts",
                                               "period"};

// The array at `pointer` reduced to `member` of each element (or the value, if not an array).
json::value members(const json::value& value, std::string_view pointer, std::string_view member)
{
    const json::value found = at(value, pointer);
    if (!found.is_array())
        return found;
    json::array out;
    for (const json::value& element : found.get_array())
        out.push_back(at(element, "/" + std::string(member)));
    return out;
}

json::value arrayOrEmpty(const json::value& value)
{
    return value.is_null() ? json::value(json::array()) : value;
}

std::size_t length(const json::value& value)
{
    return value.is_array() ? value.get_array().size() : 0;
}

// What a fixture read as, kept to compare with tests/data/recorded-reads.json: the grid and the
// model as fingerprints (64-bit FNV-1a of their JSON, the version and file name left out), the
// findings as "rule objective" lines (check --today 2026-12-06).
struct Recorded
{
    std::string grid;
    std::string model;
    json::array findings;

    json::value toJson() const
    {
        return json::object{{"grid", grid}, {"model", model}, {"findings", findings}};
    }
};

std::string fingerprint(const json::value& value)
{
    std::uint64_t hash = 14695981039346656037ull;
    for (const unsigned char c : json::serialize(value))
        hash = (hash ^ c) * 1099511628211ull;
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash));
    return text;
}

// What one fixture in one format read: per field, right or wrong, and what was wrong.
struct Reading
{
    Recorded recorded;
    std::string file;
    std::map<std::string, bool, std::less<>> fields; // field → every check of it was right
    std::vector<std::string> wrong;                  // "objective 2 owners: expected …, read …"
    std::string failure;                             // why it was not read at all
};

class Comparer
{
public:
    explicit Comparer(Reading& reading) : m_reading(reading) {}

    void check(std::string_view field, const std::string& where, const json::value& expected,
               const json::value& actual)
    {
        const auto it = m_reading.fields.try_emplace(std::string(field), true).first;
        if (expected == actual)
            return;
        it->second = false;
        m_reading.wrong.push_back(where + ": expected " + json::serialize(expected) + ", read " +
                                  json::serialize(actual));
    }

private:
    Reading& m_reading;
};

void compareProgress(Comparer& compare, const json::array& expected, const json::value& actual,
                     const std::string& where)
{
    const json::value entries = at(actual, "/progress");
    json::array expectedDates, actualDates;
    for (const json::value& entry : expected)
        expectedDates.push_back(json::array{at(entry, "/date"), at(entry, "/precision")});
    for (std::size_t i = 0; i < length(entries); ++i)
    {
        const json::value& entry = entries.get_array()[i];
        actualDates.push_back(json::array{at(entry, "/date/value"), at(entry, "/date/precision")});
    }
    compare.check("progress dates", where + " progress dates", expectedDates, actualDates);
    json::array expectedItems, actualItems;
    for (const json::value& entry : expected)
        expectedItems.push_back(at(entry, "/items"));
    for (std::size_t i = 0; i < length(entries); ++i)
        actualItems.push_back(members(entries.get_array()[i], "/items", "text"));
    compare.check("progress items", where + " progress items", expectedItems, actualItems);
}

// An expected key of an objective: the field it counts for and where the CLI's JSON holds it.
struct ObjectiveKey
{
    std::string_view key;
    std::string_view field;
    std::string_view pointer;
    std::string_view member;
};

const std::vector<ObjectiveKey> objectiveKeys{
    {"number", "number", "/number", ""},
    {"aims", "aims", "/duty/aims", ""},
    {"characteristics", "characteristics", "/characteristics/ids", ""},
    {"unmappedCharacteristics", "characteristics", "/characteristics/unmapped", ""},
    {"aim", "aim", "/aim/text", ""},
    {"objective", "objective", "/objective/text", ""},
    {"targetGroups", "target groups", "/targetGroups/items", "text"},
    {"actions", "actions", "/actions/items", "text"},
    {"successCriteria", "success criteria", "/successCriteria/items", "text"},
    {"owners", "owners", "/owners/names", ""},
    {"timescale", "timescale", "/timescale/text", ""},
    // Columns beside progress, each its own field (absent from the JSON where a plan has none).
    {"impact", "impact", "/impact/text", ""},
    {"evaluation", "evaluation", "/evaluation/text", ""},
    {"evidence", "evidence", "/evidence/text", ""},
    {"monitoring", "monitoring", "/monitoring/text", ""},
};

void compareObjective(Comparer& compare, const json::object& expected, const json::value& actual,
                      const std::string& where)
{
    for (const auto& [key, value] : expected)
    {
        if (key == "progress")
        {
            compareProgress(compare, value.as_array(), actual, where);
            continue;
        }
        if (key == "status")
        {
            json::object read;
            for (const auto& [part, wanted] : value.as_object())
                read[part] = at(actual, "/status/" + std::string(part));
            compare.check("status", where + " status", value, read);
            continue;
        }
        if (key == "ownerNotes") // absent from the JSON where an objective's owners have none
        {
            compare.check("owner notes", where + " owner notes", value,
                          arrayOrEmpty(at(actual, "/owners/notes")));
            continue;
        }
        const auto rule = std::find_if(objectiveKeys.begin(), objectiveKeys.end(),
                                       [&](const ObjectiveKey& k) { return k.key == key; });
        if (rule == objectiveKeys.end())
        {
            compare.check("unknown key", where + " has the unknown key " + std::string(key),
                          nullptr, value);
            continue;
        }
        const json::value read = rule->member.empty()
                                     ? at(actual, rule->pointer)
                                     : members(actual, rule->pointer, rule->member);
        compare.check(rule->field, where + " " + std::string(key), value, read);
    }
}

void comparePlan(Comparer& compare, const json::object& expected, const json::value& actual)
{
    for (const auto& [key, value] : expected)
    {
        if (key == "title")
            compare.check("title", "title", value, at(actual, "/title"));
        else if (key == "period") // {"from": 2025, "to": 2027}
            compare.check("period", "period", value,
                          json::object{{"from", at(actual, "/period/from")},
                                       {"to", at(actual, "/period/to")}});
        else if (key == "tables")
            compare.check("tables", "tables", value, json::value(length(at(actual, "/tables"))));
        else if (key == "owners")
            compare.check("plan owners", "plan owners", value, members(actual, "/owners", "name"));
        else if (key == "updated")
        {
            json::value read = at(actual, "/updated");
            if (!value.is_null() && !read.is_null())
                read = json::object{{"date", at(read, "/date/value")}, {"by", at(read, "/by")}};
            compare.check("updated", "updated", value, read);
        }
        else if (key == "facts") // {"approved": "2023-10-04", "approvedBy": "Governors", ...}
        {
            // A date as its value; the approving body and the period as written ("2025–27").
            json::object read;
            for (const auto& [id, wanted] : value.as_object())
            {
                const json::value date = at(actual, "/facts/" + std::string(id) + "/date/value");
                read[id] = date.is_null() || id == "period"
                               ? at(actual, "/facts/" + std::string(id) + "/text")
                               : date;
            }
            compare.check("facts", "facts", value, read);
        }
        else if (key == "objectives")
        {
            const json::array& objectives = value.as_array();
            const json::value found = at(actual, "/objectives");
            compare.check("objectives", "number of objectives", json::value(objectives.size()),
                          json::value(length(found)));
            for (std::size_t i = 0; i < objectives.size() && i < length(found); ++i)
                compareObjective(compare, objectives[i].as_object(), found.get_array()[i],
                                 "objective " + json::serialize(at(objectives[i], "/number")));
        }
        else
            compare.check("unknown key", "the unknown key " + std::string(key), nullptr, value);
    }
}

struct Case
{
    std::string name;
    std::string extension;
    fs::path expectedFile;
};

// Every expected file whose fixture exists, in each format it exists in.
std::vector<Case> cases()
{
    std::vector<Case> out;
    std::error_code ec;
    for (const fs::directory_entry& entry : fs::directory_iterator(EQPLAN_EXPECTED_DIR, ec))
    {
        const std::string file = entry.path().filename().string();
        const std::string suffix = ".expected.json";
        if (file.size() <= suffix.size() || !file.ends_with(suffix))
            continue;
        const std::string name = file.substr(0, file.size() - suffix.size());
        for (const char* extension : {"docx", "odt"})
            if (fs::exists(fs::path(EQPLAN_FIXTURE_DIR) / (name + "." + extension)))
                out.push_back({name, extension, entry.path()});
    }
    std::sort(out.begin(), out.end(),
              [](const Case& a, const Case& b)
              { return std::tie(a.name, a.extension) < std::tie(b.name, b.extension); });
    return out;
}

// One batch run of the CLI over every case, in the order of `all`.
JsonLines runOverAll(std::vector<std::string> arguments, const std::vector<Case>& all)
{
    std::vector<fs::path> files;
    for (const Case& c : all)
        files.push_back(fs::path(EQPLAN_FIXTURE_DIR) / (c.name + "." + c.extension));
    return runOverFiles(std::move(arguments), files);
}

// What the three runs printed of one case.
struct Printouts
{
    const json::value& model;    // inspect --json
    const json::value& grid;     // inspect --dump-grid
    const json::value& findings; // check --json
};

Reading read(const Case& c, const Printouts& printed)
{
    Reading reading;
    reading.file = c.name + "." + c.extension;
    json::error_code ec;
    const json::value expected = json::parse(readFile(c.expectedFile), ec);
    if (ec || !expected.is_object())
    {
        reading.failure = c.expectedFile.string() + " is no JSON object";
        return reading;
    }
    const json::value& actual = printed.model;
    if (!actual.is_object() || actual.as_object().contains("error"))
    {
        reading.failure = "eqplan inspect --json did not read it: " + json::serialize(actual);
        return reading;
    }
    Comparer compare(reading);
    comparePlan(compare, expected.get_object(), actual);

    json::value model = actual;
    model.as_object().erase("eqplan");
    model.as_object().erase("source");
    reading.recorded.model = fingerprint(model);
    const json::value grid = at(printed.grid, "/grid");
    reading.recorded.grid = grid.is_object() ? fingerprint(grid) : "unread";
    const json::value list = arrayOrEmpty(at(printed.findings, "/findings"));
    for (const json::value& finding : list.as_array())
        reading.recorded.findings.push_back(
            json::value(json::serialize(at(finding, "/rule")) + " " +
                        json::serialize(at(finding, "/objective"))));
    return reading;
}

TEST(Corpus, EveryFixtureReadsRightFieldByField)
{
    const std::vector<Case> all = cases();
    ASSERT_GE(all.size(), 40u) << "expected files with fixtures in " << EQPLAN_FIXTURE_DIR;

    // Three runs over every fixture, side by side, each with its own office.
    auto grids = std::async(std::launch::async, runOverAll,
                            std::vector<std::string>{"inspect", "--dump-grid"}, std::cref(all));
    auto checks = std::async(std::launch::async, runOverAll,
                             std::vector<std::string>{"check", "--json", "--today", "2026-12-06"},
                             std::cref(all));
    const JsonLines models = runOverAll({"inspect", "--json"}, all);
    const JsonLines gridLines = grids.get();
    const JsonLines findingLines = checks.get();
    for (const JsonLines* run : {&models, &gridLines, &findingLines})
        ASSERT_EQ(run->failure, "");
    std::vector<Reading> readings;
    for (std::size_t i = 0; i < all.size(); ++i)
        readings.push_back(
            read(all[i], {models.lines[i], gridLines.lines[i], findingLines.lines[i]}));

    std::map<std::string, std::pair<int, int>, std::less<>> tally; // field → right, of
    std::string report = "\nCorpus: " + std::to_string(all.size()) + " fixtures x formats\n";
    int readRight = 0;
    for (const Reading& reading : readings)
    {
        for (const auto& [field, right] : reading.fields)
        {
            tally[field].first += right ? 1 : 0;
            ++tally[field].second;
        }
        const auto known = knownMisreads.find(reading.file.substr(0, reading.file.rfind('.')));
        const bool isKnown = known != knownMisreads.end();
        const bool ok = reading.failure.empty() && reading.wrong.empty();
        readRight += ok ? 1 : 0;
        std::string verdict = ok ? "right" : "WRONG";
        if (isKnown)
            verdict = ok ? "right (no longer a known misread: take it off the list)"
                         : "wrong, a known misread: " + known->second;
        report += "  " + reading.file + ": " + verdict + "\n";
        if (!reading.failure.empty())
            report += "      not read: " + reading.failure + "\n";
        for (const std::string& wrong : reading.wrong)
            report += "      " + wrong + "\n";
        if (!isKnown)
        {
            EXPECT_EQ(reading.failure, "") << reading.file;
            EXPECT_TRUE(reading.wrong.empty()) << reading.file << " reads wrong";
        }
    }
    char line[96];
    report += "\n  read right: " + std::to_string(readRight) + " of " +
              std::to_string(readings.size()) + " fixtures x formats\n";
    report += "\n  field              right  of\n";
    for (std::string_view field : fieldOrder)
        if (auto it = tally.find(field); it != tally.end())
        {
            std::snprintf(line, sizeof line, "  %-18s %5d %3d\n", it->first.c_str(),
                          it->second.first, it->second.second);
            report += line;
        }
    for (const auto& entry : tally)
        if (std::find(fieldOrder.begin(), fieldOrder.end(), entry.first) == fieldOrder.end())
            report +=
                "  " + entry.first + " (an expected file has a key this test does not know)\n";
    std::fputs(report.c_str(), stdout);
    EXPECT_FALSE(tally.contains("unknown key")) << "an expected file has a key this test does not "
                                                   "know how to check";

    // No fixture reads differently from what was recorded (issue 15): its grid, its model and
    // its findings. A deliberate change is recorded again with EQPLAN_RECORD=1, and the diff of
    // tests/data/recorded-reads.json shows which fixtures it changed.
    const fs::path recordedFile = fs::path(EQPLAN_EXPECTED_DIR) / "recorded-reads.json";
    json::object recorded;
    for (const Reading& reading : readings)
        recorded[reading.file] = reading.recorded.toJson();
    if (std::getenv("EQPLAN_RECORD"))
    {
        std::ofstream(recordedFile) << json::serialize(recorded) << '\n';
        return;
    }
    json::error_code ec;
    const json::value before = json::parse(readFile(recordedFile), ec);
    ASSERT_FALSE(ec) << recordedFile << " is no JSON: record it with EQPLAN_RECORD=1";
    for (const Reading& reading : readings)
    {
        const json::value* was = before.as_object().if_contains(reading.file);
        if (!was)
        {
            ADD_FAILURE() << reading.file << " has no recorded read in " << recordedFile;
            continue;
        }
        for (const char* part : {"grid", "model", "findings"})
            EXPECT_EQ(json::serialize(at(*was, std::string("/") + part)),
                      json::serialize(at(recorded[reading.file], std::string("/") + part)))
                << reading.file << " reads its " << part << " differently from what was recorded";
    }
}
} // namespace
