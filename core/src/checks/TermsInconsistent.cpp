// terms.inconsistent: a term of schemas/checks.json written in more than one way in the plan
// ("On-going" / "on-going" / "Ongoing"). The form kept is the one the plan writes most; on a tie
// the schema's preferred form (else the first written).
#include "Rule.hpp"

#include "eqplan/Text.hpp"

#include <algorithm>
#include <map>

namespace eqplan::checks
{
namespace
{
// Punctuation and spaces of UTF-8 that end a word: typographic quotes and dashes (U+2000-U+203F
// start with E2 80) and the no-break space.
bool isPunctuationAt(std::string_view s, std::size_t pos)
{
    return s.substr(pos, 2) == "\xE2\x80" || s.substr(pos, 2) == "\xC2\xA0";
}

// Letters, digits, a hyphen ("non-ongoing") and other characters of UTF-8 join a match to a
// longer word.
bool isWordByte(char c)
{
    const unsigned char u = static_cast<unsigned char>(c);
    return text::isDigit(c) || text::isAsciiLetter(c) || c == '-' || u >= 0x80;
}

// The match [at, end) of `s` is a whole word.
bool isWholeWord(std::string_view s, std::size_t at, std::size_t end)
{
    bool startOk = at == 0 || !isWordByte(s[at - 1]);
    if (!startOk && at >= 3 && static_cast<unsigned char>(s[at - 1]) >= 0x80)
        startOk = isPunctuationAt(s, at - 3) || isPunctuationAt(s, at - 2);
    const bool endOk = end == s.size() || !isWordByte(s[end]) || isPunctuationAt(s, end);
    return startOk && endOk;
}

struct Match
{
    std::size_t paragraph = 0; // index into the paragraphs walked
    std::size_t offset = 0;
    std::string spelling;
};

// Every form of `term` in `paragraph`, ignoring case, on word boundaries, in text order.
std::vector<Match> matchesIn(std::string_view paragraph, std::size_t index, const TermSpec& term)
{
    std::vector<Match> matches;
    const std::string folded = text::lower(paragraph);
    for (const std::string& form : term.forms)
    {
        const std::string lowered = text::lower(form);
        for (std::size_t at = folded.find(lowered); at != std::string::npos;
             at = folded.find(lowered, at + 1))
        {
            const std::size_t end = at + lowered.size();
            if (!isWholeWord(folded, at, end))
                continue;
            if (std::none_of(matches.begin(), matches.end(),
                             [&](const Match& m) { return m.offset == at; }))
                matches.push_back(Match{index, at, std::string(paragraph.substr(at, end - at))});
        }
    }
    std::sort(matches.begin(), matches.end(),
              [](const Match& a, const Match& b) { return a.offset < b.offset; });
    return matches;
}

// The forms of each term one cell writes.
struct TermsInCell : CellScan
{
    std::vector<std::vector<Match>> byTerm; // by the term's index; Match::paragraph in the cell
};
} // namespace

void checkTermsInconsistent(const Context& context, Report& report)
{
    const std::vector<TermSpec>& terms = context.schemas().checks.terms;
    if (terms.empty())
        return;
    // The cells that write a form of a term, in document order.
    std::vector<std::pair<BodyCell, std::shared_ptr<const TermsInCell>>> cells;
    forEachBodyCell(
        context, "terms.inconsistent",
        [&](const Cell& cell) -> std::shared_ptr<const CellScan>
        {
            auto found = std::make_shared<TermsInCell>();
            found->byTerm.resize(terms.size());
            bool any = false;
            for (std::size_t t = 0; t < terms.size(); ++t)
                for (std::size_t p = 0; p < cell.paragraphs.size(); ++p)
                    for (Match& match : matchesIn(cell.paragraphs[p].text, p, terms[t]))
                    {
                        found->byTerm[t].push_back(std::move(match));
                        any = true;
                    }
            return any ? found : nullptr;
        },
        [&](const BodyCell& cell, const std::shared_ptr<const CellScan>& scan)
        {
            if (scan)
                cells.emplace_back(cell, std::static_pointer_cast<const TermsInCell>(scan));
        });

    for (std::size_t t = 0; t < terms.size(); ++t)
    {
        const TermSpec& term = terms[t];
        std::vector<std::pair<std::string, int>> counts; // spelling → times, first written first
        for (const auto& [cell, scan] : cells)
            for (const Match& match : scan->byTerm[t])
            {
                auto it = std::find_if(counts.begin(), counts.end(),
                                       [&](const auto& c) { return c.first == match.spelling; });
                if (it == counts.end())
                    counts.emplace_back(match.spelling, 1);
                else
                    ++it->second;
            }
        if (counts.size() < 2)
            continue;
        int most = 0;
        for (const auto& count : counts)
            most = std::max(most, count.second);
        std::string kept;
        for (const auto& count : counts)
            if (count.second == most && (kept.empty() || count.first == term.preferred))
                kept = count.first;
        const bool tie = std::count_if(counts.begin(), counts.end(),
                                       [&](const auto& c) { return c.second == most; }) > 1;

        // One finding per paragraph that writes another form.
        for (const auto& [cell, scan] : cells)
        {
            std::map<std::size_t, std::vector<const Match*>> byParagraph;
            for (const Match& match : scan->byTerm[t])
                if (match.spelling != kept)
                    byParagraph[match.paragraph].push_back(&match);
            for (const auto& [index, found] : byParagraph)
            {
                const CellParagraph where = paragraphOf(context, cell, index);
                const std::string& text = where.paragraph->text;
                Fix fix;
                describeFix(fix, keyed("fixWrite", "Write “{0}”", {kept}));
                fix.safe = true;
                for (auto it = found.rbegin(); it != found.rend(); ++it)
                    addEdit(fix,
                            replaceAt(where.location, text, (*it)->offset, (*it)->spelling, kept));
                report.add(
                    Severity::Warning, where.objective, where.location,
                    tie ? keyed("findingTermTie",
                                "{0} writes “{1}”; the plan writes “{2}” as often, the form "
                                "eqplan keeps.",
                                {writerOf(where), plain(found.front()->spelling), plain(kept)})
                        : keyed("findingTermMostly",
                                "{0} writes “{1}”; the plan mostly writes “{2}”.",
                                {writerOf(where), plain(found.front()->spelling), plain(kept)}),
                    std::move(fix));
            }
        }
    }
}
} // namespace eqplan::checks
