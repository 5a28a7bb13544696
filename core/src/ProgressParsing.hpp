// parseProgress over any sequence of paragraphs: the reader walks a field's paragraphs where they
// are, without copying them into a span first. Private to core.
#pragma once

#include "eqplan/Progress.hpp"
#include "eqplan/Text.hpp"

#include <cstddef>
#include <optional>
#include <vector>

namespace eqplan::detail
{
// parseProgress of `count` paragraphs, the i-th being paragraphAt(i).
template <class ParagraphAt>
std::vector<ProgressEntry> parseProgressOf(std::size_t count, const ParagraphAt& paragraphAt,
                                           const CommentaryGrammar& grammar)
{
    std::vector<ProgressEntry> entries;
    for (std::size_t index = 0; index < count; ++index)
    {
        const Paragraph& paragraph = paragraphAt(index);
        if (paragraph.empty())
            continue;
        // A heading may itself be a list paragraph; its text decides, not its label.
        if (std::optional<EntryDate> date = parseProgressHeadingForm(paragraph.text, grammar))
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
        if (std::optional<InlineEntry> found = parseInlineEntry(paragraph.text, grammar))
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
            entry.items.push_back(ProgressItem{parseItem(rest, grammar), index});
            entries.push_back(std::move(entry));
            continue;
        }
        if (entries.empty())
            entries.emplace_back();
        entries.back().items.push_back(ProgressItem{parseItem(paragraph, grammar), index});
    }
    return entries;
}
} // namespace eqplan::detail
