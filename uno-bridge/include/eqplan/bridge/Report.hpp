// The progress report (core's eqplan/Report.hpp) written as a new document, never a change to
// the plan: a flat ODF text built here (real headings, real lists, the pictures as images with
// alternative text) that LibreOffice opens hidden and stores as .pdf (tagged PDF/UA and PDF/A-2b,
// a bookmark per objective, as publishing does), .odt or .docx for staff to edit.
//
// For the deck: read the plan, then `buildReport(plan, register, schemas, choice.period,
// choice.label, today)` with `thisAcademicYear(today)` or `sinceLastReview(plan, history, today)`
// (Report.hpp), and `writeReport(desktop, report, target)` in-process.
#pragma once

#include "eqplan/Report.hpp"

#include <com/sun/star/frame/XDesktop2.hpp>

#include <filesystem>
#include <string>

namespace eqplan::bridge
{
class Office;

// Whether eqplan writes a report to `file`: a .pdf, .odt or .docx name.
bool isReportFile(const std::filesystem::path& file);

// The report as a flat ODF text document (.fodt): its title as the document's title, en-GB,
// headings at outline levels 1 to 3 (one per objective), bulleted lists, and the coverage matrix
// and review timeline embedded as SVG with their titles and alternative text.
std::string reportFlatOdf(const Report& report);

// Writes `report` to `target` (.pdf, .odt or .docx) through `office`: the flat ODF opened hidden
// in a private folder, then exported or stored through a temporary file renamed over `target`.
// Throws Error.
void writeReport(Office& office, const Report& report, const std::filesystem::path& target);

// The same in-process (the deck), through the office's desktop. Throws Error.
void writeReport(const css::uno::Reference<css::frame::XDesktop2>& desktop, const Report& report,
                 const std::filesystem::path& target);
} // namespace eqplan::bridge
