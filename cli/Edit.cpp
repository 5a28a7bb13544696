#include "Edit.hpp"

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

#include <chrono>
#include <iostream>
#include <memory>
#include <optional>

namespace eqplan::cli
{
const char* editUsage =
    R"usage(  edit FILE --objective N --field FIELD --value TEXT [--value TEXT...] [--by NAME]
       [-o OUT] [--connect CONNECTION]
        Rewrite one field of objective N with the values given, written into its cell the
        plan's way (items typed "1)" or "·" or in a real list, owners joined as the plan
        joins them). FIELD is duty, characteristics, aim, objective, targetGroups, actions,
        successCriteria, owners or timescale; each --value is one item or line. Records
        "Changed FIELD" in the document's history and dates the Updated line (adding one under
        the title if the plan has none). Writes OUT (default: FILE) like update.
)usage";

namespace
{
using namespace std::chrono;

struct EditArguments
{
    std::string file;
    std::string output;
    std::optional<int> objective;
    std::string field;
    std::vector<std::string> values;
    std::string by;
    std::optional<std::string> connect;
};

std::optional<int> objectiveNumber(const std::string& text)
{
    if (text.empty() || text.size() > 6 ||
        text.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::stoi(text);
}

int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan edit FILE --objective N --field FIELD --value TEXT "
                 "[--value TEXT...] [--by NAME] [-o OUT]\n"
                 "(eqplan --help tells more)\n";
    return ExitUsage;
}
} // namespace

int edit(const std::vector<std::string>& arguments)
{
    EditArguments a;
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
        if ((argument == "--objective" || argument == "--field" || argument == "--value" ||
             argument == "--by" || argument == "-o" || argument == "--output" ||
             argument == "--connect") &&
            !hasValue)
            return usageError(argument + " needs a value");
        if (argument == "--objective")
        {
            a.objective = objectiveNumber(arguments[++i]);
            if (!a.objective)
                return usageError("--objective takes the objective's number, e.g. --objective 2");
        }
        else if (argument == "--field")
            a.field = arguments[++i];
        else if (argument == "--value")
        {
            a.values.push_back(arguments[++i]);
            if (!acceptText(argument, a.values.back()))
                return ExitUsage;
        }
        else if (argument == "--by")
        {
            a.by = arguments[++i];
            if (!acceptText(argument, a.by))
                return ExitUsage;
        }
        else if (argument == "-o" || argument == "--output")
            a.output = arguments[++i];
        else if (argument == "--connect")
            a.connect = arguments[++i];
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "edit needs the FILE to change"
                                             : "edit changes one FILE at a time");
    a.file = positional[0];
    if (!a.objective)
        return usageError("say which objective to edit with --objective N");
    if (a.field.empty())
        return usageError("say which field to edit with --field FIELD, e.g. --field actions");
    if (a.values.empty())
        return usageError("give the field's new value with --value \"...\" (one per item)");
    if (a.output.empty())
        a.output = a.file;
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
    bridge::checkReadable(a.file);
    bridge::checkWritable(a.output);

    std::unique_ptr<bridge::Office> office = officeFor(a.connect);
    bridge::OpenDocument document(*office, a.file, bridge::OpenMode::Editable);
    const DocumentGrid grid =
        bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
    ReadResult result = readPlan(grid, *schemas);
    if (!result)
    {
        printNoPlan(std::cerr, a.file, result, schemas->layout);
        return ExitNoPlan;
    }
    const Plan& plan = result.plan;
    const Objective* objective = findObjective(plan, *a.objective, "edit", std::cerr);
    if (!objective)
        return ExitUsage;
    const FieldWritePlan planned = planFieldEdit(plan, *objective, field, a.values, *schemas);
    if (!planned)
    {
        std::cerr << "eqplan: " << planned.error << '\n';
        return planned.noColumn ? ExitNoPlan : ExitUsage;
    }
    const bridge::Author author{a.by.empty() ? bridge::userName(office->context()) : a.by,
                                today()};
    const UpdatedLineWrite dated =
        bridge::editField(document.component(), plan, *objective, *planned.write, author).dated;
    bridge::storeDocument(document.component(), a.output);

    std::cout << "Objective " << objective->number << ": " << planned.write->label << " rewritten ("
              << planned.write->paragraphs.size()
              << (planned.write->paragraphs.size() == 1 ? " paragraph" : " paragraphs")
              << "); wrote " << a.output << '\n';
    printUpdatedLine(std::cout, dated);
    return ExitRead;
}
} // namespace eqplan::cli
