// The layouts of tests/fixtures/make_fixtures.py and of the benchmark's plans (bench/make_plans.py)
// as the bridge reads them, for core tests that must see every kind of plan: two plan tables
// under section headings beside a table that is no plan, a number column and real lists, no
// owner column and an unknown one, columns in an unusual order, the header on the second row, and
// the benchmark's plan of any size; labels down the left with a merged cell.
#pragma once

#include "SeedGrids.hpp"

#include <string>
#include <vector>

namespace eqplan::test
{
// One row of cells, each cell its paragraphs, without merges.
using PlainRow = std::vector<std::vector<std::string>>;

// A table whose first row is its header (bold), each later row a PlainRow, placed from `firstRow`.
inline std::vector<Cell> plainCells(const std::vector<std::string>& header,
                                    const std::vector<PlainRow>& rows, int firstRow = 0)
{
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < header.size(); ++c)
    {
        cells.push_back(cellOf(firstRow, static_cast<int>(c), {header[c]}));
        cells.back().paragraphs.front().bold = true;
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            cells.push_back(
                cellOf(firstRow + 1 + static_cast<int>(r), static_cast<int>(c), rows[r][c]));
    return cells;
}

// Paragraphs "- a", "- b" under a bold heading, for each (heading, items).
inline std::vector<Paragraph>
progressParagraphs(const std::vector<std::pair<std::string, std::vector<std::string>>>& blocks)
{
    std::vector<Paragraph> out;
    for (const auto& [heading, items] : blocks)
    {
        out.push_back(para(heading, true));
        for (const std::string& item : items)
            out.push_back(para("- " + item));
    }
    return out;
}

// layout-sections: two plan tables under Heading 1 sections, a Title and a "Last updated" line,
// term-dated progress, a row split over a page that holds only progress and an empty last row;
// then a timetable that is no plan.
inline DocumentGrid layoutSections()
{
    const std::vector<std::string> header = {"Objective", "PSED aim", "Protected characteristic",
                                             "Actions",   "Lead",     "Timescale",
                                             "Progress"};
    auto plan = [&](const std::string& name, const std::vector<PlainRow>& rows,
                    const std::vector<std::vector<Paragraph>>& progress)
    {
        std::vector<Cell> cells = plainCells(header, rows);
        for (Cell& c : cells)
            if (c.row > 0 && c.column == 6)
                c.paragraphs = progress.at(static_cast<std::size_t>(c.row - 1));
        return table(name, static_cast<int>(rows.size() + 1), 7, std::move(cells));
    };
    Table pupils = plan(
        "Table1",
        {{{"To improve the reading attainment of pupils with SEND so that the gap to their peers "
           "narrows"},
          {"Advance equality of opportunity"},
          {"Disability"},
          {"- Daily phonics catch-up groups", "- Train teaching assistants",
           "- Review reading data termly"},
          {"DHT & SENCo"},
          {"2022\xE2\x80\x93"
           "2026"},
          {""}},
         {{""}, {""}, {""}, {""}, {""}, {""}, {""}},
         {{"To reduce prejudice-related incidents, including racist and homophobic language"},
          {"Eliminate discrimination, harassment and victimisation; Foster good relations"},
          {"Race, Religion or belief, Sexual orientation"},
          {"- Introduce a clear procedure", "- Deliver assemblies"},
          {"Headteacher"},
          {"Termly"},
          {""}}},
        {progressParagraphs({{"Autumn 2022", {"Precision teaching training delivered"}},
                             {"Spring Term 2023", {"70% made expected progress"}},
                             {"Summer 2023", {"Gap narrowed from 31% to 18%"}}}),
         {para("- Catch-up groups extended to Year 3")},
         progressParagraphs(
             {{"Autumn 2022", {"New recording procedure shared"}},
              {"Spring Term 2023", {"6 incidents recorded", "Anti-bullying week"}}})});
    pupils.before = {para("Equality Objectives 2022\xE2\x80\x93"
                          "2026",
                          false, "Title"),
                     para("Last updated: 14 September 2023 by J Patel"),
                     para("Objectives for pupils", true, "Heading 1")};
    Table staff =
        plan("Table2",
             {{{"To make sure staff with disabilities have the reasonable adjustments they need"},
               {"Advance equality of opportunity"},
               {"Disability, Age"},
               {"- Add an accessibility question to the staff survey"},
               {"Headteacher"},
               {"By July 2024"},
               {""}},
              {{"To make sure recruitment and promotion are fair for all applicants"},
               {"Eliminate discrimination"},
               {"All protected characteristics"},
               {"- Governors complete fair recruitment training"},
               {"Governors and Headteacher"},
               {"2022\xE2\x80\x93"
                "2026"},
               {""}},
              {{""}, {""}, {""}, {""}, {""}, {""}, {""}}},
             {progressParagraphs({{"Autumn 2022", {"Staff survey issued"}}}),
              progressParagraphs({{"Summer 2023", {"Anonymised shortlisting used"}}}),
              {para("")}});
    staff.before = {para("Objectives for staff", true, "Heading 1")};
    Table timetable = table("Timetable", {{"Day", "Period 1", "Period 2"},
                                          {"Monday", "Maths 7A", "English 8C"},
                                          {"Tuesday", "Science 9B", "PE 7C"},
                                          {"Wednesday", "History 8A", "Art 7B"}});
    timetable.before = {para("Meetings")};
    DocumentGrid grid = document({std::move(pupils), std::move(staff), std::move(timetable)});
    grid.title = "Equality Objectives 2022\xE2\x80\x93"
                 "2026";
    grid.after = {para("")};
    return grid;
}

// layout-real-numbering: a "No." column, actions and progress items in real numbered lists.
inline DocumentGrid layoutRealNumbering()
{
    auto listed = [](const std::vector<std::string>& items)
    {
        std::vector<Paragraph> out;
        for (std::size_t i = 0; i < items.size(); ++i)
        {
            out.push_back(para(items[i]));
            out.back().listLabel = std::to_string(i + 1) + ".";
        }
        return out;
    };
    std::vector<Cell> cells = plainCells(
        {"No.", "Equality objective", "Protected characteristic", "Actions", "Led by", "Progress"},
        {{{"1"},
          {"To reduce racist and faith-based incidents and improve how they are reported"},
          {"Race, Religion or belief"},
          {""},
          {"Deputy Head"},
          {""}},
         {{"2"},
          {"To improve access to the building for pupils and staff with disabilities"},
          {"Disability"},
          {""},
          {"SENCo / Site Manager"},
          {""}},
         {{"3"},
          {"To challenge gender stereotypes and homophobic language"},
          {"Sex and Sexual orientation"},
          {""},
          {"PSHE Lead and Deputy Head"},
          {""}}});
    for (Cell& c : cells)
    {
        if (c.row == 0)
            continue;
        if (c.column == 3)
            c.paragraphs = listed({"Train all staff", "Introduce an online reporting form"});
        if (c.column == 5)
        {
            c.paragraphs = {para("As of 3 March 2022", true)};
            for (Paragraph& p : listed({"All staff trained", "Form launched"}))
                c.paragraphs.push_back(p);
            c.paragraphs.push_back(para("As of 14 July 2022", true));
            for (Paragraph& p : listed({"Incidents fell from 14 to 6"}))
                c.paragraphs.push_back(p);
        }
    }
    Table plan = table("Table1", 4, 6, std::move(cells));
    plan.before = {para("Equality Plan 2021-2024", false, "Title"),
                   para("Updated 14/07/2021 A Khan")};
    DocumentGrid grid = document({std::move(plan)});
    grid.title = "Equality Plan 2021-2024";
    return grid;
}

// layout-no-owner: no owner, duty or progress column, a column eqplan does not know whose header
// mentions the objective, and an empty row between two objectives.
inline DocumentGrid layoutNoOwner()
{
    Table plan = table(
        "Table1", 5, 5,
        plainCells({"Equality objective", "Why we have chosen this objective", "Actions",
                    "Success criteria", "Target date"},
                   {{{"To improve the attendance of pupils with medical conditions"},
                     {"Attendance of pupils with an EHCP was 89.6% last year."},
                     {"\xE2\x80\xA2 Meet each family", "\xE2\x80\xA2 Work with the school nurse"},
                     {"Attendance of pupils with an EHCP is at least 93%"},
                     {"July 2024"}},
                    {{""}, {""}, {""}, {""}, {""}},
                    {{"To increase the number of girls choosing Computer Science"},
                     {"Only 4 of the 31 pupils are girls."},
                     {"\xE2\x80\xA2 Run a coding club"},
                     {"At least 30% of the cohort are girls", "Coding club attended by 15"},
                     {"31/03/2025"}},
                    {{"To make sure our curriculum reflects the diversity of our community"},
                     {"Many pupils could not name a role model."},
                     {"\xE2\x80\xA2 Audit reading lists"},
                     {"Every department has completed its audit"},
                     {"Summer Term 2025"}}}));
    plan.before = {para("Equality Information and Objectives", false, "Title"),
                   para("Our equality objectives are reviewed every four years.")};
    return document({std::move(plan)});
}

// layout-reordered: columns in an unusual order, an unknown Cost column, and one duty cell merged
// down over two objectives.
inline DocumentGrid layoutReordered()
{
    Table plan = table("Table1", 4, 7,
                       plainCells({"Owner", "Timescale", "Objective", "Characteristics",
                                   "Aim of the duty", "Success criteria", "Cost"},
                                  {{{"HT & SENCo"},
                                    {"Sept 2021 \xE2\x80\x93 July 2022"},
                                    {"To close the gap in writing between boys and girls"},
                                    {"Gender"},
                                    {"Advance equality of opportunity"},
                                    {"Gap below 5%"},
                                    {"\xC2\xA3"
                                     "1,200 (training)"}},
                                   {{"Governors and HT"},
                                    {"2-3-2022"},
                                    {"To support staff who are pregnant"},
                                    {"Pregnancy and maternity, Age"},
                                    {"Eliminate discrimination"},
                                    {"Flexible working policy reviewed", "Keeping-in-touch plans"},
                                    {"None"}},
                                   {{"Business Manager"},
                                    {"Ongoing"},
                                    {"To build links with the wider community"},
                                    {"community cohesion"},
                                    {"Advance equality of opportunity; Foster good relations"},
                                    {"Two community events held each year"},
                                    {"\xC2\xA3"
                                     "500 per year"}}}));
    // One duty cell for objectives 2 and 3, merged down over both rows.
    std::erase_if(plan.cells, [](const Cell& c) { return c.row == 3 && c.column == 4; });
    for (Cell& c : plan.cells)
        if (c.row == 2 && c.column == 4)
            c.rowSpan = 2;
    plan.before = {para("Single Equality Scheme \xE2\x80\x93 Action Plan", false, "Title")};
    return document({std::move(plan)});
}

// plan-header-second-row: a title spanning the first row; the header is the second.
inline DocumentGrid planHeaderSecondRow()
{
    std::vector<Cell> cells =
        plainCells({"Objective", "Actions", "Lead", "Success criteria"},
                   {{{"To increase the participation of girls in competitive sport"},
                     {"Survey girls", "Start a girls' football team"},
                     {"PE Lead"},
                     {"Girls make up at least 45% of pupils in school teams"}},
                    {{"To make sure pupils with EAL can access the full curriculum"},
                     {"Assess all new arrivals", "Provide visual vocabulary mats"},
                     {"EAL Coordinator"},
                     {"New arrivals make expected progress"}}},
                   1);
    cells.push_back(cellOf(0, 0, {"Equality Objectives 2023"}, 1, 4));
    cells.back().paragraphs.front().bold = true;
    DocumentGrid grid = document({table("Table1", 4, 4, std::move(cells))});
    grid.title = "Equality Objectives 2023";
    return grid;
}

// layout-inline-dated: progress dated at the start of each paragraph, a form per objective (month
// and year with an undated paragraph of the entry, terms joined with "; ", days after a lead word);
// no Updated line.
inline DocumentGrid layoutInlineDated()
{
    std::vector<Cell> cells = plainCells(
        {"Objective", "Actions", "Lead", "Timescale", "Progress"},
        {{{"To close the gap in writing between boys and girls in Key Stage 2"},
          {"- Boys' writing club on Fridays", "- Termly writing moderation"},
          {"English lead"},
          {"July 2025"},
          {"November 2023: writing club set up with the English lead",
           "March 2024: club running, 14 boys attend",
           "Attendance checked by the link governor in March 2024"}},
         {{"To reduce prejudice-related incidents, including racist language"},
          {"- Record every prejudice-related incident", "- Assemblies on respect and difference"},
          {"Headteacher"},
          {"Termly"},
          {"Autumn Term 2022: baseline done; recording procedure shared at INSET",
           "Spring Term 2023: 6 incidents recorded; all followed up with families",
           "Spring Term 2024: 2 incidents recorded"}},
         {{"To improve the attendance of pupils with SEND"},
          {"- Weekly attendance review", "- Calls home on the first day"},
          {"SENCo"},
          {"2023\xE2\x80\x93"
           "2025"},
          {"Update 12/10/2023 \xE2\x80\x93 weekly review started",
           "Update 07/03/2024 - gap reduced to 9%"}}});
    Table plan = table("Table1", 4, 5, std::move(cells));
    plan.before = {para("Equality Objectives 2023\xE2\x80\x93"
                        "2027",
                        false, "Title"),
                   para("Our objectives are reviewed by governors each term.")};
    return document({std::move(plan)});
}

// One objective in a table with its labels down the left, the last label's cell merged across
// both columns: no new objective can be laid out like it.
inline DocumentGrid labelsLeftWithMergedCell()
{
    DocumentGrid d = document({table("Table1", {{"Objective", "To improve attendance"},
                                                {"Actions", "Meet each family"},
                                                {"Lead", "Attendance Officer"},
                                                {"Notes", ""}})});
    d.tables[0].cells.pop_back();
    d.tables[0].cells.back().columnSpan = 2;
    return d;
}

// bench/make_plans.py's plan of `size` objectives in the seed 2018-2021 layout: an objective row,
// then a commentary row under the duty and objective cells merged down, whose one cell spans the
// last three columns with three dated headings of two numbered items each.
inline DocumentGrid benchPlan(int size)
{
    const char* duties[] = {"Eliminate discrimination, harassment and victimisation",
                            "Advance equality of opportunity between different groups",
                            "Foster good relations between different groups"};
    const char* dates[] = {"Progress Commentary As of December 2018:", "March 2020", "March 2021"};
    std::vector<Cell> cells;
    int column = 0;
    for (const char* header : {"Public Sector Equality Duty", "Equality Objective", "Strategies",
                               "Success Criteria", "Responsibility"})
    {
        cells.push_back(cellOf(0, column++, {header}));
        cells.back().paragraphs.front().bold = true;
    }
    for (int n = 1; n <= size; ++n)
    {
        const int row = 2 * n - 1;
        const std::string number = std::to_string(n);
        cells.push_back(cellOf(row, 0, {duties[(n - 1) % 3]}, 2));
        cells.push_back(cellOf(
            row, 1, {number + ") To improve outcome " + number + " for every group of students"},
            2));
        std::vector<std::string> strategies;
        for (int i = 1; i <= (n % 3 == 0 ? 2 : 3); ++i)
            strategies.push_back("Strategy " + number + "." + std::to_string(i) +
                                 " for the whole school");
        cells.push_back(cellOf(row, 2, n % 3 == 0 ? strategies : typedBullets(strategies)));
        if (n % 3 == 0)
            for (Paragraph& p : cells.back().paragraphs)
                p.listLabel = "\xE2\x80\xA2";
        cells.push_back(cellOf(row, 3,
                               typedBullets({"Measure " + number + ".1 improves by 2%",
                                             "Positive feedback on " + number})));
        cells.push_back(cellOf(row, 4, {"Pastoral Staff", "SLT"}));
        std::vector<std::string> commentary;
        for (const char* date : dates)
        {
            commentary.push_back(date);
            const std::string when = std::string(date).substr(0, std::string(date).find(':'));
            for (const std::string& item :
                 typedNumbers({"Progress on objective " + number + " noted in " + when +
                                   ": evidence from staff, students and parents",
                               "Next step for objective " + number + " agreed with the lead"}))
                commentary.push_back(item);
            commentary.push_back("");
        }
        cells.push_back(cellOf(row + 1, 2, commentary, 1, 3));
        makeBold(cells.back(), {dates[0], dates[1], dates[2]});
    }
    Table plan = table("Table1", 2 * size + 1, 5, std::move(cells));
    plan.before = {para("Equality Action Plan 2018-2021", false, "Title"),
                   para("Updated 2-3-2021 D Sydes")};
    DocumentGrid grid = document({std::move(plan)});
    grid.title = "Equality Action Plan (" + std::to_string(size) + " objectives)";
    grid.after = {para("")};
    return grid;
}
} // namespace eqplan::test
