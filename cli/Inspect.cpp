#include "Inspect.hpp"

#include "Command.hpp"

#include "eqplan/ChecksJson.hpp"
#include "eqplan/GridJson.hpp"
#include "eqplan/PlanJson.hpp"
#include "eqplan/bridge/GridReader.hpp"
#include "eqplan/bridge/Metadata.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"

#include <boost/json.hpp>

#include <chrono>
#include <iostream>

#include "eqplan/Text.hpp"

#include <cstdio>
#include <filesystem>
#include <ostream>

namespace eqplan::cli
{
namespace
{
template <class Range, class Format>
std::string joined(const Range& values, const char* separator, Format format)
{
    std::string out;
    for (const auto& value : values)
    {
        if (!out.empty())
            out += separator;
        out += format(value);
    }
    return out;
}

std::string plural(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}
} // namespace

void printSummary(std::ostream& out, const Plan& plan, const DocumentRecords& records)
{
    out << (plan.title.empty() ? "(untitled plan)" : plan.title) << '\n';
    if (plan.period)
        out << "Period " << plan.period->from << "–" << plan.period->to << '\n';
    if (plan.updated)
        out << "Updated " << (plan.updated->date ? plan.updated->date->iso() : "?")
            << (plan.updated->by.empty() ? "" : " by " + plan.updated->by) << '\n';
    // Facts kept beside the plan's tables, each with where it came from.
    PlanFacts facts = plan.facts;
    for (const auto& [id, label] :
         {std::pair{"approved", "Approved"}, std::pair{"approvedBy", "Approved by"},
          std::pair{"lastReviewed", "Last reviewed"}, std::pair{"nextReview", "Next review"},
          std::pair{"period", "Period"}})
        if (const std::optional<PlanFact>& fact = *facts.fact(id))
            out << label << " "
                << (fact->date && std::string_view(id) != "period" ? fact->date->iso() : fact->text)
                << " (from " << fact->source << ")\n";
    const std::optional<PlanDate> latest = plan.latestReview();
    out << plural(plan.tables.size(), "plan table", "plan tables") << ", "
        << plural(plan.objectives.size(), "objective", "objectives") << ", "
        << plural(plan.owners.size(), "owner", "owners")
        << (latest ? ", latest review " + latest->iso() : "") << "\n\n";

    for (const Objective& objective : plan.objectives)
    {
        out << objective.number << ". " << text::firstLineShortened(objective.objectiveText, 76) << '\n';
        const auto name = [](auto v) { return std::string(toString(v)); };
        out << "   Aims: " << (objective.aims.empty() ? "-" : joined(objective.aims, ", ", name));
        out << "   Owners: "
            << (objective.ownerNames.empty()
                    ? "-"
                    : joined(objective.ownerNames, ", ", [](const std::string& s) { return s; }));
        if (objective.status)
        {
            const Status& status = *objective.status;
            out << "   Status: " << (status.rating.empty() ? "?" : status.rating);
            if (!status.text.empty() && status.source != "letter")
                out << " (" << text::firstLineShortened(status.text, 30) << ")";
            else if (status.source == "colour")
                out << " (by colour alone)";
        }
        const Progress* entry = objective.latestProgress();
        out << "   Latest update: " << (entry ? entry->date->iso() : "none") << " ("
            << plural(objective.progress.size(), "entry", "entries") << ")"
            << (objective.progressFrom.empty() ? "" : ", read from its " + objective.progressFrom)
            << '\n';
        // The plan's columns beside progress, each its own field.
        for (const auto& [label, own] : {std::pair{"Impact", &objective.impact},
                                         std::pair{"Evaluation", &objective.evaluation},
                                         std::pair{"Evidence", &objective.evidence},
                                         std::pair{"Monitoring", &objective.monitoring}})
            if (!own->empty())
                out << "   " << label << ": " << text::firstLineShortened(own->text(), 70) << '\n';
    }
    if (!plan.owners.empty())
    {
        out << "\nOwners:\n";
        for (const Owner& owner : plan.owners)
        {
            out << "   " << owner.name;
            if (const OwnerEntry* entry = records.owners.find(owner.name);
                entry && !entry->name.empty() && entry->name != owner.name)
                out << " (" << entry->name << ")";
            out << ": objective" << (owner.objectives.size() == 1 ? " " : "s ")
                << joined(owner.objectives, ", ", [](int n) { return std::to_string(n); }) << '\n';
        }
    }
    if (!records.history.empty())
    {
        constexpr std::size_t shown = 5;
        const std::size_t count = records.history.size();
        out << "\nHistory (" << (count > shown ? "latest " + std::to_string(shown) + " of " : "")
            << plural(count, "change", "changes") << "):\n";
        for (std::size_t i = count > shown ? count - shown : 0; i < count; ++i)
        {
            const HistoryEntry& entry = records.history[i];
            out << "   " << PlanDate{entry.date, Precision::Day, std::nullopt}.iso()
                << (entry.who.empty() ? "" : " " + entry.who)
                << (entry.objective ? ", objective " + std::to_string(*entry.objective) : "")
                << ": " << entry.what << '\n';
        }
    }
    for (const std::string& problem : records.problems)
        out << "\nNote: " << problem << '\n';
    if (!plan.notes.empty())
    {
        out << "\nNotes:\n";
        for (const std::string& note : plan.notes)
            out << "   " << note << '\n';
    }
}

BatchRow planRow(const std::string& file, const Plan& plan)
{
    BatchRow row;
    row.file = file;
    row.title = plan.title;
    row.objectives = static_cast<int>(plan.objectives.size());
    if (const std::optional<PlanDate> latest = plan.latestReview())
        row.lastReview = latest->iso();
    row.text = file + ": " + (plan.title.empty() ? std::string("(untitled plan)") : plan.title) +
               " — " + plural(plan.objectives.size(), "objective", "objectives") +
               (row.lastReview.empty() ? ", no review" : ", latest review " + row.lastReview);
    return row;
}

BatchRow noPlanRow(const std::string& file, const ReadResult& result)
{
    BatchRow row;
    row.file = file;
    row.exit = ExitNoPlan;
    row.error = "no plan table found. " + result.message.substr(0, result.message.find('\n'));
    return row;
}

std::optional<Schemas> loadSchemasOrSay()
{
    Loaded<Schemas> schemas = loadSchemas();
    if (!schemas)
    {
        std::cerr << messageStart() << "cannot read its schemas: " << schemas.error << '\n';
        return std::nullopt;
    }
    if (const std::filesystem::path words = localWordsFile(); !words.empty())
        if (const std::string error = addLocalWords(schemas.value->layout, words);
            !error.empty())
        {
            std::cerr << messageStart() << "cannot read the school's header words ("
                      << words.string() << "): " << error << '\n';
            return std::nullopt;
        }
    return std::move(*schemas.value);
}

namespace
{
std::string scoreText(double score)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%.1f", score);
    std::string s = buffer;
    if (s.ends_with(".0"))
        s.erase(s.size() - 2);
    return s;
}

// One line per header cell: what it was taken for, how sure, and why.
void explainColumns(std::ostream& out, const std::vector<Column>& columns, const Layout& layout)
{
    std::vector<std::string> understood, notUnderstood;
    for (const Column& column : columns)
    {
        if (column.header.empty())
            continue;
        out << "      \"" << text::firstLineShortened(column.header, 40) << "\" → ";
        if (!column.field.empty())
        {
            const FieldSpec* spec = layout.field(column.field);
            const std::string label = spec ? spec->label : column.field;
            if (column.assigned)
                out << label << ", assigned by the user";
            else
                out << label << ", score " << scoreText(column.score) << " (" << column.why << ")";
            if (!column.doubt.empty())
                out << "; unsure: " << column.doubt;
            understood.push_back(column.assigned ? label + " (assigned by the user)" : label);
        }
        else if (column.assigned)
        {
            out << "not a field, as the user said";
            notUnderstood.push_back("\"" + text::firstLineShortened(column.header, 40) +
                                    "\" (not a field, as the user said)");
        }
        else
        {
            out << "not understood" << (column.doubt.empty() ? "" : ": " + column.doubt);
            notUnderstood.push_back("\"" + text::firstLineShortened(column.header, 40) + "\"");
        }
        out << '\n';
    }
    const auto list = [](const std::vector<std::string>& items)
    { return items.empty() ? std::string("none") : joined(items, ", ", [](auto s) { return s; }); };
    out << "   Columns understood: " << list(understood)
        << "; not understood: " << list(notUnderstood) << '\n';
}
} // namespace

void printExplanation(std::ostream& out, const Plan& plan, const Layout& layout)
{
    out << "\nHow the tables were read (a header scores " << scoreText(layout.minScore)
        << " or more to name a field):\n";
    for (const PlanTable& table : plan.tables)
    {
        out << "   " << table.name
            << (table.labelsLeft ? ", labels down column " : ", header row ") << table.headerRow + 1
            << (table.heading.empty() ? "" : ", under \"" + table.heading + "\"") << ":\n";
        explainColumns(out, table.columns, layout);
    }
}

std::unique_ptr<bridge::Office> officeFor(const std::optional<std::string>& connect)
{
    if (connect)
        return bridge::Office::connect(*connect);
    bridge::OfficeOptions options;
    options.environment.push_back("SAL_ENABLE_FILE_LOCKING=0");
    return bridge::Office::start(options);
}

void printNoPlan(std::ostream& out, const std::string& file, const ReadResult& result,
                 const Layout& layout, bool explain)
{
    out << messageStart() << "no plan table found in " << file << ".\n" << result.message << '\n';
    if (!result.rejected.empty())
    {
        out << "\nTables seen:\n";
        for (const RejectedTable& table : result.rejected)
            out << "   " << table.name << ": "
                << (table.headers.empty()
                        ? std::string("(empty)")
                        : joined(table.headers, " | ",
                                 [](const std::string& h) { return "\"" + h + "\""; }))
                << " ("
                << plural(static_cast<std::size_t>(table.fieldsFound), "plan column",
                          "plan columns")
                << " recognised)\n";
        if (explain)
        {
            out << "\nHow the tables were read (a header scores " << scoreText(layout.minScore)
                << " or more to name a field):\n";
            for (const RejectedTable& table : result.rejected)
            {
                out << "   " << table.name << ":\n";
                explainColumns(out, table.columns, layout);
            }
        }
    }
    out << "\nHeaders eqplan looks for:\n";
    for (const FieldSpec& field : layout.fields)
        out << "   " << field.label << ": "
            << joined(field.headers, ", ", [](const std::string& h) { return "\"" + h + "\""; })
            << '\n';
    out << "\nMake the plan a table whose first row names its columns with one of these headers.\n";
}

namespace
{
struct InspectArguments
{
    CLI::App* app = nullptr;
    BatchOptions batch;
    std::vector<std::string> files;
    std::string file;
    std::string reader;
    bool dumpGrid = false;
    bool explain = false;
    bridge::ReadMethod method = bridge::ReadMethod::InOffice;
};

// The reader `--reader NAME` names, or nothing.
std::optional<bridge::ReadMethod> readMethod(std::string_view name)
{
    for (bridge::ReadMethod method :
         {bridge::ReadMethod::InOffice, bridge::ReadMethod::FlatOdf, bridge::ReadMethod::Uno})
        if (name == bridge::readerName(method))
            return method;
    return std::nullopt;
}

// The owner register and the history the document keeps, with what could not be read said.
DocumentRecords readRecords(const css::uno::Reference<css::lang::XComponent>& document)
{
    DocumentRecords records;
    std::string error;
    records.history = bridge::readHistory(document, &error);
    if (!error.empty())
        records.problems.push_back("the document's history could not be read (" + error + ").");
    if (const std::optional<std::string> stored =
            bridge::readDocumentData(document, bridge::ownersProperty))
    {
        Loaded<OwnerRegister> owners = ownerRegisterFromJson(*stored);
        if (owners)
            records.owners = std::move(*owners.value);
        else
            records.problems.push_back("the document's owner register could not be read (" +
                                       owners.error + ").");
    }
    return records;
}

// The records in the plan's JSON: "ownerRegister" and "history", when the document has them.
void addRecords(boost::json::value& plan, const DocumentRecords& records)
{
    boost::json::object& object = plan.as_object();
    if (!records.owners.entries.empty())
    {
        boost::json::array owners;
        for (const OwnerEntry& entry : records.owners.entries)
            owners.push_back(boost::json::object{{"code", entry.code}, {"name", entry.name}});
        object["ownerRegister"] = std::move(owners);
    }
    if (!records.history.empty())
        object["history"] = boost::json::parse(historyToJson(records.history)).at("changes");
}

// Prints the time each step took, when asked to.
class Stopwatch
{
public:
    explicit Stopwatch(bool enabled) : m_enabled(enabled) {}

    void lap(const char* step)
    {
        const auto now = std::chrono::steady_clock::now();
        if (m_enabled)
            std::cerr << messageStart() << step << ": "
                      << std::chrono::duration<double, std::milli>(now - m_last).count() << " ms\n";
        m_last = now;
    }

private:
    bool m_enabled;
    std::chrono::steady_clock::time_point m_last = std::chrono::steady_clock::now();
};

int runInspect(const InspectArguments& arguments, const CommonOptions& common)
{
    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    // Say what is wrong with the file before paying for starting LibreOffice.
    bridge::checkReadable(arguments.file);
    Stopwatch stopwatch(common.timings);
    DocumentGrid grid;
    DocumentRecords records;
    {
        std::unique_ptr<bridge::Office> office =
            common.connect ? bridge::Office::connect(*common.connect) : bridge::Office::start();
        stopwatch.lap(common.connect ? "connect to LibreOffice" : "start LibreOffice");
        bridge::OpenDocument document(*office, arguments.file);
        stopwatch.lap("load the document");
        bridge::DocumentRead read =
            bridge::readDocument(*office, document.component(), arguments.method);
        stopwatch.lap("read the tables (bridge)");
        if (common.timings)
            std::cerr << messageStart() << "reader: " << bridge::readerName(read.method)
                      << (read.method == arguments.method ? std::string()
                                                          : " (the office reader was not loaded: " +
                                                                office->officeReaderProblem() + ")")
                      << '\n';
        grid = std::move(read.grid);
        records = readRecords(document.component());
    }
    stopwatch.lap("close and stop LibreOffice");
    if (arguments.dumpGrid)
    {
        std::cout << boost::json::serialize(toJson(grid)) << '\n';
        return ExitRead;
    }
    ReadResult result = readPlan(grid, *schemas);
    stopwatch.lap("recognise the plan (core)");
    if (!result)
    {
        printNoPlan(std::cerr, arguments.file, result, schemas->layout, arguments.explain);
        return ExitNoPlan;
    }
    if (common.json)
    {
        const std::filesystem::path path(arguments.file);
        boost::json::value json =
            toJson(result.plan, SourceInfo{path.filename().string(), bridge::formatOf(path)});
        addRecords(json, records);
        std::cout << boost::json::serialize(json) << '\n';
    }
    else
    {
        printSummary(std::cout, result.plan, records);
        if (arguments.explain) // [layouts]
            printExplanation(std::cout, result.plan, schemas->layout);
    }
    return ExitRead;
}

// inspect on several plans: one line a plan, or one JSON line a plan.
int inspectMany(const InspectArguments& a, const CommonOptions& common)
{
    if (a.explain)
        return usageError("--explain reads one FILE at a time");
    if (a.dumpGrid && a.batch.csv)
        return usageError("--dump-grid prints JSON; it cannot be given with --csv");
    BatchStart start = startBatch("inspect", a.files, a.batch, *a.app, common);
    if (start.exit)
        return *start.exit;
    // Each file's grid is a JSON line of its own: {"file", "reader", "grid"}, and "readerProblem"
    // where the office reader was not loaded and flat ODF read it instead.
    start.options.json = start.options.json || a.dumpGrid;
    const std::vector<std::string>& plans = start.plans;
    const std::optional<Schemas>& schemas = start.schemas;
    return runBatch(start.options, plans,
                    [&](bridge::Office& office, const std::string& file)
                    {
                        bridge::checkReadable(file);
                        bridge::OpenDocument document(office, file);
                        const bridge::DocumentRead read =
                            bridge::readDocument(office, document.component(), a.method);
                        if (a.dumpGrid)
                        {
                            BatchRow row;
                            boost::json::object line{
                                {"file", file},
                                {"reader", bridge::readerName(read.method)},
                                {"grid", toJson(read.grid)}};
                            if (read.method != a.method)
                                line["readerProblem"] = office.officeReaderProblem();
                            row.json = boost::json::serialize(line);
                            return row;
                        }
                        const DocumentRecords records = readRecords(document.component());
                        const ReadResult result = readPlan(read.grid, *schemas);
                        if (!result)
                            return noPlanRow(file, result);
                        BatchRow row = planRow(file, result.plan);
                        if (common.json)
                        {
                            const std::filesystem::path path(file);
                            boost::json::value json =
                                toJson(result.plan, SourceInfo{path.filename().string(),
                                                               bridge::formatOf(path)});
                            addRecords(json, records);
                            row.json = boost::json::serialize(json);
                        }
                        return row;
                    });
}

int checkAndRunInspect(const InspectArguments& given, const CommonOptions& common)
{
    InspectArguments a = given;
    if (a.app->count("--reader"))
    {
        const std::optional<bridge::ReadMethod> method = readMethod(a.reader);
        if (!method)
            return usageError("--reader takes office, odf or uno");
        a.method = *method;
    }
    if (a.files.empty())
        return usageError("inspect needs the FILE to read");
    if (isBatch(a.files, *a.app))
        return inspectMany(a, common);
    a.file = a.files.front();
    return runInspect(a, common);
}
} // namespace

void addInspect(CommandLine& cli)
{
    auto a = std::make_shared<InspectArguments>();
    CLI::App& app = cli.add(
        {"inspect",
         "inspect FILE... [--json|--csv] [--jobs N] [--explain] [--reader office|odf|uno]",
         "read the plan and print a summary, or with --json the whole plan",
         R"text(Read the equality plan in FILE (.docx, .doc, .odt, .fodt, .rtf) and print a summary, or
with --json the whole plan as JSON (schemas/plan.schema.json). FILE is never changed.
Several FILEs, or a folder (its .docx and .odt files), are read in one office (--jobs N: N
offices at once) into one report: a line a plan, --json a JSON line a plan, --csv a line a
plan for a spreadsheet, --dump-grid a JSON line a file ({"file", "reader", "grid"}); a plan
that cannot be read is said in the report and the others are read; the exit code is the worst
of them. Progress is shown on a terminal.
)text",
         "  0  read"},
        [a, &cli] { return checkAndRunInspect(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the document to read")->type_name("");
    app.add_option("--reader", a->reader,
                   "read inside LibreOffice with eqplan's office reader, the tables handed back "
                   "in one call (office, the default; one flat ODF export where that LibreOffice "
                   "cannot load it), from one flat ODF export (odf), or cell by cell over UNO "
                   "(uno)")
        ->type_name("office|odf|uno");
    app.add_flag("--dump-grid", a->dumpGrid,
                 "print the document's tables as read, before "
                 "recognition");
    addBatchOptions(app, a->batch);
    app.add_flag("--explain", a->explain,
                 "say which header cell was taken for which field, how sure eqplan is, and which "
                 "columns it did not understand");
}
} // namespace eqplan::cli
