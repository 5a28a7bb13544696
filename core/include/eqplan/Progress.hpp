// The grammar of progress commentary: dated headings and the items under them.
#pragma once

#include "eqplan/Dates.hpp"
#include "eqplan/Grid.hpp"

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
};

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

// One item of an entry, with the index of its paragraph in the span given to parseProgress.
struct ProgressItem
{
    Item item;
    std::size_t paragraph = 0;
};

// One dated (or undated) block of progress commentary.
struct ProgressEntry
{
    std::optional<PlanDate> date;                // empty for commentary before any heading
    std::string heading;                         // the heading as written (trimmed); empty if none
    std::optional<std::size_t> headingParagraph; // index of the heading paragraph
    bool headingBold = false;
    std::vector<ProgressItem> items; // non-empty paragraphs under the heading
};

// Splits paragraphs into entries in document order: each heading starts an entry; paragraphs
// before the first heading form one undated entry; empty paragraphs are skipped.
std::vector<ProgressEntry> parseProgress(std::span<const Paragraph> paragraphs,
                                         const CommentaryGrammar& grammar);
} // namespace eqplan
