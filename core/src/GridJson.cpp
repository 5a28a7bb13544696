#include "eqplan/GridJson.hpp"

#include "JsonWalker.hpp"

#include <boost/json.hpp>

namespace eqplan
{
namespace
{
namespace json = boost::json;
using detail::Walker;

json::array paragraphs(const std::vector<Paragraph>& list)
{
    json::array out;
    for (const Paragraph& p : list)
    {
        json::object paragraph{{"text", p.text},
                               {"listLabel", p.listLabel},
                               {"bold", p.bold},
                               {"style", p.style},
                               {"outlineLevel", p.outlineLevel}};
        // Only where it is so: most documents have no pending change.
        if (p.tracked)
            paragraph["tracked"] = true;
        out.push_back(std::move(paragraph));
    }
    return out;
}

// The paragraphs of the array member `key` of `object`.
std::vector<Paragraph> paragraphsFrom(Walker& walker, const json::object& object,
                                      const std::string& path, std::string_view key)
{
    std::vector<Paragraph> out;
    const std::string listPath = path + "/" + std::string(key);
    const json::array* list = walker.array(walker.member(object, path, key), listPath);
    if (!list)
        return out;
    out.reserve(list->size());
    for (std::size_t i = 0; i < list->size() && walker.ok(); ++i)
    {
        const std::string itemPath = listPath + "/" + std::to_string(i);
        const json::object* item = walker.object(&(*list)[i], itemPath);
        if (!item)
            break;
        Paragraph p;
        p.text = walker.string(*item, itemPath, "text");
        p.listLabel = walker.string(*item, itemPath, "listLabel");
        p.bold = walker.boolean(*item, itemPath, "bold");
        p.style = walker.string(*item, itemPath, "style");
        p.outlineLevel = walker.requiredInt(*item, itemPath, "outlineLevel");
        if (item->contains("tracked"))
            p.tracked = walker.boolean(*item, itemPath, "tracked");
        out.push_back(std::move(p));
    }
    return out;
}

Cell cellFrom(Walker& walker, const json::object& object, const std::string& path)
{
    Cell cell;
    cell.name = walker.string(object, path, "name");
    cell.row = walker.requiredInt(object, path, "row");
    cell.column = walker.requiredInt(object, path, "column");
    cell.rowSpan = walker.requiredInt(object, path, "rowSpan");
    cell.columnSpan = walker.requiredInt(object, path, "columnSpan");
    cell.paragraphs = paragraphsFrom(walker, object, path, "paragraphs");
    if (object.contains("shading"))
        cell.shading = walker.string(object, path, "shading");
    return cell;
}

Table tableFrom(Walker& walker, const json::object& object, const std::string& path)
{
    Table table;
    table.name = walker.string(object, path, "name");
    table.rows = walker.requiredInt(object, path, "rows");
    table.columns = walker.requiredInt(object, path, "columns");
    table.before = paragraphsFrom(walker, object, path, "before");
    const json::array* cells = walker.array(walker.member(object, path, "cells"), path + "/cells");
    for (std::size_t i = 0; cells && i < cells->size() && walker.ok(); ++i)
    {
        const std::string cellPath = path + "/cells/" + std::to_string(i);
        if (const json::object* cell = walker.object(&(*cells)[i], cellPath))
            table.cells.push_back(cellFrom(walker, *cell, cellPath));
    }
    if (object.contains("repeatedHeaderRows"))
        table.repeatedHeaderRows = walker.requiredInt(object, path, "repeatedHeaderRows");
    return table;
}
} // namespace

json::value toJson(const DocumentGrid& grid)
{
    json::array tables;
    for (const Table& table : grid.tables)
    {
        json::array cells;
        for (const Cell& cell : table.cells)
        {
            json::object object{{"name", cell.name},
                                {"row", cell.row},
                                {"column", cell.column},
                                {"rowSpan", cell.rowSpan},
                                {"columnSpan", cell.columnSpan},
                                {"paragraphs", paragraphs(cell.paragraphs)}};
            if (!cell.shading.empty())
                object["shading"] = cell.shading;
            cells.push_back(std::move(object));
        }
        json::object object{{"name", table.name},
                            {"rows", table.rows},
                            {"columns", table.columns},
                            {"before", paragraphs(table.before)},
                            {"cells", std::move(cells)}};
        if (table.repeatedHeaderRows)
            object["repeatedHeaderRows"] = *table.repeatedHeaderRows;
        tables.push_back(std::move(object));
    }
    json::object out{
        {"title", grid.title}, {"tables", std::move(tables)}, {"after", paragraphs(grid.after)}};
    // Only where there are any: a grid without them reads (and fingerprints) as it always did.
    if (!grid.pageHeaders.empty())
        out["pageHeaders"] = paragraphs(grid.pageHeaders);
    if (!grid.pageFooters.empty())
        out["pageFooters"] = paragraphs(grid.pageFooters);
    if (!grid.columnAssignments.empty())
        out["columnAssignments"] = grid.columnAssignments;
    return out;
}

Loaded<DocumentGrid> gridFromJson(std::string_view text)
{
    Loaded<DocumentGrid> out;
    // The readers pass on what the document holds; a lone surrogate in Writer's text becomes
    // bytes that are not UTF-8, and the grid must keep them as every other reader does.
    json::parse_options options;
    options.allow_invalid_utf8 = true;
    // The parsed text lives only while it is read: one growing block instead of an allocation
    // per value (the grid's strings are copied out of it).
    json::monotonic_resource memory;
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec, &memory, options);
    if (ec)
    {
        out.words = keyed("gridNotJson", "grid: not JSON ({0})", {ec.message()});
        out.error = out.words.english;
        return out;
    }
    return gridFromParsed(root);
}

Loaded<DocumentGrid> gridFromParsed(const json::value& root)
{
    Loaded<DocumentGrid> out;
    Walker walker("grid");
    const json::object* object = walker.object(&root, "");
    if (!object)
    {
        out.error = walker.error();
        out.words = walker.words();
        return out;
    }
    DocumentGrid grid;
    grid.title = walker.string(*object, "", "title");
    const json::array* tables = walker.array(walker.member(*object, "", "tables"), "/tables");
    for (std::size_t i = 0; tables && i < tables->size() && walker.ok(); ++i)
    {
        const std::string path = "/tables/" + std::to_string(i);
        if (const json::object* table = walker.object(&(*tables)[i], path))
            grid.tables.push_back(tableFrom(walker, *table, path));
    }
    grid.after = paragraphsFrom(walker, *object, "", "after");
    if (object->contains("pageHeaders"))
        grid.pageHeaders = paragraphsFrom(walker, *object, "", "pageHeaders");
    if (object->contains("pageFooters"))
        grid.pageFooters = paragraphsFrom(walker, *object, "", "pageFooters");
    if (const json::value* assigned = walker.member(*object, "", "columnAssignments", false))
    {
        if (assigned->is_string())
            grid.columnAssignments = std::string(assigned->get_string());
        else
            walker.fail("/columnAssignments", "expected a string");
    }
    if (walker.ok())
        out.value = std::move(grid);
    else
    {
        out.error = walker.error();
        out.words = walker.words();
    }
    return out;
}
} // namespace eqplan
