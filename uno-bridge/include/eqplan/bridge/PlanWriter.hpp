// Writing to a plan document: applying what core planned (a progress update, a field edit, the
// Updated line, a new objective, a status, a new plan), and storing the document without ever
// leaving a half-written file. These open no undo step: the operations users run
// (bridge/Operations.hpp) combine them with the Updated line and the history into one, the only
// place steps are opened.
#pragma once

#include "eqplan/FieldWriter.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/ProgressWriter.hpp"
#include "eqplan/StatusWriter.hpp"

#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/text/XTextRange.hpp>

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace eqplan::bridge
{
// Inserts the paragraphs of `write` into its cell and, if given, rewrites the Updated line
// (`line` is where it is, `rewrite` what it becomes). With Track Changes
// on, LibreOffice records the insertions. Throws Error if the document is read-only or does not
// have the table, cell or paragraph the plan names.
void applyProgressUpdate(const css::uno::Reference<css::lang::XComponent>& document,
                         const ProgressWrite& write, const std::optional<UpdatedLine>& line,
                         const std::optional<UpdatedRewrite>& rewrite);

// Rewrites the Updated line (`line` is where it is, `rewrite` what it becomes) 
// Throws Error if the document is read-only.
void applyUpdatedLine(const css::uno::Reference<css::lang::XComponent>& document,
                      const UpdatedLine& line, const UpdatedRewrite& rewrite);

// Dates the plan as planned (planUpdatedLine): rewrites the Updated line
// (`line` is where it is), or inserts a new one under the title as a plain paragraph. Does
// nothing when `write` holds nothing. Throws Error if the document is read-only.
void applyUpdatedLine(const css::uno::Reference<css::lang::XComponent>& document,
                      const std::optional<UpdatedLine>& line, const UpdatedLineWrite& write);

// Replaces the paragraphs of `edit` in its cell by its new paragraphs, which keep the paragraph
// and character formatting of the first one replaced, and empties the field's further cells.
// The new text is inserted before the old is deleted, so with Track
// Changes on LibreOffice records an insertion and a deletion, and accepting them gives the
// same text as writing with recording off. Throws Error if the document is read-only or does
// not have the table, cell or paragraphs the edit names.
void applyFieldEdit(const css::uno::Reference<css::lang::XComponent>& document,
                    const FieldWrite& edit);

// Adds the rows of a new objective as planned (planNewObjective): inserts them (none for the
// first objective of a plan with an empty row, which is filled),
// gives each the cells and column widths of the row it copies, merges cells down as planned and
// fills them, each new paragraph with the formatting the new cell got from the row it copies.
// With Track Changes on, the text written is recorded; the rows themselves are added untracked
// (LibreOffice 7.4 leaves marks in merged cells of tracked rows).
// Throws Error (Kind::Refused) when LibreOffice refuses to add or shape the rows (some merged
// tables): the operation takes its step back, and nothing is changed.
void applyNewObjective(const css::uno::Reference<css::lang::XComponent>& document,
                       const ObjectiveInsert& insert);

// Where applyNewPlan put a new plan, for the caller to say: a place in a cell, frame, header or
// footer cannot hold one, so the plan goes to the nearest place in the body that can.
enum class NewPlanPlace
{
    AtPlace,        // in the body where asked: in an empty paragraph, else before the paragraph
                    // the place starts, else after the one it is in (a paragraph is never split)
    AfterSelection, // after the paragraph a selection ends in
    AfterTable,     // after the table (in the body) the place is in
    AtAnchor,       // after the paragraph the frame or footnote the place is in is anchored in
    End,            // at the end of the document: asked for (no place), or a place in a header
                    // or footer, or in a table inside a frame or another table
};

// What applyNewPlan inserted, and where.
struct NewPlan
{
    NewPlanPlace place = NewPlanPlace::End;
    std::string table;         // the new table's name ("Table2")
    std::string objectiveCell; // the cell of its empty row that takes the objective ("C2")
};

// Adds the canonical plan at `at` (a text range: the view cursor), or at the end of the document
// when `at` is empty: the layout's title, `updatedLine` (the Updated line's text), the header row
// of the layout's canonical columns and one empty objective row. The new paragraphs take none of
// the formatting of the paragraph they were split from (a list, a page break). Gives where it
// went. Throws Error if the document is read-only or not a text document.
NewPlan applyNewPlan(const css::uno::Reference<css::lang::XComponent>& document,
                     const Layout& layout, const std::string& updatedLine,
                     const css::uno::Reference<css::text::XTextRange>& at = {});

// Writes a planned status (planStatus) into its cell: the cell's text replaced where it differs
// (keeping the first paragraph's formatting), its shading set or cleared.
// Throws Error if the document is read-only or does not have the cell.
void applyStatus(const css::uno::Reference<css::lang::XComponent>& document,
                 const StatusWrite& status);

// Why `target` cannot be written, if it cannot: what checkWritable reports, for callers that
// say it in their own words (the CLI names its options).
enum class WriteProblem
{
    None,
    NoFolder,       // its folder does not exist
    FileReadOnly,   // it exists and is read-only
    FolderReadOnly, // its folder cannot be written to
};

// What stands in the way of writing `target`, if anything.
WriteProblem writeProblem(const std::filesystem::path& target);

// Throws Error (Kind::NotWritable) unless `target` can be written: its folder is writable and
// the file, if it exists, is not read-only.
void checkWritable(const std::filesystem::path& target);

// The LibreOffice filter that stores a text document in the format of `file`'s extension
// ("MS Word 2007 XML" for .docx), or empty if eqplan does not write that format.
const char* filterFor(const std::filesystem::path& file);

// Stores the document to `target` in the format of its extension: into a temporary file in the
// same folder, renamed over `target` only when complete. On failure the temporary file is
// removed and `target` is left as it was. Throws Error.
void storeDocument(const css::uno::Reference<css::lang::XComponent>& document,
                   const std::filesystem::path& target);
} // namespace eqplan::bridge
