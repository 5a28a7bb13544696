// The schemas eqplan reads at run time (schemas/*.json), as typed structs. Loading never throws:
// it returns the value or an error that names the file and the JSON path.
#pragma once

#include "eqplan/Message.hpp"
#include "eqplan/Progress.hpp"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <unordered_map>
#include <string_view>
#include <utility>
#include <vector>

namespace boost::json
{
class value;
}

namespace eqplan
{
// A word or phrase of a header and how much it says about the field it names.
struct WeightedTerm
{
    std::string text;  // lower case, as written in the schema ("by who", "amcan")
    double weight = 0; // how strongly it names the field; ordinary words weigh little
};

// One canonical field of a plan table and the header words that name it.
struct FieldSpec
{
    std::string id;                    // "duty", "owners", ...
    std::string label;                 // what eqplan calls the field in its own output
    bool key = false;                  // a row with every key field empty continues the row above
    std::vector<std::string> headers;  // header texts real plans use, as written
    std::vector<WeightedTerm> words;   // single words that point to the field, any order
    std::vector<WeightedTerm> phrases; // runs of words that point to it, in this order
};

// A field's headers, words and phrases as header recognition compares them (HeaderMatch.hpp),
// made once as the layout is loaded rather than again for every header cell read.
struct HeaderForms
{
    std::vector<std::string> headers;              // each header normalised, in order
    std::vector<std::string> wordStems;            // each word's stem (stemWord)
    std::vector<std::vector<std::string>> phrases; // each phrase's stemmed words (headerWords)
};

// Every field's HeaderForms by what a header cell's text is looked up by, made with them: a
// cell's words are found by their hash rather than compared with each field's words in turn (or
// with a sorted list's, byte by byte).
struct HeaderIndex
{
    // One form: the field's index in Layout::fields and the form's index in its list.
    struct Entry
    {
        std::size_t field = 0;
        std::size_t form = 0;
    };
    // The forms of one list by the hash of their key: the forms of one hash are together,
    // in the fields' order, and `first` finds the first of them.
    struct Keyed
    {
        // The hash is a number made from the key already: the table uses it as it is.
        struct AsItIs
        {
            std::size_t operator()(std::uint64_t hash) const { return hash; }
        };
        std::vector<std::uint64_t> hashes; // the entries' keys' hashes, in the entries' order
        std::vector<Entry> entries;        // by hash, then in the fields' order
        std::unordered_map<std::uint64_t, std::uint32_t, AsItIs> first; // a hash's first entry
    };
    Keyed headers;                 // by normalised header
    Keyed words;                   // by word stem
    Keyed phrases;                 // by the phrase's first stem ("" for none)
    std::size_t longestHeader = 0; // bytes of the longest normalised header
};

// A word list for one PSED aim or one protected characteristic.
struct WordList
{
    std::string id;                 // "eliminate", "sexual-orientation", ...
    std::string label;              // its name in plain words
    std::vector<std::string> words; // phrases that mean it, lower case
};

// One rating a status cell may give (schemas/layouts.json "statuses").
struct RatingSpec
{
    std::string id;                        // "red", "amber", "green"
    std::string label;                     // "Red"
    std::string letter;                    // "R": the rating written as its letter alone
    std::string shading;                   // "#ff0000": the shading eqplan writes
    std::vector<std::pair<int, int>> hues; // hue ranges in degrees that mean it
    std::vector<std::string> words;        // phrases that mean it, lower case
};

// schemas/layouts.json.
struct Layout
{
    int minFields = 3;                      // a header row must name at least this many fields
    std::vector<std::string> requiredAnyOf; // ... and at least one of these
    int headerRowSearch = 3;                // rows searched for the header row
    double minScore = 3;                    // a header cell scoring less names no field (weak)
    std::vector<FieldSpec> fields;
    std::vector<WordList> aims;
    std::vector<std::string> allAims; // phrases meaning all three aims
    std::vector<WordList> characteristics;
    std::vector<std::string> allCharacteristics; // phrases meaning all nine characteristics
    std::string canonicalTitle;
    std::vector<std::string> canonicalColumns;
    std::vector<RatingSpec> ratings; // what status cells say, red to green
    // The labels of a document-control table ("Date approved", "Next review"): id
    // approved, approvedBy, lastReviewed, nextReview or period, and the phrases that name each.
    std::vector<WordList> documentControl;
    double minSaturation = 0.35; // shading paler than this is no rating
    // The fields' HeaderForms in the order of `fields`, made by prepareHeaderForms as the layout
    // is loaded; where they do not match the fields (a layout made by hand), header recognition
    // makes them as it reads.
    std::vector<HeaderForms> headerForms;
    HeaderIndex headerIndex; // made with headerForms, of them

    const FieldSpec* field(std::string_view id) const;   // nullptr if there is no such field
    const RatingSpec* rating(std::string_view id) const; // nullptr if there is no such rating
};

// The words of a schema's entry as a message keyed by its id, "<kind>.<id>", whose English is the
// schema's label as the CLI prints it: the deck says it from its catalogue (whose en_GB words are
// the schema's, word for word; the catalogue test checks), in the UI language.
inline Message schemaWords(std::string_view kind, std::string_view id, std::string label)
{
    return Message{std::string(kind) + "." + std::string(id), {}, std::move(label), {}};
}

// A PSED aim's name: "aim.eliminate".
inline Message aimWords(const WordList& aim)
{
    return schemaWords("aim", aim.id, aim.label);
}

// A protected characteristic's name: "characteristic.sexual-orientation".
inline Message characteristicWords(const WordList& characteristic)
{
    return schemaWords("characteristic", characteristic.id, characteristic.label);
}

// A field's label, as the plan's columns and the Objective panel name it: "field.owners".
inline Message fieldWords(const FieldSpec& field)
{
    return schemaWords("field", field.id, field.label);
}

// A rating's word: "status.amber".
inline Message ratingWords(const RatingSpec& rating)
{
    return schemaWords("status", rating.id, rating.label);
}

// The result of loading a schema file.
template <class T>
struct Loaded
{
    std::optional<T> value;
    std::string error; // "layouts.json: /fields/3/headers: expected an array of strings"
    Message words = {}; // `error` keyed, where its loader keys it (the grid, column assignments)

    // The error for a catalogue to say: `words`, else `error` as it is.
    Message why() const { return words.english.empty() ? plain(error) : words; }

    explicit operator bool() const { return value.has_value(); }
};

// Reads schemas/layouts.json.
Loaded<Layout> loadLayout(const std::filesystem::path& file);

// Reads a layout profile from JSON text, as loadLayout reads one from a file; `name` starts its
// errors (in place of the file's name).
Loaded<Layout> layoutFromJson(std::string_view text, const std::string& name);

// Reads a layout profile from JSON already parsed, as layoutFromJson reads its text once parsed
// (a caller reading one text several ways parses it once).
Loaded<Layout> layoutFromParsed(const boost::json::value& document, const std::string& name);

// Adds a school's own header words to `layout` from a project-local file (eqplan-words.json:
// {"fields": {"owners": {"headers": [...], "words": {"champion": 4}, "phrases": {...}}}}).
// Returns an error that names the file and the JSON path, or "" when all was added.
std::string addLocalWords(Layout& layout, const std::filesystem::path& file);

// The project-local words file: $EQPLAN_WORDS if set, else eqplan-words.json in the working
// directory if there is one; empty if neither.
std::filesystem::path localWordsFile();

// Reads schemas/progress-commentary.json.
Loaded<CommentaryGrammar> loadCommentaryGrammar(const std::filesystem::path& file);

// Reads a commentary grammar from JSON text, as loadCommentaryGrammar reads one from a file;
// `name` starts its errors.
Loaded<CommentaryGrammar> commentaryGrammarFromJson(std::string_view text, const std::string& name);

// Reads a commentary grammar from JSON already parsed, as commentaryGrammarFromJson reads its
// text once parsed.
Loaded<CommentaryGrammar> commentaryGrammarFromParsed(const boost::json::value& document,
                                                      const std::string& name);

// One term plans write in several ways ("On-going", "on-going", "Ongoing") and the form eqplan
// prefers when a plan uses each equally often.
struct TermSpec
{
    std::string preferred;          // "On-going"
    std::vector<std::string> forms; // every way of writing it, matched ignoring case
};

// schemas/checks.json: the data the checks rules read.
struct CheckRules
{
    std::vector<TermSpec> terms;
    int objectivesMaxYears = 4; // the Specific Duties: publish objectives at least every 4 years
    int reviewMaxMonths = 12;   // equality information is published at least yearly
    // Characteristics that count for staff only, not pupils: not a coverage gap for pupils.
    std::vector<std::string> staffOnlyCharacteristics = {"age", "marriage-civil-partnership"};
};

// Reads schemas/checks.json.
Loaded<CheckRules> loadCheckRules(const std::filesystem::path& file);

// The folder holding the running program (from /proc/self/exe); empty if it cannot be known.
// Installed, bin/ holds eqplan, share/eqplan/ its schemas and lib/eqplan/ its office reader.
std::filesystem::path programDirectory();

// Where the schemas are: $EQPLAN_SCHEMA_DIR if set, else share/eqplan/schemas next to the
// running program's bin/ folder, else the build tree's copy.
std::filesystem::path schemaDirectory();

// The schemas that reading and checking a plan need, loaded from one directory.
struct Schemas
{
    Layout layout;
    CommentaryGrammar grammar;
    CheckRules checks; // schemas/checks.json
};
Loaded<Schemas> loadSchemas(const std::filesystem::path& directory = schemaDirectory());
} // namespace eqplan
