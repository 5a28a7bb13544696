// Owners as the plan writes them: their places in a paragraph, and renaming one everywhere.
#include "eqplan/Owners.hpp"
#include "eqplan/PlanReader.hpp"

#include "SeedGrids.hpp"
#include "TestSchemas.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace
{
using namespace eqplan;
using eqplan::test::realSchemas;

std::vector<std::string> texts(const std::vector<OwnerPiece>& pieces)
{
    std::vector<std::string> out;
    for (const OwnerPiece& piece : pieces)
        out.push_back(piece.text);
    return out;
}

TEST(OwnerPieces, PlacesEachOwnerOfAParagraph)
{
    const std::vector<OwnerPiece> pieces = ownerPieces("EWA / STL and Year Leads");
    EXPECT_EQ(texts(pieces), (std::vector<std::string>{"EWA", "STL", "Year Leads"}));
    ASSERT_EQ(pieces.size(), 3u);
    EXPECT_EQ(pieces[1].begin, 6u);
    EXPECT_EQ(pieces[2].end, 24u);
    EXPECT_TRUE(ownerPieces("").empty());
    // The owner without the note written after it.
    const std::vector<OwnerPiece> noted = ownerPieces("SLT/Admin staff - signage");
    ASSERT_EQ(noted.size(), 2u);
    EXPECT_EQ(noted[1].text, "Admin staff");
    EXPECT_EQ(noted[1].begin, 4u);
    EXPECT_EQ(noted[1].end, 15u);
}

const Plan& plan2018(DocumentGrid& grid)
{
    static ReadResult read;
    read = readPlan(grid, realSchemas());
    return read.plan;
}

TEST(RenameOwner, WritesTheNewNameWhereverEitherSpellingIs)
{
    DocumentGrid grid = eqplan::test::seedActionPlan2018();
    const Plan& plan = plan2018(grid);
    ASSERT_EQ(plan.objectives.size(), 3u);
    const std::vector<Edit> edits = renameOwnerEdits(plan, "pastoral staff", "Pastoral Team");
    ASSERT_FALSE(edits.empty());
    ASSERT_TRUE(applyEdits(grid, edits));
    const ReadResult reread = readPlan(grid, realSchemas());
    ASSERT_TRUE(reread) << reread.message;
    for (const Objective& objective : reread.plan.objectives)
        for (const std::string& owner : objective.ownerNames)
            EXPECT_NE(ownerKey(owner), ownerKey("Pastoral staff")) << "objective " << objective.number;
    std::size_t renamed = 0;
    for (const Owner& owner : reread.plan.owners)
        if (owner.name == "Pastoral Team")
            renamed = owner.objectives.size();
    std::size_t before = 0;
    for (const Owner& owner : plan.owners)
        if (ownerKey(owner.name) == ownerKey("Pastoral staff"))
            before += owner.objectives.size();
    EXPECT_EQ(renamed, before);
    // The other owners are untouched.
    EXPECT_EQ(reread.plan.owners.size(), plan.owners.size());
}

TEST(RenameOwner, CountsOccurrencesAsTheBridgeFindsThem)
{
    Plan plan;
    Objective objective;
    objective.number = 1;
    FieldParagraph paragraph;
    paragraph.paragraph.text = "SLT/HSLT/SLT";
    paragraph.location = Location{0, 1, 4, "E2", 0};
    objective.owners.paragraphs.push_back(paragraph);
    plan.objectives.push_back(objective);
    const std::vector<Edit> edits = renameOwnerEdits(plan, "SLT", "Leaders");
    ASSERT_EQ(edits.size(), 2u);
    // "SLT" is found at 0, inside "HSLT" at 5, then at 9: the last owner is the third match.
    EXPECT_EQ(std::get<ReplaceText>(edits[0]).occurrence, 0);
    EXPECT_EQ(std::get<ReplaceText>(edits[1]).occurrence, 2);
    DocumentGrid grid;
    Table table;
    table.rows = 2;
    table.columns = 5;
    Cell cell;
    cell.name = "E2";
    cell.row = 1;
    cell.column = 4;
    cell.paragraphs.push_back(Paragraph{"SLT/HSLT/SLT", "", false, "", 0});
    table.cells.push_back(cell);
    grid.tables.push_back(table);
    ASSERT_TRUE(applyEdits(grid, fixEdits({Finding{"owner.rename", Severity::Info, 1, std::nullopt,
                                                    "", Fix{"Rename", true, edits}}},
                                          true)));
    EXPECT_EQ(grid.tables[0].cells[0].paragraphs[0].text, "Leaders/HSLT/Leaders");
}

// Used to rename only an owner named "Admin staff - signage" as a whole.
TEST(RenameOwner, KeepsTheNoteWrittenWithTheOwner)
{
    DocumentGrid grid = eqplan::test::seedActionPlan2018();
    const Plan& plan = plan2018(grid);
    ASSERT_EQ(plan.objectives.size(), 3u);
    // As the plan first spells each owner ("Pastoral staff" in objective 1).
    EXPECT_EQ(plan.objectives[2].ownerNames,
              (std::vector<std::string>{"Pastoral staff", "Admin staff"}));
    EXPECT_EQ(plan.objectives[2].ownerNotes,
              (std::vector<OwnerNote>{OwnerNote{"Admin staff", "signage"}}));
    const std::vector<Edit> edits = renameOwnerEdits(plan, "admin staff", "Office team");
    ASSERT_EQ(edits.size(), 1u);
    ASSERT_TRUE(applyEdits(grid, edits));
    const ReadResult reread = readPlan(grid, realSchemas());
    ASSERT_TRUE(reread) << reread.message;
    EXPECT_EQ(reread.plan.objectives[2].owners.text(), "Pastoral Staff\nOffice team - signage");
}

TEST(RenameOwner, NothingToDoForAnOwnerThePlanNeverNames)
{
    DocumentGrid grid = eqplan::test::seedActionPlan2018();
    EXPECT_TRUE(renameOwnerEdits(plan2018(grid), "Nobody", "Somebody").empty());
}
} // namespace
