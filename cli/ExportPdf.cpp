#include "ExportPdf.hpp"

#include "Inspect.hpp"
#include "Options.hpp"
#include "Update.hpp"

#include "eqplan/Schema.hpp"
#include "eqplan/bridge/Office.hpp"
#include "eqplan/bridge/PlanWriter.hpp"
#include "eqplan/bridge/Publish.hpp"

#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

namespace eqplan::cli
{
const char* exportPdfUsage =
    R"(  export-pdf FILE [-o OUT.pdf] [--force] [--no-pdfa] [--keep-metadata] [--today DATE]
         [--at-a-glance] [--connect CONNECTION]
        Publish the plan as an accessible PDF: tagged PDF/UA and PDF/A-2b (--no-pdfa: PDF/UA
        only), titled with the plan's title, a bookmark per objective, the header row repeated
        on every page, a key to the owners after the table; no comments, tracked changes,
        hidden text, author or editing time (--keep-metadata keeps the last two). First it
        checks the plan and refuses (exit 6) while it has pending tracked changes, comments,
        pictures without alternative text, typed numbering a screen reader would misread, or
        errors `eqplan check` finds (objectives over 4 years old, say; --today as for check);
        --force publishes anyway, with tracked changes accepted and comments left out.
        --at-a-glance adds an "At a glance" page: the coverage matrix and the review
        timeline, as figures with alternative text.
        OUT defaults to FILE with .pdf; FILE is never changed.
)";

namespace
{
int usageError(const std::string& message)
{
    std::cerr << "eqplan: " << message
              << "\n\nUsage: eqplan export-pdf FILE [-o OUT.pdf] [--force] [--no-pdfa] "
                 "[--keep-metadata]\n(eqplan --help tells more)\n";
    return ExitUsage;
}

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

int exportPdf(const std::vector<std::string>& arguments)
{
    std::vector<std::string> positional;
    std::string output;
    std::optional<std::string> connect;
    bridge::PublishOptions options;
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
        if ((argument == "-o" || argument == "--output" || argument == "--connect" ||
             argument == "--today") &&
            i + 1 >= arguments.size())
            return usageError(argument + " needs a value");
        if (argument == "-o" || argument == "--output")
            output = arguments[++i];
        else if (argument == "--connect")
            connect = arguments[++i];
        else if (argument == "--today")
        {
            const std::optional<PlanDate> day = parseUpdateDate(arguments[++i]);
            if (!day || day->precision != Precision::Day)
                return usageError("--today \"" + arguments[i] +
                                  "\" is not a day: give it as 2026-11-23");
            options.today = day->first;
        }
        else if (argument == "--force")
            options.force = true;
        else if (argument == "--no-pdfa")
            options.pdfa = false;
        else if (argument == "--keep-metadata")
            options.keepMetadata = true;
        else if (argument == "--at-a-glance")
            options.atAGlance = true;
        else if (argument.size() > 1 && argument[0] == '-')
            return usageError("unknown option " + argument);
        else
            positional.push_back(argument);
    }
    if (positional.size() != 1)
        return usageError(positional.empty() ? "export-pdf needs the FILE to publish"
                                             : "export-pdf publishes one FILE at a time");
    const std::filesystem::path file = positional[0];
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
    bridge::checkWritable(target);

    std::unique_ptr<bridge::Office> office = officeFor(connect);
    const bridge::PublishResult result =
        bridge::publishPdf(*office, file, target, *schemas, options);
    switch (result.status)
    {
    case bridge::PublishResult::Status::NoPlan:
        printNoPlan(std::cerr, file.string(), result.read, schemas->layout);
        return ExitNoPlan;
    case bridge::PublishResult::Status::Refused:
        std::cerr << "eqplan: not published: " << file.string() << " has " << result.problems.size()
                  << (result.problems.size() == 1 ? " thing" : " things") << " to resolve first:\n";
        for (const bridge::PublishProblem& problem : result.problems)
            std::cerr << "  - " << problem.message << '\n';
        std::cerr << "eqplan: use --force to publish anyway\n";
        return ExitRefused;
    case bridge::PublishResult::Status::Published:
        break;
    }
    std::cout << "Published " << target.string() << ": tagged PDF/UA"
              << (options.pdfa ? " and PDF/A-2b" : "") << ", " << result.outlineEntries
              << (result.outlineEntries == 1 ? " objective" : " objectives") << " in the outline\n";
    if (!result.problems.empty())
    {
        std::cout << "Published with --force despite:\n";
        for (const bridge::PublishProblem& problem : result.problems)
            std::cout << "  - " << problem.message << " (" << overriddenBy(problem.kind) << ")\n";
    }
    return ExitRead;
}
} // namespace eqplan::cli
