#include "Columns.hpp"

#include "Changes.hpp"
#include "Command.hpp"
#include "Inspect.hpp"
#include "Options.hpp"

#include "eqplan/ColumnAssignments.hpp"
#include "eqplan/History.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <iostream>
#include <memory>

namespace eqplan::cli
{
namespace
{
struct ColumnsArguments
{
    std::vector<std::string> files;
    std::vector<std::string> assigns;
    std::vector<std::string> clears;
    bool clearAll = false;
    std::string output;
    std::string by;
};

int runColumns(const ColumnsArguments& given, const CommonOptions& common);

// Every header the tables show (plan tables, and the nearest header row of the others): what
// --assign and --clear may name.
std::vector<std::string> headersOf(const ReadResult& read)
{
    std::vector<std::string> headers;
    const auto add = [&](const std::vector<Column>& columns)
    {
        for (const Column& column : columns)
            if (!headerKey(column.header).empty() &&
                std::none_of(headers.begin(), headers.end(),
                             [&](const std::string& h)
                             { return headerKey(h) == headerKey(column.header); }))
                headers.push_back(column.header);
    };
    for (const PlanTable& table : read.plan.tables)
        add(table.columns);
    for (const RejectedTable& table : read.rejected)
        add(table.columns);
    return headers;
}

std::string fieldIds(const Layout& layout)
{
    std::string out;
    for (const FieldSpec& field : layout.fields)
        out += field.id + ", ";
    return out + "or none";
}

boost::json::array tablesJson(const ReadResult& read)
{
    boost::json::array tables;
    const auto columnsJson = [](const std::vector<Column>& columns)
    {
        boost::json::array out;
        for (const Column& column : columns)
            out.push_back(boost::json::object{{"header", column.header},
                                              {"field", column.field.empty()
                                                            ? boost::json::value(nullptr)
                                                            : boost::json::value(column.field)},
                                              {"assigned", column.assigned},
                                              {"why", column.why},
                                              {"doubt", column.doubt}});
        return out;
    };
    for (const PlanTable& table : read.plan.tables)
        tables.push_back(boost::json::object{
            {"name", table.name}, {"plan", true}, {"columns", columnsJson(table.columns)}});
    for (const RejectedTable& table : read.rejected)
        tables.push_back(boost::json::object{
            {"name", table.name}, {"plan", false}, {"columns", columnsJson(table.columns)}});
    return tables;
}
} // namespace

void addColumns(CommandLine& cli)
{
    auto a = std::make_shared<ColumnsArguments>();
    CLI::App& app = cli.add(
        {"columns",
         "columns FILE [--json] [--assign HEADER=FIELD...] [--clear HEADER...] [--clear-all] "
         "[--by NAME] [-o OUT]",
         "say what each column was taken for; tell eqplan what a column holds",
         R"text(List, for each table, what each column (or, where the labels are down the left, each label
row) was taken for and how sure eqplan is, as `inspect --explain` does. --assign tells eqplan
that the column headed HEADER holds FIELD (a field id such as owners, or its label such as
Responsibility; none: it is not a field), whatever its words say; --clear gives HEADER back to
recognition, --clear-all every column. The assignments are kept in the document (a custom
document property, in .odt and .docx alike) and every later read, in the CLI and the sidebar,
takes them: one undo step, recorded in the history; writes OUT (default: FILE). A header is
matched without regard to case, spacing or a trailing ':' or '?'. A change that would leave the
document's tables with no plan is refused, nothing changed (exit 2).
)text",
         "  0  listed (or written)\n  2  a header or field eqplan cannot take, or a change that "
         "would leave no plan\n  4  no plan table found"},
        [a, &cli] { return runColumns(*a, cli.common()); });
    app.add_option("FILE", a->files, "the plan (.docx, .odt, .fodt, .doc, .rtf)")->type_name("");
    app.add_option("--assign", a->assigns,
                   "read the column headed HEADER as FIELD (none: no field)")
        ->type_name("HEADER=FIELD")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--clear", a->clears, "give the column headed HEADER back to recognition")
        ->type_name("HEADER")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_flag("--clear-all", a->clearAll, "give every column back to recognition");
    app.add_option("--by", a->by, "who made the change, for the history")->type_name("NAME");
    app.add_option("-o,--output", a->output, "write the changed plan here (default: FILE)")
        ->type_name("OUT");
}

namespace
{
int runColumns(const ColumnsArguments& given, const CommonOptions& common)
{
    if (given.files.size() != 1)
        return usageError(given.files.empty() ? "columns needs the FILE of the plan"
                                              : "columns reads one FILE at a time");
    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    bridge::ColumnChanges changes;
    changes.clearAll = given.clearAll;
    for (const std::string& assign : given.assigns)
    {
        if (!acceptText("--assign", assign))
            return ExitUsage;
        const std::size_t equals = assign.rfind('=');
        const std::string header(
            text::trim(std::string_view(assign).substr(0, std::min(equals, assign.size()))));
        const std::string field(equals == std::string::npos
                                    ? std::string()
                                    : std::string(text::trim(assign.substr(equals + 1))));
        const FieldSpec* spec = fieldNamed(schemas->layout, field);
        const bool none = text::fold(field) == "none" || text::fold(field) == "not a field";
        if (equals == std::string::npos || headerKey(header).empty() || (!spec && !none))
            return usageError("--assign takes HEADER=FIELD, e.g. --assign \"Champion=owners\"; "
                              "FIELD is " +
                              fieldIds(schemas->layout));
        changes.assign.emplace_back(header, spec ? spec->id : std::string());
    }
    for (const std::string& clear : given.clears)
    {
        if (!acceptText("--clear", clear) || headerKey(clear).empty())
            return clear.empty() ? usageError("--clear takes the HEADER of a column") : ExitUsage;
        changes.clear.push_back(std::string(text::trim(clear)));
    }
    if (!acceptText("--by", given.by))
        return ExitUsage;
    const std::string file = given.files.front();
    const bool changing = !changes.assign.empty() || !changes.clear.empty() || changes.clearAll;
    if (!given.output.empty() && !changing)
        return usageError("-o names where the changed plan goes; add --assign or --clear");
    const std::string output = given.output.empty() ? file : given.output;
    if (changing && !*bridge::filterFor(output))
        return usageError("cannot write " + output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    bridge::checkReadable(file);
    if (changing)
        checkWritable(output);
    std::unique_ptr<bridge::Office> office = officeFor(common.connect);
    bridge::OpenDocument document(
        *office, file, changing ? bridge::OpenMode::Editable : bridge::OpenMode::ReadOnly);
    DocumentGrid grid;
    const auto read = [&]
    {
        grid =
            bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
        return readPlan(grid, *schemas);
    };
    ReadResult result = read();
    boost::json::object report = changeReport("columns", file);
    if (changing)
    {
        // A header the tables do not show is a typing mistake, not a word to keep.
        const std::vector<std::string> headers = headersOf(result);
        for (const auto& [header, field] : changes.assign)
            if (std::none_of(headers.begin(), headers.end(),
                             [&](const std::string& h)
                             { return headerKey(h) == headerKey(header); }))
            {
                std::string known;
                for (const std::string& h : headers)
                    known +=
                        (known.empty() ? "\"" : ", \"") + text::firstLineShortened(h, 40) + "\"";
                return usageError("the document's tables have no column \"" + header +
                                  "\"; their columns are " + known + ". Nothing was changed.");
            }
        const bridge::ChangedColumns changed = bridge::changeColumns(
            document.component(), grid, changes, *schemas,
            bridge::Author{given.by.empty() ? bridge::userName(office->context()) : given.by,
                           today()});
        if (!changed.refused.empty())
        {
            std::cerr << messageStart() << changed.refused << '\n';
            return ExitUsage;
        }
        for (const std::string& line : changed.said)
            addChange(report, "column", line);
        bridge::storeDocument(document.component(), output);
        setWritten(report, output);
        if (!common.json)
        {
            for (const std::string& line : changed.said)
                std::cout << line << '\n';
            std::cout << "Wrote " << output << '\n';
        }
        result = read();
    }
    if (common.json)
    {
        if (changing)
        {
            report["tables"] = tablesJson(result);
            printReport(report);
        }
        else
            std::cout << boost::json::serialize(boost::json::object{{"tables", tablesJson(result)}})
                      << '\n';
        return result ? ExitRead : ExitNoPlan;
    }
    if (!result)
    {
        printNoPlan(std::cout, file, result, schemas->layout, true);
        return ExitNoPlan;
    }
    printExplanation(std::cout, result.plan, schemas->layout);
    return ExitRead;
}
} // namespace
} // namespace eqplan::cli
