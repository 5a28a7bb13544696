#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include "CatalogueWords.hpp"
#include "GridBuilders.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

using namespace eqplan;
using eqplan::test::realLayout;
using eqplan::test::realSchemas;
using namespace eqplan::test;

namespace eqplan
{
void PrintTo(const Location& l, std::ostream* os)
{
    *os << "{table " << l.table << ", row " << l.row << ", column " << l.column << ", \"" << l.cell
        << "\"";
    if (l.paragraph)
        *os << ", paragraph " << *l.paragraph;
    *os << "}";
}
} // namespace eqplan

namespace
{
// A text parameter that prints as itself, so that ctest names stay readable with UTF-8 in them.
struct Sample
{
    Sample(const char* s) : text(s) {}
    Sample(std::string s) : text(std::move(s)) {}
    std::string text;
};

void PrintTo(const Sample& s, std::ostream* os)
{
    *os << '"' << s.text << '"';
}

const std::string nbsp = "\xC2\xA0";
const std::string rightQuote = "\xE2\x80\x99";
const std::string enDash = "\xE2\x80\x93";

ReadResult read(const DocumentGrid& d)
{
    return readPlan(d, realSchemas());
}

std::vector<std::string> itemTexts(const std::vector<ListItem>& items)
{
    std::vector<std::string> texts;
    for (const ListItem& i : items)
        texts.push_back(i.item.text);
    return texts;
}

std::vector<std::string> ids(const std::vector<Aim>& aims)
{
    std::vector<std::string> out;
    for (Aim a : aims)
        out.emplace_back(toString(a));
    return out;
}

std::vector<std::string> ids(const std::vector<Characteristic>& characteristics)
{
    std::vector<std::string> out;
    for (Characteristic c : characteristics)
        out.emplace_back(toString(c));
    return out;
}

std::vector<std::string> fieldsOf(const PlanTable& t)
{
    std::vector<std::string> out;
    for (const Column& c : t.columns)
        out.push_back(c.field);
    return out;
}

const std::vector<std::string> allNine = {"age",
                                          "disability",
                                          "gender-reassignment",
                                          "marriage-civil-partnership",
                                          "pregnancy-maternity",
                                          "race",
                                          "religion-belief",
                                          "sex",
                                          "sexual-orientation"};

using Strings = std::vector<std::string>;
} // namespace

// ---- fieldForHeader ----

namespace
{
struct HeaderCase
{
    std::string header;
    std::string field;
};

void PrintTo(const HeaderCase& c, std::ostream* os)
{
    *os << '"' << c.header << "\" -> \"" << c.field << '"';
}
} // namespace

class HeaderFields : public testing::TestWithParam<HeaderCase>
{
};

TEST_P(HeaderFields, NameTheirField)
{
    EXPECT_EQ(fieldForHeader(GetParam().header, realLayout()), GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(
    SeedObjectives2017, HeaderFields,
    testing::Values(HeaderCase{"Link to Public Sector Equality Duty", "duty"},
                    HeaderCase{"Protected characteristic", "characteristics"},
                    HeaderCase{"Aim:", "aim"}, HeaderCase{"Objective:", "objective"},
                    HeaderCase{"Target group(s): e.g. whole school, girls, boys, SEN, staff etc",
                               "targetGroups"},
                    HeaderCase{"Action:", "actions"}, HeaderCase{"Who's responsible?", "owners"},
                    HeaderCase{"Who" + rightQuote + "s responsible?", "owners"},
                    HeaderCase{"Dates", "timescale"},
                    HeaderCase{"Milestone/progress:", "progress"}));

INSTANTIATE_TEST_SUITE_P(SeedActionPlan2018, HeaderFields,
                         testing::Values(HeaderCase{"Public Sector Equality Duty", "duty"},
                                         HeaderCase{"Equality Objective", "objective"},
                                         HeaderCase{"Strategies", "actions"},
                                         HeaderCase{"Success Criteria", "successCriteria"},
                                         HeaderCase{"Responsibility", "owners"}));

INSTANTIATE_TEST_SUITE_P(
    OtherPlans, HeaderFields,
    testing::Values(HeaderCase{"Lead", "owners"}, HeaderCase{"Led by", "owners"},
                    HeaderCase{"Owner", "owners"}, HeaderCase{"Person responsible", "owners"},
                    HeaderCase{"PSED aim", "duty"}, HeaderCase{"Aim of the duty", "duty"},
                    HeaderCase{"No.", "number"}, HeaderCase{"No", "number"},
                    HeaderCase{"Objective number", "number"}, HeaderCase{"Timescale", "timescale"},
                    HeaderCase{"Target date", "timescale"}, HeaderCase{"Progress", "progress"},
                    HeaderCase{"Protected characteristics", "characteristics"},
                    HeaderCase{"Equality objective", "objective"}, HeaderCase{"Actions", "actions"},
                    HeaderCase{"Who will benefit", "targetGroups"},
                    HeaderCase{"Success criteria", "successCriteria"}));

INSTANTIATE_TEST_SUITE_P(
    CaseAndSpaceVariants, HeaderFields,
    testing::Values(HeaderCase{"WHO'S RESPONSIBLE?", "owners"},
                    HeaderCase{"  who's   responsible ? ", "owners"},
                    HeaderCase{"public sector equality duty", "duty"},
                    HeaderCase{"SUCCESS CRITERIA", "successCriteria"},
                    HeaderCase{"Success" + nbsp + "Criteria", "successCriteria"},
                    HeaderCase{"Success\nCriteria", "successCriteria"},
                    HeaderCase{"Milestone/Progress", "progress"}, HeaderCase{"Dates:", "timescale"},
                    HeaderCase{"Objective :", "objective"}, HeaderCase{"No..", "number"},
                    HeaderCase{"Timescale.", "timescale"}));

// A longer header that starts with a known one, on a word boundary, names the same field.
INSTANTIATE_TEST_SUITE_P(Prefixes, HeaderFields,
                         testing::Values(HeaderCase{"Progress (RAG)", "progress"},
                                         HeaderCase{"Lead governor", "owners"},
                                         HeaderCase{"Actions taken", "actions"},
                                         HeaderCase{"Success criteria / impact", "successCriteria"},
                                         HeaderCase{"Group(s)", "targetGroups"}));

INSTANTIATE_TEST_SUITE_P(
    Unknown, HeaderFields,
    testing::Values(HeaderCase{"Cost", ""}, HeaderCase{"Why we have chosen this objective", ""},
                    HeaderCase{"", ""}, HeaderCase{"   ", ""}, HeaderCase{":", ""},
                    HeaderCase{"Notes", ""}, HeaderCase{"Day", ""}, HeaderCase{"Period 1", ""},
                    HeaderCase{"Name", ""}, HeaderCase{"Room", ""}, HeaderCase{"Extension", ""},
                    // A known header at the start of a longer word is not that header.
                    HeaderCase{"Leadership", ""}, HeaderCase{"Actionable", ""},
                    HeaderCase{"Dated", ""}, HeaderCase{"Objectives2", ""}));

TEST(FieldForHeader, EveryHeaderOfTheLayoutNamesItsOwnField)
{
    for (const FieldSpec& spec : realLayout().fields)
        for (const std::string& header : spec.headers)
            EXPECT_EQ(fieldForHeader(header, realLayout()), spec.id) << header;
}

TEST(FieldForHeader, HeadersComeFromTheLayout)
{
    Layout layout;
    layout.fields.push_back(FieldSpec{"cost", "Cost", false, {"Cost", "Budget"}, {}, {}});
    EXPECT_EQ(fieldForHeader("Budget:", layout), "cost");
    EXPECT_EQ(fieldForHeader("Objective", layout), "");
}

TEST(FieldForHeader, ACellStartingWithTwoHeadersNamesTheLongerOnesField)
{
    // "Aim" (aim) and "Aim of the duty" (duty) both start the first cell; the longer decides.
    EXPECT_EQ(fieldForHeader("Aim of the duty (see the key)", realLayout()), "duty");
    EXPECT_EQ(fieldForHeader("Aim (see the key)", realLayout()), "aim");
    EXPECT_EQ(fieldForHeader("Objective number - see appendix", realLayout()), "number");
    EXPECT_EQ(fieldForHeader("Objective - see appendix", realLayout()), "objective");
}

class HeaderPrefixMisreadings : public testing::TestWithParam<HeaderCase>
{
};

TEST_P(HeaderPrefixMisreadings, NameTheRightField)
{
    EXPECT_EQ(fieldForHeader(GetParam().header, realLayout()), GetParam().field);
}

INSTANTIATE_TEST_SUITE_P(Known, HeaderPrefixMisreadings,
                         testing::Values(HeaderCase{"Review date", "timescale"},
                                         HeaderCase{"Who benefits", "targetGroups"}));

// ---- readAims ----

namespace
{
struct AimsCase
{
    std::string cell;
    Strings aims;
    Strings unmapped;
};

void PrintTo(const AimsCase& c, std::ostream* os)
{
    *os << '"' << c.cell << '"';
}
} // namespace

class DutyCells : public testing::TestWithParam<AimsCase>
{
};

TEST_P(DutyCells, NameTheirAims)
{
    const AimsReading reading = readAims(GetParam().cell, realLayout());
    EXPECT_EQ(ids(reading.aims), GetParam().aims);
    EXPECT_EQ(reading.unmapped, GetParam().unmapped);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, DutyCells,
    testing::Values(
        AimsCase{"All aims of duty", {"eliminate", "advance", "foster"}, {}},
        AimsCase{
            "Eliminate unlawful discrimination, harassment and victimisation", {"eliminate"}, {}},
        AimsCase{"Eliminate  discrimination, harassment and victimisation\n\n", {"eliminate"}, {}},
        AimsCase{"Advance equality of opportunity", {"advance"}, {}},
        AimsCase{"Advance equality of opportunity between different groups", {"advance"}, {}},
        AimsCase{"Foster good relations between  different groups", {"foster"}, {}}));

INSTANTIATE_TEST_SUITE_P(
    Variants, DutyCells,
    testing::Values(
        AimsCase{
            "Advance equality of opportunity; Foster good relations", {"advance", "foster"}, {}},
        AimsCase{"Foster good relations\nEliminate discrimination", {"eliminate", "foster"}, {}},
        AimsCase{"All", {"eliminate", "advance", "foster"}, {}},
        AimsCase{" ALL AIMS OF THE DUTY. ", {"eliminate", "advance", "foster"}, {}},
        AimsCase{"ADVANCE EQUALITY OF OPPORTUNITY", {"advance"}, {}},
        AimsCase{"Advancement of learning", {}, {"Advancement of learning"}}));

INSTANTIATE_TEST_SUITE_P(Unmapped, DutyCells,
                         testing::Values(AimsCase{"", {}, {}}, AimsCase{"  \n ", {}, {}},
                                         AimsCase{"Something else", {}, {"Something else"}},
                                         AimsCase{
                                             " community cohesion ", {}, {"community cohesion"}}));

TEST(ReadAims, WordsOfACellWithAnAimThatNameNoneAreKept)
{
    const AimsReading reading =
        readAims("Advance equality of opportunity; Community cohesion", realLayout());
    EXPECT_EQ(ids(reading.aims), Strings{"advance"});
    EXPECT_EQ(reading.unmapped, Strings{"Community cohesion"});
}

// ---- readCharacteristics ----

namespace
{
struct CharacteristicsCase
{
    std::string cell;
    Strings characteristics;
    Strings unmapped;
};

void PrintTo(const CharacteristicsCase& c, std::ostream* os)
{
    *os << '"' << c.cell << '"';
}
} // namespace

class CharacteristicCells : public testing::TestWithParam<CharacteristicsCase>
{
};

TEST_P(CharacteristicCells, NameTheirCharacteristics)
{
    const CharacteristicsReading reading = readCharacteristics(GetParam().cell, realLayout());
    EXPECT_EQ(ids(reading.characteristics), GetParam().characteristics);
    EXPECT_EQ(reading.unmapped, GetParam().unmapped);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, CharacteristicCells,
    testing::Values(
        CharacteristicsCase{"All protected characteristics", allNine, {}},
        CharacteristicsCase{
            "Sexual Orientation/Race/Gender identity/Disability/Religion or belief",
            {"disability", "gender-reassignment", "race", "religion-belief", "sexual-orientation"},
            {}},
        CharacteristicsCase{"Disability/All", allNine, {}}, CharacteristicsCase{"Sex", {"sex"}, {}},
        CharacteristicsCase{"Other", {}, {"Other"}},
        CharacteristicsCase{"community cohesion", {}, {"community cohesion"}},
        CharacteristicsCase{"All", allNine, {}}));

INSTANTIATE_TEST_SUITE_P(
    OtherPlans, CharacteristicCells,
    testing::Values(
        CharacteristicsCase{"Gender", {"sex"}, {}},
        CharacteristicsCase{"Gender identity", {"gender-reassignment"}, {}},
        CharacteristicsCase{"Pregnancy and maternity", {"pregnancy-maternity"}, {}},
        CharacteristicsCase{"Marriage and civil partnership", {"marriage-civil-partnership"}, {}},
        CharacteristicsCase{"Sex and Sexual orientation", {"sex", "sexual-orientation"}, {}},
        CharacteristicsCase{"Race, Religion or belief", {"race", "religion-belief"}, {}},
        CharacteristicsCase{"Race, Religion or belief, Sexual orientation",
                            {"race", "religion-belief", "sexual-orientation"},
                            {}},
        CharacteristicsCase{"Disability, Age", {"age", "disability"}, {}},
        CharacteristicsCase{"Age & Disability", {"age", "disability"}, {}},
        CharacteristicsCase{"SEND", {"disability"}, {}},
        CharacteristicsCase{"LGBT", {"sexual-orientation"}, {}},
        CharacteristicsCase{"Race\nReligion", {"race", "religion-belief"}, {}},
        CharacteristicsCase{"Sex; gender", {"sex"}, {}},
        CharacteristicsCase{" DISABILITY. ", {"disability"}, {}}, CharacteristicsCase{"", {}, {}}));

INSTANTIATE_TEST_SUITE_P(
    PartlyUnmapped, CharacteristicCells,
    testing::Values(CharacteristicsCase{"Race/Other", {"race"}, {"Other"}},
                    CharacteristicsCase{
                        "Sex and community cohesion", {"sex"}, {"community cohesion"}},
                    CharacteristicsCase{"Disability, BME", {"disability"}, {"BME"}}));

// ---- splitOwners / ownerKey ----

namespace
{
struct OwnersCase
{
    std::string cell;
    Strings owners;
};

void PrintTo(const OwnersCase& c, std::ostream* os)
{
    *os << '"' << c.cell << '"';
}
} // namespace

class OwnerCells : public testing::TestWithParam<OwnersCase>
{
};

TEST_P(OwnerCells, SplitIntoOwners)
{
    EXPECT_EQ(splitOwners(GetParam().cell), GetParam().owners);
}

INSTANTIATE_TEST_SUITE_P(
    Seeds, OwnerCells,
    testing::Values(OwnersCase{"EWA/SWA", {"EWA", "SWA"}},
                    OwnersCase{"SLT\nYL\nMental Health Lead", {"SLT", "YL", "Mental Health Lead"}},
                    OwnersCase{"EWA/ Year Leads", {"EWA", "Year Leads"}},
                    OwnersCase{"YL, TCR", {"YL", "TCR"}}, OwnersCase{"EWA / STL", {"EWA", "STL"}},
                    OwnersCase{"Pastoral staff\nPastoral Staff", {"Pastoral staff"}},
                    OwnersCase{"Pastoral Staff\nSLT", {"Pastoral Staff", "SLT"}},
                    OwnersCase{"Admin staff - signage", {"Admin staff"}},
                    OwnersCase{"GMA", {"GMA"}}));

INSTANTIATE_TEST_SUITE_P(Joiners, OwnerCells,
                         testing::Values(OwnersCase{"HT & SENCo", {"HT", "SENCo"}},
                                         OwnersCase{"DHT & SENCo", {"DHT", "SENCo"}},
                                         OwnersCase{"Governors and HT", {"Governors", "HT"}},
                                         OwnersCase{"Governors And HT", {"Governors", "HT"}},
                                         OwnersCase{"Governors and Headteacher",
                                                    {"Governors", "Headteacher"}},
                                         OwnersCase{"SLT; Governors", {"SLT", "Governors"}},
                                         OwnersCase{"SENCo, senco / SENCO", {"SENCo"}},
                                         OwnersCase{"Year  Leads\nyear leads", {"Year  Leads"}},
                                         // "and" inside a word is no joiner.
                                         OwnersCase{"Brandon", {"Brandon"}}));

// An owner with a note is that owner; "with" joins two owners. Used to be read as an owner
// named "Admin staff - signage".
INSTANTIATE_TEST_SUITE_P(
    Notes, OwnerCells,
    testing::Values(OwnersCase{"SENCO (lead)", {"SENCO"}},
                    OwnersCase{"DHT \xE2\x80\x93 curriculum", {"DHT"}},
                    OwnersCase{"DHT \xE2\x80\x94 curriculum/SENCo", {"DHT", "SENCo"}},
                    OwnersCase{"Headteacher with governors", {"Headteacher", "governors"}},
                    OwnersCase{"Admin staff - signage\nAdmin Staff", {"Admin staff"}},
                    // A hyphen inside a word, or brackets that are all there is, is no note.
                    OwnersCase{"Co-ordinator", {"Co-ordinator"}},
                    OwnersCase{"(SLT)", {"(SLT)"}}, OwnersCase{"SLT -", {"SLT -"}}));

TEST(OwnerMentions, KeepTheNoteApartFromTheOwner)
{
    const OwnerMention dash = readOwnerMention(" Admin staff - signage ");
    EXPECT_EQ(dash.name, "Admin staff");
    EXPECT_EQ(dash.note, "signage");
    const OwnerMention brackets = readOwnerMention("SENCO (lead)");
    EXPECT_EQ(brackets.name, "SENCO");
    EXPECT_EQ(brackets.note, "lead");
    EXPECT_EQ(readOwnerMention("Pastoral staff").note, "");
}

INSTANTIATE_TEST_SUITE_P(Empty, OwnerCells,
                         testing::Values(OwnersCase{"", {}}, OwnersCase{" \n \n", {}},
                                         OwnersCase{" / , &", {}}));

TEST(OwnerKey, IgnoresCaseAndSpaces)
{
    EXPECT_EQ(ownerKey("EWA / STL"), ownerKey("ewa/stl"));
    EXPECT_EQ(ownerKey("Pastoral Staff"), ownerKey("pastoral  staff"));
    EXPECT_EQ(ownerKey(" Pastoral" + nbsp + "Staff "), ownerKey("pastoral staff"));
    EXPECT_EQ(ownerKey("Mental Health Lead"), ownerKey("MENTAL HEALTH LEAD"));
    EXPECT_NE(ownerKey("SLT"), ownerKey("SLT2"));
    EXPECT_NE(ownerKey("HT"), ownerKey("DHT"));
}

TEST(OwnerKey, IsTheFoldedOwnerWithoutItsSpaces)
{
    // Every space goes (Unicode ones too); letters beyond ASCII stay as written.
    const std::string thin = "\xE2\x80\x89", bom = "\xEF\xBB\xBF";
    for (const std::string& owner : std::vector<std::string>{
             " Pennaeth" + nbsp + "Cynorthwyol ", "DHT" + thin + "(Ŵ)", bom + "SENCo\tand\nHT",
             "Ysgol Gymraeg  Bro\xE2\x80\x8B\xC2", "\xC2\xA0"})
    {
        std::string folded = text::fold(owner);
        std::erase(folded, ' ');
        EXPECT_EQ(ownerKey(owner), folded) << owner;
    }
    EXPECT_EQ(ownerKey("Pennaeth Ŵ"), "pennaethŴ");
}

// ---- readUpdatedLine ----

namespace
{
struct UpdatedCase
{
    std::string text;
    std::string iso;
    Precision precision;
    std::string by;
};

void PrintTo(const UpdatedCase& c, std::ostream* os)
{
    *os << '"' << c.text << '"';
}
} // namespace

class UpdatedLines : public testing::TestWithParam<UpdatedCase>
{
};

TEST_P(UpdatedLines, GiveDateAndWho)
{
    const std::optional<UpdatedLine> line = readUpdatedLine(GetParam().text);
    ASSERT_TRUE(line.has_value());
    ASSERT_TRUE(line->date.has_value());
    EXPECT_EQ(line->date->iso(), GetParam().iso);
    EXPECT_EQ(line->date->precision, GetParam().precision);
    EXPECT_EQ(line->by, GetParam().by);
}

INSTANTIATE_TEST_SUITE_P(RealLines, UpdatedLines,
                         testing::Values(UpdatedCase{"Updated 2-3-2021 D Sydes", "2021-03-02",
                                                     Precision::Day, "D Sydes"},
                                         UpdatedCase{"Last updated: 14 September 2023 by J Patel",
                                                     "2023-09-14", Precision::Day, "J Patel"},
                                         UpdatedCase{"Updated 14/07/2021 A Khan", "2021-07-14",
                                                     Precision::Day, "A Khan"}));

INSTANTIATE_TEST_SUITE_P(
    Variants, UpdatedLines,
    testing::Values(
        UpdatedCase{"  Updated 2-3-2021 D Sydes  ", "2021-03-02", Precision::Day, "D Sydes"},
        UpdatedCase{"UPDATED 2-3-2021", "2021-03-02", Precision::Day, ""},
        UpdatedCase{"Updated: March 2021", "2021-03", Precision::Month, ""},
        UpdatedCase{"Updated on 3 March 2021 by the SLT.", "2021-03-03", Precision::Day, "the SLT"},
        UpdatedCase{"Reviewed - Spring Term 2022 (Governors)", "2022-spring", Precision::Term,
                    "Governors"},
        UpdatedCase{"Last reviewed: 1/9/2022, HT", "2022-09-01", Precision::Day, "HT"}));

class NotUpdatedLines : public testing::TestWithParam<Sample>
{
};

TEST_P(NotUpdatedLines, AreNone)
{
    EXPECT_FALSE(readUpdatedLine(GetParam().text).has_value());
}

INSTANTIATE_TEST_SUITE_P(Others, NotUpdatedLines,
                         testing::Values("", "Updated", "Updated:", "Updates to the plan",
                                         "Equality Action Plan 2018-2021", "Updated by J Patel",
                                         "Outdated 2-3-2021", "Progress updated March 2021",
                                         "Updated plan, agreed 2-3-2021"));

TEST(ReadUpdatedLine, KeepsTheLineTrimmed)
{
    const std::optional<UpdatedLine> line = readUpdatedLine(" Updated 2-3-2021 D Sydes ");
    ASSERT_TRUE(line.has_value());
    EXPECT_EQ(line->text, "Updated 2-3-2021 D Sydes");
}

// ---- readPlan: recognising plan tables ----

TEST(ReadPlan, NoTablesIsSaidInPlainWords)
{
    const ReadResult result = read(DocumentGrid{});
    EXPECT_FALSE(result);
    EXPECT_EQ(result.status, ReadStatus::NoTables);
    EXPECT_EQ(result.message,
              "The document has no tables. eqplan reads a plan kept as a table whose first row "
              "names its columns, for example \"Objective\", \"Action\", \"Who's responsible?\", "
              "\"Link to Public Sector Equality Duty\".");
    EXPECT_EQ(result.words.key, "readNoTables");
    EXPECT_EQ(saidInBritishEnglish(result.words), result.message);
    EXPECT_TRUE(result.rejected.empty());
    EXPECT_TRUE(result.plan.objectives.empty());
}

TEST(ReadPlan, TablesThatAreNoPlansAreListedWithTheirHeaders)
{
    DocumentGrid d = document(
        {table("Table1", {{"Day", "Period 1", "Period 2"}, {"Monday", "Maths 7A", "English 8C"}}),
         table("Table2", {{"Name", "Room", "Extension"}, {"Mrs A Jones", "B12", "214"}})});
    d.tables[0].before = {para("Staff timetable")};
    const ReadResult result = read(d);
    EXPECT_FALSE(result);
    EXPECT_EQ(result.status, ReadStatus::NoPlanTable);
    EXPECT_EQ(result.message,
              "None of the document's 2 tables looks like an equality plan: a plan table's header "
              "row names at least 3 of the plan's columns, for example \"Objective\", \"Action\", "
              "\"Who's responsible?\", \"Link to Public Sector Equality Duty\".");
    EXPECT_EQ(saidInBritishEnglish(result.words), result.message);
    ASSERT_EQ(result.rejected.size(), 2u);
    EXPECT_EQ(result.rejected[0].index, 0);
    EXPECT_EQ(result.rejected[0].name, "Table1");
    EXPECT_EQ(result.rejected[0].headers, (Strings{"Day", "Period 1", "Period 2"}));
    EXPECT_EQ(result.rejected[0].fieldsFound, 0);
    EXPECT_EQ(result.rejected[1].index, 1);
    EXPECT_EQ(result.rejected[1].name, "Table2");
    EXPECT_EQ(result.rejected[1].headers, (Strings{"Name", "Room", "Extension"}));
    EXPECT_TRUE(result.plan.objectives.empty());
    EXPECT_TRUE(result.plan.tables.empty());
}

TEST(ReadPlan, OneTableThatIsNoPlanIsSaidInGoodEnglish)
{
    const ReadResult result = read(document({table("Table1", {{"Name", "Room"}, {"A", "B"}})}));
    EXPECT_EQ(result.status, ReadStatus::NoPlanTable);
    EXPECT_EQ(result.message.find("1 tables"), std::string::npos) << result.message;
}

TEST(ReadPlan, TooFewFieldsOrNoRequiredFieldIsNoPlan)
{
    const ReadResult result = read(document({
        table("TwoFields", {{"Objective", "Lead", "Notes"}, {"To improve", "HT", ""}}),
        table("NoRequired", {{"PSED aim", "Lead", "Timescale"}, {"All", "HT", "2024"}}),
    }));
    EXPECT_EQ(result.status, ReadStatus::NoPlanTable);
    ASSERT_EQ(result.rejected.size(), 2u);
    EXPECT_EQ(result.rejected[0].fieldsFound, 2);
    EXPECT_EQ(result.rejected[1].fieldsFound, 3);
}

TEST(ReadPlan, OtherTablesAreRejectedBesideThePlan)
{
    const ReadResult result = read(document({
        table("Timetable", {{"Day", "Period 1"}, {"Monday", "Maths"}}),
        table("Plan", {{"Objective", "Actions", "Lead"}, {"To improve attendance", "Calls", "HT"}}),
    }));
    ASSERT_TRUE(result) << result.message;
    EXPECT_TRUE(result.message.empty());
    ASSERT_EQ(result.rejected.size(), 1u);
    EXPECT_EQ(result.rejected[0].name, "Timetable");
    ASSERT_EQ(result.plan.tables.size(), 1u);
    EXPECT_EQ(result.plan.tables[0].index, 1);
    EXPECT_EQ(result.plan.tables[0].name, "Plan");
    ASSERT_EQ(result.plan.objectives.size(), 1u);
    EXPECT_EQ(result.plan.objectives[0].table, 0);
}

TEST(ReadPlan, HeaderOnTheSecondRowUnderASpanningTitle)
{
    DocumentGrid d =
        document({table("Table1", 4, 4,
                        {cell(0, 0, "Equality Objectives 2023", 1, 4), cell(1, 0, "Objective"),
                         cell(1, 1, "Actions"), cell(1, 2, "Lead"), cell(1, 3, "Timescale"),
                         cell(2, 0, "To raise the attainment of EAL pupils"),
                         cell(2, 1, "Buddy scheme"), cell(2, 2, "EAL Coordinator"),
                         cell(2, 3, "July 2023"), cell(3, 0, "To widen participation in sport"),
                         cell(3, 1, "Clubs"), cell(3, 2, "PE Lead"), cell(3, 3, "2023")})});
    d.title = "Document properties title";
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.tables.size(), 1u);
    EXPECT_EQ(result.plan.tables[0].headerRow, 1);
    EXPECT_EQ(fieldsOf(result.plan.tables[0]),
              (Strings{"objective", "actions", "owners", "timescale"}));
    EXPECT_EQ(result.plan.title, "Equality Objectives 2023");
    ASSERT_TRUE(result.plan.period.has_value());
    EXPECT_EQ(result.plan.period->from, 2023);
    EXPECT_EQ(result.plan.period->to, 2023);
    ASSERT_EQ(result.plan.objectives.size(), 2u);
    EXPECT_EQ(result.plan.objectives[0].rows, (std::vector<int>{2}));
    EXPECT_EQ(result.plan.objectives[1].rows, (std::vector<int>{3}));
    EXPECT_EQ(result.plan.objectives[0].timescaleDates.at(0).iso(), "2023-07");
}

TEST(ReadPlan, ParagraphBeforeTheTableIsTheTitleRatherThanASpanningRow)
{
    DocumentGrid d = document({table(
        "Table1", 3, 3,
        {cell(0, 0, "Our objectives", 1, 3), cell(1, 0, "Objective"), cell(1, 1, "Actions"),
         cell(1, 2, "Lead"), cell(2, 0, "To improve"), cell(2, 1, "Calls"), cell(2, 2, "HT")})});
    d.tables[0].before = {para(""), para("Equality Plan 2021-2024")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, "Equality Plan 2021-2024");
}

TEST(ReadPlan, DocumentTitleIsTheLastResort)
{
    DocumentGrid d = document(
        {table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "Calls", "HT"}})});
    d.title = "Equality Objectives 2022" + enDash + "2026";
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, d.title);
    ASSERT_TRUE(result.plan.period.has_value());
    EXPECT_EQ(result.plan.period->from, 2022);
    EXPECT_EQ(result.plan.period->to, 2026);
}

// ---- readPlan: rows into objectives ----

// The 2018-2021 seed's shape: the first two cells of each objective merged down over a
// commentary row whose one cell spans the last three columns.
TEST(ReadPlan, CommentaryRowJoinsTheObjectiveAbove)
{
    std::vector<Cell> cells = {
        cell(0, 0, "Public Sector Equality Duty"),
        cell(0, 1, "Equality Objective"),
        cell(0, 2, "Strategies"),
        cell(0, 3, "Success Criteria"),
        cell(0, 4, "Responsibility"),
        cell(1, 0, "Eliminate  discrimination, harassment and victimisation\n\n", 2),
        cell(1, 1,
             "1) To ensure students are not discriminated against for "
             "race/religion/sexuality/gender/background or any other area at the UTC",
             2),
        cell(1, 2,
             "\xC2\xB7 Use of digital signage to promote British Values\n"
             "\xC2\xB7 Poverty proofing project in 2019\n\n"),
        cell(1, 3, "\xC2\xB7 No incidents of bullying reported on DfE incident returns"),
        cell(1, 4, "Pastoral staff"),
        cell(2, 2,
             "Progress Commentary As of December 2018:\n"
             "1) Digital signage reinforces message of British values all day every day\n"
             "2) Positive feedback from first DfE monitoring  visit Nov 2018\n"
             " \n"
             "March 2020\n"
             "1) Very rare if ever issues with discrimination.",
             1, 3),
    };
    cells.back().paragraphs[0].bold = true;
    const ReadResult result = read(document({table("Table1", 3, 5, cells)}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables.at(0)),
              (Strings{"duty", "objective", "actions", "successCriteria", "owners"}));
    ASSERT_EQ(result.plan.objectives.size(), 1u);
    const Objective& o = result.plan.objectives[0];
    EXPECT_EQ(o.rows, (std::vector<int>{1, 2}));
    EXPECT_EQ(o.number, 1);
    EXPECT_EQ(o.objectiveText, "To ensure students are not discriminated against for "
                               "race/religion/sexuality/gender/background or any other area at "
                               "the UTC");
    EXPECT_EQ(ids(o.aims), Strings{"eliminate"});
    EXPECT_EQ(itemTexts(o.actionItems), (Strings{"Use of digital signage to promote British Values",
                                                 "Poverty proofing project in 2019"}));
    EXPECT_EQ(o.actions.cells, (std::vector<Location>{Location{0, 1, 2, "C2", std::nullopt}}));
    EXPECT_EQ(o.actions.text().find("Commentary"), std::string::npos);
    EXPECT_EQ(itemTexts(o.successCriteriaItems),
              Strings{"No incidents of bullying reported on DfE incident returns"});
    EXPECT_EQ(o.ownerNames, Strings{"Pastoral staff"});
    EXPECT_EQ(o.progressField.cells,
              (std::vector<Location>{Location{0, 2, 2, "C3", std::nullopt}}));
    ASSERT_EQ(o.progress.size(), 2u);
    ASSERT_TRUE(o.progress[0].date.has_value());
    EXPECT_EQ(o.progress[0].date->iso(), "2018-12");
    EXPECT_EQ(o.progress[0].heading, "Progress Commentary As of December 2018:");
    EXPECT_TRUE(o.progress[0].headingBold);
    EXPECT_EQ(o.progress[0].headingLocation, (Location{0, 2, 2, "C3", 0}));
    EXPECT_EQ(itemTexts(o.progress[0].items),
              (Strings{"Digital signage reinforces message of British values all day every day",
                       "Positive feedback from first DfE monitoring  visit Nov 2018"}));
    EXPECT_EQ(o.progress[0].items[1].location, (Location{0, 2, 2, "C3", 2}));
    EXPECT_EQ(o.progress[1].date->iso(), "2020-03");
    EXPECT_FALSE(o.progress[1].headingBold);
    EXPECT_EQ(itemTexts(o.progress[1].items),
              Strings{"Very rare if ever issues with discrimination."});
    ASSERT_NE(o.latestProgress(), nullptr);
    EXPECT_EQ(o.latestProgress()->heading, "March 2020");
    EXPECT_TRUE(o.extra.empty());
    EXPECT_TRUE(result.plan.notes.empty());
}

TEST(ReadPlan, UndatedCommentaryRowJoinsTheObjectiveAbove)
{
    const ReadResult result = read(document({table(
        "Table1", 3, 5,
        {cell(0, 0, "Public Sector Equality Duty"), cell(0, 1, "Equality Objective"),
         cell(0, 2, "Strategies"), cell(0, 3, "Success Criteria"), cell(0, 4, "Responsibility"),
         cell(1, 0, "Advance equality of opportunity", 2),
         cell(1, 1, "2) To increase the attendance of students", 2), cell(1, 2, "Attendance 100"),
         cell(1, 3, "Attendance increases"), cell(1, 4, "Pastoral Staff"),
         cell(2, 2, "1) Attendance 100 contract in place and active", 1, 3)})}));
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.objectives.size(), 1u);
    EXPECT_EQ(result.plan.objectives[0].rows, (std::vector<int>{1, 2}));
    EXPECT_EQ(result.plan.objectives[0].ownerNames, Strings{"Pastoral Staff"});
}

const Strings header2017 = {"Link to Public Sector Equality Duty",
                            "Protected characteristic",
                            "Aim:",
                            "Objective:",
                            "Target group(s): e.g. whole school, girls, boys, SEN, staff etc",
                            "Action:",
                            "Who's responsible?",
                            "Dates",
                            "Milestone/progress:"};

// The 2017-2021 seed's objective 3: a row split over a page leaves only the aim, objective and
// progress cells of its second part filled.
TEST(ReadPlan, SplitRowIsFoldedIntoTheObjectiveAbove)
{
    const ReadResult result = read(document({table(
        "Table1",
        {header2017,
         {"All aims of duty", "All protected characteristics",
          "To increase the participation of students", "Increase the diversity of students",
          "Minority students", "Identify groups", "EWA/SWA", "On-going",
          "Increased minority students in Leadership roles."},
         {"Advance equality of opportunity", "Disability/All",
          "To increase social and emotional skills for students/students with BESD",
          "Improved ability by students/students to handle difficult situations and a",
          "Students/students with BESD", "To employ Aspire Mentors", "SWA", "on-going",
          "Students identified and support"},
         {"", "", "(Behavioural, emotional and social difficulties)",
          "reduction in classroom disruption", "", "", "", "", "programmes in place."},
         {"Advance equality of opportunity", "Sex", "To promote opportunities for boys and girls",
          "Positive changes in options", "Year 7-10", "Through the HM project", "GMA", "on-going",
          "Careers map identifies opportunities to promote"}})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables.at(0)),
              (Strings{"duty", "characteristics", "aim", "objective", "targetGroups", "actions",
                       "owners", "timescale", "progress"}));
    ASSERT_EQ(result.plan.objectives.size(), 3u);
    const Objective& o = result.plan.objectives[1];
    EXPECT_EQ(o.number, 2);
    EXPECT_EQ(o.rows, (std::vector<int>{2, 3}));
    EXPECT_EQ(o.aim.text(), "To increase social and emotional skills for students/students with "
                            "BESD\n(Behavioural, emotional and social difficulties)");
    EXPECT_EQ(o.objectiveText, "Improved ability by students/students to handle difficult "
                               "situations and a\nreduction in classroom disruption");
    EXPECT_EQ(o.objective.cells.size(), 2u);
    EXPECT_EQ(o.characteristicIds.size(), 9u);
    EXPECT_EQ(o.ownerNames, Strings{"SWA"});
    EXPECT_TRUE(o.timescaleDates.empty());
    ASSERT_EQ(o.progress.size(), 1u);
    EXPECT_FALSE(o.progress[0].date.has_value());
    EXPECT_EQ(itemTexts(o.progress[0].items),
              (Strings{"Students identified and support", "programmes in place."}));
    EXPECT_EQ(result.plan.objectives[2].number, 3);
    EXPECT_EQ(result.plan.objectives[2].rows, (std::vector<int>{4}));
    EXPECT_EQ(result.plan.notes,
              Strings{"Row 4 of Table1 continues the objective above it (a row split over a "
                      "page); it is read as part of that objective."});
}

TEST(ReadPlan, RowWithAKeyFieldStartsAnObjective)
{
    const ReadResult result =
        read(document({table("Table1", {{"Objective", "Actions", "Lead", "Timescale"},
                                        {"To improve attendance", "Calls home", "HT", "2024"},
                                        {"", "Weekly review", "SENCo", ""}})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.objectives.size(), 2u);
    EXPECT_TRUE(result.plan.notes.empty());
}

TEST(ReadPlan, TypedNumberStartsAnObjectiveEvenWithoutKeyFields)
{
    const ReadResult result = read(document({table(
        "Table1", {{"Objective", "Actions", "Success criteria", "Lead", "Timescale", "Progress"},
                   {"1) To improve attendance", "Calls home", "", "HT", "2024", ""},
                   {"2) To close the gap", "Tutoring", "", "", "", ""}})}));
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.objectives.size(), 2u);
    EXPECT_EQ(result.plan.objectives[1].number, 2);
    EXPECT_EQ(result.plan.objectives[1].objectiveText, "To close the gap");
}

TEST(ReadPlan, EmptyRowsAreSkipped)
{
    const ReadResult result = read(document({table("Table1", {{"Objective", "Actions", "Lead"},
                                                              {"", " ", ""},
                                                              {"To improve", "Calls", "HT"},
                                                              {"", "", ""}})}));
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.objectives.size(), 1u);
    EXPECT_EQ(result.plan.objectives[0].rows, (std::vector<int>{2}));
}

TEST(ReadPlan, MergedDutyCellGivesItsAimToEachObjective)
{
    const ReadResult result = read(document(
        {table("Table1", 3, 4,
               {cell(0, 0, "PSED aim"), cell(0, 1, "Objective"), cell(0, 2, "Actions"),
                cell(0, 3, "Lead"), cell(1, 0, "Foster good relations", 2),
                cell(1, 1, "To celebrate the cultures of our community"), cell(1, 2, "Assemblies"),
                cell(1, 3, "HT"), cell(2, 1, "To reduce racist incidents"), cell(2, 2, "Recording"),
                cell(2, 3, "SENCo")})}));
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.objectives.size(), 2u);
    const Objective& first = result.plan.objectives[0];
    const Objective& second = result.plan.objectives[1];
    EXPECT_EQ(first.rows, (std::vector<int>{1}));
    EXPECT_EQ(second.rows, (std::vector<int>{2}));
    EXPECT_EQ(ids(first.aims), Strings{"foster"});
    EXPECT_EQ(ids(second.aims), Strings{"foster"});
    const std::vector<Location> mergedCell = {Location{0, 1, 0, "A2", std::nullopt}};
    EXPECT_EQ(first.duty.cells, mergedCell);
    EXPECT_EQ(second.duty.cells, mergedCell);
    EXPECT_EQ(first.ownerNames, Strings{"HT"});
    EXPECT_EQ(second.ownerNames, Strings{"SENCo"});
    EXPECT_EQ(second.objectiveText, "To reduce racist incidents");
    EXPECT_TRUE(result.plan.notes.empty());
}

TEST(ReadPlan, UnknownColumnIsKeptAsAnExtraField)
{
    const ReadResult result =
        read(document({table("Table1", {{"Objective", "Actions", "Lead", "Cost"},
                                        {"To improve attendance", "Calls home", "HT",
                                         "\xC2\xA3"
                                         "500"},
                                        {"To close the gap", "Tutoring", "SENCo", "None"}})}));
    ASSERT_TRUE(result) << result.message;
    const PlanTable& t = result.plan.tables.at(0);
    ASSERT_EQ(t.columns.size(), 4u);
    EXPECT_EQ(t.columns[3].column, 3);
    EXPECT_EQ(t.columns[3].header, "Cost");
    EXPECT_EQ(t.columns[3].field, "");
    EXPECT_EQ(result.plan.notes,
              Strings{"The column \"Cost\" of Table1 is not one eqplan knows; its cells are kept "
                      "as an extra field of each objective."});
    ASSERT_EQ(result.plan.objectives.size(), 2u);
    const Objective& o = result.plan.objectives[0];
    ASSERT_EQ(o.extra.size(), 1u);
    EXPECT_EQ(o.extra[0].header, "Cost");
    EXPECT_EQ(o.extra[0].field.text(), "\xC2\xA3"
                                       "500");
    EXPECT_EQ(o.extra[0].field.cells,
              (std::vector<Location>{Location{0, 1, 3, "D2", std::nullopt}}));
    EXPECT_EQ(result.plan.objectives[1].extra.at(0).field.text(), "None");
}

TEST(ReadPlan, ColumnWhoseHeaderMentionsObjectiveIsNotTheObjective)
{
    const ReadResult result = read(
        document({table("Table1", {{"Equality objective", "Why we have chosen this objective",
                                    "Actions", "Success criteria", "Target date"},
                                   {"To improve the attendance of pupils with medical conditions",
                                    "Attendance was 89.6% last year", "Meet each family",
                                    "At least 93%", "July 2024"}})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables.at(0)),
              (Strings{"objective", "", "actions", "successCriteria", "timescale"}));
    ASSERT_EQ(result.plan.objectives.size(), 1u);
    const Objective& o = result.plan.objectives[0];
    EXPECT_EQ(o.objectiveText, "To improve the attendance of pupils with medical conditions");
    ASSERT_EQ(o.extra.size(), 1u);
    EXPECT_EQ(o.extra[0].header, "Why we have chosen this objective");
    EXPECT_EQ(o.extra[0].field.text(), "Attendance was 89.6% last year");
    EXPECT_EQ(o.timescaleDates.at(0).iso(), "2024-07");
}

TEST(ReadPlan, SecondColumnOfOneFieldIsKeptAsAnExtraField)
{
    const ReadResult result = read(document({table(
        "Table1", {{"Objective", "Actions", "Strategies", "Lead"},
                   {"To improve attendance", "Calls home", "Attendance 100 contract", "HT"}})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables.at(0)), (Strings{"objective", "actions", "", "owners"}));
    const Objective& o = result.plan.objectives.at(0);
    EXPECT_EQ(o.actions.text(), "Calls home");
    ASSERT_EQ(o.extra.size(), 1u);
    EXPECT_EQ(o.extra[0].header, "Strategies");
    EXPECT_EQ(result.plan.notes.size(), 1u);
}

TEST(ReadPlan, NoteOnASecondColumnOfOneFieldSaysSo)
{
    const ReadResult result = read(document({table(
        "Table1", {{"Objective", "Actions", "Strategies", "Lead"},
                   {"To improve attendance", "Calls home", "Attendance 100 contract", "HT"}})}));
    ASSERT_EQ(result.plan.notes.size(), 1u);
    EXPECT_EQ(result.plan.notes[0].find("is not one eqplan knows"), std::string::npos)
        << result.plan.notes[0];
}

TEST(ReadPlan, HeaderCellSpanningTwoColumnsIsOneColumn)
{
    const ReadResult result = read(
        document({table("Table1", 2, 4,
                        {cell(0, 0, "Objective"), cell(0, 1, "Actions", 1, 2), cell(0, 3, "Lead"),
                         cell(1, 0, "To improve"), cell(1, 1, "Calls home"), cell(1, 2, "Letters"),
                         cell(1, 3, "HT")})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(fieldsOf(result.plan.tables.at(0)), (Strings{"objective", "actions", "owners"}));
    EXPECT_EQ(itemTexts(result.plan.objectives.at(0).actionItems),
              (Strings{"Calls home", "Letters"}));
}

// ---- readPlan: numbers ----

TEST(ReadPlan, TypedNumberIsTheObjectivesNumber)
{
    const ReadResult result = read(document(
        {table("Table1", {{"Objective", "Actions", "Lead"},
                          {"2) To increase the attendance of students across the college by 2%",
                           "Attendance 100", "Pastoral Staff"}})}));
    ASSERT_TRUE(result) << result.message;
    const Objective& o = result.plan.objectives.at(0);
    EXPECT_EQ(o.number, 2);
    EXPECT_EQ(o.objectiveText, "To increase the attendance of students across the college by 2%");
    EXPECT_EQ(o.objective.text(), "2) To increase the attendance of students across the college "
                                  "by 2%");
}

TEST(ReadPlan, NumberColumnGivesTheNumbers)
{
    const ReadResult result =
        read(document({table("Table1", {{"No.", "Objective", "Actions", "Lead"},
                                        {"1", "To improve attendance", "Calls", "HT"},
                                        {"2.", "To close the gap", "Tutoring", "SENCo"},
                                        {"7", "3) Typed differently", "Clubs", "PE Lead"}})}));
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.objectives.size(), 3u);
    EXPECT_EQ(result.plan.objectives[0].number, 1);
    EXPECT_EQ(result.plan.objectives[1].number, 2);
    EXPECT_EQ(result.plan.objectives[2].number, 7);
    EXPECT_EQ(result.plan.objectives[2].objectiveText, "Typed differently");
}

TEST(ReadPlan, UnnumberedObjectivesCountOnAcrossTables)
{
    DocumentGrid d = document(
        {table("Table1",
               {{"Objective", "PSED aim", "Actions", "Lead"},
                {"To improve reading", "Advance equality of opportunity", "Phonics", "DHT"},
                {"To reduce prejudice", "Eliminate discrimination", "Assemblies", "HT"}}),
         table("Table2", {{"Objective", "PSED aim", "Actions", "Lead"},
                          {"To make adjustments", "Advance", "Survey", "HT"}})});
    d.tables[0].before = {para("Equality Objectives 2022" + enDash + "2026", false, "Title"),
                          para("Objectives for pupils", true, "Heading 1")};
    d.tables[1].before = {para("Objectives for staff", true, "Heading 1")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    ASSERT_EQ(result.plan.tables.size(), 2u);
    EXPECT_EQ(result.plan.tables[0].heading, "Objectives for pupils");
    EXPECT_EQ(result.plan.tables[1].heading, "Objectives for staff");
    EXPECT_EQ(result.plan.tables[1].index, 1);
    ASSERT_EQ(result.plan.objectives.size(), 3u);
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(result.plan.objectives[static_cast<std::size_t>(i)].number, i + 1);
    EXPECT_EQ(result.plan.objectives[2].table, 1);
    EXPECT_EQ(result.plan.objectives[2].rows, (std::vector<int>{1}));
}

// ---- readPlan: owners ----

TEST(ReadPlan, OwnersRegisterKeepsTheFirstSpellingAndTheObjectives)
{
    const ReadResult result =
        read(document({table("Table1", {{"Objective", "Actions", "Who's responsible?"},
                                        {"To improve", "Calls", "Pastoral staff"},
                                        {"To attend", "Contracts", "Pastoral Staff\nSLT"},
                                        {"To promote", "Signage", "slt / HT\nPastoral  staff"},
                                        {"To celebrate", "Assemblies", "HT & HT"}})}));
    ASSERT_TRUE(result) << result.message;
    const std::vector<Owner>& owners = result.plan.owners;
    ASSERT_EQ(owners.size(), 3u);
    EXPECT_EQ(owners[0].name, "Pastoral staff");
    EXPECT_EQ(owners[0].objectives, (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(owners[1].name, "SLT");
    EXPECT_EQ(owners[1].objectives, (std::vector<int>{2, 3}));
    EXPECT_EQ(owners[2].name, "HT");
    EXPECT_EQ(owners[2].objectives, (std::vector<int>{3, 4}));
    // Each objective names its owners the way the register does.
    EXPECT_EQ(result.plan.objectives[1].ownerNames, (Strings{"Pastoral staff", "SLT"}));
    EXPECT_EQ(result.plan.objectives[2].ownerNames, (Strings{"SLT", "HT", "Pastoral staff"}));
    EXPECT_EQ(result.plan.objectives[3].ownerNames, Strings{"HT"});
}

TEST(ReadPlan, PlanWithoutOwnersHasAnEmptyRegister)
{
    const ReadResult result =
        read(document({table("Table1", {{"Objective", "Actions", "Success criteria"},
                                        {"To improve", "Calls", "90%"}})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_TRUE(result.plan.owners.empty());
    EXPECT_TRUE(result.plan.objectives.at(0).ownerNames.empty());
}

// ---- readPlan: locations ----

TEST(ReadPlan, FieldParagraphsKnowTheirPlaceInTheDocument)
{
    const ReadResult result =
        read(document({table("Timetable", {{"Day", "Period 1"}, {"Monday", "Maths"}}),
                       table("Table2", {{"Objective", "Actions", "Lead"},
                                        {"To improve attendance\nof pupils with SEND",
                                         "\n1) Calls\n2) Letters", "HT"}})}));
    ASSERT_TRUE(result) << result.message;
    const Objective& o = result.plan.objectives.at(0);
    EXPECT_EQ(o.table, 0);
    ASSERT_EQ(o.objective.paragraphs.size(), 2u);
    EXPECT_EQ(o.objective.paragraphs[1].location, (Location{1, 1, 0, "A2", 1}));
    EXPECT_EQ(o.objective.paragraphs[1].paragraph.text, "of pupils with SEND");
    EXPECT_EQ(o.objective.cells, (std::vector<Location>{Location{1, 1, 0, "A2", std::nullopt}}));
    // Empty paragraphs are kept in the field but are no items.
    ASSERT_EQ(o.actions.paragraphs.size(), 3u);
    ASSERT_EQ(o.actionItems.size(), 2u);
    EXPECT_EQ(o.actionItems[0].location, (Location{1, 1, 1, "B2", 1}));
    EXPECT_EQ(o.actionItems[1].location, (Location{1, 1, 1, "B2", 2}));
    EXPECT_EQ(o.actionItems[1].item.number, 2);
    EXPECT_EQ(o.owners.paragraphs.at(0).location, (Location{1, 1, 2, "C2", 0}));
}

// ---- readPlan: title, period, Updated line ----

TEST(ReadPlan, TitleStyleWinsOverAnEarlierBoldParagraph)
{
    DocumentGrid d = document(
        {table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "Calls", "HT"}})});
    d.title = "Properties title";
    d.tables[0].before = {para("Riverside UTC", true),
                          para("Equality Action Plan 2018-2021", false, "Title"),
                          para("Updated 2-3-2021 D Sydes")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, "Equality Action Plan 2018-2021");
    ASSERT_TRUE(result.plan.period.has_value());
    EXPECT_EQ(result.plan.period->text, "2018-2021");
    EXPECT_EQ(result.plan.period->from, 2018);
    EXPECT_EQ(result.plan.period->to, 2021);
    ASSERT_TRUE(result.plan.updated.has_value());
    EXPECT_EQ(result.plan.updated->text, "Updated 2-3-2021 D Sydes");
    EXPECT_EQ(result.plan.updated->date->iso(), "2021-03-02");
    EXPECT_EQ(result.plan.updated->by, "D Sydes");
    EXPECT_EQ(result.plan.updated->table, 0);
    EXPECT_EQ(result.plan.updated->paragraph, 2);
}

TEST(ReadPlan, UpdatedLineIsNeverTheTitle)
{
    DocumentGrid d = document(
        {table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "Calls", "HT"}})});
    d.tables[0].before = {para(""), para("Updated 2-3-2021 D Sydes", true),
                          para("Equality Action Plan 2018-2021")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, "Equality Action Plan 2018-2021");
    ASSERT_TRUE(result.plan.updated.has_value());
    EXPECT_EQ(result.plan.updated->paragraph, 1);
    EXPECT_EQ(result.plan.tables.at(0).heading, "");
}

TEST(ReadPlan, BoldTitleOfThe2017SeedGivesItsPeriod)
{
    DocumentGrid d =
        document({table("Table1", {header2017,
                                   {"All aims of duty", "All", "To increase", "Increase", "All",
                                    "Identify", "EWA/SWA", "On-going", "Increased"}})});
    const std::string title = "EQUALITY OBJECTIVES: 2017 " + enDash + " 2021";
    d.tables[0].before = {para(""), para(""), para(title, true), para("")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, title);
    EXPECT_FALSE(result.plan.updated.has_value());
    ASSERT_TRUE(result.plan.period.has_value());
    EXPECT_EQ(result.plan.period->text, "2017 " + enDash + " 2021");
    EXPECT_EQ(result.plan.period->from, 2017);
    EXPECT_EQ(result.plan.period->to, 2021);
    EXPECT_EQ(result.plan.tables.at(0).heading, "");
}

TEST(ReadPlan, LastUpdatedLineAndSectionHeading)
{
    DocumentGrid d =
        document({table("Table1", {{"Objective", "PSED aim", "Actions", "Lead"},
                                   {"To improve reading", "Advance", "Phonics", "DHT & SENCo"}})});
    d.tables[0].before = {para("Equality Objectives 2022" + enDash + "2026", false, "Title"),
                          para("Last updated: 14 September 2023 by J Patel"),
                          para("Objectives for pupils", true, "Heading 1")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, "Equality Objectives 2022" + enDash + "2026");
    ASSERT_TRUE(result.plan.updated.has_value());
    EXPECT_EQ(result.plan.updated->by, "J Patel");
    EXPECT_EQ(result.plan.updated->paragraph, 1);
    EXPECT_EQ(result.plan.tables.at(0).heading, "Objectives for pupils");
    EXPECT_EQ(result.plan.objectives.at(0).ownerNames, (Strings{"DHT", "SENCo"}));
}

// "2022–24" used to read as 2022–2022: a two-digit end year after a year ends the period.
struct TitlePeriod
{
    std::string title;
    std::string text;
    int from;
    int to;
};

class ReadPlanTitlePeriod : public ::testing::TestWithParam<TitlePeriod>
{
};

TEST_P(ReadPlanTitlePeriod, TwoDigitAndWordedEndYearsGiveTheWholePeriod)
{
    const TitlePeriod& expected = GetParam();
    DocumentGrid d = document(
        {table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "Calls", "HT"}})});
    d.tables[0].before = {para(expected.title, false, "Title")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    ASSERT_TRUE(result.plan.period.has_value());
    EXPECT_EQ(result.plan.period->text, expected.text);
    EXPECT_EQ(result.plan.period->from, expected.from);
    EXPECT_EQ(result.plan.period->to, expected.to);
}

INSTANTIATE_TEST_SUITE_P(
    Titles, ReadPlanTitlePeriod,
    ::testing::Values(
        TitlePeriod{"Equality Action Plan 2022" + enDash + "24", "2022" + enDash + "24", 2022,
                    2024},
        TitlePeriod{"Equality Objectives 2022-24", "2022-24", 2022, 2024},
        TitlePeriod{"Equality Plan 2022/24", "2022/24", 2022, 2024},
        TitlePeriod{"Equality Plan 2022 " + enDash + " 2024", "2022 " + enDash + " 2024", 2022,
                    2024},
        TitlePeriod{"Equality Objectives 2023 to 2026", "2023 to 2026", 2023, 2026},
        TitlePeriod{"Equality Objectives 2023 to 26 (reviewed yearly)", "2023 to 26", 2023, 2026},
        TitlePeriod{"Equality Plan 1998" + enDash + "02", "1998" + enDash + "02", 1998, 2002},
        TitlePeriod{"Equality Plan 2023-24", "2023-24", 2023, 2024},
        TitlePeriod{"Equality Plan 2023 - 24 September", "2023 - 24", 2023, 2024},
        TitlePeriod{"Equality Plan 2023-245", "2023", 2023, 2023},
        TitlePeriod{"Equality Plan 2023 and 24 others", "2023", 2023, 2023}));

TEST(ReadPlan, TitleWithoutYearsHasNoPeriod)
{
    DocumentGrid d = document(
        {table("Table1", {{"Objective", "Actions", "Lead"}, {"To improve", "Calls", "HT"}})});
    d.tables[0].before = {para("Equality Information and Objectives", false, "Title")};
    const ReadResult result = read(d);
    ASSERT_TRUE(result) << result.message;
    EXPECT_EQ(result.plan.title, "Equality Information and Objectives");
    EXPECT_FALSE(result.plan.period.has_value());
}

// ---- readPlan: any grid ----

TEST(ReadPlan, NeverThrowsOnOddGrids)
{
    std::vector<Table> odd;
    odd.push_back(table("Empty", 0, 0, {}));
    odd.push_back(table("NoCells", 3, 3, {}));
    odd.push_back(table("HeaderOnly", {{"Objective", "Actions", "Lead"}}));
    odd.push_back(table("CellsOutside", 2, 3,
                        {cell(0, 0, "Objective"), cell(0, 1, "Actions"), cell(0, 2, "Lead"),
                         cell(1, 0, "To improve", 5, 9), cell(7, 7, "Far away")}));
    odd.push_back(table("Overlapping", 2, 3,
                        {cell(0, 0, "Objective"), cell(0, 1, "Actions"), cell(0, 2, "Lead"),
                         cell(0, 0, "Objective again", 2, 2), cell(1, 2, "HT", 0, 0)}));
    odd.push_back(table("RowsWithoutColumns", 4, 0, {cell(0, 0, "Objective")}));
    for (Table& t : odd)
    {
        SCOPED_TRACE(t.name);
        EXPECT_NO_THROW(read(document({t})));
    }
    EXPECT_NO_THROW(read(document(std::move(odd))));
}

// The plan the sidebar inserts must be one the reader recognises: each canonical column's label
// names its own field.
TEST(CanonicalLayout, LabelsNameTheirOwnFields)
{
    const Layout& layout = realLayout();
    ASSERT_FALSE(layout.canonicalColumns.empty());
    std::vector<std::string> header;
    for (const std::string& id : layout.canonicalColumns)
    {
        const FieldSpec* field = layout.field(id);
        ASSERT_NE(field, nullptr) << id;
        EXPECT_EQ(fieldForHeader(field->label, layout), id) << field->label;
        header.push_back(field->label);
    }
    const ReadResult result =
        read(document({table("Table1", {header, std::vector<std::string>(header.size())})}));
    ASSERT_TRUE(result) << result.message;
    EXPECT_TRUE(result.plan.objectives.empty());
}

namespace
{
// A status cell and what it says.
struct StatusCase
{
    std::string cell;
    std::string shading;
    std::string rating; // empty for none
    std::string source;
};

void PrintTo(const StatusCase& c, std::ostream* os)
{
    *os << '"' << c.cell << "\" " << c.shading;
}

class StatusCells : public testing::TestWithParam<StatusCase>
{
};

TEST_P(StatusCells, GiveTheirRatingAndWhereItCameFrom)
{
    const std::optional<Status> status =
        readStatus(GetParam().cell, GetParam().shading, eqplan::test::realSchemas().layout);
    ASSERT_TRUE(status);
    EXPECT_EQ(status->rating, GetParam().rating);
    EXPECT_EQ(status->source, GetParam().source);
}

INSTANTIATE_TEST_SUITE_P(
    Words, StatusCells,
    testing::Values(StatusCase{"G", "", "green", "letter"}, StatusCase{"r", "", "red", "letter"},
                    StatusCase{" A ", "#FFC000", "amber", "letter"},
                    StatusCase{"Green", "", "green", "words"},
                    StatusCase{"On track", "#ff0000", "green", "words"},
                    StatusCase{"Not started", "", "red", "words"},
                    StatusCase{"Achieved.", "", "green", "words"},
                    StatusCase{"Ongoing - club running", "", "amber", "words"},
                    StatusCase{"Not met", "", "red", "words"}, StatusCase{"Met", "", "green", "words"},
                    StatusCase{"Gwyrdd", "", "green", "words"},
                    // A word that merely starts like one is none; nor is a sentence.
                    StatusCase{"Metropolitan", "", "", ""},
                    StatusCase{"Good progress made", "", "", ""}));

// A cell with no words, or words eqplan does not know, is rated by its shading.
INSTANTIATE_TEST_SUITE_P(
    Colour, StatusCells,
    testing::Values(StatusCase{"", "#00b050", "green", "colour"},
                    StatusCase{"", "#FF0000", "red", "colour"},
                    StatusCase{"", "#c00000", "red", "colour"},
                    StatusCase{"", "#ffc000", "amber", "colour"},
                    StatusCase{"", "#ffff00", "amber", "colour"},
                    StatusCase{"", "#92d050", "green", "colour"},
                    StatusCase{"See notes", "#00b050", "green", "colour"},
                    // Grey, white and pale tints are no rating.
                    StatusCase{"", "#d9d9d9", "", ""}, StatusCase{"", "#ffffff", "", ""},
                    StatusCase{"", "#f2dcdb", "", ""}, StatusCase{"", "#0070c0", "", ""}));

TEST(StatusCells, EmptyAndUnshadedIsNoStatus)
{
    EXPECT_FALSE(readStatus(" ", "", eqplan::test::realSchemas().layout));
}

TEST(StatusColumn, IsReadAsStatusNotProgress)
{
    using namespace eqplan::test;
    DocumentGrid grid = document({table(
        "Table1", {{"Objective", "Actions", "Lead", "RAG", "Progress"},
                   {"Close the gap", "Tutoring", "EWA", "G", "March 2025\nGap reduced"},
                   {"Girls in sport", "Football club", "PE lead", "", "March 2025\nClub runs"}})});
    for (Cell& cell : grid.tables[0].cells)
        if (cell.row == 2 && cell.column == 3)
            cell.shading = "#ff0000";
    const ReadResult read = readPlan(grid, realSchemas());
    ASSERT_TRUE(read) << read.message;
    ASSERT_EQ(read.plan.objectives.size(), 2u);
    const Objective& first = read.plan.objectives[0];
    ASSERT_TRUE(first.status);
    EXPECT_EQ(first.status->rating, "green");
    ASSERT_EQ(first.progress.size(), 1u);
    EXPECT_EQ(first.progress[0].items.at(0).item.text, "Gap reduced");
    const Objective& second = read.plan.objectives[1];
    ASSERT_TRUE(second.status);
    EXPECT_EQ(second.status->rating, "red");
    EXPECT_EQ(second.status->source, "colour");
    EXPECT_EQ(second.status->shading, "#ff0000");
}

// "Evidence of progress" was read as progress: beside a Progress column it is now its own field,
// as are Impact, Evaluation and Monitoring, and none of their text is progress.
TEST(OwnColumns, ImpactEvaluationEvidenceAndMonitoringAreNeverProgress)
{
    const ReadResult read = readPlan(
        document({table("Table1", {{"Objective", "Actions", "Progress", "Evidence of progress",
                                    "Impact", "Evaluation", "Monitoring"},
                                   {"Close the gap", "Tutoring", "March 2025\nGap reduced",
                                    "April 2025\nData drop", "Gap down to 9%", "Worked well",
                                    "Termly by governors"}})}),
        realSchemas());
    ASSERT_TRUE(read) << read.message;
    ASSERT_EQ(read.plan.objectives.size(), 1u);
    const Objective& o = read.plan.objectives[0];
    ASSERT_EQ(o.progress.size(), 1u);
    EXPECT_EQ(o.progress[0].date->iso(), "2025-03");
    EXPECT_EQ(o.progressField.text(), "March 2025\nGap reduced");
    EXPECT_EQ(o.progressFrom, "");
    EXPECT_EQ(o.evidence.text(), "April 2025\nData drop");
    EXPECT_EQ(o.impact.text(), "Gap down to 9%");
    EXPECT_EQ(o.evaluation.text(), "Worked well");
    EXPECT_EQ(o.monitoring.text(), "Termly by governors");
    EXPECT_TRUE(o.extra.empty());
    ASSERT_NE(o.field("evidence"), nullptr);
    EXPECT_EQ(o.field("evidence")->cells.at(0).cell, "D2");
    std::vector<std::string> fields;
    for (const Column& column : read.plan.tables.at(0).columns)
        fields.push_back(column.field);
    EXPECT_EQ(fields, (std::vector<std::string>{"objective", "actions", "progress", "evidence",
                                                "impact", "evaluation", "monitoring"}));
}

// A table whose only dated column is its Evidence column: the evidence is its own field, and the
// objective's progress is read from it (where the school writes its dated notes), saying so.
TEST(OwnColumns, EvidenceColumnOfATableWithoutProgressGivesItsProgress)
{
    const ReadResult read = readPlan(
        document(
            {table("Table1", {{"Objective", "Actions", "Owner", "Evidence of progress"},
                              {"Close the gap", "Tutoring", "SENCO", "March 2025\nGap reduced"}})}),
        realSchemas());
    ASSERT_TRUE(read) << read.message;
    const Objective& o = read.plan.objectives.at(0);
    EXPECT_EQ(o.evidence.text(), "March 2025\nGap reduced");
    EXPECT_EQ(o.progressFrom, "evidence");
    ASSERT_EQ(o.progress.size(), 1u);
    EXPECT_EQ(o.progress[0].items.at(0).item.text, "Gap reduced");
    EXPECT_EQ(o.progressField.cells.at(0).cell, "D2");
    EXPECT_NE(std::find(read.plan.notes.begin(), read.plan.notes.end(),
                        "The column \"Evidence of progress\" of Table1 is read as each objective's "
                        "Evidence and, as the table has no Progress column, for its dated "
                        "progress too."),
              read.plan.notes.end());
}
} // namespace

namespace
{
// issue 15: a document-control table beside the plan gives its approval and review dates, each
// with where it came from; they count as "last reviewed".
TEST(PlanFacts, ADocumentControlTableGivesApprovalAndReviewDates)
{
    DocumentGrid d = document({table("Control", {{"Date approved", "4 October 2023"},
                                                 {"Approved by", "Full governing body"},
                                                 {"Last reviewed", "September 2024"},
                                                 {"Next review date", "Autumn term 2026"},
                                                 {"Period", "2023\xE2\x80\x93"
                                                            "2027"}}),
                               table("Table2", {{"Objective", "Actions", "Lead"},
                                                {"Close the gap", "Tutoring", "SENCO"}})});
    d.tables[0].before = {para("Equality Objectives", false, "Title")};
    const ReadResult read = readPlan(d, realSchemas());
    ASSERT_TRUE(read) << read.message;
    ASSERT_EQ(read.plan.tables.size(), 1u); // the control table is no plan table
    const PlanFacts& facts = read.plan.facts;
    ASSERT_TRUE(facts.approved && facts.approvedBy && facts.lastReviewed && facts.nextReview &&
                facts.period);
    EXPECT_EQ(facts.approved->date->iso(), "2023-10-04");
    EXPECT_EQ(facts.approved->source, "the document-control table Control, \"Date approved\" (B1)");
    EXPECT_EQ(facts.approved->location->cell, "B1");
    EXPECT_EQ(facts.approvedBy->text, "Full governing body");
    EXPECT_EQ(facts.lastReviewed->date->iso(), "2024-09");
    EXPECT_EQ(facts.nextReview->date->iso(), "2026-autumn");
    ASSERT_TRUE(read.plan.period);
    EXPECT_EQ(read.plan.period->from, 2023);
    EXPECT_EQ(read.plan.period->to, 2027);
    ASSERT_TRUE(read.plan.lastReviewed());
    EXPECT_EQ(read.plan.lastReviewed()->iso(), "2024-09");
}

TEST(PlanFacts, LabelsAlongTheTopAndLinesAboveThePlan)
{
    DocumentGrid d =
        document({table("Policy", {{"Date reviewed", "Date approved", "Next review"},
                                   {"September 2023", "4 October 2023", "Autumn term 2026"}}),
                  table("Plan", {{"Objective", "Actions", "Lead"},
                                 {"Close the gap", "Tutoring", "SENCO"}})});
    d.tables[1].before = {para("Approved by - the Local Governing Body"),
                          para("Reviewed by governors every year")};
    const ReadResult read = readPlan(d, realSchemas());
    ASSERT_TRUE(read) << read.message;
    const PlanFacts& facts = read.plan.facts;
    ASSERT_TRUE(facts.lastReviewed && facts.approved && facts.nextReview && facts.approvedBy);
    EXPECT_EQ(facts.lastReviewed->date->iso(), "2023-09");
    EXPECT_EQ(facts.lastReviewed->location->cell, "A2");
    EXPECT_EQ(facts.approvedBy->text, "the Local Governing Body");
    EXPECT_EQ(facts.approvedBy->source,
              "the line \"Approved by - the Local Governing Body\" above the plan");
}

// issue 15: a review date or period in a page header or footer is a fact of the plan, read
// after the control table and the lines above the plan, and counts as "last reviewed".
TEST(PlanFacts, PageHeaderAndFooterGiveReviewDatesAndPeriod)
{
    DocumentGrid d = document({table(
        "Plan", {{"Objective", "Actions", "Lead"}, {"Close the gap", "Tutoring", "SENCO"}})});
    d.tables[0].before = {para("Equality Objectives", false, "Title")};
    d.pageHeaders = {para("Equality Action Plan 2022\xE2\x80\x93"
                          "2025")};
    d.pageFooters = {para("Reviewed: Sept 2024\tNext review: July 2025"),
                     para("Reviewed by the governors every year")};
    const ReadResult read = readPlan(d, realSchemas());
    ASSERT_TRUE(read) << read.message;
    const PlanFacts& facts = read.plan.facts;
    ASSERT_TRUE(facts.lastReviewed && facts.nextReview && facts.period);
    EXPECT_FALSE(facts.approved);
    EXPECT_EQ(facts.lastReviewed->date->iso(), "2024-09");
    EXPECT_EQ(facts.lastReviewed->text, "Sept 2024");
    EXPECT_EQ(facts.lastReviewed->source, "the page footer, \"Reviewed: Sept 2024\"");
    EXPECT_FALSE(facts.lastReviewed->location);
    EXPECT_EQ(facts.nextReview->date->iso(), "2025-07");
    EXPECT_EQ(facts.nextReview->source, "the page footer, \"Next review: July 2025\"");
    EXPECT_EQ(facts.period->text, "2022\xE2\x80\x93"
                                  "2025");
    EXPECT_EQ(facts.period->source, "the page header, \"Equality Action Plan 2022\xE2\x80\x93"
                                    "2025\"");
    ASSERT_TRUE(read.plan.period);
    EXPECT_EQ(read.plan.period->from, 2022);
    EXPECT_EQ(read.plan.period->to, 2025);
    ASSERT_TRUE(read.plan.lastReviewed());
    EXPECT_EQ(read.plan.lastReviewed()->iso(), "2024-09");
}

TEST(PlanFacts, ControlTableWinsOverThePageFooterAndAPageNumberIsNoFact)
{
    DocumentGrid d = document(
        {table("Control", {{"Last reviewed", "November 2024"}, {"Next review", "November 2025"}}),
         table("Plan",
               {{"Objective", "Actions", "Lead"}, {"Close the gap", "Tutoring", "SENCO"}})});
    d.pageHeaders = {para("Page 3 of 12 | Riverside Primary 2024")};
    d.pageFooters = {para("Reviewed: Sept 2023 | Approved by: Full governing body")};
    const ReadResult read = readPlan(d, realSchemas());
    ASSERT_TRUE(read) << read.message;
    const PlanFacts& facts = read.plan.facts;
    ASSERT_TRUE(facts.lastReviewed && facts.approvedBy);
    EXPECT_EQ(facts.lastReviewed->date->iso(), "2024-11");
    EXPECT_EQ(facts.approvedBy->text, "Full governing body");
    EXPECT_EQ(facts.approvedBy->source, "the page footer, \"Approved by: Full governing body\"");
    EXPECT_FALSE(facts.period);
}

TEST(PlanFacts, OneLabelAloneIsNoDocumentControlTable)
{
    const ReadResult read =
        readPlan(document({table("Other", {{"Next review", "July 2025"},
                                           {"Cost", "\xC2\xA3"
                                                    "200"}}),
                           table("Plan", {{"Objective", "Actions", "Lead"}, {"A", "B", "C"}})}),
                 realSchemas());
    ASSERT_TRUE(read);
    EXPECT_FALSE(read.plan.facts.nextReview);
}
} // namespace

namespace
{
// issue 15: the fields added beside progress (Impact, Evaluation, Evidence, Monitoring) make no
// plan of a table that is none: a timetable, a budget with an impact column, a document-control
// table with a monitoring row.
TEST(NotAPlan, TimetableBudgetAndDocumentControlTablesStayNoPlans)
{
    const std::vector<Table> tables{
        table("Timetable", {{"Day", "Period 1", "Period 2", "Period 3"},
                            {"Monday", "Maths", "English", "PE"}}),
        table("Budget", {{"Item", "Cost", "Impact", "Evidence", "Monitoring"},
                         {"Tutoring", "\xC2\xA3" "4,000", "Gap closed", "Data", "Termly"}}),
        table("Control", {{"Date approved", "4 October 2023"},
                          {"Approved by", "Governors"},
                          {"Monitoring and review", "Annually"},
                          {"Evaluation", "Headteacher"},
                          {"Next review", "October 2024"}}),
    };
    for (const Table& t : tables)
    {
        const ReadResult read = readPlan(document({t}), realSchemas());
        EXPECT_EQ(read.status, ReadStatus::NoPlanTable) << t.name;
    }
}
} // namespace
