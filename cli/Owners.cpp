#include "Owners.hpp"

#include "Inspect.hpp"
#include "Options.hpp"

#include "eqplan/ChecksJson.hpp"
#include "eqplan/History.hpp"
#include "eqplan/Owners.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Schema.hpp"
#include "eqplan/Text.hpp"
#include "eqplan/bridge/Document.hpp"
#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Fixes.hpp"
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

namespace eqplan::cli
{
const char* ownersUsage =
    R"(  owners FILE [--json] [--set CODE=NAME...] [--remove CODE...] [--rename OLD=NEW]
         [--by NAME] [-o OUT] [--connect CONNECTION]
        List the plan's owners with who they are (the owner register the document keeps) and
        their objectives. --set adds or changes who CODE is, --remove takes CODE out of the
        register, --rename writes NEW wherever the plan names OLD (any spelling) and in the
        register: all as one undo step, recorded in the history; writes OUT (default: FILE).
)";

namespace
{
int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan owners FILE [--json] [--set CODE=NAME...] [--remove CODE...] "
                 "[--rename OLD=NEW] [-o OUT]\n(eqplan --help tells more)\n";
    return ExitUsage;
}

// "CODE=NAME" split at its first "=", both sides trimmed; nothing if either is empty.
std::optional<std::pair<std::string, std::string>> pair(const std::string& text)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos)
        return std::nullopt;
    std::string left(text::trim(std::string_view(text).substr(0, equals)));
    std::string right(text::trim(std::string_view(text).substr(equals + 1)));
    if (left.empty() || right.empty())
        return std::nullopt;
    return std::pair{std::move(left), std::move(right)};
}

std::string numbers(const std::vector<int>& values)
{
    std::string out;
    for (int value : values)
        out += (out.empty() ? "" : ", ") + std::to_string(value);
    return out;
}
} // namespace

int owners(const std::vector<std::string>& arguments)
{
    std::vector<std::string> positional;
    std::vector<std::pair<std::string, std::string>> sets;
    std::vector<std::string> removes;
    std::optional<std::pair<std::string, std::string>> rename;
    std::string output;
    std::string by;
    std::optional<std::string> connect;
    bool json = false;
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
        const bool valued = argument == "--set" || argument == "--remove" ||
                            argument == "--rename" || argument == "-o" ||
                            argument == "--output" || argument == "--by" || argument == "--connect";
        if (valued && i + 1 >= arguments.size())
            return usageError(argument + " needs a value");
        if (argument == "--json")
            json = true;
        else if (argument == "--set")
        {
            if (!acceptText(argument, arguments[i + 1]))
                return ExitUsage;
            const auto entry = pair(arguments[++i]);
            if (!entry)
                return usageError("--set takes CODE=NAME, e.g. --set \"EWA=Mrs E Walker, "
                                  "attendance lead\"");
            sets.push_back(*entry);
        }
        else if (argument == "--remove")
        {
            removes.push_back(arguments[++i]);
            if (!acceptText(argument, removes.back()))
                return ExitUsage;
        }
        else if (argument == "--rename")
        {
            if (!acceptText(argument, arguments[i + 1]))
                return ExitUsage;
            rename = pair(arguments[++i]);
            if (!rename)
                return usageError("--rename takes OLD=NEW, e.g. --rename \"YL=Year Leads\"");
        }
        else if (argument == "-o" || argument == "--output")
            output = arguments[++i];
        else if (argument == "--by")
        {
            by = arguments[++i];
            if (!acceptText(argument, by))
                return ExitUsage;
        }
        else if (argument == "--connect")
            connect = arguments[++i];
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "owners needs the FILE of the plan"
                                             : "owners reads one FILE at a time");
    const std::string file = positional[0];
    const bool changing = !sets.empty() || !removes.empty() || rename;
    if (!output.empty() && !changing)
        return usageError("-o names where the changed plan goes; add --set, --remove or --rename");
    if (output.empty())
        output = file;
    if (changing && !*bridge::filterFor(output))
        return usageError("cannot write " + output +
                          ": give a .docx, .odt, .fodt, .doc or .rtf file");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    bridge::checkReadable(file);
    if (changing)
        bridge::checkWritable(output);
    std::unique_ptr<bridge::Office> office = officeFor(connect);
    bridge::OpenDocument document(*office, file,
                                  changing ? bridge::OpenMode::Editable : bridge::OpenMode::ReadOnly);
    DocumentGrid grid =
        bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
    ReadResult read = readPlan(grid, *schemas);
    if (!read)
    {
        printNoPlan(std::cerr, file, read, schemas->layout);
        return ExitNoPlan;
    }
    OwnerRegister owners;
    if (const auto stored = bridge::readDocumentData(document.component(), bridge::ownersProperty))
    {
        Loaded<OwnerRegister> loaded = ownerRegisterFromJson(*stored);
        if (!loaded)
        {
            std::cerr << "eqplan: the document's owner register cannot be read (" << loaded.error
                      << "); eqplan leaves it as it is.\n";
            if (changing)
                return ExitNotReadable;
        }
        else
            owners = std::move(*loaded.value);
    }

    if (changing)
    {
        if (rename && renameOwnerEdits(read.plan, rename->first, rename->second).empty())
        {
            std::cerr << "eqplan: the plan names no owner \"" << rename->first
                      << "\"; nothing was renamed.\n";
            return ExitUsage;
        }
        bridge::OwnerChanges changes;
        changes.rename = rename;
        changes.sets.assign(sets.begin(), sets.end());
        changes.removes.assign(removes.begin(), removes.end());
        const bridge::ChangedOwners changed = bridge::changeOwners(
            document.component(), read.plan, grid, owners, changes,
            bridge::Author{by.empty() ? bridge::userName(office->context()) : by, today()});
        if (changed.written.owners)
            owners = *changed.written.owners;
        for (const std::string& line : changed.said)
            std::cout << line << '\n';
    }
    if (changing)
    {
        bridge::storeDocument(document.component(), output);
        std::cout << "Wrote " << output << "\n\n";
        grid =
            bridge::readDocument(*office, document.component(), bridge::ReadMethod::InOffice).grid;
        read = readPlan(grid, *schemas);
    }

    if (json)
    {
        boost::json::array list;
        for (const Owner& owner : read.plan.owners)
        {
            const OwnerEntry* entry = owners.find(owner.name);
            boost::json::array objectives;
            for (int n : owner.objectives)
                objectives.push_back(n);
            list.push_back(boost::json::object{
                {"owner", owner.name},
                {"name", entry ? boost::json::value(entry->name) : boost::json::value(nullptr)},
                {"objectives", std::move(objectives)}});
        }
        std::cout << boost::json::serialize(boost::json::object{
                         {"owners", std::move(list)},
                         {"register", boost::json::parse(ownerRegisterToJson(owners))}})
                  << '\n';
        return ExitRead;
    }
    std::cout << "Owners of " << (read.plan.title.empty() ? file : read.plan.title) << ":\n";
    for (const Owner& owner : read.plan.owners)
    {
        const OwnerEntry* entry = owners.find(owner.name);
        std::cout << "  " << owner.name << " — "
                  << (entry ? entry->name : std::string("not in the register")) << ": objective"
                  << (owner.objectives.size() == 1 ? " " : "s ") << numbers(owner.objectives)
                  << '\n';
    }
    for (const OwnerEntry& entry : owners.entries)
    {
        const bool used = std::any_of(read.plan.owners.begin(), read.plan.owners.end(),
                                      [&](const Owner& o) { return owners.find(o.name) == &entry; });
        if (!used)
            std::cout << "  " << entry.code << " — " << entry.name
                      << ": in the register, owns no objective\n";
    }
    return ExitRead;
}
} // namespace eqplan::cli
