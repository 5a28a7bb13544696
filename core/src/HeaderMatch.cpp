#include "eqplan/HeaderMatch.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdint>
#include <span>

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
bool typographicApostropheAt(std::string_view s, std::size_t i)
{
    return s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99';
}

std::string normaliseHeader(std::string_view header)
{
    // What follows a colon is dropped before folding rather than after (fold makes no colon and
    // drops none): a long cell's explanation is not folded only to be thrown away.
    std::string folded = text::fold(header.substr(0, header.find(':')));
    // Apostrophes made plain in one pass (each replaced in turn cost the text's length each).
    if (folded.find("\xE2\x80\x99") != std::string::npos)
    {
        std::size_t size = 0;
        for (std::size_t i = 0; i < folded.size(); ++i)
        {
            const bool apostrophe = typographicApostropheAt(folded, i);
            folded[size++] = apostrophe ? '\'' : folded[i];
            i += apostrophe ? 2 : 0;
        }
        folded.resize(size);
    }
    while (!folded.empty() &&
           (folded.back() == '?' || folded.back() == '.' || folded.back() == ' '))
        folded.pop_back();
    return folded;
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
    // One pass over the header as written: each byte lowered as it is read, a typographic
    // apostrophe read as a plain one (each replaced in a copy cost a long cell its length).
    std::vector<std::string> words;
    std::string word;
    auto flush = [&]
    {
        if (!word.empty())
            words.push_back(stemWord(word));
        word.clear();
    };
    for (std::size_t i = 0; i < header.size(); ++i)
    {
        const char c = text::asciiLower(header[i]);
        if (c == '\'')
            continue; // "who's" is one word, "whos" → "who"
        if (typographicApostropheAt(header, i))
        {
            i += 2;
            continue;
        }
        // Every space starts with a byte up to ' ' or from 0x80: the others are no space.
        const unsigned char u = static_cast<unsigned char>(c);
        if (const std::size_t space = u <= ' ' || u >= 0x80 ? text::spaceAt(header, i) : 0;
            space > 0)
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

using Entry = HeaderIndex::Entry;

// What header recognition compares a cell with: the layout's forms and their index.
struct Forms
{
    const std::vector<HeaderForms>& fields;
    const HeaderIndex& index;
};

std::string_view headerOf(const Forms& forms, Entry entry)
{
    return forms.fields[entry.field].headers[entry.form];
}

std::string_view stemOf(const Forms& forms, Entry entry)
{
    return forms.fields[entry.field].wordStems[entry.form];
}

std::string_view firstStemOf(const Forms& forms, Entry entry)
{
    const std::vector<std::string>& words = forms.fields[entry.field].phrases[entry.form];
    return words.empty() ? std::string_view() : std::string_view(words.front());
}

// FNV-1a: a key is found by this number, compared once, rather than by its bytes.
constexpr std::uint64_t hashStart = 14695981039346656037ull;
constexpr std::uint64_t hashStep(std::uint64_t hash, char c)
{
    return (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
}
std::uint64_t keyHash(std::string_view key)
{
    std::uint64_t hash = hashStart;
    for (const char c : key)
        hash = hashStep(hash, c);
    return hash;
}

// The entries of `keyed` whose key hashes to `hash`, in the fields' order; a caller compares
// their keys with the one it looks for (two keys may share a hash).
std::span<const Entry> entriesOf(const HeaderIndex::Keyed& keyed, std::uint64_t hash)
{
    const auto found = keyed.first.find(hash);
    if (found == keyed.first.end())
        return {};
    const std::size_t first = found->second;
    std::size_t last = first + 1;
    while (last < keyed.entries.size() && keyed.hashes[last] == hash)
        ++last;
    return std::span<const Entry>(keyed.entries).subspan(first, last - first);
}

// `entries` (one list of all fields' forms) keyed by `key`: by hash, then in the fields' order.
template <class Key>
HeaderIndex::Keyed keyedBy(const Forms& forms, const std::vector<Entry>& entries, Key key)
{
    std::vector<std::pair<std::uint64_t, Entry>> sorted;
    for (const Entry entry : entries)
        sorted.emplace_back(keyHash(key(forms, entry)), entry);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    HeaderIndex::Keyed keyed;
    for (const auto& [hash, entry] : sorted)
    {
        keyed.hashes.push_back(hash);
        keyed.entries.push_back(entry);
    }
    for (std::size_t i = 0; i < sorted.size(); ++i)
        keyed.first.emplace(sorted[i].first, static_cast<std::uint32_t>(i)); // keeps the first
    return keyed;
}

HeaderIndex indexOf(const std::vector<HeaderForms>& fields)
{
    HeaderIndex index;
    const HeaderIndex none;
    const Forms forms{fields, none};
    std::vector<Entry> headers, words, phrases; // in the fields' order
    for (std::size_t f = 0; f < fields.size(); ++f)
    {
        for (std::size_t k = 0; k < fields[f].headers.size(); ++k)
        {
            headers.push_back(Entry{f, k});
            index.longestHeader = std::max(index.longestHeader, fields[f].headers[k].size());
        }
        for (std::size_t k = 0; k < fields[f].wordStems.size(); ++k)
            words.push_back(Entry{f, k});
        for (std::size_t k = 0; k < fields[f].phrases.size(); ++k)
            phrases.push_back(Entry{f, k});
    }
    index.headers = keyedBy(forms, headers, headerOf);
    index.words = keyedBy(forms, words, stemOf);
    index.phrases = keyedBy(forms, phrases, firstStemOf);
    return index;
}

// Whether `index` holds one entry for each form of `fields`, as indexOf makes it.
bool indexes(const HeaderIndex& index, const std::vector<HeaderForms>& fields)
{
    std::size_t headers = 0, words = 0, phrases = 0;
    for (const HeaderForms& forms : fields)
    {
        headers += forms.headers.size();
        words += forms.wordStems.size();
        phrases += forms.phrases.size();
    }
    const auto holds = [](const HeaderIndex::Keyed& keyed, std::size_t size)
    {
        return keyed.entries.size() == size && keyed.hashes.size() == size &&
               keyed.first.size() <= size && (size == 0) == keyed.first.empty();
    };
    return holds(index.headers, headers) && holds(index.words, words) &&
           holds(index.phrases, phrases);
}

// What the layout's fields are compared as.
struct Prepared
{
    std::vector<HeaderForms> fields;
    HeaderIndex index;
};

// The layout's HeaderForms and index as loading made them, or, where they do not match its
// fields (a layout made by hand), made now into `made`.
Forms formsOf(const Layout& layout, Prepared& made)
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
    if (prepared && indexes(layout.headerIndex, layout.headerForms))
        return Forms{layout.headerForms, layout.headerIndex};
    made.fields.clear();
    for (const FieldSpec& spec : layout.fields)
        made.fields.push_back(formsOf(spec));
    made.index = indexOf(made.fields);
    return Forms{made.fields, made.index};
}

// The field one of whose headers the cell is or starts with, and that header.
struct PhraseMatch
{
    const FieldSpec* field = nullptr;
    std::string header;
    bool exact = false;
};

// The header the cell is, else the longest one it starts with, followed by a character that is
// no word's; the first in the fields' order of equals.
PhraseMatch headerPhraseMatch(std::string_view header, const Layout& layout, const Forms& forms)
{
    PhraseMatch match;
    const std::string h = normaliseHeader(header);
    if (h.empty())
        return match;
    // The first entry in the fields' order whose header is `start` (hashed to `hash`).
    const auto found = [&](std::string_view start, std::uint64_t hash, bool exact)
    {
        for (const Entry entry : entriesOf(forms.index.headers, hash))
            if (headerOf(forms, entry) == start)
            {
                match = PhraseMatch{&layout.fields[entry.field],
                                    layout.fields[entry.field].headers[entry.form], exact};
                return true;
            }
        return false;
    };
    if (found(h, keyHash(h), true))
        return match;
    // Only a header's length may end a start; none is longer than the longest header. The
    // starts' hashes are made a byte at a time as they grow, so the last found is the longest.
    std::uint64_t hash = hashStart;
    const std::size_t limit = std::min(h.size() - 1, forms.index.longestHeader);
    for (std::size_t length = 1; length <= limit; ++length)
    {
        hash = hashStep(hash, h[length - 1]);
        if (!isWordChar(h[length]))
            found(std::string_view(h).substr(0, length), hash, false);
    }
    return match;
}
} // namespace

void prepareHeaderForms(Layout& layout)
{
    layout.headerForms.clear();
    for (const FieldSpec& spec : layout.fields)
        layout.headerForms.push_back(formsOf(spec));
    layout.headerIndex = indexOf(layout.headerForms);
}

std::vector<FieldScore> scoreHeader(std::string_view header, const Layout& layout)
{
    std::vector<FieldScore> scores;
    const std::vector<std::string> words = headerWords(header);
    if (words.empty())
        return scores;
    Prepared made;
    const Forms forms = formsOf(layout, made);
    const PhraseMatch phrase = headerPhraseMatch(header, layout, forms);
    // The fields' words and phrases the cell holds, looked up by its words: sorted, they are
    // each field's in the order of its lists (the order they are added and named in).
    struct Hit
    {
        std::size_t field = 0;
        bool phrase = false;
        std::size_t form = 0;
        auto operator<=>(const Hit&) const = default;
    };
    std::vector<Hit> hits;
    for (std::size_t i = 0; i < words.size(); ++i)
    {
        const std::uint64_t hash = keyHash(words[i]);
        for (const Entry entry : entriesOf(forms.index.words, hash))
            if (stemOf(forms, entry) == words[i])
                hits.push_back(Hit{entry.field, false, entry.form});
        for (const Entry entry : entriesOf(forms.index.phrases, hash))
        {
            const std::vector<std::string>& run = forms.fields[entry.field].phrases[entry.form];
            if (firstStemOf(forms, entry) == words[i] && run.size() <= words.size() - i &&
                std::equal(run.begin(), run.end(), words.begin() + static_cast<std::ptrdiff_t>(i)))
                hits.push_back(Hit{entry.field, true, entry.form});
        }
    }
    std::sort(hits.begin(), hits.end());
    hits.erase(std::unique(hits.begin(), hits.end()), hits.end());
    const std::size_t phraseField =
        phrase.field ? static_cast<std::size_t>(phrase.field - layout.fields.data())
                     : layout.fields.size();
    // Only the fields with a hit, and the one whose header it is, can score above 0.
    for (std::size_t h = 0, f = 0; f < layout.fields.size(); ++f)
    {
        const std::size_t first = h;
        while (h < hits.size() && hits[h].field == f)
            ++h;
        if (first == h && f != phraseField)
            continue;
        const FieldSpec& spec = layout.fields[f];
        double byWords = 0;
        std::vector<std::string> named;
        std::vector<std::string_view> usedStems;
        std::vector<std::string> namedPhrases;
        for (std::size_t k = first; k < h; ++k)
        {
            if (hits[k].phrase)
            {
                const WeightedTerm& term = spec.phrases[hits[k].form];
                byWords += term.weight;
                namedPhrases.push_back("\"" + term.text + "\"");
                continue;
            }
            const WeightedTerm& term = spec.words[hits[k].form];
            const std::string_view stem = forms.fields[f].wordStems[hits[k].form];
            if (std::find(usedStems.begin(), usedStems.end(), stem) != usedStems.end())
                continue;
            usedStems.push_back(stem);
            byWords += term.weight;
            named.push_back(term.text);
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
                score.why +=
                    (score.why.empty() ? "" : " and ") +
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
    // best(i, mask): the highest sum cells i.. can add when the fields in mask are taken. It
    // depends only on the fields cells i.. can take, and cells before i can only have taken
    // theirs: so it is kept for the masks of fields both sides of i name (keys[i]), which in a
    // plan's header, naming each field once, is none (all masks would be 2^16 per cell).
    std::vector<std::uint32_t> keys(n + 1, 0);
    {
        std::vector<std::uint32_t> before(n + 1, 0), after(n + 1, 0);
        for (std::size_t i = 0; i < n; ++i)
            for (const std::uint32_t bit : bits[i])
                before[i + 1] |= bit;
        for (std::size_t i = 1; i <= n; ++i)
            before[i] |= before[i - 1];
        for (std::size_t i = n; i-- > 0;)
        {
            after[i] = after[i + 1];
            for (const std::uint32_t bit : bits[i])
                after[i] |= bit;
        }
        for (std::size_t i = 0; i <= n; ++i)
            keys[i] = before[i] & after[i];
    }
    // The place of a mask's key bits among all masks of keys[i], and back.
    const auto placeOf = [](std::uint32_t mask, std::uint32_t key)
    {
        std::uint32_t place = 0;
        std::uint32_t next = 1;
        for (std::uint32_t rest = key; rest != 0; rest &= rest - 1, next <<= 1)
            if (mask & rest & (~rest + 1))
                place |= next;
        return place;
    };
    const auto maskOf = [](std::uint32_t place, std::uint32_t key)
    {
        std::uint32_t mask = 0;
        std::uint32_t next = 1;
        for (std::uint32_t rest = key; rest != 0; rest &= rest - 1, next <<= 1)
            if (place & next)
                mask |= rest & (~rest + 1);
        return mask;
    };
    std::vector<std::vector<double>> best(n + 1);
    for (std::size_t i = 0; i <= n; ++i)
        best[i].assign(std::size_t{1} << std::popcount(keys[i]), 0.0);
    const auto bestOf = [&](std::size_t i, std::uint32_t mask)
    { return best[i][placeOf(mask, keys[i])]; };
    for (std::size_t i = n; i-- > 0;)
        for (std::uint32_t place = 0; place < best[i].size(); ++place)
        {
            const std::uint32_t mask = maskOf(place, keys[i]);
            double value = bestOf(i + 1, mask);
            for (std::size_t k = 0; k < scores[i].size(); ++k)
                if (const std::uint32_t bit = bits[i][k]; bit != 0 && !(mask & bit))
                    value = std::max(value, scores[i][k].score + bestOf(i + 1, mask | bit));
            best[i][place] = value;
        }
    std::uint32_t mask = 0;
    for (std::size_t i = 0; i < n; ++i)
    {
        const double target = bestOf(i, mask);
        const FieldScore* chosen = nullptr;
        for (std::size_t k = 0; k < scores[i].size(); ++k) // the strongest first
            if (const std::uint32_t bit = bits[i][k];
                bit != 0 && !(mask & bit) &&
                std::abs(scores[i][k].score + bestOf(i + 1, mask | bit) - target) < epsilon)
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
                    match.doubt =
                        "as likely " + labelOf(layout, other.field) + " (" + other.why + ")";
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
            match.doubt = "too weak a match: " + top.why + ", for " + labelOf(layout, top.field) +
                          ", scores " + formatScore(top.score) + " where " +
                          formatScore(layout.minScore) + " is needed";
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
    Prepared made;
    const PhraseMatch match = headerPhraseMatch(header, layout, formsOf(layout, made));
    return match.field ? match.field->id : std::string();
}
} // namespace eqplan
