// parseProgress over any sequence of paragraphs: the reader walks a field's paragraphs where they
// are, without copying them into a span first. Private to core.
#pragma once

#include "eqplan/Progress.hpp"
#include "eqplan/Text.hpp"

#include <array>
#include <bitset>
#include <cstddef>
#include <optional>
#include <vector>

namespace eqplan::detail
{
// A grammar's word lists with the bytes their words start with (ASCII case folded), each made as
// it is first asked for: a parse of many paragraphs makes them once, and a position that no word
// of a list starts is passed without comparing each of its words there.
class GrammarWords
{
public:
    enum List
    {
        HeadingPrefixes,
        BulletMarkers,
        InlineLeadWords,
        AutumnNames,
        SpringNames,
        SummerNames,
        TermWords,
        WeekCommencing,
        ListCount
    };

    explicit GrammarWords(const CommentaryGrammar& of) : grammar(of) {}

    // The list's words as the grammar has them.
    const std::vector<std::string>& words(List list) const;
    // Whether a word of the list (trimmed) may start at c: its first byte is c, ignoring ASCII
    // case. False means none does.
    bool mayStartAt(List list, char c) const;

    const CommentaryGrammar& grammar;

private:
    mutable std::array<std::bitset<256>, ListCount> starts_;
    mutable std::bitset<ListCount> made_;
};

// parseProgressHeadingForm, parseInlineEntry and parseItem with the grammar's words at hand.
std::optional<EntryDate> parseProgressHeadingForm(std::string_view paragraph,
                                                  const GrammarWords& words);
std::optional<InlineEntry> parseInlineEntry(std::string_view paragraph, const GrammarWords& words);
Item parseItem(const Paragraph& paragraph, const GrammarWords& words);

// parseProgress of `count` paragraphs, the i-th being paragraphAt(i).
template <class ParagraphAt>
std::vector<ProgressEntry> parseProgressOf(std::size_t count, const ParagraphAt& paragraphAt,
                                           const CommentaryGrammar& grammar)
{
    std::vector<ProgressEntry> entries;
    const GrammarWords words(grammar);
    for (std::size_t index = 0; index < count; ++index)
    {
        const Paragraph& paragraph = paragraphAt(index);
        if (paragraph.empty())
            continue;
        // A heading may itself be a list paragraph; its text decides, not its label.
        if (std::optional<EntryDate> date = parseProgressHeadingForm(paragraph.text, words))
        {
            ProgressEntry entry;
            entry.date = date->date;
            entry.dateForm = date->form;
            entry.heading = std::string(text::trim(paragraph.text));
            entry.headingParagraph = index;
            entry.headingBold = paragraph.bold;
            entries.push_back(std::move(entry));
            continue;
        }
        // "March 2024: club running": the date, then the entry's first item in the same
        // paragraph.
        if (std::optional<InlineEntry> found = parseInlineEntry(paragraph.text, words))
        {
            const std::string_view trimmed = text::trim(paragraph.text);
            ProgressEntry entry;
            entry.date = found->date.date;
            entry.dateForm = found->date.form;
            entry.form = EntryForm::Inline;
            entry.heading = std::string(text::trim(trimmed.substr(0, found->textBegin)));
            entry.headingParagraph = index;
            entry.headingBold = paragraph.bold;
            Paragraph rest = paragraph;
            rest.text = std::string(trimmed.substr(found->textBegin));
            entry.items.push_back(ProgressItem{parseItem(rest, words), index});
            entries.push_back(std::move(entry));
            continue;
        }
        if (entries.empty())
            entries.emplace_back();
        entries.back().items.push_back(ProgressItem{parseItem(paragraph, words), index});
    }
    return entries;
}
} // namespace eqplan::detail
