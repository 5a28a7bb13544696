#include "Edit.hpp"

#include "Changes.hpp"
#include "Command.hpp"
#include "ExitCodes.hpp"
#include "Inspect.hpp"
#include "Options.hpp"
#include "Update.hpp"

#include "eqplan/FieldWriter.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/Operations.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

namespace eqplan::cli
{
namespace
{
using namespace std::chrono;

struct EditArguments
{
    CLI::App* app = nullptr;
    std::vector<std::string> files;
    std::string output;
    std::string objective;
    std::string field;
    std::vector<std::string> values;
    std::string by;
};

std::optional<int> objectiveNumber(const std::string& text)
{
    if (text.empty() || text.size() > 6 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(text);
}

int runEdit(const EditArguments& a, const CommonOptions& common);
} // namespace

void addEdit(CommandLine& cli)
{
    auto a = std::make_shared<EditArguments>();
    CLI::App& app = cli.add(
        {"edit",
         "edit FILE --objective N --field FIELD --value TEXT [--value TEXT...] [--by NAME] "
         "[-o OUT]",
         "rewrite one field of an objective, the plan's way",
         R"text(Rewrite one field of objective N with the values given, written into its cell the plan's
way (items typed "1)" or "·" or in a real list, owners joined as the plan joins them). Records
"Changed FIELD" in the document's history and dates the Updated line (adding one under the
title if the plan has none). Writes OUT (default: FILE) through a temporary file, as one undo
step. --json says what changed (schemas/changes.schema.json).
)text",
         "  0  written\n"
         "  4  no plan table found, or the plan has no column for the field"},
        [a, &cli] { return runEdit(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the plan to change (.docx, .odt, .fodt, .doc, .rtf)")
        ->type_name("");
    app.add_option("--objective", a->objective, "the objective to edit, as the plan numbers it")
        ->type_name("N");
    app.add_option("--field", a->field,
                   "duty, characteristics, aim, objective, targetGroups, actions, "
                   "successCriteria, owners or timescale (or its label, \"success criteria\")")
        ->type_name("FIELD");
    app.add_option("--value", a->values, "one item or line of the field; repeat for each")
        ->type_name("TEXT")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--by", a->by, "who made the change, for the Updated line and the history")
        ->type_name("NAME");
    app.add_option("-o,--output", a->output, "write the changed plan here (default: FILE)")
        ->type_name("OUT");
}

namespace
{
int runEdit(const EditArguments& given, const CommonOptions& common)
{
    EditArguments a = given;
    for (const std::string& value : a.values)
        if (!acceptText("--value", value))
            return ExitUsage;
    if (!acceptText("--by", a.by))
        return ExitUsage;
    std::optional<int> number;
    if (a.app->count("--objective"))
    {
        number = objectiveNumber(a.objective);
        if (!number)
            return usageError("--objective takes the objective's number, e.g. --objective 2");
    }
    if (a.files.size() != 1)
        return usageError(a.files.empty() ? "edit needs the FILE to change"
                                          : "edit changes one FILE at a time");
    const std::string file = a.files.front();
    if (!number)
        return usageError("say which objective to edit with --objective N");
    if (a.field.empty())
        return usageError("say which field to edit with --field FIELD, e.g. --field actions");
    if (a.values.empty())
        return usageError("give the field's new value with --value \"...\" (one per item)");
    if (a.output.empty())
        a.output = file;
    if (!*bridge::filterFor(a.output))
        return usageError("cannot write " + a.output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    const std::string field = editableFieldId(a.field, schemas->layout);
    if (field.empty())
    {
        std::string ids;
        for (const std::string& id : editableFields())
            ids += (ids.empty() ? "" : ", ") + id;
        return usageError(
            a.field == "progress"
                ? std::string("progress is added with eqplan update, not edited as a field")
                : "eqplan cannot edit the field \"" + a.field + "\": give one of " + ids);
    }
    bridge::checkReadable(file);
    checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(common.connect);
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
    const Objective* objective = findObjective(plan, *number, "edit", std::cerr);
    if (!objective)
        return ExitUsage;
    const Result<FieldWrite> planned = planFieldEdit(plan, *objective, field, a.values, *schemas);
    if (!planned)
    {
        std::cerr << messageStart() << planned.error << '\n';
        return exitFor(planned.status);
    }
    const bridge::Author author{a.by.empty() ? bridge::userName(office->context()) : a.by,
                                today()};
    const UpdatedLineWrite dated =
        bridge::editField(document.component(), plan, *objective, *planned, author).dated;
    bridge::storeDocument(document.component(), a.output);

    const std::string said = planned->label + " rewritten (" +
                             std::to_string(planned->paragraphs.size()) +
                             (planned->paragraphs.size() == 1 ? " paragraph" : " paragraphs") + ")";
    if (common.json)
    {
        boost::json::object report = changeReport("edit", file);
        addChange(report, "field", said, objective->number);
        if (const std::string line = updatedLineSaid(dated); !line.empty())
            addChange(report, "updated-line", line);
        setWritten(report, a.output);
        printReport(report);
        return ExitRead;
    }
    std::cout << "Objective " << objective->number << ": " << said << "; wrote " << a.output
              << '\n';
    printUpdatedLine(std::cout, dated);
    return ExitRead;
}
} // namespace
} // namespace eqplan::cli
