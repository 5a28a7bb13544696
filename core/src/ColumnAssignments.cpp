#include "eqplan/ColumnAssignments.hpp"

#include "JsonWalker.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>

namespace eqplan
{
namespace json = boost::json;

const ColumnAssignment* ColumnAssignments::find(std::string_view header) const
{
    const std::string key = headerKey(header);
    if (key.empty())
        return nullptr;
    const auto it =
        std::find_if(columns.begin(), columns.end(),
                     [&](const ColumnAssignment& a) { return headerKey(a.header) == key; });
    return it == columns.end() ? nullptr : &*it;
}

std::string headerKey(std::string_view header)
{
    std::string folded = text::fold(header);
    for (std::size_t pos; (pos = folded.find("\xE2\x80\x99")) != std::string::npos;)
        folded.replace(pos, 3, "'");
    while (!folded.empty() && (folded.back() == '?' || folded.back() == '.' ||
                               folded.back() == ':' || folded.back() == ' '))
        folded.pop_back();
    return folded;
}

void assignColumn(ColumnAssignments& assignments, std::string_view header, std::string field)
{
    unassignColumn(assignments, header);
    assignments.columns.push_back(
        ColumnAssignment{std::string(text::trim(header)), std::move(field)});
}

bool unassignColumn(ColumnAssignments& assignments, std::string_view header)
{
    const std::string key = headerKey(header);
    const auto before = assignments.columns.size();
    std::erase_if(assignments.columns,
                  [&](const ColumnAssignment& a) { return headerKey(a.header) == key; });
    return assignments.columns.size() != before;
}

const FieldSpec* fieldNamed(const Layout& layout, std::string_view name)
{
    const std::string wanted = text::fold(text::trim(name));
    if (wanted.empty())
        return nullptr;
    for (const FieldSpec& spec : layout.fields)
        if (text::fold(spec.id) == wanted || text::fold(spec.label) == wanted)
            return &spec;
    return nullptr;
}

std::string planLostBy(const DocumentGrid& grid, const std::string& assignments,
                       const Schemas& schemas)
{
    if (!readPlan(grid, schemas))
        return {};
    DocumentGrid preview = grid;
    preview.columnAssignments = assignments;
    if (readPlan(preview, schemas))
        return {};
    return "Nothing was changed: read that way, the document's tables would hold no plan (a "
           "plan table names at least " +
           std::to_string(schemas.layout.minFields) + " of the plan's fields).";
}

std::string columnAssignmentsToJson(const ColumnAssignments& assignments)
{
    json::array columns;
    for (const ColumnAssignment& a : assignments.columns)
        columns.push_back(
            json::object{{"header", a.header},
                         {"field", a.field.empty() ? json::value(nullptr) : json::value(a.field)}});
    return json::serialize(json::object{{"version", 1}, {"columns", std::move(columns)}});
}

Loaded<ColumnAssignments> columnAssignmentsFromJson(std::string_view source, const Layout* layout)
{
    Loaded<ColumnAssignments> result;
    std::error_code ec;
    const json::value document = json::parse(source, ec);
    if (ec)
    {
        result.words =
            keyed("columnsNotJson", "column assignments: not valid JSON ({0})", {ec.message()});
        result.error = result.words.english;
        return result;
    }
    detail::Walker walker(keyed("columnsName", "column assignments"));
    const json::object* root = walker.object(&document, "");
    const json::array* list =
        root ? walker.array(walker.member(*root, "", "columns"), "/columns") : nullptr;
    ColumnAssignments assignments;
    for (std::size_t i = 0; list && i < list->size() && walker.ok(); ++i)
    {
        const std::string path = "/columns/" + std::to_string(i);
        const json::object* entry = walker.object(&(*list)[i], path);
        if (!entry)
            continue;
        ColumnAssignment a;
        a.header = walker.string(*entry, path, "header");
        if (walker.ok() && headerKey(a.header).empty())
            walker.fail(path + "/header", keyed("columnsHeaderEmpty", "is empty"));
        if (const json::value* field = walker.member(*entry, path, "field"))
        {
            if (field->is_string())
                a.field = std::string(field->get_string());
            else if (!field->is_null())
                walker.fail(path + "/field",
                            keyed("columnsFieldExpected", "expected a field id or null"));
            if (walker.ok() && layout && !a.field.empty() && !layout->field(a.field))
                walker.fail(path + "/field",
                            keyed("columnsNoField", "no field \"{0}\"", {a.field}));
        }
        assignments.columns.push_back(std::move(a));
    }
    if (walker.ok())
        result.value = std::move(assignments);
    else
    {
        result.error = walker.error();
        result.words = walker.words();
    }
    return result;
}
} // namespace eqplan
