#include "eqplan/Schema.hpp"

#include "eqplan/Model.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include "TestSchemas.hpp"

#include <boost/json.hpp>
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

using namespace eqplan;
namespace fs = std::filesystem;
namespace json = boost::json;

namespace
{
bool contains(const std::vector<std::string>& values, const std::string& value)
{
    return std::find(values.begin(), values.end(), value) != values.end();
}

std::string readText(const fs::path& file)
{
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// A folder of its own under the system's temporary folder for each test, removed afterwards.
class SchemaFiles : public testing::Test
{
protected:
    void SetUp() override
    {
        const testing::TestInfo* info = testing::UnitTest::GetInstance()->current_test_info();
        std::string name = std::string(info->test_suite_name()) + "-" + info->name();
        std::replace(name.begin(), name.end(), '/', '-');
        m_dir = fs::temp_directory_path() /
                ("eqplan-schema-test-" + std::to_string(::getpid()) + "-" + name);
        fs::remove_all(m_dir);
        fs::create_directories(m_dir);
    }

    void TearDown() override
    {
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }

    // Writes `text` as `name` in the test's folder.
    fs::path write(const std::string& name, const std::string& text)
    {
        const fs::path file = m_dir / name;
        std::ofstream(file, std::ios::binary) << text;
        return file;
    }

    // A real schema file as JSON, to be broken in one place.
    static json::object realJson(const std::string& name)
    {
        return json::parse(readText(test::sourceSchemaDirectory() / name)).as_object();
    }

    // Writes the real schemas into the test's folder, the layout changed by `change`.
    void writeSchemas(const std::function<void(json::object&)>& change = {})
    {
        json::object layout = realJson("layouts.json");
        if (change)
            change(layout);
        write("layouts.json", json::serialize(layout));
        write("progress-commentary.json",
              readText(test::sourceSchemaDirectory() / "progress-commentary.json"));
        write("checks.json", readText(test::sourceSchemaDirectory() / "checks.json"));
    }

    fs::path m_dir;
};

// One way of breaking layouts.json and the error that must say where.
struct BrokenLayout
{
    std::string name;
    std::function<void(json::object&)> change;
    std::string error;
};

void PrintTo(const BrokenLayout& c, std::ostream* os)
{
    *os << c.name;
}

// Test names: the case's own name, or the characteristic's id without hyphens.
std::string caseName(const testing::TestParamInfo<BrokenLayout>& param)
{
    return param.param.name;
}

std::string characteristicName(const testing::TestParamInfo<Characteristic>& param)
{
    std::string name(toString(param.param));
    name.erase(std::remove(name.begin(), name.end(), '-'), name.end());
    return name;
}

json::array& fields(json::object& layout)
{
    return layout["fields"].as_array();
}

json::array& characteristics(json::object& layout)
{
    return layout["characteristics"].as_array();
}

// Removes the word list with this id from layout[key].
void removeEntry(json::object& layout, const std::string& key, const std::string& id)
{
    json::array& lists = layout[key].as_array();
    lists.erase(std::remove_if(lists.begin(), lists.end(),
                               [&](const json::value& v) { return v.at("id").as_string() == id; }),
                lists.end());
}
} // namespace

// ---- the real schemas ----

TEST(RealSchemas, LoadFromTheSourceTree)
{
    const Loaded<Schemas> loaded = loadSchemas(test::sourceSchemaDirectory());
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_TRUE(loaded.error.empty());
}

TEST(RealSchemas, RecognitionSettings)
{
    const Layout& layout = test::realLayout();
    EXPECT_EQ(layout.minFields, 3);
    EXPECT_EQ(layout.headerRowSearch, 3);
    EXPECT_EQ(layout.requiredAnyOf,
              (std::vector<std::string>{"objective", "actions", "successCriteria"}));
}

TEST(RealSchemas, FieldsInCanonicalOrder)
{
    std::vector<std::string> ids;
    for (const FieldSpec& spec : test::realLayout().fields)
        ids.push_back(spec.id);
    EXPECT_EQ(ids, (std::vector<std::string>{
                       "number", "duty", "characteristics", "aim", "objective", "targetGroups",
                       "actions", "successCriteria", "owners", "timescale", "progress", "status",
                       "impact", "evaluation", "evidence", "monitoring"}));
}

TEST(RealSchemas, StatusesRateRedAmberGreenWithALetterAShadingAndWords)
{
    const Layout& layout = test::realLayout();
    ASSERT_EQ(layout.ratings.size(), 3u);
    for (const char* id : {"red", "amber", "green"})
    {
        const RatingSpec* rating = layout.rating(id);
        ASSERT_NE(rating, nullptr) << id;
        EXPECT_EQ(rating->letter.size(), 1u) << id;
        EXPECT_EQ(rating->shading.size(), 7u) << id;
        EXPECT_FALSE(rating->hues.empty()) << id;
        EXPECT_FALSE(rating->words.empty()) << id;
    }
    // RAG is a status, not progress.
    EXPECT_EQ(fieldForHeader("RAG", layout), "status");
    EXPECT_EQ(fieldForHeader("Progress rating", layout), "status");
    EXPECT_EQ(fieldForHeader("Progress", layout), "progress");
}

TEST(RealSchemas, KeyFieldsAreTheOnesARowSplitLeavesEmpty)
{
    std::vector<std::string> keys;
    for (const FieldSpec& spec : test::realLayout().fields)
        if (spec.key)
            keys.push_back(spec.id);
    EXPECT_EQ(keys, (std::vector<std::string>{"number", "duty", "characteristics", "owners",
                                              "timescale"}));
}

TEST(RealSchemas, EveryFieldHasALabelAndHeaders)
{
    for (const FieldSpec& spec : test::realLayout().fields)
    {
        EXPECT_FALSE(spec.label.empty()) << spec.id;
        EXPECT_FALSE(spec.headers.empty()) << spec.id;
    }
}

TEST(RealSchemas, SeedHeadersAreListedAsWritten)
{
    const Layout& layout = test::realLayout();
    EXPECT_TRUE(contains(layout.field("duty")->headers, "Link to Public Sector Equality Duty"));
    EXPECT_TRUE(contains(layout.field("duty")->headers, "Public Sector Equality Duty"));
    EXPECT_TRUE(contains(layout.field("owners")->headers, "Who's responsible?"));
    EXPECT_TRUE(contains(layout.field("actions")->headers, "Strategies"));
    EXPECT_TRUE(contains(layout.field("progress")->headers, "Milestone/progress"));
}

TEST(RealSchemas, FieldLookUpByIdGivesNullForUnknownIds)
{
    const Layout& layout = test::realLayout();
    ASSERT_NE(layout.field("owners"), nullptr);
    EXPECT_EQ(layout.field("owners")->label, "Responsibility");
    EXPECT_EQ(layout.field("cost"), nullptr);
    EXPECT_EQ(layout.field(""), nullptr);
}

TEST(RealSchemas, ThreeAimsInTheActsOrder)
{
    const Layout& layout = test::realLayout();
    ASSERT_EQ(layout.aims.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i)
    {
        EXPECT_EQ(layout.aims[i].id, toString(allAims[i]));
        EXPECT_FALSE(layout.aims[i].label.empty());
        EXPECT_FALSE(layout.aims[i].words.empty());
    }
    EXPECT_TRUE(contains(layout.allAims, "all aims of duty"));
}

TEST(RealSchemas, NineCharacteristicsInTheActsOrder)
{
    const Layout& layout = test::realLayout();
    ASSERT_EQ(layout.characteristics.size(), 9u);
    for (std::size_t i = 0; i < 9; ++i)
    {
        EXPECT_EQ(layout.characteristics[i].id, toString(allCharacteristics[i]));
        EXPECT_FALSE(layout.characteristics[i].label.empty());
        EXPECT_FALSE(layout.characteristics[i].words.empty());
    }
    EXPECT_TRUE(contains(layout.allCharacteristics, "all protected characteristics"));
    EXPECT_TRUE(contains(layout.allCharacteristics, "all"));
}

TEST(RealSchemas, WordsAreFoldedAsTheyAreLoaded)
{
    const Layout& layout = test::realLayout();
    for (const std::vector<WordList>* lists : {&layout.aims, &layout.characteristics})
        for (const WordList& list : *lists)
            for (const std::string& word : list.words)
                EXPECT_EQ(word, text::fold(word)) << list.id;
    for (const std::string& phrase : layout.allAims)
        EXPECT_EQ(phrase, text::fold(phrase));
    for (const std::string& phrase : layout.allCharacteristics)
        EXPECT_EQ(phrase, text::fold(phrase));
}

TEST(RealSchemas, CanonicalLayoutNamesKnownFields)
{
    const Layout& layout = test::realLayout();
    EXPECT_EQ(layout.canonicalTitle, "Equality Action Plan");
    EXPECT_EQ(layout.canonicalColumns,
              (std::vector<std::string>{"duty", "characteristics", "objective", "actions",
                                        "successCriteria", "owners", "timescale", "progress"}));
    for (const std::string& column : layout.canonicalColumns)
        EXPECT_NE(layout.field(column), nullptr) << column;
}

TEST(RealSchemas, CommentaryGrammar)
{
    const CommentaryGrammar& grammar = test::realSchemas().grammar;
    EXPECT_TRUE(contains(grammar.headingPrefixes, "Progress Commentary"));
    EXPECT_TRUE(contains(grammar.headingPrefixes, "As of"));
    EXPECT_TRUE(contains(grammar.bulletMarkers, "\xC2\xB7"));     // ·
    EXPECT_TRUE(contains(grammar.bulletMarkers, "\xEF\x82\xB7")); // Symbol font bullet
    EXPECT_EQ(grammar.maxHeadingWords, 8u);
}

TEST(SchemaDirectory, EnvironmentVariableWins)
{
    const char* previous = std::getenv("EQPLAN_SCHEMA_DIR");
    const std::string saved = previous ? previous : "";
    ::setenv("EQPLAN_SCHEMA_DIR", "/somewhere/schemas", 1);
    EXPECT_EQ(schemaDirectory(), fs::path("/somewhere/schemas"));
    if (previous)
        ::setenv("EQPLAN_SCHEMA_DIR", saved.c_str(), 1);
    else
        ::unsetenv("EQPLAN_SCHEMA_DIR");
}

// ---- errors name the file and the JSON path ----

TEST_F(SchemaFiles, MissingFileIsNamed)
{
    const Loaded<Layout> loaded = loadLayout(m_dir / "layouts.json");
    EXPECT_FALSE(loaded);
    EXPECT_FALSE(loaded.value.has_value());
    EXPECT_EQ(loaded.error, (m_dir / "layouts.json").string() + ": cannot be read");
}

TEST_F(SchemaFiles, MissingGrammarFileIsNamed)
{
    const Loaded<CommentaryGrammar> loaded = loadCommentaryGrammar(m_dir / "nothing.json");
    EXPECT_FALSE(loaded);
    EXPECT_EQ(loaded.error, (m_dir / "nothing.json").string() + ": cannot be read");
}

TEST_F(SchemaFiles, EmptyFolderNamesTheLayoutFile)
{
    const Loaded<Schemas> loaded = loadSchemas(m_dir);
    EXPECT_FALSE(loaded);
    EXPECT_EQ(loaded.error, (m_dir / "layouts.json").string() + ": cannot be read");
}

TEST_F(SchemaFiles, MissingGrammarNextToAGoodLayoutIsNamed)
{
    write("layouts.json", readText(test::sourceSchemaDirectory() / "layouts.json"));
    const Loaded<Schemas> loaded = loadSchemas(m_dir);
    EXPECT_FALSE(loaded);
    EXPECT_EQ(loaded.error, (m_dir / "progress-commentary.json").string() + ": cannot be read");
}

TEST_F(SchemaFiles, CopiesOfTheRealSchemasLoad)
{
    writeSchemas();
    const Loaded<Schemas> loaded = loadSchemas(m_dir);
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_EQ(loaded.value->layout.fields.size(), test::realLayout().fields.size());
}

TEST_F(SchemaFiles, InvalidJsonNamesTheFile)
{
    const fs::path file = write("layouts.json", "{ \"fields\": [ }");
    const Loaded<Layout> loaded = loadLayout(file);
    EXPECT_FALSE(loaded);
    const std::string prefix = file.string() + ": not valid JSON (";
    EXPECT_EQ(loaded.error.substr(0, prefix.size()), prefix) << loaded.error;
    EXPECT_GT(loaded.error.size(), prefix.size() + 1) << "the parser's reason is given";
    EXPECT_EQ(loaded.error.back(), ')');
}

TEST_F(SchemaFiles, InvalidGrammarJsonNamesTheFile)
{
    writeSchemas();
    const fs::path file = write("progress-commentary.json", "{\"headingPrefixes\": [\"As of\",]");
    const Loaded<Schemas> loaded = loadSchemas(m_dir);
    EXPECT_FALSE(loaded);
    const std::string prefix = file.string() + ": not valid JSON (";
    EXPECT_EQ(loaded.error.substr(0, prefix.size()), prefix) << loaded.error;
}

TEST(SchemaText, LayoutAndGrammarFromJsonTextAreWhatTheFilesGive)
{
    const fs::path dir = test::sourceSchemaDirectory();
    const Loaded<Layout> layout = layoutFromJson(readText(dir / "layouts.json"), "layouts.json");
    ASSERT_TRUE(layout) << layout.error;
    const Layout& fromFile = test::realLayout();
    ASSERT_EQ(layout.value->fields.size(), fromFile.fields.size());
    for (std::size_t i = 0; i < fromFile.fields.size(); ++i)
        EXPECT_EQ(layout.value->fields[i].headers, fromFile.fields[i].headers);
    EXPECT_EQ(layout.value->canonicalColumns, fromFile.canonicalColumns);
    const Loaded<CommentaryGrammar> grammar = commentaryGrammarFromJson(
        readText(dir / "progress-commentary.json"), "progress-commentary.json");
    ASSERT_TRUE(grammar) << grammar.error;
    EXPECT_EQ(grammar.value->headingPrefixes,
              loadCommentaryGrammar(dir / "progress-commentary.json").value->headingPrefixes);
}

TEST(SchemaText, ParsedJsonIsReadAsItsText)
{
    // What a caller parsing a text once (fuzz_schema) reads is what the text's readers read:
    // the source schemas, and a value that is no layout nor grammar with the same error.
    const fs::path dir = test::sourceSchemaDirectory();
    const std::string layoutText = readText(dir / "layouts.json");
    const Loaded<Layout> parsed = layoutFromParsed(json::parse(layoutText), "layouts.json");
    ASSERT_TRUE(parsed) << parsed.error;
    const Layout& fromFile = test::realLayout();
    ASSERT_EQ(parsed.value->fields.size(), fromFile.fields.size());
    for (std::size_t i = 0; i < fromFile.fields.size(); ++i)
    {
        EXPECT_EQ(parsed.value->fields[i].headers, fromFile.fields[i].headers);
        EXPECT_EQ(fieldForHeader(fromFile.fields[i].headers.at(0), *parsed.value),
                  fromFile.fields[i].id);
    }
    const std::string grammarText = readText(dir / "progress-commentary.json");
    const Loaded<CommentaryGrammar> grammar =
        commentaryGrammarFromParsed(json::parse(grammarText), "progress-commentary.json");
    ASSERT_TRUE(grammar) << grammar.error;
    EXPECT_EQ(grammar.value->headingPrefixes,
              loadCommentaryGrammar(dir / "progress-commentary.json").value->headingPrefixes);
    for (const std::string& text :
         std::vector<std::string>{"[1]", "{\"fields\": 3}", grammarText, layoutText})
    {
        EXPECT_EQ(layoutFromParsed(json::parse(text), "x").error, layoutFromJson(text, "x").error);
        EXPECT_EQ(commentaryGrammarFromParsed(json::parse(text), "x").error,
                  commentaryGrammarFromJson(text, "x").error);
    }
    EXPECT_EQ(layoutFromParsed(json::parse("[1]"), "x").error, "x: /: expected an object");
}

TEST(SchemaText, AHueThatIsNoWholeNumberIsAnErrorNotAThrow)
{
    // fuzz_schema found it: a hue of 0.5 (or 1e12) made Boost.JSON's to_number<int> throw, out of
    // a reader that never throws.
    const std::string text = readText(test::sourceSchemaDirectory() / "layouts.json");
    const std::string written = "\"hues\": [[0, 18]";
    ASSERT_NE(text.find(written), std::string::npos);
    int tried = 0;
    for (const std::string hue : {"0.5", "1e12"})
    {
        std::string changed = text;
        changed.replace(changed.find(written), written.size(), "\"hues\": [[" + hue + ", 18]");
        const Loaded<Layout> layout = layoutFromJson(changed, "layouts.json");
        EXPECT_FALSE(layout) << hue;
        EXPECT_EQ(layout.error,
                  "layouts.json: /statuses/ratings/0/hues/0: expected [from, to] in degrees")
            << hue;
        ++tried;
    }
    EXPECT_EQ(tried, 2);
}

TEST(SchemaText, ErrorsInJsonTextStartWithTheNameGiven)
{
    const Loaded<Layout> broken = layoutFromJson("{ \"fields\": [ }", "words");
    EXPECT_FALSE(broken);
    EXPECT_EQ(broken.error.rfind("words: not valid JSON (", 0), 0u) << broken.error;
    const Loaded<CommentaryGrammar> notObject = commentaryGrammarFromJson("[1]", "grammar");
    EXPECT_FALSE(notObject);
    EXPECT_EQ(notObject.error.rfind("grammar: ", 0), 0u) << notObject.error;
}

TEST_F(SchemaFiles, RootThatIsNoObjectIsReportedAtTheRoot)
{
    EXPECT_EQ(loadLayout(write("layouts.json", "[]")).error, "layouts.json: /: expected an object");
    EXPECT_EQ(loadCommentaryGrammar(write("progress-commentary.json", "3")).error,
              "progress-commentary.json: /: expected an object");
}

TEST_F(SchemaFiles, GrammarErrorsNameTheFileAndPath)
{
    json::object grammar = realJson("progress-commentary.json");
    grammar["headingPrefixes"] = "As of";
    EXPECT_EQ(
        loadCommentaryGrammar(write("progress-commentary.json", json::serialize(grammar))).error,
        "progress-commentary.json: /headingPrefixes: expected an array of strings");
    grammar = realJson("progress-commentary.json");
    grammar["bulletMarkers"].as_array()[1] = nullptr;
    EXPECT_EQ(
        loadCommentaryGrammar(write("progress-commentary.json", json::serialize(grammar))).error,
        "progress-commentary.json: /bulletMarkers/1: expected a string");
    grammar = realJson("progress-commentary.json");
    grammar["maxHeadingWords"] = "eight";
    EXPECT_EQ(
        loadCommentaryGrammar(write("progress-commentary.json", json::serialize(grammar))).error,
        "progress-commentary.json: /maxHeadingWords: expected an integer");
    grammar = realJson("progress-commentary.json");
    grammar.erase("bulletMarkers");
    EXPECT_EQ(
        loadCommentaryGrammar(write("progress-commentary.json", json::serialize(grammar))).error,
        "progress-commentary.json: /: missing \"bulletMarkers\"");
}

TEST_F(SchemaFiles, MissingCheckRulesNextToGoodSchemasAreNamed)
{
    writeSchemas();
    fs::remove(m_dir / "checks.json");
    const Loaded<Schemas> loaded = loadSchemas(m_dir);
    EXPECT_FALSE(loaded);
    EXPECT_EQ(loaded.error, (m_dir / "checks.json").string() + ": cannot be read");
}

TEST(CheckRules, TheRealFileGivesTermsIntervalsAndStaffOnlyCharacteristics)
{
    const CheckRules& rules = test::realSchemas().checks;
    ASSERT_FALSE(rules.terms.empty());
    EXPECT_EQ(rules.terms.front().preferred, "On-going");
    EXPECT_NE(
        std::find(rules.terms.front().forms.begin(), rules.terms.front().forms.end(), "Ongoing"),
        rules.terms.front().forms.end());
    EXPECT_EQ(rules.objectivesMaxYears, 4);
    EXPECT_EQ(rules.reviewMaxMonths, 12);
    EXPECT_EQ(rules.staffOnlyCharacteristics,
              (std::vector<std::string>{"age", "marriage-civil-partnership"}));
}

TEST_F(SchemaFiles, CheckRulesErrorsNameTheFileAndPath)
{
    const auto broken = [&](const std::function<void(json::object&)>& change)
    {
        json::object rules = realJson("checks.json");
        change(rules);
        return loadCheckRules(write("checks.json", json::serialize(rules))).error;
    };
    EXPECT_EQ(broken([](json::object& r) { r["terms"] = "On-going"; }),
              "checks.json: /terms: expected an array");
    EXPECT_EQ(broken([](json::object& r)
                     { r["terms"].as_array()[0].as_object()["preferred"] = "Continuing"; }),
              "checks.json: /terms/0/forms: does not hold the preferred form \"Continuing\"");
    EXPECT_EQ(broken([](json::object& r) { r["terms"].as_array()[0].as_object().erase("forms"); }),
              "checks.json: /terms/0: missing \"forms\"");
    EXPECT_EQ(broken([](json::object& r) { r["calendar"].as_object()["reviewMaxMonths"] = "12"; }),
              "checks.json: /calendar/reviewMaxMonths: expected an integer");
    EXPECT_EQ(broken([](json::object& r)
                     { r["coverage"].as_object()["staffOnly"].as_array()[1] = "marriage"; }),
              "checks.json: /coverage/staffOnly/1: names no protected characteristic "
              "\"marriage\"");
    EXPECT_EQ(broken([](json::object& r) { r.erase("coverage"); }),
              "checks.json: /: missing \"coverage\"");
}

class BrokenLayouts : public SchemaFiles, public testing::WithParamInterface<BrokenLayout>
{
};

TEST_P(BrokenLayouts, ErrorNamesFileAndJsonPath)
{
    writeSchemas(GetParam().change);
    const Loaded<Layout> layout = loadLayout(m_dir / "layouts.json");
    EXPECT_FALSE(layout);
    EXPECT_EQ(layout.error, GetParam().error);
    // loadSchemas passes the same words on.
    const Loaded<Schemas> schemas = loadSchemas(m_dir);
    EXPECT_FALSE(schemas);
    EXPECT_EQ(schemas.error, GetParam().error);
}

INSTANTIATE_TEST_SUITE_P(
    Fields, BrokenLayouts,
    testing::Values(
        BrokenLayout{"HeadersNotAnArray",
                     [](json::object& l) { fields(l)[3].as_object()["headers"] = "Aim"; },
                     "layouts.json: /fields/3/headers: expected an array of strings"},
        BrokenLayout{"HeaderNotAString",
                     [](json::object& l) { fields(l)[0].as_object()["headers"].as_array()[2] = 7; },
                     "layouts.json: /fields/0/headers/2: expected a string"},
        BrokenLayout{"HeadersMissing",
                     [](json::object& l) { fields(l)[8].as_object().erase("headers"); },
                     "layouts.json: /fields/8: missing \"headers\""},
        BrokenLayout{"IdNotAString", [](json::object& l) { fields(l)[1].as_object()["id"] = 1; },
                     "layouts.json: /fields/1/id: expected a string"},
        BrokenLayout{"FieldNotAnObject", [](json::object& l) { fields(l)[2] = "duty"; },
                     "layouts.json: /fields/2: expected an object"},
        BrokenLayout{"FieldsNotAnArray", [](json::object& l) { l["fields"] = json::object(); },
                     "layouts.json: /fields: expected an array"},
        BrokenLayout{"FieldsMissing", [](json::object& l) { l.erase("fields"); },
                     "layouts.json: /: missing \"fields\""}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    Recognition, BrokenLayouts,
    testing::Values(
        BrokenLayout{"MinFieldsNotAnInteger",
                     [](json::object& l) { l["recognition"].as_object()["minFields"] = "three"; },
                     "layouts.json: /recognition/minFields: expected an integer"},
        BrokenLayout{"RequiredAnyOfNotAnArray",
                     [](json::object& l)
                     { l["recognition"].as_object()["requiredAnyOf"] = "objective"; },
                     "layouts.json: /recognition/requiredAnyOf: expected an array of strings"},
        BrokenLayout{"RecognitionNotAnObject", [](json::object& l) { l["recognition"] = 3; },
                     "layouts.json: /recognition: expected an object"}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    Vocabulary, BrokenLayouts,
    testing::Values(
        BrokenLayout{"AimMissing", [](json::object& l) { removeEntry(l, "aims", "foster"); },
                     "layouts.json: /aims: has no entry \"foster\""},
        BrokenLayout{"AimWordNotAString",
                     [](json::object& l) { l["aims"].as_array()[0].as_object()["words"] = true; },
                     "layouts.json: /aims/0/words: expected an array of strings"},
        BrokenLayout{"CharacteristicWithoutLabel",
                     [](json::object& l) { characteristics(l)[5].as_object().erase("label"); },
                     "layouts.json: /characteristics/5: missing \"label\""},
        BrokenLayout{"AllCharacteristicsMissing",
                     [](json::object& l) { l.erase("allCharacteristics"); },
                     "layouts.json: /: missing \"allCharacteristics\""}),
    caseName);

INSTANTIATE_TEST_SUITE_P(
    Canonical, BrokenLayouts,
    testing::Values(
        BrokenLayout{"ColumnNamesUnknownField",
                     [](json::object& l)
                     { l["canonical"].as_object()["columns"].as_array().push_back("cost"); },
                     "layouts.json: /canonical/columns: names no field \"cost\""},
        BrokenLayout{"ColumnNamesAFieldByItsLabel",
                     [](json::object& l)
                     { l["canonical"].as_object()["columns"].as_array()[5] = "Responsibility"; },
                     "layouts.json: /canonical/columns: names no field \"Responsibility\""},
        BrokenLayout{"TitleNotAString",
                     [](json::object& l) { l["canonical"].as_object()["title"] = 1; },
                     "layouts.json: /canonical/title: expected a string"}),
    caseName);

// Each of the nine characteristics must be there: a list missing one is refused by name.
class MissingCharacteristic : public SchemaFiles, public testing::WithParamInterface<Characteristic>
{
};

TEST_P(MissingCharacteristic, IsNamedWithItsPath)
{
    const std::string id(toString(GetParam()));
    writeSchemas([&](json::object& l) { removeEntry(l, "characteristics", id); });
    const Loaded<Layout> loaded = loadLayout(m_dir / "layouts.json");
    EXPECT_FALSE(loaded);
    EXPECT_EQ(loaded.error, "layouts.json: /characteristics: has no entry \"" + id + "\"");
}

INSTANTIATE_TEST_SUITE_P(EachOfTheNine, MissingCharacteristic,
                         testing::ValuesIn(allCharacteristics), characteristicName);

TEST_F(SchemaFiles, FirstErrorIsTheOneReported)
{
    writeSchemas(
        [](json::object& l)
        {
            fields(l)[3].as_object()["headers"] = "Aim";
            removeEntry(l, "characteristics", "age");
        });
    EXPECT_EQ(loadLayout(m_dir / "layouts.json").error,
              "layouts.json: /fields/3/headers: expected an array of strings");
}

TEST_F(SchemaFiles, OptionalSettingsFallBackToDefaults)
{
    writeSchemas(
        [](json::object& l)
        {
            json::object& recognition = l["recognition"].as_object();
            recognition.erase("minFields");
            recognition.erase("headerRowSearch");
            fields(l)[0].as_object().erase("key");
        });
    const Loaded<Layout> loaded = loadLayout(m_dir / "layouts.json");
    ASSERT_TRUE(loaded) << loaded.error;
    EXPECT_EQ(loaded.value->minFields, 3);
    EXPECT_EQ(loaded.value->headerRowSearch, 3);
    EXPECT_FALSE(loaded.value->fields[0].key);
}

TEST_F(SchemaFiles, KeyThatIsNoBooleanIsAnError)
{
    writeSchemas([](json::object& l) { fields(l)[1].as_object()["key"] = "true"; });
    const Loaded<Layout> loaded = loadLayout(m_dir / "layouts.json");
    EXPECT_FALSE(loaded);
    const std::string prefix = "layouts.json: /fields/1/key: ";
    EXPECT_EQ(loaded.error.substr(0, prefix.size()), prefix) << loaded.error;
}

TEST_F(SchemaFiles, RequiredFieldNamingNoFieldIsAnError)
{
    writeSchemas([](json::object& l)
                 { l["recognition"].as_object()["requiredAnyOf"] = json::array{"objectives"}; });
    const Loaded<Layout> loaded = loadLayout(m_dir / "layouts.json");
    EXPECT_FALSE(loaded);
    EXPECT_EQ(loaded.error,
              "layouts.json: /recognition/requiredAnyOf: names no field \"objectives\"");
}
