// owner.variant: one owner written in more than one way ("Pastoral staff" / "Pastoral Staff",
// "EWA / STL" / "EWA/STL"). Owners are compared by ownerKey() (case and spaces ignored); the
// spelling kept is the register's code if the document has a register that knows it, else the
// one the plan writes most (the first written on a tie). Owners joined by "/" are written with
// the spacing around "/" the plan uses most ("/" without spaces on a tie).
#include "Rule.hpp"

#include "eqplan/Owners.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace eqplan::checks
{
namespace
{
// The way a "/" between two owners is spaced, if the gap is a "/" and nothing else.
std::optional<std::string> slashForm(std::string_view gap)
{
    if (text::trim(gap) != "/")
        return std::nullopt;
    const bool before = text::spaceAt(gap, 0) > 0;
    const bool after = gap.back() != '/';
    return std::string(before ? " " : "") + "/" + (after ? " " : "");
}

struct OwnersParagraph
{
    const Objective* objective = nullptr;
    const FieldParagraph* paragraph = nullptr;
    std::vector<OwnerPiece> pieces;
    std::vector<std::string> keys; // ownerKey() of each piece
};
} // namespace

void checkOwnerVariant(const Context& context, Report& report)
{
    std::vector<OwnersParagraph> paragraphs;
    // A cell merged over several objectives counts once.
    std::set<std::tuple<int, int, int, int>> seen;
    for (const Objective& objective : context.plan().objectives)
        for (const FieldParagraph& fp : objective.owners.paragraphs)
        {
            const Location& at = fp.location;
            if (fp.paragraph.empty() ||
                !seen.insert({at.table, at.row, at.column, at.paragraph.value_or(0)}).second)
                continue;
            std::vector<OwnerPiece> pieces = ownerPieces(fp.paragraph.text);
            if (pieces.empty())
                continue;
            std::vector<std::string> keys;
            for (const OwnerPiece& piece : pieces)
                keys.push_back(ownerKey(piece.text));
            paragraphs.push_back(
                OwnersParagraph{&objective, &fp, std::move(pieces), std::move(keys)});
        }

    // How often each spelling of each owner, and each spacing of "/", is written.
    std::map<std::string, std::vector<std::pair<std::string, int>>> spellings; // key → in order
    std::map<std::string, int> slashes;
    for (const OwnersParagraph& op : paragraphs)
    {
        const std::string& text = op.paragraph->paragraph.text;
        for (std::size_t i = 0; i < op.pieces.size(); ++i)
        {
            auto& list = spellings[op.keys[i]];
            auto it = std::find_if(list.begin(), list.end(),
                                   [&](const auto& s) { return s.first == op.pieces[i].text; });
            if (it == list.end())
                list.emplace_back(op.pieces[i].text, 1);
            else
                ++it->second;
            if (i + 1 < op.pieces.size())
                if (std::optional<std::string> form = slashForm(std::string_view(text).substr(
                        op.pieces[i].end, op.pieces[i + 1].begin - op.pieces[i].end)))
                    ++slashes[*form];
        }
    }
    const OwnerRegister* owners = context.input().owners;
    // The spelling kept for each owner: the register's code, else the one written most.
    std::map<std::string, std::string> kept;
    for (const auto& [key, list] : spellings)
    {
        const std::pair<std::string, int>* best = &list.front();
        for (const auto& spelling : list)
            if (spelling.second > best->second)
                best = &spelling;
        kept[key] = best->first;
    }
    if (owners)
        for (auto it = owners->entries.rbegin(); it != owners->entries.rend(); ++it)
            if (auto found = kept.find(ownerKey(it->code)); found != kept.end())
                found->second = it->code; // the first entry of a key wins
    auto preferred = [&](const std::string& key) -> const std::string& { return kept.at(key); };
    std::string slash = "/";
    for (const auto& [form, count] : slashes)
        if (count > slashes[slash])
            slash = form;

    for (const OwnersParagraph& op : paragraphs)
    {
        const std::string_view text = op.paragraph->paragraph.text;
        const std::size_t begin = op.pieces.front().begin;
        const std::size_t end = op.pieces.back().end;
        std::string rebuilt;
        std::vector<std::pair<std::string, std::string>> respelt; // written → kept
        bool respaced = false;
        for (std::size_t i = 0; i < op.pieces.size(); ++i)
        {
            const std::string& spelling = preferred(op.keys[i]);
            if (spelling != op.pieces[i].text)
                respelt.emplace_back(op.pieces[i].text, spelling);
            rebuilt += spelling;
            if (i + 1 == op.pieces.size())
                break;
            const std::string_view gap =
                text.substr(op.pieces[i].end, op.pieces[i + 1].begin - op.pieces[i].end);
            const std::optional<std::string> form = slashForm(gap);
            respaced = respaced || (form && *form != slash);
            rebuilt += form ? slash : std::string(gap);
        }
        const std::string_view written = text.substr(begin, end - begin);
        if (rebuilt == written)
            continue;
        Message message;
        Fix fix;
        fix.safe = true;
        const std::string number = std::to_string(op.objective->number);
        if (respelt.size() == 1 && !respaced)
        {
            const auto& [was, spelling] = respelt.front();
            message = owners && owners->find(spelling)
                          ? keyed("findingOwnerRegisterSpelling",
                                  "Objective {0} writes “{1}”; the plan's owner register writes "
                                  "“{2}”.",
                                  {number, was, spelling})
                          : keyed("findingOwnerMostlySpelling",
                                  "Objective {0} writes “{1}”; the plan mostly writes “{2}”.",
                                  {number, was, spelling});
            describeFix(fix, keyed("fixWrite", "Write “{0}”", {spelling}));
        }
        else
        {
            message = keyed("findingOwnersSpacing",
                            "Objective {0} writes its owners as “{1}”; written the way the rest "
                            "of the plan writes them, that is “{2}”.",
                            {number, std::string(written), rebuilt});
            describeFix(fix, keyed("fixWrite", "Write “{0}”", {rebuilt}));
        }
        addEdit(fix, replaceAt(op.paragraph->location, text, begin, written, rebuilt));
        report.add(Severity::Warning, op.objective, op.paragraph->location, std::move(message),
                   std::move(fix));
    }
}
} // namespace eqplan::checks
