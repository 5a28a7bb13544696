// text.artefact: leftovers of copying a plan between programs: "<p>" and "</p>" of a web page,
// "[bookmark: _GoBack]" of a Word export, a word written twice either side of "/"
// ("students/students"). Each fix removes the leftover and changes nothing else.
#include "Rule.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>

namespace eqplan::checks
{
namespace
{
bool isLetter(char c)
{
    return text::isAsciiLetter(c) || static_cast<unsigned char>(c) >= 0x80;
}

// One leftover in a paragraph: what is written and what replaces it.
struct Leftover
{
    std::size_t offset = 0;
    std::string written;
    std::string replacement;
};

std::vector<Leftover> tagsIn(std::string_view paragraph)
{
    std::vector<Leftover> found;
    for (std::string_view tag : {"<p>", "</p>", "<P>", "</P>"})
        for (std::size_t at : occurrences(paragraph, tag))
            found.push_back(Leftover{at, std::string(tag), ""});
    return found;
}

std::vector<Leftover> bookmarksIn(std::string_view paragraph)
{
    std::vector<Leftover> found;
    for (std::size_t at : occurrences(paragraph, "[bookmark:"))
    {
        const std::size_t end = paragraph.find(']', at);
        if (end != std::string_view::npos)
            found.push_back(Leftover{at, std::string(paragraph.substr(at, end + 1 - at)), ""});
    }
    return found;
}

// One word repeated either side of "/", as often as it is: "students/students",
// "pupils/pupils/pupils".
std::vector<Leftover> repeatsIn(std::string_view paragraph)
{
    std::vector<Leftover> found;
    const auto wordEnd = [&](std::size_t start)
    {
        std::size_t end = start;
        while (end < paragraph.size() && isLetter(paragraph[end]))
            ++end;
        return end;
    };
    for (std::size_t slash = paragraph.find('/'); slash != std::string_view::npos;
         slash = paragraph.find('/', slash + 1))
    {
        std::size_t begin = slash;
        while (begin > 0 && isLetter(paragraph[begin - 1]))
            --begin;
        const std::string_view first = paragraph.substr(begin, slash - begin);
        if (first.empty() ||
            (!found.empty() && begin < found.back().offset + found.back().written.size()))
            continue;
        std::size_t end = slash;
        while (end < paragraph.size() && paragraph[end] == '/')
        {
            const std::size_t next = wordEnd(end + 1);
            if (text::lower(paragraph.substr(end + 1, next - end - 1)) != text::lower(first))
                break;
            end = next;
        }
        if (end == slash)
            continue;
        found.push_back(
            Leftover{begin, std::string(paragraph.substr(begin, end - begin)), std::string(first)});
        slash = end - 1;
    }
    return found;
}

// The leftovers of each paragraph of one cell that has any.
struct LeftoversInCell : CellScan
{
    struct InParagraph
    {
        std::size_t paragraph = 0;
        std::vector<Leftover> tags, bookmarks, repeats;
    };
    std::vector<InParagraph> paragraphs;
};

// What a leftover is: the pattern of the finding about it, "{0} writes “{1}”, ...".
enum class LeftoverKind
{
    Tag,
    Bookmark,
    Repeat
};

Message leftoverWords(LeftoverKind kind, Message writer, const std::string& written)
{
    std::vector<Message> arguments{std::move(writer), plain(written)};
    switch (kind)
    {
    case LeftoverKind::Tag:
        return keyed("findingLeftoverWeb",
                     "{0} writes “{1}”, a leftover of copying the plan from a web page.",
                     std::move(arguments));
    case LeftoverKind::Bookmark:
        return keyed("findingLeftoverWord",
                     "{0} writes “{1}”, a leftover of copying the plan out of Word.",
                     std::move(arguments));
    case LeftoverKind::Repeat:
        break;
    }
    return keyed("findingWordTwice", "{0} writes “{1}”, one word written twice.",
                 std::move(arguments));
}

void reportLeftovers(const CellParagraph& where, std::vector<Leftover> found, LeftoverKind kind,
                     Report& report)
{
    if (found.empty())
        return;
    std::sort(found.begin(), found.end(),
              [](const Leftover& a, const Leftover& b) { return a.offset < b.offset; });
    Fix fix;
    fix.safe = true;
    describeFix(fix, found.front().replacement.empty()
                         ? keyed("fixRemove", "Remove “{0}”", {found.front().written})
                         : keyed("fixWrite", "Write “{0}”", {found.front().replacement}));
    for (auto it = found.rbegin(); it != found.rend(); ++it)
        addEdit(fix, replaceAt(where.location, where.paragraph->text, it->offset, it->written,
                               it->replacement));
    report.add(Severity::Warning, where.objective, where.location,
               leftoverWords(kind, writerOf(where), found.front().written), std::move(fix));
}
} // namespace

void checkTextArtefact(const Context& context, Report& report)
{
    forEachBodyCell(
        context, "text.artefact",
        [](const Cell& cell) -> std::shared_ptr<const CellScan>
        {
            auto found = std::make_shared<LeftoversInCell>();
            for (std::size_t p = 0; p < cell.paragraphs.size(); ++p)
            {
                const std::string& paragraph = cell.paragraphs[p].text;
                LeftoversInCell::InParagraph in{p, tagsIn(paragraph), bookmarksIn(paragraph),
                                                repeatsIn(paragraph)};
                if (!in.tags.empty() || !in.bookmarks.empty() || !in.repeats.empty())
                    found->paragraphs.push_back(std::move(in));
            }
            return found->paragraphs.empty() ? nullptr : found;
        },
        [&](const BodyCell& cell, const std::shared_ptr<const CellScan>& scan)
        {
            if (!scan)
                return;
            for (const auto& in : static_cast<const LeftoversInCell&>(*scan).paragraphs)
            {
                const CellParagraph where = paragraphOf(context, cell, in.paragraph);
                reportLeftovers(where, in.tags, LeftoverKind::Tag, report);
                reportLeftovers(where, in.bookmarks, LeftoverKind::Bookmark, report);
                reportLeftovers(where, in.repeats, LeftoverKind::Repeat, report);
            }
        });
}
} // namespace eqplan::checks
