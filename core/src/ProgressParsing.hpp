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
        if (std::optional<PlanDate> date = parseProgressHeading(paragraph.text, grammar))
        {
            ProgressEntry entry;
            entry.date = date;
            entry.heading = std::string(text::trim(paragraph.text));
            entry.headingParagraph = index;
            entry.headingBold = paragraph.bold;
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
