// `eqplan inspect` run as a user runs it, on the document fixtures, through real LibreOffice.
// Every run also checks what must always hold: the file is left as it was, no soffice and no
// eqplan-* profile folder is left behind (CliRun.hpp).
#include "CliRun.hpp"
#include "JsonAt.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace
{
namespace fs = std::filesystem;
namespace json = boost::json;
using eqplan::test::at;
using eqplan::test::CliRun;
using eqplan::test::expectClean;
using eqplan::test::readFile;
using eqplan::test::runCli;

fs::path fixture(const std::string& fileName)
{
    return fs::path(EQPLAN_FIXTURE_DIR) / fileName;
}

std::string commandLine(const std::vector<std::string>& arguments)
{
    std::string out = "eqplan";
    for (const std::string& argument : arguments)
        out += " " + argument;
    return out;
}

// Runs `eqplan inspect FILE options...`, checks the run is clean and FILE is left as it was:
// same bytes (or still missing), no LibreOffice lock file beside it.
CliRun inspect(const fs::path& file, const std::vector<std::string>& options = {})
{
    const bool existed = fs::exists(file);
    const std::string before = readFile(file);
    std::vector<std::string> arguments{"inspect", file.string()};
    arguments.insert(arguments.end(), options.begin(), options.end());
    const std::string what = commandLine(arguments);

    CliRun run = runCli(arguments);
    expectClean(run, what);
    EXPECT_EQ(fs::exists(file), existed) << what << " created or removed " << file;
    EXPECT_TRUE(readFile(file) == before) << what << " changed " << file;
    const fs::path lock = file.parent_path() / (".~lock." + file.filename().string() + "#");
    EXPECT_FALSE(fs::exists(lock)) << what << " left a lock file " << lock;
    return run;
}

// What `eqplan inspect --json FILE` printed, or null (and a failure) when it did not read FILE.
json::value inspectJson(const fs::path& file)
{
    const CliRun run = inspect(file, {"--json"});
    if (!run.exited || run.exitCode != 0)
    {
        ADD_FAILURE() << "eqplan inspect --json " << file << " exited with " << run.exitCode
                      << "; stderr:\n"
                      << run.err;
        return nullptr;
    }
    EXPECT_TRUE(run.sawProfile) << "no eqplan-* folder was seen in the run's TMPDIR while it "
                                   "read "
                                << file << ": the left-over checks look in the wrong place";
    json::error_code ec;
    json::value plan = json::parse(run.out, ec);
    if (ec)
    {
        ADD_FAILURE() << "eqplan inspect --json " << file << " printed no JSON (" << ec.message()
                      << "):\n"
                      << run.out.substr(0, 500);
        return nullptr;
    }
    return plan;
}

// How a key of an expected file is read from the CLI's JSON: the value at `pointer`, or, with a
// `member`, the array at `pointer` reduced to that member of each element.
struct FieldRule
{
    std::string_view key;
    std::string_view pointer;
    std::string_view member;
};

json::value fieldValue(const json::value& actual, const FieldRule& rule)
{
    const json::value found = at(actual, rule.pointer);
    if (rule.member.empty() || !found.is_array())
        return found;
    json::array members;
    for (const json::value& element : found.get_array())
        members.push_back(at(element, "/" + std::string(rule.member)));
    return members;
}

const FieldRule* ruleFor(std::string_view key, const std::vector<FieldRule>& rules)
{
    for (const FieldRule& rule : rules)
        if (rule.key == key)
            return &rule;
    return nullptr;
}

const std::vector<FieldRule> planRules{
    {"title", "/title", ""},
    {"owners", "/owners", "name"},
};

const std::vector<FieldRule> updatedRules{
    {"date", "/updated/date/value", ""},
    {"by", "/updated/by", ""},
};

const std::vector<FieldRule> objectiveRules{
    {"number", "/number", ""},
    {"aims", "/duty/aims", ""},
    {"characteristics", "/characteristics/ids", ""},
    {"unmappedCharacteristics", "/characteristics/unmapped", ""},
    {"aim", "/aim/text", ""},
    {"objective", "/objective/text", ""},
    {"targetGroups", "/targetGroups/items", "text"},
    {"actions", "/actions/items", "text"},
    {"successCriteria", "/successCriteria/items", "text"},
    {"owners", "/owners/names", ""},
    {"timescale", "/timescale/text", ""},
};

const std::vector<FieldRule> progressRules{
    {"date", "/date/value", ""}, {"precision", "/date/precision", ""},
    {"form", "/form", ""},       {"dateForm", "/dateForm", ""},
    {"heading", "/heading", ""}, {"items", "/items", "text"},
};

// Compares one key of an expected file with what `rules` read for it from `actual`.
void expectField(std::string_view key, const json::value& expected, const json::value& actual,
                 const std::vector<FieldRule>& rules, const std::string& where)
{
    if (const FieldRule* rule = ruleFor(key, rules))
        EXPECT_EQ(fieldValue(actual, *rule), expected) << where << ": " << key;
    else
        ADD_FAILURE() << where << ": the expected file has \"" << key
                      << "\", which this test does not know how to check";
}

void expectFields(const json::object& expected, const json::value& actual,
                  const std::vector<FieldRule>& rules, const std::string& where)
{
    for (const auto& [key, value] : expected)
        expectField(key, value, actual, rules, where);
}

// The size of an array, or the value itself (to show what it is) when it is not an array.
json::value sizeOf(const json::value& value)
{
    return value.is_array() ? json::value(value.get_array().size()) : value;
}

std::size_t length(const json::value& value)
{
    return value.is_array() ? value.get_array().size() : 0;
}

void expectProgress(const json::array& expected, const json::value& actual,
                    const std::string& where)
{
    const json::value entries = at(actual, "/progress");
    EXPECT_EQ(sizeOf(entries), json::value(expected.size()))
        << where << ": number of progress entries";
    for (std::size_t i = 0; i < expected.size() && i < length(entries); ++i)
        expectFields(expected[i].as_object(), entries.get_array()[i], progressRules,
                     where + ": progress[" + std::to_string(i) + "]");
}

void expectObjective(const json::object& expected, const json::value& actual,
                     const std::string& where)
{
    for (const auto& [key, value] : expected)
    {
        if (key == "progress")
            expectProgress(value.as_array(), actual, where);
        else if (key == "status")
            for (const auto& [part, wanted] : value.as_object())
                EXPECT_EQ(at(actual, "/status/" + std::string(part)), wanted)
                    << where << ": status " << part;
        else
            expectField(key, value, actual, objectiveRules, where);
    }
}

// Compares the plan `eqplan inspect --json` printed with an expected file, key by key.
void expectPlan(const json::object& expected, const json::value& actual, const std::string& where)
{
    for (const auto& [key, value] : expected)
    {
        if (key == "tables")
        {
            EXPECT_EQ(sizeOf(at(actual, "/tables")), value) << where << ": number of plan tables";
        }
        else if (key == "updated")
        {
            if (value.is_null() || at(actual, "/updated").is_null())
                EXPECT_EQ(at(actual, "/updated"), value) << where << ": updated";
            else
                expectFields(value.as_object(), actual, updatedRules, where + ": updated");
        }
        else if (key == "objectives")
        {
            const json::array& objectives = value.as_array();
            const json::value found = at(actual, "/objectives");
            EXPECT_EQ(sizeOf(found), json::value(objectives.size()))
                << where << ": number of objectives";
            for (std::size_t i = 0; i < objectives.size() && i < length(found); ++i)
                expectObjective(objectives[i].as_object(), found.get_array()[i],
                                where + ", objective " +
                                    json::serialize(at(objectives[i], "/number")));
        }
        else
        {
            expectField(key, value, actual, planRules, where);
        }
    }
}

// A plan fixture in one of its formats.
struct PlanFixture
{
    std::string name;
    std::string extension;

    std::string fileName() const { return name + "." + extension; }
};

void PrintTo(const PlanFixture& planFixture, std::ostream* out)
{
    *out << planFixture.fileName();
}

std::vector<PlanFixture> planFixtures()
{
    std::vector<PlanFixture> fixtures;
    for (const char* name :
         {"seed-action-plan-2018-2021", "seed-objectives-2017-2021", "layout-sections",
          "layout-no-owner", "layout-real-numbering", "layout-reordered", "layout-inline-dated",
          "plan-header-second-row", "tracked-changes-pending", "layout-rag-status"})
        for (const char* extension : {"docx", "odt"})
            fixtures.push_back({name, extension});
    // The other formats eqplan opens, written by LibreOffice from the 2018-2021 seed.
    for (const char* extension : {"doc", "rtf", "fodt"})
        fixtures.push_back({"seed-action-plan-2018-2021", extension});
    return fixtures;
}

class InspectJson : public testing::TestWithParam<PlanFixture>
{
};

TEST_P(InspectJson, MatchesExpectedFile)
{
    const PlanFixture& planFixture = GetParam();
    const fs::path expectedFile =
        fs::path(EQPLAN_EXPECTED_DIR) / (planFixture.name + ".expected.json");
    json::error_code ec;
    const json::value expected = json::parse(readFile(expectedFile), ec);
    ASSERT_FALSE(ec) << expectedFile << ": " << ec.message();
    ASSERT_TRUE(expected.is_object()) << expectedFile;

    const json::value actual = inspectJson(fixture(planFixture.fileName()));
    ASSERT_TRUE(actual.is_object());
    expectPlan(expected.get_object(), actual, planFixture.fileName());
}

INSTANTIATE_TEST_SUITE_P(Fixtures, InspectJson, testing::ValuesIn(planFixtures()));

// A run that must fail with a clear message on stderr and the right exit code.
struct Refusal
{
    std::string name;                   // what the case is about
    std::string file;                   // a fixture to inspect --json, or empty
    std::vector<std::string> arguments; // without a file: the whole command line
    int exitCode = 0;
    std::vector<std::string> stderrWords; // each must be on stderr
};

void PrintTo(const Refusal& refusal, std::ostream* out)
{
    *out << refusal.name;
}

const std::vector<std::string> noPlanWords{
    "no plan table found",
    R"("Day" | "Period 1" | "Period 2")",
    R"("Name" | "Room" | "Extension")",
    "Headers eqplan looks for",
    R"("Objective")",
    R"("Who's responsible?")",
    R"("Link to Public Sector Equality Duty")",
};

const std::vector<Refusal> refusals{
    {"MissingFile", "no-such-plan.docx", {}, 3, {"There is no file", "no-such-plan.docx"}},
    {"Spreadsheet", "bad-spreadsheet.ods", {}, 3, {"bad-spreadsheet.ods"}},
    {"EmptyDocx", "bad-empty.docx", {}, 4, {"no plan table found", "The document has no tables"}},
    {"EmptyOdt", "bad-empty.odt", {}, 4, {"no plan table found", "The document has no tables"}},
    {"NoPlanDocx", "bad-no-plan.docx", {}, 4, noPlanWords},
    {"NoPlanOdt", "bad-no-plan.odt", {}, 4, noPlanWords},
    {"NoArguments", "", {}, 2, {"no command given", "Usage: eqplan"}},
    {"UnknownCommand", "", {"frobnicate", "x.docx"}, 2, {R"(unknown command "frobnicate")"}},
    {"InspectWithoutFile", "", {"inspect"}, 2, {"inspect needs the FILE"}},
    {"UnknownOption", "", {"inspect", "--jsn", "x.docx"}, 2, {"unknown option --jsn"}},
};

class InspectRefuses : public testing::TestWithParam<Refusal>
{
};

TEST_P(InspectRefuses, WithMessageAndExitCode)
{
    const Refusal& refusal = GetParam();
    std::string what;
    CliRun run;
    if (refusal.file.empty())
    {
        what = commandLine(refusal.arguments);
        run = runCli(refusal.arguments);
        expectClean(run, what);
    }
    else
    {
        what = "eqplan inspect " + refusal.file + " --json";
        run = inspect(fixture(refusal.file), {"--json"});
    }
    EXPECT_TRUE(run.exited) << what;
    EXPECT_EQ(run.exitCode, refusal.exitCode) << what << "; stderr:\n" << run.err;
    // Nothing on stdout: a pipe into a JSON tool gets no half-written plan.
    EXPECT_EQ(run.out, "") << what;
    // The message names the command that failed, once there is one.
    const std::string start = refusal.file.empty() && (refusal.arguments.empty() ||
                                                       refusal.arguments.front() != "inspect")
                                  ? "eqplan: "
                                  : "eqplan inspect: ";
    EXPECT_EQ(run.err.rfind(start, 0), 0u)
        << what << ": stderr does not start with \"" << start << "\":\n"
        << run.err;
    for (const std::string& word : refusal.stderrWords)
        EXPECT_NE(run.err.find(word), std::string::npos)
            << what << ": stderr does not say " << word << ":\n"
            << run.err;
}

INSTANTIATE_TEST_SUITE_P(BadInput, InspectRefuses, testing::ValuesIn(refusals));

TEST(InspectBadInput, TruncatedDocumentIsNotReadable)
{
    const fs::path folder = eqplan::test::makeTempFolder("inspect-truncated-");
    for (const char* extension : {"docx", "odt"})
    {
        const std::string name = std::string("truncated-plan.") + extension;
        const fs::path copy = folder / name;
        fs::copy_file(fixture(std::string("seed-action-plan-2018-2021.") + extension), copy);
        fs::resize_file(copy, fs::file_size(copy) / 2);

        const CliRun run = inspect(copy, {"--json"});
        EXPECT_TRUE(run.exited) << name;
        EXPECT_EQ(run.exitCode, 3) << name << "; stderr:\n" << run.err;
        EXPECT_EQ(run.out, "") << name;
        EXPECT_NE(run.err.find(name), std::string::npos) << "stderr does not name " << name << ":\n"
                                                         << run.err;
        EXPECT_NE(run.err.find("damaged"), std::string::npos) << run.err;
    }
    fs::remove_all(folder);
}

TEST(InspectUsage, HelpPrintsUsageAndExitsZero)
{
    const CliRun run = runCli({"--help"});
    expectClean(run, "eqplan --help");
    EXPECT_TRUE(run.exited);
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_EQ(run.out.rfind("Usage: eqplan", 0), 0u) << run.out;
    EXPECT_NE(run.out.find("inspect FILE"), std::string::npos) << run.out;
    EXPECT_EQ(run.err, "");
}

TEST(InspectLayout, HeaderOnSecondRowIsFound)
{
    for (const char* extension : {"docx", "odt"})
    {
        const std::string name = std::string("plan-header-second-row.") + extension;
        const json::value plan = inspectJson(fixture(name));
        ASSERT_TRUE(plan.is_object()) << name;
        EXPECT_EQ(sizeOf(at(plan, "/objectives")), json::value(2)) << name;
        EXPECT_EQ(sizeOf(at(plan, "/tables")), json::value(1)) << name;
        EXPECT_EQ(at(plan, "/tables/0/headerRow"), json::value(1)) << name;
    }
}

TEST(InspectSummary, NamesObjectiveCountAndUpdate)
{
    const CliRun run = inspect(fixture("seed-action-plan-2018-2021.docx"));
    EXPECT_TRUE(run.exited);
    EXPECT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("3 objectives"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Updated 2021-03-02 by D Sydes"), std::string::npos) << run.out;
    EXPECT_TRUE(run.sawProfile);
}

TEST(InspectSummary, ShowsEachObjectivesStatusAndWhereOnlyAColourGivesIt)
{
    const CliRun run = inspect(fixture("layout-rag-status.odt"));
    ASSERT_EQ(run.exitCode, 0) << run.err;
    for (const char* line : {"Owners: DHT   Status: green   Latest update: 2025-03",
                             "Owners: Headteacher   Status: red (by colour alone)",
                             "Owners: Business Manager   Status: green (On track)"})
        EXPECT_NE(run.out.find(line), std::string::npos) << line << " in\n" << run.out;
}

// issue 15: a plan that keeps its review dates and period in the page header and footer only;
// both readers find them there, and inspect says where each came from.
TEST(InspectFacts, PageHeaderAndFooterGiveThePeriodAndReviewDatesWithTheirSource)
{
    for (const char* extension : {"docx", "odt"})
        for (const char* reader : {"office", "odf"})
        {
            const std::string name = std::string("corpus-header-footer-review.") + extension;
            const CliRun run = inspect(fixture(name), {"--reader", reader});
            ASSERT_EQ(run.exitCode, 0) << name << " --reader " << reader << ": " << run.err;
            for (const char* line :
                 {"Period 2025\xE2\x80\x93"
                  "2027\n",
                  "Last reviewed 2026-09 (from the page footer, \"Reviewed: Sept 2026\")\n",
                  "Next review 2027-07 (from the page footer, \"Next review: July 2027\")\n",
                  "Period 2025\xE2\x80\x93"
                  "27 (from the page header, \"Equality Action Plan "
                  "2025\xE2\x80\x93"
                  "27\")\n"})
                EXPECT_NE(run.out.find(line), std::string::npos)
                    << name << " --reader " << reader << ": " << line << " in\n"
                    << run.out;
        }
    const json::value plan = inspectJson(fixture("corpus-header-footer-review.odt"));
    ASSERT_TRUE(plan.is_object());
    EXPECT_EQ(at(plan, "/facts/lastReviewed/source"),
              json::value("the page footer, \"Reviewed: Sept 2026\""));
    EXPECT_EQ(at(plan, "/facts/lastReviewed/location"), json::value(nullptr));
    EXPECT_EQ(at(plan, "/period/to"), json::value(2027));
}

// The issue's acceptance checks, each on its own.
TEST(Acceptance, ActionPlan2018HasThreeObjectivesWithDatedProgress)
{
    const json::value plan = inspectJson(fixture("seed-action-plan-2018-2021.docx"));
    ASSERT_TRUE(plan.is_object());
    EXPECT_EQ(at(plan, "/updated/date/value"), json::value("2021-03-02"));
    EXPECT_EQ(at(plan, "/updated/by"), json::value("D Sydes"));
    const json::value objectives = at(plan, "/objectives");
    ASSERT_TRUE(objectives.is_array());
    ASSERT_EQ(objectives.get_array().size(), 3u);
    const char* aims[] = {"eliminate", "advance", "foster"};
    for (std::size_t i = 0; i < 3; ++i)
    {
        const json::value& objective = objectives.get_array()[i];
        const std::string where = "objective " + std::to_string(i + 1);
        EXPECT_EQ(at(objective, "/duty/aims"), (json::array{aims[i]})) << where;
        json::array dates;
        if (const json::value progress = at(objective, "/progress"); progress.is_array())
            for (const json::value& entry : progress.get_array())
                dates.push_back(at(entry, "/date/value"));
        EXPECT_EQ(dates, (json::array{"2018-12", "2020-03", "2021-03"})) << where;
    }
}

TEST(Acceptance, Objectives2017HasSevenObjectivesAndItsOwners)
{
    const json::value plan = inspectJson(fixture("seed-objectives-2017-2021.docx"));
    ASSERT_TRUE(plan.is_object());
    const json::value objectives = at(plan, "/objectives");
    ASSERT_TRUE(objectives.is_array());
    EXPECT_EQ(objectives.get_array().size(), 7u);
    // Objective 3 runs on into a second table row (a page break in the original).
    EXPECT_EQ(at(plan, "/objectives/2/number"), json::value(3));
    EXPECT_EQ(at(plan, "/objectives/2/rows"), (json::array{3, 4}));
    const json::value text = at(plan, "/objectives/2/objective/text");
    EXPECT_NE(json::serialize(text).find("reduction in classroom disruption"), std::string::npos)
        << text;
    EXPECT_EQ(fieldValue(plan, {"owners", "/owners", "name"}),
              (json::array{"EWA", "SWA", "SLT", "YL", "Mental Health Lead", "GMA", "Year Leads",
                           "TCR", "STL"}));
}
TEST(InspectExplain, SaysWhichHeaderCellWasTakenForWhichFieldAndHowSure)
{
    const CliRun run = inspect(fixture("corpus-measure-success-header.docx"), {"--explain"});
    ASSERT_EQ(run.exitCode, 0) << run.err;
    EXPECT_NE(run.out.find("   Table1, header row 1:\n"
                           "      \"Objective\" → Equality objective, score 20 (the header "
                           "\"Objective\")\n"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("      \"By who?\" → Responsibility, score 5 (the word who and the "
                           "phrase \"by who\")\n"),
              std::string::npos)
        << run.out;
    EXPECT_NE(run.out.find("   Columns understood: Equality objective, Actions, Responsibility, "
                           "Timescale, Success criteria; not understood: none\n"),
              std::string::npos)
        << run.out;
}

TEST(InspectExplain, OfADocumentWithoutAPlanSaysWhatEachHeaderCellLacked)
{
    const CliRun run = inspect(fixture("bad-no-plan.docx"), {"--explain"});
    EXPECT_EQ(run.exitCode, 4);
    EXPECT_NE(run.err.find("How the tables were read"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("   Columns understood: none; not understood: \"Day\", \"Period 1\", "
                           "\"Period 2\"\n"),
              std::string::npos)
        << run.err;
}

TEST(InspectLocalWords, ASchoolsOwnWordsNameAColumnAndABrokenFileStopsInPlainWords)
{
    const fs::path folder = fs::temp_directory_path() /
                            ("eqplan-words-" + std::to_string(::getpid()));
    fs::create_directories(folder);
    const fs::path words = folder / "eqplan-words.json";
    std::ofstream(words) << R"({"fields": {"aim": {"words": {"costings": 5}}}})";
    eqplan::test::CliOptions options;
    options.environment = {"EQPLAN_WORDS=" + words.string()};
    const fs::path plan = fixture("corpus-costings-expected-outcomes.docx");
    CliRun run = runCli({"inspect", plan.string(), "--json"}, options);
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const json::value read = json::parse(run.out);
    EXPECT_EQ(at(read, "/tables/0/columns/3/header"), json::value("Costings"));
    EXPECT_EQ(at(read, "/tables/0/columns/3/field"), json::value("aim"));
    EXPECT_EQ(at(read, "/tables/0/columns/3/recognition/why"), json::value("the word costings"));

    std::ofstream(words) << R"({"fields": {"aims": {"words": {"costings": 5}}}})";
    run = runCli({"inspect", plan.string()}, options);
    EXPECT_EQ(run.exitCode, 5);
    EXPECT_NE(run.err.find("eqplan inspect: cannot read the school's header words (" +
                           words.string() +
                           "): eqplan-words.json: /fields/aims: names no field of the plan"),
              std::string::npos)
        << run.err;
    fs::remove_all(folder);
}
} // namespace
