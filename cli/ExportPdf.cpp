#include "ExportPdf.hpp"

#include "Changes.hpp"
#include "Batch.hpp"
#include "Command.hpp"
#include "Inspect.hpp"
#include "Options.hpp"
#include "Update.hpp"

#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Publish.hpp"

#include <boost/json.hpp>

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace eqplan::cli
{
namespace
{
struct ExportArguments
{
    CLI::App* app = nullptr;
    BatchOptions batch;
    std::vector<std::string> files;
    std::string output;
    std::string today;
    bridge::PublishOptions options;
    bool noPdfa = false;
};

bool endsWithPdf(const std::filesystem::path& file)
{
    std::string extension = file.extension().string();
    for (char& c : extension)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return extension == ".pdf";
}

// What --force does about each kind of problem.
const char* overriddenBy(const std::string& kind)
{
    if (kind == "publish.tracked-change")
        return "accepted: inserted text is published, deleted text is not";
    if (kind == "publish.comment")
        return "left out of the PDF";
    return "published as it is";
}
} // namespace

namespace
{
int runExportPdf(const ExportArguments& given, const CommonOptions& common);
} // namespace

void addExportPdf(CommandLine& cli)
{
    auto a = std::make_shared<ExportArguments>();
    CLI::App& app = cli.add(
        {"export-pdf",
         "export-pdf FILE... [-o OUT.pdf] [--force] [--no-pdfa] [--keep-metadata] [--today DATE]\n"
         "                  [--at-a-glance]",
         "publish the plan as an accessible PDF, after a pre-publication check",
         R"text(Publish the plan as an accessible PDF: tagged PDF/UA and PDF/A-2b (--no-pdfa: PDF/UA only),
titled with the plan's title, a bookmark per objective, the header row repeated on every page,
a key to the owners after the table; no comments, tracked changes, hidden text, author or
editing time (--keep-metadata keeps the last two). First it checks the plan and refuses (exit
6) while it has pending tracked changes, comments, pictures without alternative text, typed
numbering a screen reader would misread, or errors eqplan check finds (objectives over 4 years
old, say); --force publishes anyway, with tracked changes accepted and comments left out.
--at-a-glance adds an "At a glance" page: the coverage matrix and the review timeline, as
figures with alternative text. OUT defaults to FILE with .pdf; FILE is never changed. --json says what was written
(schemas/changes.schema.json). Several FILEs, or a folder (its .docx and .odt files), are
published in one office (--jobs N: N offices at once), each PDF beside its plan, into one
report; a plan refused or not read is said in it and the others are published.
)text",
         "  0  published\n"
         "  6  refused to publish: the pre-publication check lists what to resolve (--force\n"
         "     publishes anyway)"},
        [a, &cli] { return runExportPdf(*a, cli.common()); });
    a->app = &app;
    app.add_option("FILE", a->files, "the plan to publish (.docx, .odt, .fodt, .doc, .rtf)")
        ->type_name("");
    app.add_option("-o,--output", a->output, "the PDF to write (default: FILE with .pdf)")
        ->type_name("OUT.pdf");
    addBatchOptions(app, a->batch);
    app.add_flag("--force", a->options.force,
                 "publish even when the pre-publication check finds things to resolve");
    app.add_flag("--no-pdfa", a->noPdfa, "tagged PDF/UA only, not PDF/A-2b");
    app.add_flag("--keep-metadata", a->options.keepMetadata, "keep the author and editing time");
    app.add_flag("--at-a-glance", a->options.atAGlance,
                 "add an \"At a glance\" page: the coverage matrix and the review timeline");
    app.add_option("--today", a->today,
                   "the day the calendar rules count from, as 2026-11-23 (default: today)")
        ->type_name("DATE");
}

namespace
{
// export-pdf of several plans: each PDF beside its plan, a line a plan in the report.
int publishMany(const ExportArguments& a, const CommonOptions& common,
                const bridge::PublishOptions& options)
{
    if (!a.output.empty())
        return usageError("-o names one PDF; with several plans each PDF is written beside its "
                          "plan (FILE with .pdf)");
    BatchStart start = startBatch("export-pdf", a.files, a.batch, *a.app, common);
    if (start.exit)
        return *start.exit;
    const std::vector<std::string>& plans = start.plans;
    const std::optional<Schemas>& schemas = start.schemas;
    return runBatch(
        start.options, plans,
        [&](bridge::Office& office, const std::string& file)
        {
            const std::filesystem::path target =
                std::filesystem::path(file).replace_extension(".pdf");
            bridge::checkReadable(file);
            checkWritable(target.string());
            const bridge::PublishResult result =
                bridge::publishPdf(office, file, target, *schemas, options);
            if (result.status == bridge::PublishResult::Status::NoPlan)
                return noPlanRow(file, result.read);
            BatchRow row = planRow(file, result.read.plan);
            if (result.status == bridge::PublishResult::Status::Refused)
            {
                row.exit = ExitRefused;
                row.error = "not published: " + std::to_string(result.problems.size()) +
                            (result.problems.size() == 1 ? " thing" : " things") +
                            " to resolve first (eqplan export-pdf " + file + " lists them)";
                row.text += ": " + row.error;
                return row;
            }
            row.text += ": published " + target.string();
            if (common.json)
            {
                boost::json::object report = changeReport("export-pdf", file);
                addChange(report, "pdf", "Published " + target.string());
                for (const bridge::PublishProblem& problem : result.problems)
                    addChange(report, "forced",
                              problem.message + " (" + overriddenBy(problem.kind) + ")");
                setWritten(report, target.string());
                row.json = boost::json::serialize(report);
            }
            return row;
        });
}

int runExportPdf(const ExportArguments& given, const CommonOptions& common)
{
    bridge::PublishOptions options = given.options;
    options.pdfa = !given.noPdfa;
    if (given.app->count("--today"))
    {
        const std::optional<PlanDate> day = parseUpdateDate(given.today);
        if (!day || day->precision != Precision::Day)
            return usageError("--today \"" + given.today +
                              "\" is not a day: give it as 2026-11-23");
        options.today = day->first;
    }
    if (given.files.empty())
        return usageError("export-pdf needs the FILE to publish");
    if (isBatch(given.files, *given.app))
        return publishMany(given, common, options);
    const std::string& output = given.output;
    const std::optional<std::string>& connect = common.connect;
    const std::filesystem::path file = given.files.front();
    const std::filesystem::path target = output.empty()
                                             ? std::filesystem::path(file).replace_extension(".pdf")
                                             : std::filesystem::path(output);
    if (!endsWithPdf(target))
        return usageError("cannot publish to " + target.string() + ": give a .pdf file with -o");

    const std::optional<Schemas> schemas = loadSchemasOrSay();
    if (!schemas)
        return ExitOffice;
    // Say what is wrong with the files before paying for starting LibreOffice.
    bridge::checkReadable(file);
    checkWritable(target.string());

    std::unique_ptr<bridge::Office> office = officeFor(connect);
    const bridge::PublishResult result =
        bridge::publishPdf(*office, file, target, *schemas, options);
    switch (result.status)
    {
    case bridge::PublishResult::Status::NoPlan:
        printNoPlan(std::cerr, file.string(), result.read, schemas->layout);
        return ExitNoPlan;
    case bridge::PublishResult::Status::Refused:
        std::cerr << messageStart() << "not published: " << file.string() << " has "
                  << result.problems.size() << (result.problems.size() == 1 ? " thing" : " things")
                  << " to resolve first:\n";
        for (const bridge::PublishProblem& problem : result.problems)
            std::cerr << "  - " << problem.message << '\n';
        std::cerr << messageStart() << "use --force to publish anyway\n";
        return ExitRefused;
    case bridge::PublishResult::Status::Published:
        break;
    }
    const std::string said =
        "Published " + target.string() + ": tagged PDF/UA" + (options.pdfa ? " and PDF/A-2b" : "") +
        ", " + std::to_string(result.outlineEntries) +
        (result.outlineEntries == 1 ? " objective" : " objectives") + " in the outline";
    if (common.json)
    {
        boost::json::object report = changeReport("export-pdf", file.string());
        addChange(report, "pdf", said);
        for (const bridge::PublishProblem& problem : result.problems)
            addChange(report, "forced", problem.message + " (" + overriddenBy(problem.kind) + ")");
        setWritten(report, target.string());
        printReport(report);
        return ExitRead;
    }
    std::cout << said << '\n';
    if (!result.problems.empty())
    {
        std::cout << "Published with --force despite:\n";
        for (const bridge::PublishProblem& problem : result.problems)
            std::cout << "  - " << problem.message << " (" << overriddenBy(problem.kind) << ")\n";
    }
    return ExitRead;
}
} // namespace
} // namespace eqplan::cli
