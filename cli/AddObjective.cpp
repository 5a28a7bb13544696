#include "AddObjective.hpp"

#include "Changes.hpp"
#include "Command.hpp"
#include "ExitCodes.hpp"
#include "Inspect.hpp"
#include "Options.hpp"
#include "Update.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/ObjectiveWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

namespace eqplan::cli
{
namespace
{
using namespace std::chrono;

struct AddObjectiveArguments
{
    CLI::App* app = nullptr;
    std::vector<std::string> files;
    std::string output;
    std::string objective;
    std::vector<std::string> fields;
    std::string by;
};

int runAddObjective(const AddObjectiveArguments& a, const CommonOptions& common);
} // namespace

void addAddObjective(CommandLine& cli)
{
    auto a = std::make_shared<AddObjectiveArguments>();
    CLI::App& app = cli.add(
        {"add-objective",
         "add-objective FILE --objective TEXT [--field FIELD=VALUE...] [--by NAME] [-o OUT]",
         "add an objective after the plan's last one, laid out like it",
         R"text(Add an objective after the plan's last one: new rows laid out, merged and numbered like it
(its commentary row too, where the plan has them), with the fields given (FIELD as for edit;
give a field several times for several items). Records "Added objective N" in the document's
history and dates the Updated line. Writes OUT (default: FILE) through a temporary file, as
one undo step. --json says what changed (schemas/changes.schema.json).
)text",
         "  0  written\n"
         "  4  no plan table found, a table eqplan or LibreOffice cannot add a row to, or no\n"
         "     column for a field given (nothing changed)"},
        [a, &cli] { return runAddObjective(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the plan to change (.docx, .odt, .fodt, .doc, .rtf)")
        ->type_name("");
    app.add_option("--objective", a->objective, "the new objective's text")->type_name("TEXT");
    app.add_option("--field", a->fields,
                   "a field of the new objective (FIELD as for edit: owners=SLT); repeat a field "
                   "for several items")
        ->type_name("FIELD=VALUE")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--by", a->by, "who added it, for the Updated line and the history")
        ->type_name("NAME");
    app.add_option("-o,--output", a->output, "write the changed plan here (default: FILE)")
        ->type_name("OUT");
}

namespace
{
int runAddObjective(const AddObjectiveArguments& a, const CommonOptions& common)
{
    std::string output = a.output;
    const std::optional<std::string> objectiveText =
        a.app->count("--objective") ? std::optional<std::string>(a.objective) : std::nullopt;
    const std::string& by = a.by;
    const std::optional<std::string>& connect = common.connect;
    if (objectiveText && !acceptText("--objective", *objectiveText))
        return ExitUsage;
    std::vector<std::pair<std::string, std::vector<std::string>>> fields;
    for (const std::string& value : a.fields)
    {
        if (!acceptText("--field", value))
            return ExitUsage;
        const std::size_t equals = value.find('=');
        if (equals == std::string::npos || equals == 0)
            return usageError("--field takes FIELD=VALUE, e.g. --field owners=SLT");
        const std::string name = value.substr(0, equals);
        auto field = std::find_if(fields.begin(), fields.end(),
                                  [&](const auto& f) { return f.first == name; });
        if (field == fields.end())
            field = fields.insert(fields.end(), {name, {}});
        field->second.push_back(value.substr(equals + 1));
    }
    if (!acceptText("--by", by))
        return ExitUsage;
    if (a.files.size() != 1)
        return usageError(a.files.empty() ? "add-objective needs the FILE to change"
                                          : "add-objective changes one FILE at a time");
    const std::string file = a.files.front();
    if (!objectiveText || text::trim(*objectiveText).empty())
        return usageError("give the new objective's text with --objective \"...\"");
    if (output.empty())
        output = file;
    if (!*bridge::filterFor(output))
        return usageError("cannot write " + output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    for (const auto& field : fields)
        if (editableFieldId(field.first, schemas->layout).empty())
        {
            std::string ids;
            for (const std::string& id : editableFields())
                ids += (ids.empty() ? "" : ", ") + id;
            return usageError("eqplan cannot write the field \"" + field.first +
                              "\": give one of " + ids);
        }
    bridge::checkReadable(file);
    checkWritable(output);

    std::unique_ptr<bridge::Office> office = officeFor(connect);
    bridge::OpenDocument document(*office, file, bridge::OpenMode::Editable);
    const DocumentGrid grid =
        bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
    ReadResult result = readPlan(grid, *schemas);
    if (!result)
    {
        printNoPlan(std::cerr, file, result, schemas->layout);
        return ExitNoPlan;
    }
    const Plan& plan = result.plan;
    const Result<ObjectiveInsert> planned =
        planNewObjective(plan, grid, *objectiveText, fields, *schemas);
    if (!planned)
    {
        std::cerr << messageStart() << planned.error << '\n';
        return exitFor(planned.status);
    }
    const ObjectiveInsert& insert = *planned;
    const bridge::Author author{by.empty() ? bridge::userName(office->context()) : by, today()};
    // Rows LibreOffice cannot shape the plan's way are refused (Error::Kind::Refused, exit 4).
    const bridge::AddedObjective added =
        bridge::addObjective(document.component(), plan, insert, author,
                             [&]
                             {
                                 return readPlan(bridge::readDocument(*office, document.component(),
                                                                      bridge::ReadMethod::InOffice)
                                                     .grid,
                                                 *schemas);
                             });
    if (!added.kept)
    {
        std::cerr << messageStart() << "the new row would be read as part of objective "
                  << plan.objectives.back().number
                  << ", not as a new objective; nothing was changed. Give it an owner or a "
                     "duty (--field owners=...), which start a new objective in this plan.\n";
        return ExitUsage;
    }
    bridge::storeDocument(document.component(), output);
    const std::string said =
        "Added objective " + std::to_string(insert.number) + ": " + insert.objectiveText;
    if (common.json)
    {
        boost::json::object report = changeReport("add-objective", file);
        addChange(report, "objective", said, insert.number);
        if (const std::string line = updatedLineSaid(added.written.dated); !line.empty())
            addChange(report, "updated-line", line);
        setWritten(report, output);
        printReport(report);
        return ExitRead;
    }
    std::cout << said << "; wrote " << output << '\n';
    printUpdatedLine(std::cout, added.written.dated);
    return ExitRead;
}
} // namespace
} // namespace eqplan::cli
