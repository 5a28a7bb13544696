// The two seed plans (/work/shared/seeds/*.txt) as the bridge reads them out of the documents
// tests/fixtures/make_fixtures.py rebuilds from them: the same cells, merges and paragraphs, so
// that core tests see the seeds' real artefacts (a split row, numbering typed by hand,
// "On-going"/"on-going", "students/students", "Pastoral staff"/"Pastoral Staff").
#pragma once

#include "GridBuilders.hpp"

#include <string>
#include <vector>

namespace eqplan::test
{
// A cell from its paragraphs.
inline Cell cellOf(int row, int column, const std::vector<std::string>& paragraphs, int rowSpan = 1,
                   int columnSpan = 1)
{
    Cell c = cell(row, column, "", rowSpan, columnSpan);
    c.paragraphs.clear();
    for (const std::string& text : paragraphs)
        c.paragraphs.push_back(para(text));
    if (c.paragraphs.empty())
        c.paragraphs.push_back(para(""));
    return c;
}

// Paragraphs numbered by hand: "1) a", "2) b"...
inline std::vector<std::string> typedNumbers(const std::vector<std::string>& items)
{
    std::vector<std::string> out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out.push_back(std::to_string(i + 1) + ") " + items[i]);
    return out;
}

// Paragraphs with a bullet typed by hand: "· a".
inline std::vector<std::string> typedBullets(const std::vector<std::string>& items)
{
    std::vector<std::string> out;
    for (const std::string& item : items)
        out.push_back("\xC2\xB7 " + item);
    return out;
}

inline std::vector<std::string> joined(std::vector<std::string> a,
                                       const std::vector<std::string>& b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

// Makes the paragraphs of a cell whose text is exactly one of `texts` bold.
inline void makeBold(Cell& c, const std::vector<std::string>& texts)
{
    for (Paragraph& p : c.paragraphs)
        for (const std::string& t : texts)
            if (p.text == t)
                p.bold = true;
}

// action-plan-2018-2021: an objective row and a commentary row per objective; the duty and
// objective cells merged down beside the commentary cell, which spans the last three columns.
inline DocumentGrid seedActionPlan2018()
{
    const std::string december = "Progress Commentary As of December 2018:";
    std::vector<Cell> cells;
    int column = 0;
    for (const char* header : {"Public Sector Equality Duty", "Equality Objective", "Strategies",
                               "Success Criteria", "Responsibility"})
    {
        cells.push_back(cellOf(0, column++, {header}));
        cells.back().paragraphs.front().bold = true;
    }

    cells.push_back(
        cellOf(1, 0, {"Eliminate  discrimination, harassment and victimisation", "", ""}, 2));
    cells.push_back(cellOf(1, 1,
                           {"1) To ensure students are not discriminated against for "
                            "race/religion/sexuality/gender/background or any other area at the "
                            "UTC"},
                           2));
    cells.push_back(cellOf(
        1, 2,
        joined(typedBullets({"Use of digital signage to promote British Values",
                             "Poverty proofing project in 2019",
                             "Ethos and code of conduct implementation",
                             "Personal Development lessons on British Values and Extremism"}),
               {"", ""})));
    cells.push_back(
        cellOf(1, 3,
               joined(typedBullets({"No incidents of bullying reported on DfE incident returns",
                                    "Positive feedback from students/staff/visitors validated by "
                                    "external DfE review",
                                    "Students and Staff understand British Values"}),
                      {""})));
    cells.push_back(cellOf(1, 4, {"Pastoral staff"}));
    cells.push_back(cellOf(
        2, 2,
        joined(joined(joined(joined({december},
                                    typedNumbers({"Digital signage reinforces message of British "
                                                  "values all day every day",
                                                  "Positive feedback from first DfE monitoring  "
                                                  "visit Nov 2018",
                                                  "Prayer room in place which has been seen and "
                                                  "deemed acceptable by DfE Regional Coordinator "
                                                  "for Prevent",
                                                  "Year 10 students have had five Personal "
                                                  "Development lessons on British Values, "
                                                  "Extremism and Extremist Propaganda"})),
                             {" ", "March 2020"}),
                      typedNumbers({"Very rare if ever issues with discrimination. Strong "
                                    "behaviour intervention where victimisation occurs",
                                    "Code of conduct visible across school and in line with "
                                    "industry expectations",
                                    "British values on all PC screens and on TVs regularly as "
                                    "well as part of PD curriculum. EE feedback positive on this "
                                    "topic"})),
               joined({" March 2021", ""},
                      typedNumbers({"Rare isntances of discrimination or victimisation. Rare "
                                    "occurrences are effectively and efficiently dealt with "
                                    "\xE2\x80\x93 evidence of this from staff/student/parent "
                                    "survey and \xE2\x80\x98mock\xE2\x80\x99 OFSTED",
                                    "Code of conduct updated annually, new behaviour protocols "
                                    "added to Learning Folders March 2021, code of conduct given "
                                    "at enrolment and available on website"}))),
        1, 3));
    makeBold(cells.back(), {december, "March 2020", " March 2021"});

    cells.push_back(
        cellOf(3, 0, {"Advance equality of opportunity between different groups", "", ""}, 2));
    cells.push_back(
        cellOf(3, 1, {"2) To increase the attendance of students across the college by 2%"}, 2));
    cells.push_back(
        cellOf(3, 2,
               typedBullets({"Attendance Support external contract \xE2\x80\x93 Attendance 100",
                             "Parental Contracts, LA monitoring for Persistent Absence",
                             "Industry Partner involvement to support attendance"})));
    cells.push_back(
        cellOf(3, 3, {"UTC attendance increases, groups such as PP attendance increases"}));
    cells.push_back(cellOf(3, 4, {"Pastoral Staff", "SLT"}));
    cells.push_back(cellOf(
        4, 2,
        {december, "1) Attendance 100 contract in place and active",
         "2) Pastoral lead capacity built to tackle problem 3) Early evidence of positive impact",
         " ", "March 2020",
         "More than 2% increase for students from previous school. However some students still "
         "struggling to reach attendance expectations",
         "",
         "Use of a range of challenge and reward and significant investment in intervention to "
         "drive up attendance",
         "", "March 2021",
         "1) Attendance still a risk at the UTC with some poor attenders or school refusers. Range "
         "of support and challenge strategies used. Additional Teaching School support in this "
         "area being implemented March 2021. Clear evidence that even poor attending students "
         "have improve their attendance % since their last school. Key School Improvement focus "
         "area for next academic year following COVID",
         "", ""},
        1, 3));
    makeBold(cells.back(), {december, "March 2020", "March 2021"});

    cells.push_back(cellOf(5, 0, {"", "Foster good relations between  different groups"}, 2));
    cells.push_back(cellOf(5, 1,
                           {"3) To promote cultural understanding between  different ethnic "
                            "groups within our community"},
                           2));
    cells.push_back(cellOf(5, 2,
                           {"Personal Development curriculum focus on British Values",
                            "Culture and ethos of the UTC",
                            "Use of digital signage to celebrate other cultures"}));
    for (Paragraph& p : cells.back().paragraphs)
        p.listLabel = "\xE2\x80\xA2";
    cells.push_back(cellOf(5, 3, {"DfE monitoring visit", "No incidents of related bullying"}));
    cells.push_back(cellOf(5, 4, {"Pastoral Staff", "Admin staff - signage"}));
    cells.push_back(cellOf(
        6, 2,
        joined(joined({december},
                      typedNumbers({"Personal development curriculum ratified by DfE during ROM "
                                    "and OFSTED pre-inspection",
                                    "Evidence from DfE review that positive ethos and culture "
                                    "has been established"})),
               {" ", "March 2020",
                "PD run with 6th form as well with drop down days and planned as weekly session "
                "from September",
                "", "Positive fback from DfE reviews", "", "March 2021",
                "Personal Development continues to be a strength of the UTC as evidenced by "
                "\xE2\x80\x98mock\xE2\x80\x99 OFSTED Dec 2020, PD Curriculum Plan developed and "
                "summary available on website"}),
        1, 3));
    makeBold(cells.back(), {december, "March 2020", "March 2021"});

    DocumentGrid grid = document({table("Table1", 7, 5, std::move(cells))});
    grid.title = "Equality Action Plan 2018-2021";
    grid.tables.front().before = {para("Equality Action Plan 2018-2021", false, "Title"),
                                  para("Updated 2-3-2021 D Sydes")};
    return grid;
}

// objectives-2017-2021: nine columns, one row per objective, objective 3 continued on a second
// row as Word left it when the row was split over a page.
inline DocumentGrid seedObjectives2017()
{
    using Row = std::vector<std::vector<std::string>>; // cells of a row, each its paragraphs
    const std::vector<std::string> header = {
        "Link to Public Sector Equality Duty",
        "Protected characteristic",
        "Aim:",
        "Objective:",
        "Target group(s): e.g. whole school, girls, boys, SEN, staff etc",
        "Action:",
        "Who's responsible?",
        "Dates",
        "Milestone/progress:"};
    const std::vector<Row> rows = {
        {{"All aims of duty"},
         {"All protected characteristics"},
         {"To increase the participation of students/students from minority, marginalised or "
          "vulnerable backgrounds in school life"},
         {"Increase the diversity of students/students involved in the decision-making processes "
          "of the school"},
         {"Minority, marginalised and vulnerable students/students"},
         {"Identify which groups are under-represented in the Student Voice and/or student voice "
          "processes within the school",
          "Set up group of students to develop actions which better involve the target group",
          "Involve PPG students in public interface"},
         {"EWA/SWA"},
         {"On-going"},
         {"Increased minority students in Leadership roles."}},
        {{"Eliminate unlawful discrimination, harassment and victimisation"},
         {"Sexual Orientation/Race/Gender identity/Disability/Religion or belief"},
         {"To prevent and respond to all hate incidents and prejudiced based bullying"},
         {"Students feel safer as reported in safer schools survey as feel incidents will be "
          "dealt with.",
          "Increased staff confidence", "Accurate reporting rates.",
          "Raise awareness of LGBT within the school community and provide support for LGBT "
          "students"},
         {"Whole school and specifically BME /LGBT/SEND students/students or those from a Faith "
          "background"},
         {"Access staff training.",
          "Ensure continuing professional development for staff to develop skills in identifying "
          "and challenging homophobia and transphobia",
          "Promotion of hate incident recording to students."},
         {"SLT", "YL", "Mental Health Lead"},
         {"On-going"},
         {"Staff Attended Anti-bullying training"}},
        {{"Advance equality of opportunity"},
         {"Disability/All"},
         {"To increase social and emotional skills for students/students with BESD"},
         {"Improved ability by students/students to handle difficult situations and a"},
         {"Students/students with BESD"},
         {"To employ Aspire Mentors who work with students with SEMH or behaviour needs that "
          "impact on progress"},
         {"SWA"},
         {"on-going"},
         {"Students identified and support"}},
        {{""},
         {""},
         {"(Behavioural, emotional and social difficulties)"},
         {"reduction in classroom disruption"},
         {""},
         {""},
         {""},
         {""},
         {"programmes in place."}},
        {{"Advance equality of opportunity"},
         {"Sex"},
         {"To promote opportunities for boys and girls to learn more about career opportunities "
          "which challenge gender stereotyping"},
         {"Positive changes in options around work experience and diplomas"},
         {"Year 7-10"},
         {"Through the HM project and CIAEG activities to provide activities that allow "
          "students/students to explore gender stereotyping in careers To ensure that diplomas "
          "meet the needs of boys and girls To ensure theta the option process is marketed at "
          "both boys and girls"},
         {"GMA"},
         {"on-going"},
         {"Careers map identifies opportunities to promote"}},
        {{"Advance equality of opportunity"},
         {"Other"},
         {"To improve the attendance and PA of students eligible for free school meals and SEND"},
         {"Improved attendance Reduction of PA's and increase number of students above 97%"},
         {"Children eligible for free school meals and students with SEND"},
         {"Collate and analyse data relating to attendance by target groups Work with Attendance "
          "officer to identify strategies to improve attendance and PA's of these groups"},
         {"EWA/ Year Leads"},
         {"Sept 2017\xE2\x80\x93 July 2018"},
         {"Reviewed ASP School attendance data"}},
        {{"Advance equality of opportunity"},
         {"community cohesion"},
         {"To promote good relations between people from different backgrounds"},
         {"To respect and celebrate individual differences of different cultures."},
         {"All Years"},
         {"Act of Worship programme continue to celebrate cultural events throughout the year to "
          "increase student awareness of different communities e.g. Diwali, Eid & Christmas."},
         {"YL, TCR"},
         {"On-going"},
         {"Act of Worship plan in place"}},
        {{"Advance equality of opportunity"},
         {"All"},
         {"All students meet or achieve their targets"},
         {"To ensure that all groups of students are making good progress"},
         {"Girls, Boys, EAL, SEND & Disadvantaged students."},
         {"All teachers to provide high quality learning experiences that enable them to meet or "
          "exceed their targets"},
         {"EWA / STL"},
         {"On-going"},
         {"Mock and exam results"}},
    };
    std::vector<Cell> cells;
    for (std::size_t c = 0; c < header.size(); ++c)
    {
        cells.push_back(cellOf(0, static_cast<int>(c), {header[c]}));
        cells.back().paragraphs.front().bold = true;
    }
    for (std::size_t r = 0; r < rows.size(); ++r)
        for (std::size_t c = 0; c < rows[r].size(); ++c)
            cells.push_back(cellOf(static_cast<int>(r + 1), static_cast<int>(c), rows[r][c]));
    DocumentGrid grid =
        document({table("Table1", static_cast<int>(rows.size() + 1), 9, std::move(cells))});
    grid.title = "EQUALITY OBJECTIVES: 2017 \xE2\x80\x93 2021";
    grid.tables.front().before = {
        para(""), para(""), para("EQUALITY OBJECTIVES: 2017 \xE2\x80\x93 2021", true), para("")};
    return grid;
}
} // namespace eqplan::test
