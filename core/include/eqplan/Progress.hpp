// The grammar of progress commentary: dated entries (a heading on its own line, or a date starting
// a paragraph) and the items under them.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/Grid.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace eqplan
{
// The words around progress commentary, loaded from schemas/progress-commentary.json.
struct CommentaryGrammar
{
    // Words that may precede the date of a heading, matched case-insensitively, in any order
    // and number: "Progress Commentary", "As of", "As at", "Update", "Review"...
    std::vector<std::string> headingPrefixes;
    // Typed bullet markers: "·", "•", "-", "–", "*", "" (Symbol font bullet)...
    std::vector<std::string> bulletMarkers;
    // A heading has at most this many words (a sentence that mentions a date is not a heading).
    std::size_t maxHeadingWords = 8;
    // How eqplan writes progress when the plan gives no example of its own ("canonical"):
    // "{month} {year}" headings, the first one "Progress Commentary As of {month} {year}:",
    // items "{n}) {text}".
    std::string canonicalHeading = "{month} {year}";
    std::string canonicalFirstHeading = "Progress Commentary As of {month} {year}:";
    std::string canonicalItem = "{n}) {text}";
    bool canonicalHeadingBold = true;
    // Inline-dated entries ("March 2024: club running"); optional in the file, these defaults
    // are its words. Words that may precede the date: "Update", "Review", "Progress"...
    std::vector<std::string> inlineLeadWords = {"Progress update", "Progress", "Update",
                                                "Updated",         "Review",   "Reviewed"};
    // What separates an inline entry's date from its text.
    std::vector<std::string> inlineSeparators = {":", "\xE2\x80\x93", "\xE2\x80\x94", "-", ")"};
    // How eqplan joins several items in an inline entry's paragraph when the plan shows no way.
    std::string inlineItemJoin = "; ";
    // The spellings of the Autumn, Spring and Summer terms, the full name first.
    std::array<std::vector<std::string>, 3> termNames = {std::vector<std::string>{"Autumn", "Aut"},
                                                         std::vector<std::string>{"Spring", "Spr"},
                                                         std::vector<std::string>{"Summer", "Sum"}};
    // Words that may follow a term's name: "Term" in "Autumn Term 2022".
    std::vector<std::string> termWords = {"Term"};
    // Words before a day that names its week: "w/c 4 March 2024".
    std::vector<std::string> weekCommencing = {"w/c", "w/b", "week commencing", "week beginning"};
};

// How an entry's date is written, by name.
enum class DateForm
{
    Year,           // "2023"
    MonthYear,      // "March 2024", "Mar 2024"
    Day,            // "07/03/2024", "7/3/24", "07.03.2024", "7 March 2024"
    WeekCommencing, // "w/c 4 March 2024"
    Term,           // "Autumn Term 2022", "Summer 2023"
    HalfTerm,       // "Spring 2 2023", "Aut 1 22"
    AcademicYear    // "2023-24"
};

// "year", "month-year", "day", "week-commencing", "term", "half-term", "academic-year".
std::string_view toString(DateForm form);

// Where an entry's date is: a heading on its own line, or the start of its first paragraph.
enum class EntryForm
{
    Heading, // "Progress Commentary As of December 2018:" then the items
    Inline   // "March 2024: club running, 14 boys attend"
};

// "heading", "inline".
std::string_view toString(EntryForm form);

// A date as a progress entry writes it, found at the start of a paragraph (after lead words).
struct EntryDate
{
    PlanDate date;
    DateForm form = DateForm::MonthYear;
    std::size_t begin = 0; // byte offset of the date expression ("w/c" included)
    std::size_t end = 0;   // byte offset just past it
};

// The date that starts s (after nothing but spaces), in any form of the grammar: the forms of
// findDate, plus half terms ("Spring 2 2023"), short terms and years ("Aut 1 22"), academic years
// ("2023-24") and weeks ("w/c 4 March 2024"). Never throws.
std::optional<EntryDate> entryDateAt(std::string_view s, std::size_t pos,
                                     const CommentaryGrammar& grammar);

// An inline-dated paragraph split at its separator.
struct InlineEntry
{
    EntryDate date;            // offsets into the trimmed paragraph
    std::string lead;          // the lead words and the date as written: "Update March 2024"
    std::string separator;     // as written, with its spaces: ": ", " – "
    std::size_t textBegin = 0; // byte offset of the entry's text in the trimmed paragraph
};

// The inline entry a paragraph starts, or nothing: "March 2024: club running" and "Update – 7/3/24
// - gap closed" are entries; "In March 2024: ..." (a date inside a sentence), "March 2024" (a
// heading) and "March 2024:" with no text are not.
std::optional<InlineEntry> parseInlineEntry(std::string_view paragraph,
                                            const CommentaryGrammar& grammar);

// How an item shows its place in a list.
enum class ItemMarker
{
    None,        // a plain paragraph
    TypedNumber, // "1) text", "1. text", "(1) text" typed as text
    TypedBullet, // "· text", "• text", "- text" typed as text
    ListLabel    // a real list paragraph; the label comes from the list, not the text
};

// "none", "typed-number", "typed-bullet", "list".
std::string_view toString(ItemMarker marker);

// One paragraph read as a list item.
struct Item
{
    ItemMarker marker = ItemMarker::None;
    std::string label;         // the marker as shown: "1)", "·", or the list label "1."
    std::optional<int> number; // the number in a typed or real numbered label
    std::string text;          // the text without its marker, trimmed
};

// Reads a paragraph as an item: a real list label wins over typed markers. Never throws.
Item parseItem(const Paragraph& paragraph, const CommentaryGrammar& grammar);

// The date of a progress heading, or nothing if the paragraph is not a heading.
// "Progress Commentary As of December 2018:", "March 2020", "As of 3 March 2021",
// "Spring Term 2021", "Autumn 2020" are headings; "Positive feedback from DfE visit Nov 2018"
// is not (it is an item that mentions a date).
std::optional<PlanDate> parseProgressHeading(std::string_view paragraph,
                                             const CommentaryGrammar& grammar);

// parseProgressHeading with the form of the date ("March 2020" is a month-year); its offsets are
// into the heading without its words and punctuation.
std::optional<EntryDate> parseProgressHeadingForm(std::string_view paragraph,
                                                  const CommentaryGrammar& grammar);

// One item of an entry, with the index of its paragraph in the span given to parseProgress.
struct ProgressItem
{
    Item item;
    std::size_t paragraph = 0;
};

// One dated (or undated) block of progress commentary.
struct ProgressEntry
{
    std::optional<PlanDate> date; // empty for commentary before any heading
    // The heading as written (trimmed); for an inline entry, its date with its lead words and
    // separator ("March 2024:"); empty if none.
    std::string heading;
    std::optional<std::size_t> headingParagraph; // index of the heading (or inline) paragraph
    bool headingBold = false;
    EntryForm form = EntryForm::Heading;
    std::optional<DateForm> dateForm; // how the date is written; empty for undated commentary
    // Non-empty paragraphs under the heading; an inline entry's text after its separator first.
    std::vector<ProgressItem> items;
};

// Splits paragraphs into entries in document order: each heading, and each paragraph that starts
// with its date, starts an entry; paragraphs before the first form one undated entry; empty
// paragraphs are skipped.
std::vector<ProgressEntry> parseProgress(std::span<const Paragraph> paragraphs,
                                         const CommentaryGrammar& grammar);
} // namespace eqplan
