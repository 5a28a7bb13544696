#include "eqplan/GridJson.hpp"

#include <boost/json.hpp>

namespace eqplan
{
namespace
{
namespace json = boost::json;

json::array paragraphs(const std::vector<Paragraph>& list)
{
    json::array out;
    for (const Paragraph& p : list)
        out.push_back(json::object{{"text", p.text},
                                   {"listLabel", p.listLabel},
                                   {"bold", p.bold},
                                   {"style", p.style},
                                   {"outlineLevel", p.outlineLevel}});
    return out;
}
} // namespace

json::value toJson(const DocumentGrid& grid)
{
    json::array tables;
    for (const Table& table : grid.tables)
    {
        json::array cells;
        for (const Cell& cell : table.cells)
            cells.push_back(json::object{{"name", cell.name},
                                         {"row", cell.row},
                                         {"column", cell.column},
                                         {"rowSpan", cell.rowSpan},
                                         {"columnSpan", cell.columnSpan},
                                         {"paragraphs", paragraphs(cell.paragraphs)}});
        json::object object{{"name", table.name},
                            {"rows", table.rows},
                            {"columns", table.columns},
                            {"before", paragraphs(table.before)},
                            {"cells", std::move(cells)}};
        if (table.repeatedHeaderRows)
            object["repeatedHeaderRows"] = *table.repeatedHeaderRows;
        tables.push_back(std::move(object));
    }
    return json::object{
        {"title", grid.title}, {"tables", std::move(tables)}, {"after", paragraphs(grid.after)}};
}
} // namespace eqplan
