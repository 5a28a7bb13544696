#include "eqplan/ChecksJson.hpp"
#include "eqplan/PlanReader.hpp"

#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <unistd.h>

using namespace eqplan;
using namespace eqplan::test;
using namespace std::chrono_literals;
namespace json = boost::json;
namespace fs = std::filesystem;

namespace
{
std::vector<Finding> check(const DocumentGrid& grid)
{
    const ReadResult read = readPlan(grid, realSchemas());
    EXPECT_TRUE(read) << read.message;
    return runChecks(CheckInput{grid, read.plan, realSchemas(), 2026y / 11 / 23, nullptr});
}
} // namespace

// ---- the owner register ----

TEST(OwnerRegisterJson, RoundTripsEveryEntry)
{
    const OwnerRegister owners{{{"EWA", "Mrs E Walker, Attendance"},
                                {"YL", "Year Leads"},
                                {"Mental Health Lead", "Ms \"Jo\" O\xE2\x80\x99Neill"}}};
    const std::string text = ownerRegisterToJson(owners);
    EXPECT_EQ(json::parse(text).at("version"), 1);
    const Loaded<OwnerRegister> loaded = ownerRegisterFromJson(text);
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_EQ(loaded.value->entries, owners.entries);
}

TEST(OwnerRegisterJson, EmptyRegisterRoundTrips)
{
    const Loaded<OwnerRegister> loaded = ownerRegisterFromJson(ownerRegisterToJson({}));
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_TRUE(loaded.value->entries.empty());
}

TEST(OwnerRegisterJson, BadJsonIsAnErrorThatSaysWhere)
{
    EXPECT_EQ(ownerRegisterFromJson("[]").error, "owner register: /: expected an object");
    EXPECT_EQ(ownerRegisterFromJson("{}").error, "owner register: /: missing \"owners\"");
    EXPECT_EQ(ownerRegisterFromJson("{\"owners\": {}}").error,
              "owner register: /owners: expected an array");
    EXPECT_EQ(ownerRegisterFromJson(
                  R"({"owners": [{"code": "EWA", "name": "E Walker"}, {"code": 3, "name": "x"}]})")
                  .error,
              "owner register: /owners/1/code: expected a string");
    EXPECT_EQ(ownerRegisterFromJson(R"({"owners": [{"code": "EWA"}]})").error,
              "owner register: /owners/0: missing \"name\"");
    EXPECT_EQ(ownerRegisterFromJson(R"({"owners": [{"code": " ", "name": "x"}]})").error,
              "owner register: /owners/0/code: is empty");
    const Loaded<OwnerRegister> broken = ownerRegisterFromJson("{\"owners\": [");
    EXPECT_FALSE(broken);
    EXPECT_EQ(broken.error.rfind("owner register: not valid JSON (", 0), 0u) << broken.error;
}

// ---- findings ----

TEST(FindingsJson, AFindingWithAReplaceTextFix)
{
    Finding finding;
    finding.rule = "terms.inconsistent";
    finding.severity = Severity::Warning;
    finding.objective = 3;
    finding.location = Location{0, 3, 7, "H4", 0};
    finding.message = "Objective 3 writes \xE2\x80\x9Con-going\xE2\x80\x9D.";
    finding.fix = Fix{"Write \xE2\x80\x9COn-going\xE2\x80\x9D",
                      true,
                      {ReplaceText{Location{0, 3, 7, "H4", 0}, "on-going", "On-going", 0}}};
    EXPECT_EQ(json::serialize(toJson(finding)),
              R"({"rule":"terms.inconsistent","severity":"warning","objective":3,)"
              R"("location":{"table":0,"row":3,"column":7,"cell":"H4","paragraph":0},)"
              R"("message":"Objective 3 writes “on-going”.","fix":{"description":)"
              R"("Write “On-going”","safe":true,"edits":[{"kind":"replace-text","location":)"
              R"({"table":0,"row":3,"column":7,"cell":"H4","paragraph":0},"find":"on-going",)"
              R"("replace":"On-going","occurrence":0}]}})");
}

TEST(FindingsJson, EveryEditKindHasItsShape)
{
    EXPECT_EQ(json::serialize(toJson(Edit{FoldRow{0, 4}})),
              R"({"kind":"fold-row","table":0,"row":4})");
    EXPECT_EQ(json::serialize(toJson(Edit{AddColumn{1, "owners", "Responsibility", 2}})),
              R"({"kind":"add-column","table":1,"field":"owners","header":"Responsibility",)"
              R"("headerRow":2})");
    EXPECT_EQ(json::serialize(toJson(Edit{AddRow{2, 3, "progress", "Progress"}})),
              R"({"kind":"add-row","table":2,"after":3,"field":"progress","label":"Progress"})");
    EXPECT_EQ(json::serialize(toJson(Edit{RepeatHeader{0, 1}})),
              R"({"kind":"repeat-header","table":0,"headerRows":1})");
}

TEST(FindingsJson, AFindingWithoutObjectivePlaceOrFixHasNulls)
{
    Finding finding;
    finding.rule = "calendar.review-overdue";
    finding.severity = Severity::Error;
    finding.message = "The plan was last updated in March 2021.";
    const json::value value = toJson(finding);
    EXPECT_TRUE(value.at("objective").is_null());
    EXPECT_TRUE(value.at("location").is_null());
    EXPECT_TRUE(value.at("fix").is_null());
}

TEST(FindingsJson, CountsPerSeverity)
{
    const std::vector<Finding> findings = check(seedActionPlan2018());
    const json::value value = findingsToJson(findings);
    EXPECT_EQ(value.at("findings").as_array().size(), findings.size());
    EXPECT_EQ(value.at("counts"), json::parse(R"({"error":3,"warning":4,"info":0})"));
}

// ---- findings.schema.json ----

namespace
{
// Validates `document` against schemas/findings.schema.json with Python's jsonschema; returns
// what it printed, empty if valid.
std::string validate(const json::value& document, const std::string& name)
{
    const fs::path dir =
        fs::temp_directory_path() / ("eqplan-findings-" + name + "-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const fs::path data = dir / "findings.json";
    const fs::path script = dir / "validate.py";
    const fs::path out = dir / "out.txt";
    std::ofstream(data) << json::serialize(document);
    std::ofstream(script)
        << "import json, sys, jsonschema\n"
           "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
           "jsonschema.Draft202012Validator.check_schema(schema)\n"
           "validator = jsonschema.Draft202012Validator(schema)\n"
           "errors = list(validator.iter_errors(json.load(open(sys.argv[2], encoding='utf-8'))))\n"
           "for e in errors: print(e.json_path, e.message)\n"
           "sys.exit(1 if errors else 0)\n";
    const std::string command = std::string(EQPLAN_SYSTEM_PYTHON) + " " + script.string() + " " +
                                (sourceSchemaDirectory() / "findings.schema.json").string() + " " +
                                data.string() + " > " + out.string() + " 2>&1";
    const int status = std::system(command.c_str());
    std::ifstream in(out);
    std::string printed((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    fs::remove_all(dir);
    return status == 0       ? std::string()
           : printed.empty() ? "exit " + std::to_string(status)
                             : printed;
}

std::set<std::string> editKinds(const json::value& document)
{
    std::set<std::string> kinds;
    for (const json::value& finding : document.at("findings").as_array())
        if (!finding.at("fix").is_null())
            for (const json::value& edit : finding.at("fix").at("edits").as_array())
                kinds.insert(std::string(edit.at("kind").as_string()));
    return kinds;
}
} // namespace

TEST(FindingsSchema, FindingsOfBothSeedsValidate)
{
    DocumentGrid plan2018 = seedActionPlan2018();
    plan2018.tables[0].repeatedHeaderRows = 0;
    std::vector<Finding> findings = check(seedObjectives2017());
    const std::vector<Finding> more = check(plan2018);
    findings.insert(findings.end(), more.begin(), more.end());
    const json::value document = findingsToJson(findings);
    EXPECT_EQ(editKinds(document),
              (std::set<std::string>{"replace-text", "fold-row", "add-column", "repeat-header"}));
    EXPECT_EQ(validate(document, "seeds"), "");
}

TEST(FindingsSchema, AFindingOfUnknownSeverityDoesNotValidate)
{
    json::value document = findingsToJson(check(seedActionPlan2018()));
    document.at("findings").as_array().at(0).as_object()["severity"] = "fatal";
    EXPECT_NE(validate(document, "broken"), "");
}
