// The plan model: what a school's Equality Action Plan says, and where each piece of it lives in
// the document so that later steps can write back to exactly that place.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/Grid.hpp"
#include "eqplan/Progress.hpp"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// The three aims of the Public Sector Equality Duty (Equality Act 2010, s.149).
enum class Aim
{
    Eliminate,
    Advance,
    Foster
};

// The nine protected characteristics of the Equality Act 2010, in the Act's order.
enum class Characteristic
{
    Age,
    Disability,
    GenderReassignment,
    MarriageCivilPartnership,
    PregnancyMaternity,
    Race,
    ReligionBelief,
    Sex,
    SexualOrientation
};

inline constexpr Aim allAims[] = {Aim::Eliminate, Aim::Advance, Aim::Foster};
inline constexpr Characteristic allCharacteristics[] = {Characteristic::Age,
                                                        Characteristic::Disability,
                                                        Characteristic::GenderReassignment,
                                                        Characteristic::MarriageCivilPartnership,
                                                        Characteristic::PregnancyMaternity,
                                                        Characteristic::Race,
                                                        Characteristic::ReligionBelief,
                                                        Characteristic::Sex,
                                                        Characteristic::SexualOrientation};

std::string_view toString(Aim aim);                       // "eliminate", "advance", "foster"
std::string_view toString(Characteristic characteristic); // "gender-reassignment", ...
std::optional<Aim> aimFromString(std::string_view id);
std::optional<Characteristic> characteristicFromString(std::string_view id);

// Where something is in the document: a cell of a table, or a body paragraph.
struct Location
{
    int table = -1;               // index into DocumentGrid::tables; -1 for body text
    int row = -1;                 // grid row of the cell's top-left corner
    int column = -1;              // grid column of the cell's top-left corner
    std::string cell;             // the document's name of the cell ("B2")
    std::optional<int> paragraph; // paragraph within the cell (or body paragraph index)

    friend bool operator==(const Location&, const Location&) = default;
};

// One paragraph of a field, with its place.
struct FieldParagraph
{
    Paragraph paragraph;
    Location location;
};

// A field of an objective as the document holds it: every paragraph of every cell it came from.
struct Field
{
    std::vector<FieldParagraph> paragraphs; // in document order, empty ones included
    std::vector<Location> cells;            // each cell the field was read from, once

    std::string text() const; // non-empty paragraphs joined with '\n', trimmed
    bool empty() const;
    bool tracked() const; // a pending tracked change touches one of its paragraphs
};

// One paragraph of a list field read as an item (an action, a success criterion...).
struct ListItem
{
    Item item;
    Location location;
};

// One entry of progress commentary with the places of its heading and items.
struct Progress
{
    std::optional<PlanDate> date;
    // As written; for an inline entry its date with lead words and separator ("March 2024:");
    // empty for undated commentary.
    std::string heading;
    bool headingBold = false;
    std::optional<Location> headingLocation; // an inline entry's first paragraph
    EntryForm form = EntryForm::Heading;
    std::optional<DateForm> dateForm; // empty for undated commentary
    std::vector<ListItem> items;      // an inline entry's text after its date first
};

// A column of a plan table this layout does not know; kept, not lost.
struct ExtraField
{
    std::string header;
    Field field;
};

// An objective's status as its status column gives it: a RAG letter, words, a shading, or both.
struct Status
{
    std::string text;    // the cell's words as written ("G", "On track"); empty if it has none
    std::string rating;  // "red", "amber" or "green" (schemas/layouts.json); empty if unknown
    std::string shading; // the cell's background colour ("#00b050"); empty if none
    // Where the rating came from: "words" ("On track"), "letter" ("G") or "colour" (shading).
    std::string source;

    friend bool operator==(const Status&, const Status&) = default;
};

// A note a plan writes with an owner: "Admin staff - signage", "SENCO (lead)".
struct OwnerNote
{
    std::string owner; // "Admin staff"
    std::string note;  // "signage"

    friend bool operator==(const OwnerNote&, const OwnerNote&) = default;
};

// One equality objective.
struct Objective
{
    int number = 0;
    int table = 0;         // index into Plan::tables
    std::vector<int> rows; // grid rows of the document table that belong to this objective
    // Rows among `rows` that only continue the row above them (a row split over a page), as
    // opposed to the objective's first row and its progress commentary rows.
    std::vector<int> continuationRows;

    Field duty;
    std::vector<Aim> aims;                 // in canonical order
    std::vector<std::string> unmappedDuty; // words of the duty cell that name no aim

    Field characteristics;
    std::vector<Characteristic> characteristicIds;    // in the Act's order
    std::vector<std::string> unmappedCharacteristics; // as written: "community cohesion", "Other"

    Field aim;
    Field objective;           // the objective text; a typed "1) " number is read into `number`
    std::string objectiveText; // the objective without its typed number
    Field targetGroups;
    std::vector<ListItem> targetGroupItems;
    Field actions;
    std::vector<ListItem> actionItems;
    Field successCriteria;
    std::vector<ListItem> successCriteriaItems;
    Field owners;
    std::vector<std::string> ownerNames; // the plan's spelling of each owner
    // The notes written with an owner ("Admin staff - signage": "signage"), in order.
    std::vector<OwnerNote> ownerNotes;
    Field timescale;
    std::vector<PlanDate> timescaleDates;
    Field statusField;                   // the status column's cell
    std::optional<Status> status;        // what it says; unset where the plan has no status
    Field progressField;            // every paragraph progress was read from
    std::vector<Progress> progress; // in document order
    // Columns a plan keeps beside its progress, each its own field, never read as progress
    // (where a table has no progress column its Evidence column is read for progress too).
    Field impact;     // "Impact", "Impact so far"
    Field evaluation; // "Evaluation", "Evaluation of impact"
    Field evidence;   // "Evidence", "Evidence of progress", "Evidence of impact"
    Field monitoring; // "Monitoring", "Monitored by"
    // The field progress was read from where its table has no progress column ("evidence");
    // empty where progress has a column or rows of its own.
    std::string progressFrom;
    std::vector<ExtraField> extra;

    const Progress* latestProgress() const; // the entry with the latest date, or nullptr

    // The field of layout id `id` ("owners", "progress"...), or nullptr for an id that names none.
    const Field* field(std::string_view id) const;
    Field* field(std::string_view id);
};

// A column of a plan table and the field it holds.
struct Column
{
    int column = 0;     // grid column (the document's row where the table's labels are left)
    std::string header; // as written
    std::string field;  // field id, or empty for a column eqplan does not know
    double score = 0;   // how sure eqplan is of `field` (HeaderMatch.hpp); 0 for none
    std::string why;    // what in the header named it: "the header \"Lead\"", "the words …"
    std::string doubt;  // empty when sure; else why not ("as likely Progress", "weak: …")
    bool assigned = false; // the user said what it holds (ColumnAssignments.hpp): "assigned by
                           // the user", `field` empty for "not a field"
};

// A table of the document recognised as (part of) the plan.
struct PlanTable
{
    int index = 0;       // index into DocumentGrid::tables
    std::string name;    // the document's name for it
    std::string heading; // the section heading above it, if any
    int headingParagraph = -1; // the heading's index in the document table's `before`; -1: none
    int headerRow = 0;
    // The field labels are down the first column, not along the first row: each later column is
    // an objective, `headerRow` and an objective's `rows` then count the document's columns.
    bool labelsLeft = false;
    std::vector<Column> columns;
};

// The "Updated 2-3-2021 D Sydes" line.
struct UpdatedLine
{
    std::string text;
    std::optional<PlanDate> date;
    std::string by;
    int table = 0;     // the line is among the body paragraphs before this document table
    int paragraph = 0; // index into that table's `before`
};

// A body paragraph before the plan: paragraph `paragraph` of the body paragraphs before document
// table `table` (DocumentGrid::tables[table].before).
struct BodyPlace
{
    int table = 0;
    int paragraph = 0;

    friend bool operator==(const BodyPlace&, const BodyPlace&) = default;
};

// An owner and the objectives it owns.
struct Owner
{
    std::string name;
    std::vector<int> objectives; // objective numbers
};

// The plan's period, read from its title ("2018-2021").
struct Period
{
    std::string text;
    int from = 0;
    int to = 0;
};

// A fact of the plan kept outside its tables: in a document-control table ("Date approved",
// "Next review") or a line above the plan ("Approved by: Full governing body").
struct PlanFact
{
    std::string text;                 // the value as written ("4 October 2023")
    std::optional<PlanDate> date;     // the date it gives, if any
    std::string source;               // in plain words: "the document-control table Table1, \"Date
                                      // approved\" (B1)"
    std::optional<Location> location; // its cell, or its body paragraph (table -1)
};

// What the document says of the plan beside its tables.
struct PlanFacts
{
    std::optional<PlanFact> approved;     // the date the plan was approved
    std::optional<PlanFact> approvedBy;   // the body that approved it
    std::optional<PlanFact> lastReviewed; // the date it was last reviewed
    std::optional<PlanFact> nextReview;   // the date it is next to be reviewed
    std::optional<PlanFact> period;       // the years it covers

    // The fact of id "approved", "approvedBy", "lastReviewed", "nextReview" or "period".
    std::optional<PlanFact>* fact(std::string_view id);
};

// A whole plan.
struct Plan
{
    std::string title;
    std::optional<Period> period;
    std::optional<UpdatedLine> updated;
    std::optional<BodyPlace> titlePlace; // the title's paragraph, when it is a body paragraph
    std::vector<PlanTable> tables;
    std::vector<Objective> objectives;
    std::vector<Owner> owners;
    std::vector<std::string> notes; // things the reader noticed and worked around, in plain words
    PlanFacts facts;                // approval and review dates kept beside the plan's tables

    std::optional<PlanDate> latestReview() const; // the latest dated progress of any objective
    // When the plan says it was last reviewed: the latest of its Updated line, its dated
    // progress, and its approval and last-review dates kept beside its tables.
    std::optional<PlanDate> lastReviewed() const;
    // How most dated progress entries of `objective` are dated, else most of the plan's (a tie
    // or none: Heading); nullptr asks for the plan's.
    EntryForm progressForm(const Objective* objective) const;
};
} // namespace eqplan
