// text.invisible: characters the page does not show that change how text is read: direction
// overrides and embeddings (which can show "ecnatsixe" as "existence" to a reader and not to a
// search, or the reverse), isolates, and zero-width spaces, word joiners and byte order marks
// pasted with text. Removing zero-width ones changes nothing on the page, so that fix is safe;
// removing a direction control may reorder what is shown, so that one is offered, not applied.
#include "Rule.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

namespace eqplan::checks
{
namespace
{
struct Invisible
{
    std::string_view bytes; // UTF-8
    char32_t code;
    bool direction; // changes the order text is shown in
};

constexpr std::array<Invisible, 12> invisibles = {{
    {"\xE2\x80\xAA", 0x202A, true},
    {"\xE2\x80\xAB", 0x202B, true},
    {"\xE2\x80\xAC", 0x202C, true},
    {"\xE2\x80\xAD", 0x202D, true},
    {"\xE2\x80\xAE", 0x202E, true},
    {"\xE2\x81\xA6", 0x2066, true},
    {"\xE2\x81\xA7", 0x2067, true},
    {"\xE2\x81\xA8", 0x2068, true},
    {"\xE2\x81\xA9", 0x2069, true},
    {"\xE2\x80\x8B", 0x200B, false},
    {"\xE2\x81\xA0", 0x2060, false},
    {"\xEF\xBB\xBF", 0xFEFF, false},
}};

// What an invisible character is called, in words.
Message nameOf(char32_t code)
{
    switch (code)
    {
    case 0x202A:
        return keyed("invisibleLtrEmbedding", "a left-to-right embedding");
    case 0x202B:
        return keyed("invisibleRtlEmbedding", "a right-to-left embedding");
    case 0x202C:
        return keyed("invisiblePopFormatting", "a pop directional formatting");
    case 0x202D:
        return keyed("invisibleLtrOverride", "a left-to-right override");
    case 0x202E:
        return keyed("invisibleRtlOverride", "a right-to-left override");
    case 0x2066:
        return keyed("invisibleLtrIsolate", "a left-to-right isolate");
    case 0x2067:
        return keyed("invisibleRtlIsolate", "a right-to-left isolate");
    case 0x2068:
        return keyed("invisibleFirstStrongIsolate", "a first strong isolate");
    case 0x2069:
        return keyed("invisiblePopIsolate", "a pop directional isolate");
    case 0x200B:
        return keyed("invisibleZeroWidthSpace", "a zero width space");
    case 0x2060:
        return keyed("invisibleWordJoiner", "a word joiner");
    default:
        break;
    }
    return keyed("invisibleByteOrderMark", "a byte order mark");
}

struct Found
{
    std::size_t offset = 0;
    const Invisible* what = nullptr;
};

std::vector<Found> invisiblesIn(std::string_view paragraph)
{
    std::vector<Found> found;
    for (const Invisible& invisible : invisibles)
        for (std::size_t at : occurrences(paragraph, invisible.bytes))
            found.push_back({at, &invisible});
    std::sort(found.begin(), found.end(),
              [](const Found& a, const Found& b) { return a.offset < b.offset; });
    return found;
}

struct InvisiblesInCell : CellScan
{
    std::vector<std::pair<std::size_t, std::vector<Found>>> paragraphs;
};

std::string codeOf(char32_t code)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(code));
    return buffer;
}
} // namespace

void checkTextInvisible(const Context& context, Report& report)
{
    forEachBodyCell(
        context, "text.invisible",
        [](const Cell& cell) -> std::shared_ptr<const CellScan>
        {
            auto scan = std::make_shared<InvisiblesInCell>();
            for (std::size_t p = 0; p < cell.paragraphs.size(); ++p)
                if (std::vector<Found> found = invisiblesIn(cell.paragraphs[p].text);
                    !found.empty())
                    scan->paragraphs.emplace_back(p, std::move(found));
            return scan->paragraphs.empty() ? nullptr : scan;
        },
        [&](const BodyCell& cell, const std::shared_ptr<const CellScan>& scan)
        {
            if (!scan)
                return;
            for (const auto& [paragraph, found] :
                 static_cast<const InvisiblesInCell&>(*scan).paragraphs)
            {
                const CellParagraph where = paragraphOf(context, cell, paragraph);
                std::vector<Message> kinds;
                bool direction = false;
                for (const Found& f : found)
                {
                    if (std::none_of(kinds.begin(), kinds.end(),
                                     [&](const Message& kind)
                                     { return kind.arguments.at(1) == codeOf(f.what->code); }))
                        kinds.push_back(keyed("invisibleKind", "{0} ({1})",
                                              {nameOf(f.what->code), plain(codeOf(f.what->code))}));
                    direction |= f.what->direction;
                }
                Fix fix;
                fix.safe = !direction;
                describeFix(
                    fix, found.size() == 1
                             ? keyed("fixRemoveInvisibleOne", "Remove the invisible character")
                             : keyed("fixRemoveInvisibleMany", "Remove the invisible characters"));
                for (auto it = found.rbegin(); it != found.rend(); ++it)
                    addEdit(fix, replaceAt(where.location, where.paragraph->text, it->offset,
                                           it->what->bytes, ""));
                std::vector<Message> arguments{writerOf(where), plain(where.location.cell),
                                               listWords(std::move(kinds)),
                                               plain(std::to_string(found.size()))};
                const bool one = found.size() == 1;
                report.add(
                    Severity::Warning, where.objective, where.location,
                    direction
                        ? (one ? keyed("findingInvisibleDirectionOne",
                                       "{0} has an invisible character in cell {1}: {2}. A "
                                       "direction control can show text in another order than a "
                                       "screen reader reads it or a search finds it; remove it "
                                       "unless the text needs it.",
                                       std::move(arguments))
                               : keyed("findingInvisibleDirectionMany",
                                       "{0} has {3} invisible characters in cell {1}: {2}. A "
                                       "direction control can show text in another order than a "
                                       "screen reader reads it or a search finds it; remove them "
                                       "unless the text needs them.",
                                       std::move(arguments)))
                        : (one ? keyed("findingInvisibleOne",
                                       "{0} has an invisible character in cell {1}: {2}. The page "
                                       "does not show it, but a search or a screen reader meets "
                                       "it; remove it.",
                                       std::move(arguments))
                               : keyed("findingInvisibleMany",
                                       "{0} has {3} invisible characters in cell {1}: {2}. The "
                                       "page does not show them, but a search or a screen reader "
                                       "meets them; remove them.",
                                       std::move(arguments))),
                    std::move(fix));
            }
        });
}
} // namespace eqplan::checks
