#include "eqplan/HeaderMatch.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace eqplan
{
namespace
{
constexpr double exactHeaderScore = 20;  // the cell is one of the field's headers
constexpr double prefixHeaderScore = 15; // the cell starts with one of them
constexpr double epsilon = 1e-9;
constexpr const char* assignedWhy = "assigned by the user";
constexpr const char* notAFieldWhy = "not a field, as the user said";

bool isWordChar(char c)
{
    const unsigned char u = static_cast<unsigned char>(c);
    return (u >= '0' && u <= '9') || text::isAsciiLetter(c) || u >= 0x80;
}

// Header text folded for comparison: lower case, single spaces, typographic apostrophes made
// plain, an explanation after a colon dropped ("Target group(s): e.g. whole school" → "target
// group(s)"), trailing ':', '?' and '.' dropped.
std::string normaliseHeader(std::string_view header)
{
    std::string folded = text::fold(header);
    for (std::size_t pos; (pos = folded.find("\xE2\x80\x99")) != std::string::npos;)
        folded.replace(pos, 3, "'");
    if (std::size_t colon = folded.find(':'); colon != std::string::npos)
        folded.erase(colon);
    while (!folded.empty() &&
           (folded.back() == '?' || folded.back() == '.' || folded.back() == ' '))
        folded.pop_back();
    return folded;
}

// The field one of whose headers the cell is or starts with, and that header.
struct PhraseMatch
{
    const FieldSpec* field = nullptr;
    std::string header;
    bool exact = false;
};

PhraseMatch headerPhraseMatch(std::string_view header, const Layout& layout,
                              const std::vector<HeaderForms>& forms)
{
    PhraseMatch match;
    const std::string h = normaliseHeader(header);
    if (h.empty())
        return match;
    std::size_t bestScore = 0;
    for (std::size_t f = 0; f < layout.fields.size(); ++f)
    {
        const FieldSpec& spec = layout.fields[f];
        for (std::size_t k = 0; k < spec.headers.size(); ++k)
        {
            const std::string& a = forms[f].headers[k];
            std::size_t score = 0;
            if (h == a)
                score = 1000 + a.size();
            else if (h.size() > a.size() && h.compare(0, a.size(), a) == 0 &&
                     !isWordChar(h[a.size()]))
                score = a.size();
            if (score > bestScore)
            {
                bestScore = score;
                match = PhraseMatch{&spec, spec.headers[k], score >= 1000};
            }
        }
    }
    return match;
}

bool hasRun(const std::vector<std::string>& words, const std::vector<std::string>& run)
{
    if (run.empty() || run.size() > words.size())
        return false;
    for (std::size_t i = 0; i + run.size() <= words.size(); ++i)
        if (std::equal(run.begin(), run.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
            return true;
    return false;
}

std::string formatScore(double score)
{
    const double rounded = std::round(score * 10) / 10;
    std::string s = std::to_string(rounded);
    s.erase(s.find_last_not_of('0') + 1);
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string labelOf(const Layout& layout, const std::string& id)
{
    const FieldSpec* spec = layout.field(id);
    return spec ? spec->label : id;
}
} // namespace

std::string stemWord(std::string_view word)
{
    std::string w(word);
    auto endsWith = [&](std::string_view end)
    { return w.size() >= end.size() && w.compare(w.size() - end.size(), end.size(), end) == 0; };
    if (w.size() <= 3)
        return w;
    if (endsWith("ies") && w.size() > 4)
        w.replace(w.size() - 3, 3, "y");
    else if (endsWith("sses"))
        w.erase(w.size() - 2);
    else if (endsWith("s") && !endsWith("ss") && !endsWith("us") && !endsWith("is"))
        w.pop_back();
    if (endsWith("ing") && w.size() > 5)
        w.erase(w.size() - 3);
    else if (endsWith("ed") && w.size() > 4)
        w.erase(w.size() - 2);
    return w;
}

std::vector<std::string> headerWords(std::string_view header)
{
    std::string folded = text::lower(header);
    for (std::size_t pos; (pos = folded.find("\xE2\x80\x99")) != std::string::npos;)
        folded.replace(pos, 3, "'");
    std::vector<std::string> words;
    std::string word;
    auto flush = [&]
    {
        if (!word.empty())
            words.push_back(stemWord(word));
        word.clear();
    };
    for (std::size_t i = 0; i < folded.size(); ++i)
    {
        const char c = folded[i];
        if (c == '\'')
            continue; // "who's" is one word, "whos" → "who"
        if (const std::size_t space = text::spaceAt(folded, i); space > 0)
        {
            flush();
            i += space - 1;
        }
        else if (isWordChar(c))
            word += c;
        else
            flush();
    }
    flush();
    return words;
}

namespace
{
HeaderForms formsOf(const FieldSpec& spec)
{
    HeaderForms forms;
    for (const std::string& header : spec.headers)
        forms.headers.push_back(normaliseHeader(header));
    for (const WeightedTerm& term : spec.words)
        forms.wordStems.push_back(stemWord(term.text));
    for (const WeightedTerm& term : spec.phrases)
        forms.phrases.push_back(headerWords(term.text));
    return forms;
}

// The layout's HeaderForms as loading made them, or, where they do not match its fields (a
// layout made by hand), made now into `made`.
const std::vector<HeaderForms>& headerFormsOf(const Layout& layout, std::vector<HeaderForms>& made)
{
    bool prepared = layout.headerForms.size() == layout.fields.size();
    for (std::size_t f = 0; prepared && f < layout.fields.size(); ++f)
    {
        const FieldSpec& spec = layout.fields[f];
        const HeaderForms& forms = layout.headerForms[f];
        prepared = forms.headers.size() == spec.headers.size() &&
                   forms.wordStems.size() == spec.words.size() &&
                   forms.phrases.size() == spec.phrases.size();
    }
    if (prepared)
        return layout.headerForms;
    made.clear();
    for (const FieldSpec& spec : layout.fields)
        made.push_back(formsOf(spec));
    return made;
}
} // namespace

void prepareHeaderForms(Layout& layout)
{
    layout.headerForms.clear();
    for (const FieldSpec& spec : layout.fields)
        layout.headerForms.push_back(formsOf(spec));
}

std::vector<FieldScore> scoreHeader(std::string_view header, const Layout& layout)
{
    std::vector<FieldScore> scores;
    const std::vector<std::string> words = headerWords(header);
    if (words.empty())
        return scores;
    std::vector<HeaderForms> made;
    const std::vector<HeaderForms>& forms = headerFormsOf(layout, made);
    const PhraseMatch phrase = headerPhraseMatch(header, layout, forms);
    for (std::size_t f = 0; f < layout.fields.size(); ++f)
    {
        const FieldSpec& spec = layout.fields[f];
        double byWords = 0;
        std::vector<std::string> named;
        std::vector<std::string_view> usedStems;
        for (std::size_t k = 0; k < spec.words.size(); ++k)
        {
            const WeightedTerm& term = spec.words[k];
            const std::string_view stem = forms[f].wordStems[k];
            if (std::find(words.begin(), words.end(), stem) == words.end() ||
                std::find(usedStems.begin(), usedStems.end(), stem) != usedStems.end())
                continue;
            usedStems.push_back(stem);
            byWords += term.weight;
            named.push_back(term.text);
        }
        std::vector<std::string> namedPhrases;
        for (std::size_t k = 0; k < spec.phrases.size(); ++k)
            if (const WeightedTerm& term = spec.phrases[k]; hasRun(words, forms[f].phrases[k]))
            {
                byWords += term.weight;
                namedPhrases.push_back("\"" + term.text + "\"");
            }
        FieldScore score{spec.id, byWords, {}};
        if (phrase.field == &spec)
        {
            score.score = std::max(byWords, phrase.exact ? exactHeaderScore : prefixHeaderScore);
            score.why = phrase.exact ? "the header \"" + phrase.header + "\""
                                     : "it starts with the header \"" + phrase.header + "\"";
        }
        else if (byWords > 0)
        {
            auto list = [](const std::vector<std::string>& items)
            {
                std::string out;
                for (const std::string& item : items)
                    out += (out.empty() ? "" : ", ") + item;
                return out;
            };
            if (!named.empty())
                score.why = (named.size() == 1 ? "the word " : "the words ") + list(named);
            if (!namedPhrases.empty())
                score.why += (score.why.empty() ? "" : " and ") +
                             std::string(namedPhrases.size() == 1 ? "the phrase " : "the phrases ") +
                             list(namedPhrases);
        }
        if (score.score > 0)
            scores.push_back(std::move(score));
    }
    std::stable_sort(scores.begin(), scores.end(),
                     [](const FieldScore& a, const FieldScore& b) { return a.score > b.score; });
    return scores;
}

HeaderAssignment assignHeader(const std::vector<HeaderCell>& cells, const Layout& layout,
                              const ColumnAssignments* assigned)
{
    HeaderAssignment result;
    result.cells.resize(cells.size());
    // What the user said of a cell, if anything; the fields the user gave are no other cell's.
    std::vector<const ColumnAssignment*> given(cells.size(), nullptr);
    std::vector<std::string> givenFields;
    for (std::size_t i = 0; assigned && i < cells.size(); ++i)
        if ((given[i] = assigned->find(cells[i].header)) && !given[i]->field.empty())
            givenFields.push_back(given[i]->field);
    // Each cell's scores by its words, kept to say why a cell was given nothing.
    std::vector<std::vector<FieldScore>> byWords;
    byWords.reserve(cells.size());
    std::vector<std::vector<FieldScore>> scores;
    scores.reserve(cells.size());
    // The fields some cell names strongly enough, numbered for the search's bit masks.
    std::vector<std::string> candidates;
    for (std::size_t i = 0; i < cells.size(); ++i)
    {
        byWords.push_back(scoreHeader(cells[i].header, layout));
        std::vector<FieldScore> usable;
        if (given[i] && !given[i]->field.empty())
            usable.push_back(FieldScore{given[i]->field, exactHeaderScore, assignedWhy});
        else if (!given[i])
            for (const FieldScore& score : byWords.back())
                if (std::find(givenFields.begin(), givenFields.end(), score.field) ==
                    givenFields.end())
                    usable.push_back(score);
        scores.push_back(std::move(usable));
        for (const FieldScore& score : scores.back())
            if (score.score + epsilon >= layout.minScore &&
                std::find(candidates.begin(), candidates.end(), score.field) == candidates.end())
                candidates.push_back(score.field);
    }
    // More than 16 fields named in one row is no plan's header; keep the search small.
    if (candidates.size() > 16)
        candidates.resize(16);
    const std::size_t states = std::size_t{1} << candidates.size();
    const std::size_t n = cells.size();
    auto bitOf = [&](const std::string& field) -> std::uint32_t
    {
        const auto it = std::find(candidates.begin(), candidates.end(), field);
        return it == candidates.end()
                   ? 0
                   : std::uint32_t{1} << static_cast<unsigned>(it - candidates.begin());
    };
    // bits[i][k]: the bit of cell i's k-th score's field, 0 where that score cannot be taken;
    // found once, not at each of the search's states.
    std::vector<std::vector<std::uint32_t>> bits(n);
    for (std::size_t i = 0; i < n; ++i)
        for (const FieldScore& score : scores[i])
            bits[i].push_back(score.score + epsilon >= layout.minScore ? bitOf(score.field) : 0);
    // best[i][mask]: the highest sum cells i.. can add when the fields in mask are taken.
    std::vector<double> best((n + 1) * states, 0.0);
    for (std::size_t i = n; i-- > 0;)
        for (std::size_t mask = 0; mask < states; ++mask)
        {
            double value = best[(i + 1) * states + mask];
            for (std::size_t k = 0; k < scores[i].size(); ++k)
                if (const std::uint32_t bit = bits[i][k]; bit != 0 && !(mask & bit))
                    value =
                        std::max(value, scores[i][k].score + best[(i + 1) * states + (mask | bit)]);
            best[i * states + mask] = value;
        }
    std::size_t mask = 0;
    for (std::size_t i = 0; i < n; ++i)
    {
        const double target = best[i * states + mask];
        const FieldScore* chosen = nullptr;
        for (std::size_t k = 0; k < scores[i].size(); ++k) // the strongest first
            if (const std::uint32_t bit = bits[i][k];
                bit != 0 && !(mask & bit) &&
                std::abs(scores[i][k].score + best[(i + 1) * states + (mask | bit)] - target) <
                    epsilon)
            {
                chosen = &scores[i][k];
                break;
            }
        CellMatch& match = result.cells[i];
        match.assigned = given[i] != nullptr;
        if (given[i] && !chosen)
            match.why = given[i]->field.empty() ? notAFieldWhy : assignedWhy;
        if (chosen)
        {
            match.field = chosen->field;
            match.score = chosen->score;
            match.why = chosen->why;
            mask |= bitOf(chosen->field);
            ++result.fields;
            result.total += chosen->score;
            for (const FieldScore& other : scores[i])
                if (&other != chosen && std::abs(other.score - chosen->score) < epsilon)
                {
                    match.doubt = "as likely " + labelOf(layout, other.field) + " (" + other.why +
                                  ")";
                    break;
                }
        }
    }
    // Why the cells that were given nothing were not.
    for (std::size_t i = 0; i < n; ++i)
    {
        CellMatch& match = result.cells[i];
        if (!match.field.empty() || byWords[i].empty() || given[i])
            continue;
        const FieldScore& top = byWords[i].front();
        match.why = top.why;
        match.score = top.score;
        if (top.score + epsilon < layout.minScore)
        {
            match.doubt = "too weak a match: " + top.why + ", for " +
                          labelOf(layout, top.field) + ", scores " + formatScore(top.score) +
                          " where " + formatScore(layout.minScore) + " is needed";
            continue;
        }
        for (std::size_t j = 0; j < n; ++j)
            if (result.cells[j].field == top.field)
            {
                match.doubt = "a second column for " + labelOf(layout, top.field) + ", which \"" +
                              cells[j].header + "\" holds" +
                              (result.cells[j].assigned ? " (assigned by the user)" : "");
                break;
            }
    }
    return result;
}

std::string fieldForHeader(std::string_view header, const Layout& layout)
{
    std::vector<HeaderForms> made;
    const PhraseMatch match = headerPhraseMatch(header, layout, headerFormsOf(layout, made));
    return match.field ? match.field->id : std::string();
}
} // namespace eqplan
