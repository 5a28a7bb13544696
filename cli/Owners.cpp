#include "Owners.hpp"

#include "Changes.hpp"
#include "Command.hpp"
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
namespace
{
struct OwnersArguments
{
    CLI::App* app = nullptr;
    std::vector<std::string> files;
    std::vector<std::string> sets;
    std::vector<std::string> removes;
    std::string rename;
    std::string output;
    std::string by;
};

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

namespace
{
int runOwners(const OwnersArguments& given, const CommonOptions& common);
} // namespace

void addOwners(CommandLine& cli)
{
    auto a = std::make_shared<OwnersArguments>();
    CLI::App& app = cli.add(
        {"owners",
         "owners FILE [--json] [--set CODE=NAME...] [--remove CODE...] [--rename OLD=NEW] "
         "[--by NAME] [-o OUT]",
         "list the plan's owners and who they are; change the register, rename an owner",
         R"text(List the plan's owners with who they are (the owner register the document keeps) and their
objectives. --set adds or changes who CODE is, --remove takes CODE out of the register,
--rename writes NEW wherever the plan names OLD (any spelling) and in the register: all as one
undo step, recorded in the history; writes OUT (default: FILE). With --json and a change, the
output also says what changed (schemas/changes.schema.json).
)text",
         "  0  listed (or written)"},
        [a, &cli] { return runOwners(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the plan (.docx, .odt, .fodt, .doc, .rtf)")->type_name("");
    app.add_option("--set", a->sets, "add or change who CODE is in the owner register")
        ->type_name("CODE=NAME")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--remove", a->removes, "take CODE out of the owner register")
        ->type_name("CODE")
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    app.add_option("--rename", a->rename,
                   "write NEW wherever the plan names the owner OLD, in any spelling")
        ->type_name("OLD=NEW");
    app.add_option("--by", a->by, "who made the change, for the history")->type_name("NAME");
    app.add_option("-o,--output", a->output, "write the changed plan here (default: FILE)")
        ->type_name("OUT");
}

namespace
{
int runOwners(const OwnersArguments& given, const CommonOptions& common)
{
    std::vector<std::pair<std::string, std::string>> sets;
    std::vector<std::string> removes;
    std::optional<std::pair<std::string, std::string>> rename;
    std::string output = given.output;
    const std::string& by = given.by;
    const std::optional<std::string>& connect = common.connect;
    const bool json = common.json;
    for (const std::string& set : given.sets)
    {
        if (!acceptText("--set", set))
            return ExitUsage;
        const auto entry = pair(set);
        if (!entry)
            return usageError("--set takes CODE=NAME, e.g. --set \"EWA=Mrs E Walker, "
                              "attendance lead\"");
        sets.push_back(*entry);
    }
    for (const std::string& remove : given.removes)
    {
        if (!acceptText("--remove", remove))
            return ExitUsage;
        removes.push_back(remove);
    }
    if (given.app->count("--rename"))
    {
        if (!acceptText("--rename", given.rename))
            return ExitUsage;
        rename = pair(given.rename);
        if (!rename)
            return usageError("--rename takes OLD=NEW, e.g. --rename \"YL=Year Leads\"");
    }
    if (!acceptText("--by", by))
        return ExitUsage;
    if (given.files.size() != 1)
        return usageError(given.files.empty() ? "owners needs the FILE of the plan"
                                              : "owners reads one FILE at a time");
    const std::string file = given.files.front();
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
        checkWritable(output);
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
            std::cerr << messageStart() << "the document's owner register cannot be read ("
                      << loaded.error << "); eqplan leaves it as it is.\n";
            if (changing)
                return ExitNotReadable;
        }
        else
            owners = std::move(*loaded.value);
    }

    boost::json::object report = changeReport("owners", file);
    if (changing)
    {
        if (rename && renameOwnerEdits(read.plan, rename->first, rename->second).empty())
        {
            std::cerr << messageStart() << "the plan names no owner \"" << rename->first
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
            addChange(report, "owner", line);
    }
    if (changing)
    {
        bridge::storeDocument(document.component(), output);
        setWritten(report, output);
        if (!json)
        {
            for (const boost::json::value& change : report["changes"].as_array())
                std::cout << change.at("text").as_string().c_str() << '\n';
            std::cout << "Wrote " << output << "\n\n";
        }
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
        boost::json::object out{{"owners", std::move(list)},
                                {"register", boost::json::parse(ownerRegisterToJson(owners))}};
        // A change says what it changed beside the owners as they are now.
        if (changing)
            for (const auto& [key, value] : report)
                out[key] = value;
        std::cout << boost::json::serialize(out) << '\n';
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
} // namespace
} // namespace eqplan::cli
