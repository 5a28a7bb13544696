#include "eqplan/Schema.hpp"

#include "eqplan/HeaderMatch.hpp"
#include "eqplan/Model.hpp"
#include "eqplan/Text.hpp"

#include "JsonWalker.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <system_error>

namespace eqplan
{
namespace
{
namespace json = boost::json;
using detail::Walker;

// Parses a whole file as JSON, or says why it could not.
std::optional<json::value> parseFile(const std::filesystem::path& file, std::string& error)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
    {
        error = file.string() + ": cannot be read";
        return std::nullopt;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    std::error_code ec;
    json::value value = json::parse(buffer.str(), ec);
    if (ec)
    {
        error = file.string() + ": not valid JSON (" + ec.message() + ")";
        return std::nullopt;
    }
    return value;
}

// Parses `text` as JSON into `storage`, or says why it could not, naming it `name`.
std::optional<json::value> parseText(std::string_view text, const std::string& name,
                                     std::string& error, json::storage_ptr storage)
{
    std::error_code ec;
    json::value value = json::parse(text, ec, std::move(storage));
    if (ec)
    {
        error = name + ": not valid JSON (" + ec.message() + ")";
        return std::nullopt;
    }
    return value;
}

std::vector<std::string> lowered(std::vector<std::string> words)
{
    for (std::string& w : words)
        w = text::fold(w);
    return words;
}

std::vector<WordList> wordLists(Walker& walker, const json::object& root, std::string_view key)
{
    std::vector<WordList> lists;
    const std::string path = "/" + std::string(key);
    const json::array* array = walker.array(walker.member(root, "", key), path);
    if (!array)
        return lists;
    for (std::size_t i = 0; i < array->size(); ++i)
    {
        const std::string itemPath = path + "/" + std::to_string(i);
        const json::object* item = walker.object(&(*array)[i], itemPath);
        if (!item)
            continue;
        WordList list;
        list.id = walker.string(*item, itemPath, "id");
        list.label = walker.string(*item, itemPath, "label");
        list.words = lowered(walker.strings(*item, itemPath, "words"));
        lists.push_back(std::move(list));
    }
    return lists;
}

// The "statuses" of layouts.json: optional, a layout without them reads no ratings.
void readRatings(Walker& walker, const json::object& root, Layout& layout)
{
    const json::object* statuses =
        walker.object(walker.member(root, "", "statuses", false), "/statuses");
    if (!statuses)
        return;
    if (const json::value* saturation = statuses->if_contains("minSaturation"))
    {
        if (!saturation->is_number())
            walker.fail("/statuses/minSaturation", "expected a number");
        else
            layout.minSaturation = saturation->to_number<double>();
    }
    const json::array* ratings =
        walker.array(walker.member(*statuses, "/statuses", "ratings"), "/statuses/ratings");
    if (!ratings)
        return;
    for (std::size_t i = 0; i < ratings->size(); ++i)
    {
        const std::string path = "/statuses/ratings/" + std::to_string(i);
        const json::object* item = walker.object(&(*ratings)[i], path);
        if (!item)
            continue;
        RatingSpec spec;
        spec.id = walker.string(*item, path, "id");
        spec.label = walker.string(*item, path, "label");
        spec.letter = walker.string(*item, path, "letter");
        spec.shading = walker.string(*item, path, "shading");
        spec.words = lowered(walker.strings(*item, path, "words"));
        const json::array* hues = walker.array(walker.member(*item, path, "hues"), path + "/hues");
        for (std::size_t h = 0; hues && h < hues->size(); ++h)
        {
            const json::array* range = (*hues)[h].if_array();
            // Whole degrees: to_number throws for 0.5 or 1e12, which a profile must not do.
            std::error_code fromError, toError;
            const int from =
                range && range->size() == 2 ? (*range)[0].to_number<int>(fromError) : 0;
            const int to = range && range->size() == 2 ? (*range)[1].to_number<int>(toError) : 0;
            if (!range || range->size() != 2 || !(*range)[0].is_number() ||
                !(*range)[1].is_number() || fromError || toError)
            {
                walker.fail(path + "/hues/" + std::to_string(h), "expected [from, to] in degrees");
                continue;
            }
            spec.hues.emplace_back(from, to);
        }
        layout.ratings.push_back(std::move(spec));
    }
}

// {"word": weight, ...} at `key` of a field (optional): weights above 0, words lower-cased.
std::vector<WeightedTerm> weightedTerms(Walker& walker, const json::object& field,
                                        const std::string& path, std::string_view key)
{
    std::vector<WeightedTerm> terms;
    const json::value* value = walker.member(field, path, key, false);
    if (!value)
        return terms;
    const std::string at = path + "/" + std::string(key);
    const json::object* object = walker.object(value, at);
    if (!object)
        return terms;
    for (const auto& [word, weight] : *object)
    {
        if (!weight.is_number() || weight.to_number<double>() <= 0)
        {
            walker.fail(at + "/" + std::string(word), "expected a weight above 0");
            continue;
        }
        terms.push_back(WeightedTerm{text::lower(word), weight.to_number<double>()});
    }
    return terms;
}

void requireIds(Walker& walker, const std::vector<WordList>& lists, std::string_view key,
                std::initializer_list<std::string_view> ids)
{
    for (std::string_view id : ids)
    {
        bool found = false;
        for (const WordList& list : lists)
            found = found || list.id == id;
        if (!found)
            walker.fail("/" + std::string(key), "has no entry \"" + std::string(id) + "\"");
    }
}
} // namespace

std::filesystem::path programDirectory()
{
    std::error_code ec;
    std::filesystem::path exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    return ec ? std::filesystem::path() : exe.parent_path();
}

const FieldSpec* Layout::field(std::string_view id) const
{
    for (const FieldSpec& spec : fields)
        if (spec.id == id)
            return &spec;
    return nullptr;
}

const RatingSpec* Layout::rating(std::string_view id) const
{
    for (const RatingSpec& spec : ratings)
        if (spec.id == id)
            return &spec;
    return nullptr;
}

namespace
{
// What `document` (parsed, or null with `error`) holds as a Layout; `name` starts its errors.
Loaded<Layout> layoutFrom(const json::value* document, std::string error, const std::string& name)
{
    Loaded<Layout> result;
    result.error = std::move(error);
    if (!document)
        return result;
    Walker walker(name);
    const json::object* root = walker.object(&*document, "");
    if (!root)
    {
        result.error = walker.error();
        return result;
    }
    Layout layout;
    if (const json::object* recognition =
            walker.object(walker.member(*root, "", "recognition"), "/recognition"))
    {
        layout.minFields =
            static_cast<int>(walker.integer(*recognition, "/recognition", "minFields", 3));
        layout.requiredAnyOf = walker.strings(*recognition, "/recognition", "requiredAnyOf");
        layout.headerRowSearch =
            static_cast<int>(walker.integer(*recognition, "/recognition", "headerRowSearch", 3));
        if (const json::value* minScore =
                walker.member(*recognition, "/recognition", "minScore", false))
        {
            if (!minScore->is_number() || minScore->to_number<double>() <= 0)
                walker.fail("/recognition/minScore", "expected a number above 0");
            else
                layout.minScore = minScore->to_number<double>();
        }
    }
    if (const json::array* fields = walker.array(walker.member(*root, "", "fields"), "/fields"))
    {
        for (std::size_t i = 0; i < fields->size(); ++i)
        {
            const std::string path = "/fields/" + std::to_string(i);
            const json::object* field = walker.object(&(*fields)[i], path);
            if (!field)
                continue;
            FieldSpec spec;
            spec.id = walker.string(*field, path, "id");
            spec.label = walker.string(*field, path, "label");
            const json::value* key = walker.member(*field, path, "key", false);
            if (key && !key->is_bool())
                walker.fail(path + "/key", "expected true or false");
            spec.key = key && key->is_bool() && key->get_bool();
            spec.headers = walker.strings(*field, path, "headers");
            spec.words = weightedTerms(walker, *field, path, "words");
            spec.phrases = weightedTerms(walker, *field, path, "phrases");
            layout.fields.push_back(std::move(spec));
        }
    }
    for (const std::string& id : layout.requiredAnyOf)
        if (!layout.field(id))
            walker.fail("/recognition/requiredAnyOf", "names no field \"" + id + "\"");
    layout.aims = wordLists(walker, *root, "aims");
    requireIds(walker, layout.aims, "aims", {"eliminate", "advance", "foster"});
    layout.allAims = lowered(walker.strings(*root, "", "allAims"));
    layout.characteristics = wordLists(walker, *root, "characteristics");
    layout.documentControl = wordLists(walker, *root, "documentControl");
    requireIds(walker, layout.characteristics, "characteristics",
               {"age", "disability", "gender-reassignment", "marriage-civil-partnership",
                "pregnancy-maternity", "race", "religion-belief", "sex", "sexual-orientation"});
    layout.allCharacteristics = lowered(walker.strings(*root, "", "allCharacteristics"));
    readRatings(walker, *root, layout);
    if (const json::object* canonical =
            walker.object(walker.member(*root, "", "canonical"), "/canonical"))
    {
        layout.canonicalTitle = walker.string(*canonical, "/canonical", "title");
        layout.canonicalColumns = walker.strings(*canonical, "/canonical", "columns");
        for (const std::string& column : layout.canonicalColumns)
            if (!layout.field(column))
                walker.fail("/canonical/columns", "names no field \"" + column + "\"");
    }
    if (walker.ok())
    {
        prepareHeaderForms(layout);
        result.value = std::move(layout);
    }
    else
        result.error = walker.error();
    return result;
}
} // namespace

Loaded<Layout> loadLayout(const std::filesystem::path& file)
{
    std::string error;
    std::optional<json::value> document = parseFile(file, error);
    return layoutFrom(document ? &*document : nullptr, std::move(error), file.filename().string());
}

Loaded<Layout> layoutFromJson(std::string_view text, const std::string& name)
{
    // The parsed text lives only while it is read: one growing block instead of an allocation
    // per value (a fuzz target reads thousands a second).
    json::monotonic_resource memory;
    std::string error;
    std::optional<json::value> document = parseText(text, name, error, &memory);
    return layoutFrom(document ? &*document : nullptr, std::move(error), name);
}

Loaded<Layout> layoutFromParsed(const json::value& document, const std::string& name)
{
    return layoutFrom(&document, {}, name);
}

std::string addLocalWords(Layout& layout, const std::filesystem::path& file)
{
    std::string error;
    std::optional<json::value> document = parseFile(file, error);
    if (!document)
        return error;
    Walker walker(file.filename().string());
    const json::object* root = walker.object(&*document, "");
    const json::object* fields =
        root ? walker.object(walker.member(*root, "", "fields"), "/fields") : nullptr;
    if (!fields)
        return walker.error();
    for (const auto& [id, value] : *fields)
    {
        const std::string path = "/fields/" + std::string(id);
        const json::object* entry = walker.object(&value, path);
        if (!entry)
            continue;
        FieldSpec* spec = nullptr;
        for (FieldSpec& candidate : layout.fields)
            if (candidate.id == id)
                spec = &candidate;
        if (!spec)
        {
            walker.fail(path, "names no field of the plan (fields are named as in "
                              "schemas/layouts.json, e.g. \"owners\")");
            continue;
        }
        for (std::string& header : walker.strings(*entry, path, "headers", false))
            spec->headers.push_back(std::move(header));
        for (WeightedTerm& term : weightedTerms(walker, *entry, path, "words"))
            spec->words.push_back(std::move(term));
        for (WeightedTerm& term : weightedTerms(walker, *entry, path, "phrases"))
            spec->phrases.push_back(std::move(term));
    }
    prepareHeaderForms(layout); // what was added is compared too
    return walker.ok() ? std::string() : walker.error();
}

std::filesystem::path localWordsFile()
{
    if (const char* named = std::getenv("EQPLAN_WORDS"); named && *named)
        return named;
    std::error_code ec;
    const std::filesystem::path here = "eqplan-words.json";
    return std::filesystem::is_regular_file(here, ec) ? here : std::filesystem::path();
}

namespace
{
// What `document` (parsed, or null with `error`) holds as a CommentaryGrammar; `name` starts
// its errors.
Loaded<CommentaryGrammar> grammarFrom(const json::value* document, std::string error,
                                      const std::string& name)
{
    Loaded<CommentaryGrammar> result;
    result.error = std::move(error);
    if (!document)
        return result;
    Walker walker(name);
    const json::object* root = walker.object(&*document, "");
    if (!root)
    {
        result.error = walker.error();
        return result;
    }
    CommentaryGrammar grammar;
    grammar.headingPrefixes = walker.strings(*root, "", "headingPrefixes");
    grammar.bulletMarkers = walker.strings(*root, "", "bulletMarkers");
    grammar.maxHeadingWords =
        static_cast<std::size_t>(walker.integer(*root, "", "maxHeadingWords", 8));
    // Optional: the defaults in CommentaryGrammar are the same words.
    if (const json::value* canonical = root->if_contains("canonical"))
        if (const json::object* form = canonical->if_object())
        {
            const auto text = [&](const char* key, std::string& out)
            {
                if (const json::value* v = form->if_contains(key); v && v->is_string())
                    out = std::string(v->get_string());
            };
            text("heading", grammar.canonicalHeading);
            text("firstHeading", grammar.canonicalFirstHeading);
            text("item", grammar.canonicalItem);
            if (const json::value* v = form->if_contains("headingBold"); v && v->is_bool())
                grammar.canonicalHeadingBold = v->get_bool();
        }
    // Optional too: an entry dated at the start of its paragraph, and the words of its dates.
    const auto strings = [&](const json::object& object, const std::string& path,
                             std::string_view key, std::vector<std::string>& out)
    {
        if (object.contains(key))
            out = walker.strings(object, path, key);
    };
    if (const json::object* inlineForm = walker.object(root->if_contains("inline"), "/inline"))
    {
        strings(*inlineForm, "/inline", "leadWords", grammar.inlineLeadWords);
        strings(*inlineForm, "/inline", "separators", grammar.inlineSeparators);
        if (inlineForm->contains("itemJoin"))
            grammar.inlineItemJoin = walker.string(*inlineForm, "/inline", "itemJoin");
    }
    if (const json::object* dates = walker.object(root->if_contains("dates"), "/dates"))
    {
        if (const json::object* terms = walker.object(dates->if_contains("terms"), "/dates/terms"))
        {
            static constexpr const char* termKeys[] = {"autumn", "spring", "summer"};
            for (std::size_t t = 0; t < grammar.termNames.size(); ++t)
                strings(*terms, "/dates/terms", termKeys[t], grammar.termNames[t]);
        }
        strings(*dates, "/dates", "termWords", grammar.termWords);
        strings(*dates, "/dates", "weekCommencing", grammar.weekCommencing);
    }
    if (walker.ok())
        result.value = std::move(grammar);
    else
        result.error = walker.error();
    return result;
}
} // namespace

Loaded<CommentaryGrammar> loadCommentaryGrammar(const std::filesystem::path& file)
{
    std::string error;
    std::optional<json::value> document = parseFile(file, error);
    return grammarFrom(document ? &*document : nullptr, std::move(error), file.filename().string());
}

Loaded<CommentaryGrammar> commentaryGrammarFromJson(std::string_view text, const std::string& name)
{
    // The parsed text lives only while it is read: one growing block instead of an allocation
    // per value (a fuzz target reads thousands a second).
    json::monotonic_resource memory;
    std::string error;
    std::optional<json::value> document = parseText(text, name, error, &memory);
    return grammarFrom(document ? &*document : nullptr, std::move(error), name);
}

Loaded<CommentaryGrammar> commentaryGrammarFromParsed(const json::value& document,
                                                      const std::string& name)
{
    return grammarFrom(&document, {}, name);
}

Loaded<CheckRules> loadCheckRules(const std::filesystem::path& file)
{
    Loaded<CheckRules> result;
    std::optional<json::value> document = parseFile(file, result.error);
    if (!document)
        return result;
    Walker walker(file.filename().string());
    const json::object* root = walker.object(&*document, "");
    if (!root)
    {
        result.error = walker.error();
        return result;
    }
    CheckRules rules;
    if (const json::array* terms = walker.array(walker.member(*root, "", "terms"), "/terms"))
    {
        for (std::size_t i = 0; i < terms->size(); ++i)
        {
            const std::string path = "/terms/" + std::to_string(i);
            const json::object* term = walker.object(&(*terms)[i], path);
            if (!term)
                continue;
            TermSpec spec;
            spec.preferred = walker.string(*term, path, "preferred");
            spec.forms = walker.strings(*term, path, "forms");
            const bool listed =
                std::any_of(spec.forms.begin(), spec.forms.end(),
                            [&](const std::string& form)
                            { return text::lower(form) == text::lower(spec.preferred); });
            if (walker.ok() && !listed)
                walker.fail(path + "/forms",
                            "does not hold the preferred form \"" + spec.preferred + "\"");
            rules.terms.push_back(std::move(spec));
        }
    }
    if (const json::object* calendar =
            walker.object(walker.member(*root, "", "calendar"), "/calendar"))
    {
        rules.objectivesMaxYears = static_cast<int>(
            walker.integer(*calendar, "/calendar", "objectivesMaxYears", rules.objectivesMaxYears));
        rules.reviewMaxMonths = static_cast<int>(
            walker.integer(*calendar, "/calendar", "reviewMaxMonths", rules.reviewMaxMonths));
    }
    if (const json::object* coverage =
            walker.object(walker.member(*root, "", "coverage"), "/coverage"))
    {
        rules.staffOnlyCharacteristics = walker.strings(*coverage, "/coverage", "staffOnly");
        for (std::size_t i = 0; i < rules.staffOnlyCharacteristics.size(); ++i)
            if (!characteristicFromString(rules.staffOnlyCharacteristics[i]))
                walker.fail("/coverage/staffOnly/" + std::to_string(i),
                            "names no protected characteristic \"" +
                                rules.staffOnlyCharacteristics[i] + "\"");
    }
    if (walker.ok())
        result.value = std::move(rules);
    else
        result.error = walker.error();
    return result;
}

std::filesystem::path schemaDirectory()
{
    if (const char* fromEnvironment = std::getenv("EQPLAN_SCHEMA_DIR");
        fromEnvironment && *fromEnvironment)
        return fromEnvironment;
    std::filesystem::path installed = programDirectory() / ".." / "share" / "eqplan" / "schemas";
    std::error_code ec;
    if (std::filesystem::is_regular_file(installed / "layouts.json", ec))
        return installed.lexically_normal();
    return EQPLAN_BUILD_SCHEMA_DIR;
}

Loaded<Schemas> loadSchemas(const std::filesystem::path& directory)
{
    Loaded<Schemas> result;
    Loaded<Layout> layout = loadLayout(directory / "layouts.json");
    if (!layout)
    {
        result.error = layout.error;
        return result;
    }
    Loaded<CommentaryGrammar> grammar =
        loadCommentaryGrammar(directory / "progress-commentary.json");
    if (!grammar)
    {
        result.error = grammar.error;
        return result;
    }
    Loaded<CheckRules> checks = loadCheckRules(directory / "checks.json");
    if (!checks)
    {
        result.error = checks.error;
        return result;
    }
    result.value =
        Schemas{std::move(*layout.value), std::move(*grammar.value), std::move(*checks.value)};
    return result;
}
} // namespace eqplan
