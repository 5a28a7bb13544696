// Publishing a plan as an accessible PDF for a school's website: a check of what must be
// resolved first, and the export itself, which works on a copy and never changes the document.
#pragma once

#include "eqplan/Checks.hpp"
#include "eqplan/Dates.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <chrono>
#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace eqplan::bridge
{
class Office;

// What blocks publishing, in plain words with where it is.
struct PublishProblem
{
    // The rule of the checks that found it ("publish.comment", "calendar.objectives-age"), or
    // "check" for a reason the caller gave.
    std::string kind;
    std::string message; // "A tracked change by A Governor (1 March 2021) in objective 1's ..."
    Message words = {};  // `message` with its key, for a catalogue (the finding's words)
};

// What stands in the way of publishing, from the findings of the checks run with the document's
// facts (bridge::documentFacts): their errors, those of the publish.* rules (pending changes,
// comments, figures without alternative text, typed numbering) first, then each of
// `extraBlocking`. Empty when the plan may be published.
std::vector<PublishProblem> publishingProblems(const std::vector<Finding>& findings,
                                              const std::vector<std::string>& extraBlocking = {});

// How to publish.
struct PublishOptions
{
    bool force = false;        // publish despite the problems (tracked changes are accepted)
    bool pdfa = true;          // PDF/A-2b as well as PDF/UA
    bool keepMetadata = false; // keep the author, editors and editing time
    // Add an "At a glance" page at the end: the coverage matrix and the review timeline as
    // figures with alternative text (bridge/Pictures.hpp).
    bool atAGlance = false;
    // Who each owner code is ("SLT" → "Senior Leadership Team"), for the owners key; may be empty.
    std::vector<std::pair<std::string, std::string>> ownerNames;
    // Further reasons not to publish, in plain words, beside the error findings of the checks.
    std::vector<std::string> extraBlocking;
    // The day the checks' calendar rules count from.
    std::chrono::year_month_day today = eqplan::today();
};

// What publishing did.
struct PublishResult
{
    enum class Status
    {
        Published,
        Refused, // the check found problems and force was not given; nothing was written
        NoPlan   // the document holds no plan; `read` says why
    };
    Status status = Status::Published;
    std::vector<PublishProblem> problems; // why it was refused, or what force overrode
    ReadResult read;                      // the plan as read from the document
    int outlineEntries = 0;               // objectives given a bookmark
};

// Whether any text of the body or of a table cell is hidden (the hidden character attribute):
// the text prepareForPublishing removes. Throws Error when `document` is not a text document.
bool hasHiddenText(const css::uno::Reference<css::lang::XComponent>& document);

// Makes the in-memory `copy` fit to publish, never to be stored over its file: accepts every
// tracked change (deletions vanish, insertions stay), removes comments and hidden text, unless
// keepMetadata clears the author, editors and editing time, then sets the Title (the plan's, if it
// has none) and the language (en-GB, if it has none), repeats the plan tables' header rows, gives
// the title and each objective's first paragraph an outline level (a PDF bookmark) and adds an
// owners key after the last plan table, and with options.atAGlance the "At a glance" page at the
// end. Returns the number of objectives given a bookmark.
// `office` is the office the copy is open in when the caller is outside it (its office reader
// reads the copy and sets the outline, else one flat ODF export reads it); nullptr in-process (the
// extension), where readGrid reads it. `asRead` is the plan as read from the copy before, if it
// was: the copy is read again only when accepting changes or removing comments changed it.
// Throws Error.
int prepareForPublishing(const css::uno::Reference<css::lang::XComponent>& copy,
                         const Schemas& schemas, const PublishOptions& options,
                         Office* office = nullptr, const ReadResult* asRead = nullptr);

// A paragraph to give an outline level (a PDF bookmark): paragraph `paragraph` of cell `cell` of
// the document table named `table`, paragraphs counted as the grid counts them.
struct OutlineMark
{
    std::string table;
    std::string cell;
    int paragraph = 0;

    bool operator==(const OutlineMark&) const = default;
};

// Where each objective's bookmark goes: the first non-empty paragraph of its objective (else its
// aim, else its actions); objectives with none of these get no mark.
std::vector<OutlineMark> objectiveOutlineMarks(const Plan& plan);

// Gives each mark's paragraph outline level `level` (1 is the top), with the document's
// controllers locked, so that Writer reformats once; returns how many of the paragraphs were
// found. Throws Error when `document` is not a text document.
int setOutlineLevels(const css::uno::Reference<css::lang::XComponent>& document,
                     const std::vector<OutlineMark>& marks, int level);

// The request setOutlineLevels answers, as JSON ({"level": 2, "marks": [["Table1", "A2", 0],
// ...]}) and back: how the CLI asks the office reader to set the levels inside the office. The
// reading throws Error on anything else.
std::string outlineRequestToJson(const std::vector<OutlineMark>& marks, int level);
std::pair<std::vector<OutlineMark>, int> outlineRequestFromJson(std::string_view json);

// Exports `document` as tagged PDF/UA (and PDF/A-2b with options.pdfa), opening with the
// outline shown and the title as the window title, without comments, into a temporary file in
// `target`'s folder renamed over `target` when complete. Throws Error.
void exportPdf(const css::uno::Reference<css::lang::XComponent>& document,
               const std::filesystem::path& target, const PublishOptions& options);

// The whole of publishing: copies `source` into a private temporary folder and opens that copy
// hidden (so `source` is never written, locked, or confused with a document open in a
// connected office), reads its plan, checks it, and unless refused prepares the copy and
// exports `target`. Throws Error.
PublishResult publishPdf(Office& office, const std::filesystem::path& source,
                         const std::filesystem::path& target, const Schemas& schemas,
                         const PublishOptions& options);

// The same for a document open in the office (the sidebar's): stores a copy of it as it is now,
// saved or not, into a private temporary folder and publishes that copy; `document` itself
// keeps its text, location, modified state and undo stack. Reads the copy with readGrid: meant
// to run in-process. Throws Error.
PublishResult publishPdf(const css::uno::Reference<css::frame::XDesktop2>& desktop,
                         const css::uno::Reference<css::lang::XComponent>& document,
                         const std::filesystem::path& target, const Schemas& schemas,
                         const PublishOptions& options);
} // namespace eqplan::bridge
