// Planning a dated progress update: what to write into which cell, after which paragraph, in the
// way the plan already writes its progress. Pure: the bridge applies the write to a document.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Progress.hpp"
#include "eqplan/Result.hpp"

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace eqplan
{
// How a written paragraph gets its place in a list.
enum class Numbering
{
    None,         // plain text, or a typed label already in `text` ("4) ...")
    ContinueList, // a real list item continuing the list of paragraph `like`
    RestartList   // a real list item in the list style of paragraph `like`, restarted at 1
};

// One paragraph to insert.
struct NewParagraph
{
    std::string text;
    bool heading = false; // the entry's dated heading (else an item)
    bool bold = false;
    Numbering numbering = Numbering::None;
    // The paragraph (index in the target cell as read) the list attributes come from; -1 for
    // ContinueList: the paragraph inserted just before this one.
    int like = -1;
};

// What a progress update writes: paragraphs inserted after paragraph `after` of `cell`.
struct ProgressWrite
{
    Location cell;  // the progress cell (table index into DocumentGrid::tables, cell name)
    int after = -1; // index of the paragraph to insert after; -1: at the start of the cell
    bool addsToEntry = false; // an entry for the same period existed; only items are added
    // The entry's date: the date given, or the period of the plan's date form that holds it
    // ("December 2026" in a term-dated plan is the Autumn term 2026).
    PlanDate date;
    std::vector<NewParagraph> paragraphs;
};

// Plans adding a progress entry dated `date` with `items` to `objective` of `plan`: into the
// objective's progress cell, in date order, added to an entry of the same period if there is
// one, with headings and items written the way the plan writes them (else the grammar's
// canonical form). Where the objective (else the plan) dates its entries inline, the entry is a
// paragraph in that form ("December 2026: ...") and `date` is taken as the period of the plan's
// date form that holds it. Fails NothingToWrite without items, BadText for an empty one,
// NoColumn where the objective has no progress cell. Never throws.
Result<ProgressWrite> planProgressUpdate(const Plan& plan, const Objective& objective,
                                         const PlanDate& date,
                                         const std::vector<std::string>& items,
                                         const CommentaryGrammar& grammar);

// The date a progress entry made on `day` takes, as the plan dates its reviews: the day where its
// latest entry is dated by the day, else the month. What the sidebar's Add progress writes.
PlanDate progressEntryDate(const Plan& plan, std::chrono::year_month_day day);

// The way a plan writes a heading (or the date that starts an inline entry): words before and
// after the date, and the date's form.
struct HeadingForm
{
    std::string prefix;      // "Progress Commentary As of " (with its trailing space), "As of ", ""
    std::string suffix;      // ":", ""; an inline entry's separator with its spaces: ": ", " – "
    bool numericDay = false; // days as "3-3-2022" rather than "3 March 2022"
    char separator = '-';    // of a numeric day
    bool padded = false;     // "03/03/2022"
    bool bold = true;
    EntryForm entry = EntryForm::Heading; // inline: the first item follows `suffix`
    // The form the plan dates entries in; a finer date is written as the period of this form
    // that holds it ("December 2026" as "Autumn Term 2026"). Empty: as the date comes.
    std::optional<DateForm> dateForm;
    bool shortYear = false;  // "7/3/24", "Aut 1 22", "2023-24"
    bool shortMonth = false; // "Mar 2024"
    std::string termWord;    // " Term" of "Autumn Term 2022", as written; empty if none
    std::array<std::string, 3> termNames = {"Autumn", "Spring", "Summer"}; // as the plan spells
    std::string weekWords;               // "w/c " of "w/c 4 March 2024", as written
    std::string academicSeparator = "-"; // of "2023-24"
    // Inline: what joins several items in the entry's paragraph ("; "); empty: each item after
    // the first is a paragraph of its own.
    std::string itemJoin;
};

// The form of a heading as written ("As of 3 March 2022"), or nothing if it holds no date.
std::optional<HeadingForm> headingForm(std::string_view heading, bool bold);

// The form of an inline entry's paragraph ("Update – 7/3/24 - gap closed"), or nothing if the
// paragraph starts no inline entry. Term spellings come from the grammar.
std::optional<HeadingForm> inlineForm(std::string_view paragraph, bool bold,
                                      const CommentaryGrammar& grammar);

// A canonical template ("Progress Commentary As of {month} {year}:") as a form.
HeadingForm headingFormFromTemplate(std::string_view pattern, bool bold);

// A date written in a form: "November 2026", "23 November 2026", "23-11-2026", "2026",
// "Autumn Term 2026", "Aut 1 26", "2026-27", "w/c 30 November 2026".
std::string formatDate(const PlanDate& date, const HeadingForm& form);

// What rewriting the Updated line changes: its date and its name, each found in the paragraph.
struct UpdatedRewrite
{
    std::string oldDate; // as written: "2-3-2021"
    std::string newDate; // the same form: "23-11-2026"
    std::string oldBy;   // "D Sydes"; empty when the line names no one
    std::string newBy;   // the name written; empty when the line now names no one
    std::string text;    // the whole new line
};

// The Updated line dated `day` and signed `by`, with the date written the way the line writes
// it. With `by` empty the line names no one: the old name goes, with the "by" or dash before it
// (never keep someone else's name on a change they did not make). Nothing if the line has no
// date. Never throws.
std::optional<UpdatedRewrite>
rewriteUpdatedLine(const UpdatedLine& line, std::chrono::year_month_day day, const std::string& by);
} // namespace eqplan
