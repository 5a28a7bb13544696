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
    const char* name;
    char32_t code;
    bool direction; // changes the order text is shown in
};

constexpr std::array<Invisible, 12> invisibles = {{
    {"\xE2\x80\xAA", "a left-to-right embedding", 0x202A, true},
    {"\xE2\x80\xAB", "a right-to-left embedding", 0x202B, true},
    {"\xE2\x80\xAC", "a pop directional formatting", 0x202C, true},
    {"\xE2\x80\xAD", "a left-to-right override", 0x202D, true},
    {"\xE2\x80\xAE", "a right-to-left override", 0x202E, true},
    {"\xE2\x81\xA6", "a left-to-right isolate", 0x2066, true},
    {"\xE2\x81\xA7", "a right-to-left isolate", 0x2067, true},
    {"\xE2\x81\xA8", "a first strong isolate", 0x2068, true},
    {"\xE2\x81\xA9", "a pop directional isolate", 0x2069, true},
    {"\xE2\x80\x8B", "a zero width space", 0x200B, false},
    {"\xE2\x81\xA0", "a word joiner", 0x2060, false},
    {"\xEF\xBB\xBF", "a byte order mark", 0xFEFF, false},
}};

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
                std::vector<std::string> kinds;
                bool direction = false;
                for (const Found& f : found)
                {
                    const std::string kind =
                        std::string(f.what->name) + " (" + codeOf(f.what->code) + ")";
                    if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end())
                        kinds.push_back(kind);
                    direction |= f.what->direction;
                }
                Fix fix;
                fix.safe = !direction;
                fix.description = found.size() == 1 ? "Remove the invisible character"
                                                    : "Remove the invisible characters";
                for (auto it = found.rbegin(); it != found.rend(); ++it)
                    addEdit(fix, replaceAt(where.location, where.paragraph->text, it->offset,
                                           it->what->bytes, ""));
                const std::string count =
                    found.size() == 1 ? std::string("an invisible character")
                                      : std::to_string(found.size()) + " invisible characters";
                const char* them = found.size() == 1 ? "it" : "them";
                report.add(Severity::Warning, where.objective, where.location,
                           writerOf(where) + " has " + count + " in cell " + where.location.cell +
                               ": " + listInWords(kinds) + "." +
                               (direction ? std::string(" A direction control can show text in "
                                                        "another order than a screen reader "
                                                        "reads it or a search finds it; remove ") +
                                                them + " unless the text needs " + them + "."
                                          : std::string(" The page does not show ") + them +
                                                ", but a search or a screen reader meets " + them +
                                                "; remove " + them + "."),
                           std::move(fix));
            }
        });
}
} // namespace eqplan::checks
