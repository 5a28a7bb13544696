#include "eqplan/Owners.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include <set>
#include <tuple>

namespace eqplan
{
std::vector<OwnerPiece> ownerPieces(std::string_view paragraph)
{
    std::vector<OwnerPiece> pieces;
    std::size_t cursor = 0;
    for (const std::string& written : splitOwnerText(paragraph))
    {
        const std::size_t at = paragraph.find(written, cursor);
        if (at == std::string_view::npos)
            return {};
        cursor = at + written.size();
        // The owner without its note: a rename keeps "- signage" after the new name.
        std::string name = readOwnerMention(written).name;
        const std::size_t nameAt = paragraph.find(name, at);
        if (name.empty() || nameAt == std::string_view::npos || nameAt + name.size() > cursor)
            return {};
        const std::size_t end = nameAt + name.size();
        pieces.push_back(OwnerPiece{std::move(name), nameAt, end});
    }
    return pieces;
}

std::vector<Edit> renameOwnerEdits(const Plan& plan, std::string_view from, std::string_view to)
{
    const std::string key = ownerKey(from);
    std::vector<Edit> edits;
    std::set<std::tuple<int, int, int, int>> seen;
    for (const Objective& objective : plan.objectives)
        for (const FieldParagraph& fp : objective.owners.paragraphs)
        {
            const Location& at = fp.location;
            if (fp.paragraph.empty() ||
                !seen.insert({at.table, at.row, at.column, at.paragraph.value_or(0)}).second)
                continue;
            const std::string& text = fp.paragraph.text;
            for (const OwnerPiece& piece : ownerPieces(text))
            {
                if (ownerKey(piece.text) != key || piece.text == to)
                    continue;
                // Which occurrence of the words this is, counted as the bridge finds them: each
                // search starts one character after the previous match.
                int occurrence = 0;
                for (std::size_t found = text.find(piece.text); found < piece.begin;
                     found = text.find(piece.text, found + 1))
                    ++occurrence;
                edits.push_back(ReplaceText{at, piece.text, std::string(to), occurrence});
            }
        }
    return edits;
}

void registerOwner(OwnerRegister& owners, std::string_view code, std::string_view name)
{
    for (OwnerEntry& entry : owners.entries)
        if (ownerKey(entry.code) == ownerKey(code))
        {
            entry.name = std::string(name);
            return;
        }
    owners.entries.push_back(OwnerEntry{std::string(code), std::string(name)});
}

bool unregisterOwner(OwnerRegister& owners, std::string_view code)
{
    return std::erase_if(owners.entries, [&](const OwnerEntry& entry)
                         { return ownerKey(entry.code) == ownerKey(code); }) > 0;
}

void renameInRegister(OwnerRegister& owners, std::string_view from, std::string_view to)
{
    for (OwnerEntry& entry : owners.entries)
        if (ownerKey(entry.code) == ownerKey(from))
            entry.code = std::string(to);
}
} // namespace eqplan
