#include "AddObjective.hpp"

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

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

namespace eqplan::cli
{
const char* addObjectiveUsage =
    R"usage(  add-objective FILE --objective TEXT [--field FIELD=VALUE...] [--by NAME] [-o OUT]
       [--connect CONNECTION]
        Add an objective after the plan's last one: new rows laid out, merged and numbered
        like it (its commentary row too, where the plan has them), with the fields given
        (FIELD as for edit; give a field several times for several items). Records "Added
        objective N" in the document's history and dates the Updated line. Writes OUT
        (default: FILE) like update; a table LibreOffice cannot add a row to exits 4 with
        nothing changed.
)usage";

namespace
{
using namespace std::chrono;

int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan add-objective FILE --objective TEXT [--field FIELD=VALUE...] "
                 "[--by NAME] [-o OUT]\n"
                 "(eqplan --help tells more)\n";
    return ExitUsage;
}
} // namespace

int addObjective(const std::vector<std::string>& arguments)
{
    std::string file;
    std::string output;
    std::optional<std::string> objectiveText;
    std::vector<std::pair<std::string, std::vector<std::string>>> fields;
    std::string by;
    std::optional<std::string> connect;
    std::vector<std::string> positional;
    for (std::size_t i = 0; i < arguments.size(); ++i)
    {
        const std::string& argument = arguments[i];
        if (argument == "--")
        {
            positional.insert(positional.end(),
                              arguments.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                              arguments.end());
            break;
        }
        const bool hasValue = i + 1 < arguments.size();
        if ((argument == "--objective" || argument == "--field" || argument == "--by" ||
             argument == "-o" || argument == "--output" || argument == "--connect") &&
            !hasValue)
            return usageError(argument + " needs a value");
        if (argument == "--objective")
        {
            objectiveText = arguments[++i];
            if (!acceptText(argument, *objectiveText))
                return ExitUsage;
        }
        else if (argument == "--field")
        {
            const std::string& value = arguments[++i];
            if (!acceptText(argument, value))
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
        else if (argument == "--by")
        {
            by = arguments[++i];
            if (!acceptText(argument, by))
                return ExitUsage;
        }
        else if (argument == "-o" || argument == "--output")
            output = arguments[++i];
        else if (argument == "--connect")
            connect = arguments[++i];
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "add-objective needs the FILE to change"
                                             : "add-objective changes one FILE at a time");
    file = positional[0];
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
    bridge::checkWritable(output);

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
    const ObjectiveInsertPlan planned =
        planNewObjective(plan, grid, *objectiveText, fields, *schemas);
    if (!planned)
    {
        std::cerr << "eqplan: " << planned.error << '\n';
        return ExitUsage;
    }
    const ObjectiveInsert& insert = *planned.insert;
    const bridge::Author author{by.empty() ? bridge::userName(office->context()) : by, today()};
    bridge::AddedObjective added;
    try
    {
        added = bridge::addObjective(document.component(), plan, insert, author,
                                     [&]
                                     {
                                         return readPlan(
                                             bridge::readDocument(*office, document.component(),
                                                                  bridge::ReadMethod::InOffice)
                                                 .grid,
                                             *schemas);
                                     });
    }
    catch (const bridge::Error& e)
    {
        std::cerr << "eqplan: " << e.what() << '\n';
        return ExitNoPlan;
    }
    if (!added.kept)
    {
        std::cerr << "eqplan: the new row would be read as part of objective "
                  << plan.objectives.back().number
                  << ", not as a new objective; nothing was changed. Give it an owner or a "
                     "duty (--field owners=...), which start a new objective in this plan.\n";
        return ExitUsage;
    }
    bridge::storeDocument(document.component(), output);
    std::cout << "Added objective " << insert.number << ": " << insert.objectiveText << "; wrote "
              << output << '\n';
    printUpdatedLine(std::cout, added.written.dated);
    return ExitRead;
}
} // namespace eqplan::cli
