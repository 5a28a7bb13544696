#include "eqplan/Pictures.hpp"

#include "eqplan/Dates.hpp"
#include "eqplan/Text.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace eqplan
{
namespace
{
using namespace std::chrono;

// Okabe & Ito's palette, safe for every common colour-vision deficiency; fills are pale tints so
// that black text on them keeps its contrast.
constexpr const char* covered = "#cce6f4"; // sky blue tint
constexpr const char* coveredEdge = "#0072b2";
constexpr const char* gap = "#f5c983"; // orange tint
constexpr const char* staff = "#e6e6e6";
constexpr const char* recent = "#d9eef8";
constexpr const char* dot = "#0072b2";
constexpr const char* warn = "#d55e00"; // vermillion
constexpr const char* font = "Liberation Sans, Arial, Helvetica, sans-serif";

// A colour "#rrggbb" as its three channels; black where it is not one.
std::array<int, 3> channels(std::string_view colour)
{
    std::array<int, 3> out{};
    if (colour.size() != 7 || colour[0] != '#')
        return out;
    for (std::size_t i = 0; i < 3; ++i)
    {
        const std::string pair(colour.substr(1 + 2 * i, 2));
        char* end = nullptr;
        const long value = std::strtol(pair.c_str(), &end, 16);
        out[i] = end == pair.c_str() + 2 ? static_cast<int>(value) : 0;
    }
    return out;
}

std::string hexOf(const std::array<int, 3>& rgb)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "#%02x%02x%02x", rgb[0], rgb[1], rgb[2]);
    return buffer;
}

// Whether a background is dark: its words are light (a dark or high-contrast theme).
bool isDark(std::string_view colour)
{
    const std::array<int, 3> c = channels(colour);
    return 299 * c[0] + 587 * c[1] + 114 * c[2] < 128 * 1000;
}

// The shading of the timeline's last 12 months: a pale blue on a light background, where black
// lines and words keep their contrast; on a dark one a quarter of the palette's blue over it,
// where light ones do.
std::string recentFill(const Ink& ink)
{
    if (!isDark(ink.background))
        return recent;
    const std::array<int, 3> back = channels(ink.background), blue = channels(dot);
    std::array<int, 3> mixed{};
    for (std::size_t i = 0; i < 3; ++i)
        mixed[i] = (3 * back[i] + blue[i]) / 4;
    return hexOf(mixed);
}

// Words that warn, readable on the background: vermillion on light, the palette's orange on dark.
const char* warnOn(const Ink& ink)
{
    return isDark(ink.background) ? "#e69f00" : warn;
}

// A number as SVG writes it: at most two decimals, no exponent, locale-free.
std::string num(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", value);
    std::string out(buffer);
    while (out.find('.') != std::string::npos && (out.back() == '0' || out.back() == '.'))
    {
        const bool point = out.back() == '.';
        out.pop_back();
        if (point)
            break;
    }
    return out == "-0" ? "0" : out;
}

// Text made safe inside an XML element or attribute.
std::string escaped(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (const char c : text)
        switch (c)
        {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    return out;
}

// Builds an SVG document: in millimetres for paper, or in a screen's pixels for the deck.
class Svg
{
public:
    // In millimetres, for paper.
    Svg(double width, double height, std::string_view title, std::string_view description)
        : Svg(width, height, title, description, num(width) + "mm", num(height) + "mm", "#ffffff")
    {
    }

    // In a screen's pixels, for the deck: its size in inches at the screen's resolution, to a
    // hundredth of a pixel.
    Svg(double width, double height, std::string_view title, std::string_view description,
        const Ink& ink)
        : Svg(width, height, title, description, inches(width, ink.pixelsPerInch),
              inches(height, ink.pixelsPerInch), ink.background)
    {
    }

private:
    static std::string inches(double pixels, double pixelsPerInch)
    {
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.6fin", pixels / pixelsPerInch);
        return buffer;
    }

    Svg(double width, double height, std::string_view title, std::string_view description,
        const std::string& outerWidth, const std::string& outerHeight, std::string_view background)
    {
        m_text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
                 outerWidth + "\" height=\"" + outerHeight + "\" viewBox=\"0 0 " + num(width) +
                 " " + num(height) + "\">\n<title>" + escaped(title) + "</title>\n<desc>" +
                 escaped(description) + "</desc>\n" + "<rect x=\"0\" y=\"0\" width=\"" +
                 num(width) + "\" height=\"" + num(height) + "\" fill=\"" +
                 std::string(background) + "\"/>\n";
    }

public:
    void rect(double x, double y, double w, double h, std::string_view fill,
              std::string_view stroke = "#000000", double strokeWidth = 0.2)
    {
        m_text += "<rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) +
                  "\" height=\"" + num(h) + "\" fill=\"" + std::string(fill) + "\" stroke=\"" +
                  std::string(stroke) + "\" stroke-width=\"" + num(strokeWidth) + "\"/>\n";
    }

    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double width,
              bool dashed = false)
    {
        m_text += "<line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) +
                  "\" y2=\"" + num(y2) + "\" stroke=\"" + std::string(stroke) +
                  "\" stroke-width=\"" + num(width) + "\"" +
                  (dashed ? " stroke-dasharray=\"1,1\"" : "") + "/>\n";
    }

    void circle(double cx, double cy, double r, std::string_view fill,
                std::string_view stroke = "#000000")
    {
        m_text += "<circle cx=\"" + num(cx) + "\" cy=\"" + num(cy) + "\" r=\"" + num(r) +
                  "\" fill=\"" + std::string(fill) + "\" stroke=\"" + std::string(stroke) +
                  "\" stroke-width=\"0.2\"/>\n";
    }

    // Text with its baseline at y; anchor "start", "middle" or "end".
    void text(double x, double y, std::string_view words, double size,
              std::string_view anchor = "start", bool bold = false,
              std::string_view fill = "#000000")
    {
        m_text += "<text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-family=\"" + font +
                  "\" font-size=\"" + num(size) + "\" text-anchor=\"" + std::string(anchor) +
                  "\" fill=\"" + std::string(fill) + "\"" + (bold ? " font-weight=\"bold\"" : "") +
                  ">" + escaped(words) + "</text>\n";
    }

    std::string finish() &&
    {
        m_text += "</svg>\n";
        return std::move(m_text);
    }

private:
    std::string m_text;
};

// "3", "3 and 5", "3, 5 and 8".
Message numbers(const std::vector<int>& list)
{
    std::vector<Message> words;
    for (const int n : list)
        words.push_back(plain(std::to_string(n)));
    return listWords(std::move(words));
}

std::string lower(std::string_view words)
{
    std::string out(words);
    if (!out.empty() && out[0] >= 'A' && out[0] <= 'Z')
        out[0] = static_cast<char>(out[0] - 'A' + 'a');
    return out;
}

int monthIndex(year_month month)
{
    return static_cast<int>(month.year()) * 12 + static_cast<int>(unsigned(month.month())) - 1;
}

// A timeline's month axis: the months from `from` to `to` spread over `width` from `left`.
struct MonthAxis
{
    MonthAxis(year_month from, year_month to, double axisLeft, double axisWidth)
        : first(monthIndex(from)), span(monthIndex(to) - first + 1), left(axisLeft),
          width(axisWidth)
    {
    }

    // Where `day` falls: its month's place, and its day within the month.
    double at(year_month_day day) const
    {
        const int month = monthIndex(day.year() / day.month()) - first;
        const double within = (static_cast<double>(unsigned(day.day())) - 1) / 31.0;
        return left + width * (static_cast<double>(month) + within) / span;
    }

    int first; // the first month, as monthIndex counts
    int span;  // how many months
    double left;
    double width;
};

// "January 2026".
Message monthWords(year_month month)
{
    return dateWords(PlanDate{month / 1, Precision::Month, std::nullopt});
}

// Which of `n` objectives have no update in the 12 months, in a sentence (the deck's Plan panel
// says the same under its timeline).
Message staleSentence(const std::vector<int>& stale, std::size_t n)
{
    if (n == 0)
        return keyed("pictureNoObjectives", "The plan has no objectives.");
    if (stale.empty())
        return keyed("timelineAllRecent", "Every objective has an update from the last 12 months.");
    if (stale.size() == n)
        return keyed("timelineNoneRecent", "No objective has an update from the last 12 months.");
    return stale.size() == 1
               ? keyed("timelineStaleOne", "Objective {0} has no update in the last 12 months.",
                       std::vector<Message>{numbers(stale)})
               : keyed("timelineStaleMany", "Objectives {0} have no update in the last 12 months.",
                       std::vector<Message>{numbers(stale)});
}

// What the timeline shows, in words: its alternative text.
std::string timelineWords(const Timeline& timeline, const Wording& wording)
{
    const std::size_t n = timeline.rows.size();
    std::size_t entries = 0;
    for (const TimelineRow& row : timeline.rows)
        entries += row.entries.size();
    const std::string count = std::to_string(n), entryCount = std::to_string(entries);
    return worded(wording,
                  keyed("pictureTimelineAlt",
                        "A timeline of the dated progress entries of {0} ({1}) from {2} to {3}, "
                        "the last 12 months shaded.",
                        std::vector<Message>{
                            n == 1 ? keyed("pictureObjectiveOne", "1 objective")
                                   : keyed("pictureObjectives", "{0} objectives", {count}),
                            entries == 1 ? keyed("pictureEntryOne", "1 entry")
                                         : keyed("pictureEntries", "{0} entries", {entryCount}),
                            monthWords(timeline.from), monthWords(timeline.to)})) +
           " " + worded(wording, staleSentence(staleObjectives(timeline), n));
}

// About how wide `words` are at `size`, in the widest of the fonts the picture may be drawn in
// (DejaVu Sans, where Liberation Sans is not installed: an average character is 0.6 of the size,
// bold 0.68): enough to wrap at a word without font metrics.
double textWidth(std::string_view words, double size, bool bold = false)
{
    std::size_t characters = 0;
    for (const char c : words)
        characters += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return static_cast<double>(characters) * size * (bold ? 0.68 : 0.6);
}

// `words` wrapped at spaces into lines at most `width` wide; a word wider than that has a line of
// its own (`fits` says whether every line fits).
std::vector<std::string> wrapped(std::string_view words, double width, double size, bool bold,
                                 bool* fits = nullptr)
{
    std::vector<std::string> lines;
    if (fits)
        *fits = true;
    for (const std::string& word : text::split(std::string(words), {" "}))
    {
        if (word.empty())
            continue;
        if (!lines.empty() && textWidth(lines.back() + " " + word, size, bold) <= width)
            lines.back() += " " + word;
        else
            lines.push_back(word);
        if (fits && textWidth(lines.back(), size, bold) > width)
            *fits = false;
    }
    return lines;
}

// What the coverage matrix shows, in words: its alternative text. The names in its lists are
// in lower case ("no objective addresses age and race"), as `wording` says them.
std::string coverageWords(const Coverage& coverage, bool recorded, const Wording& wording)
{
    if (!recorded)
        return worded(wording,
                      keyed("pictureCoverageNotRecorded",
                            "A table of the 3 aims of the equality duty by the 9 protected "
                            "characteristics, left unfilled: the plan has no column for protected "
                            "characteristics, so which ones its objectives address is not "
                            "recorded."));
    const auto lowered = [&](const Message& name) { return plain(lower(worded(wording, name))); };
    std::vector<Message> gaps, staffGaps, aimsMissing;
    for (Characteristic c : coverage.uncoveredCharacteristics)
        gaps.push_back(lowered(characteristicWords(c)));
    for (Characteristic c : coverage.uncoveredStaffOnly)
        staffGaps.push_back(lowered(characteristicWords(c)));
    for (Aim a : coverage.uncoveredAims)
        aimsMissing.push_back(lowered(aimShortWords(a)));
    std::size_t cellGaps = 0;
    for (Aim aim : allAims)
        for (Characteristic c : allCharacteristics)
            cellGaps += coverageMark(coverage, aim, c, recorded) == CoverageMark::Gap;
    std::vector<Message> sentences{
        keyed("pictureCoverageAlt",
              "A table of how many objectives address each of the 3 aims of the equality duty for "
              "each of the 9 protected characteristics; {0} of the 27 cells have none.",
              {std::to_string(cellGaps)})};
    sentences.push_back(aimsMissing.empty()
                            ? keyed("pictureEveryAim", "Every aim has an objective.")
                        : aimsMissing.size() == 1
                            ? keyed("pictureAimMissing", "No objective addresses the aim to {0}.",
                                    std::vector<Message>{listWords(aimsMissing)})
                            : keyed("pictureAimsMissing", "No objective addresses the aim to {0}.",
                                    std::vector<Message>{listWords(aimsMissing)}));
    sentences.push_back(gaps.empty()
                            ? keyed("pictureEveryCharacteristic",
                                    "Every characteristic that counts for pupils has an "
                                    "objective.")
                            : keyed("pictureCharacteristicsMissing", "No objective addresses {0}.",
                                    std::vector<Message>{listWords(gaps)}));
    if (!staffGaps.empty())
        sentences.push_back(
            staffGaps.size() == 1
                ? keyed("pictureStaffMissingOne",
                        "No objective addresses {0}, which counts for staff only, not pupils.",
                        std::vector<Message>{listWords(staffGaps)})
                : keyed("pictureStaffMissing",
                        "No objective addresses {0}, which count for staff only, not pupils.",
                        std::vector<Message>{listWords(staffGaps)}));
    std::string alt;
    for (const Message& sentence : sentences)
        alt += (alt.empty() ? "" : " ") + worded(wording, sentence);
    return alt;
}
} // namespace

Message aimShortWords(Aim aim)
{
    switch (aim)
    {
    case Aim::Eliminate:
        return keyed("pictureAimEliminate", "Eliminate discrimination");
    case Aim::Advance:
        return keyed("pictureAimAdvance", "Advance equality of opportunity");
    case Aim::Foster:
        break;
    }
    return keyed("pictureAimFoster", "Foster good relations");
}

Message characteristicWords(Characteristic characteristic)
{
    switch (characteristic)
    {
    case Characteristic::Age:
        return keyed("characteristic.age", "Age");
    case Characteristic::Disability:
        return keyed("characteristic.disability", "Disability");
    case Characteristic::GenderReassignment:
        return keyed("characteristic.gender-reassignment", "Gender reassignment");
    case Characteristic::MarriageCivilPartnership:
        return keyed("characteristic.marriage-civil-partnership", "Marriage and civil partnership");
    case Characteristic::PregnancyMaternity:
        return keyed("characteristic.pregnancy-maternity", "Pregnancy and maternity");
    case Characteristic::Race:
        return keyed("characteristic.race", "Race");
    case Characteristic::ReligionBelief:
        return keyed("characteristic.religion-belief", "Religion or belief");
    case Characteristic::Sex:
        return keyed("characteristic.sex", "Sex");
    case Characteristic::SexualOrientation:
        break;
    }
    return keyed("characteristic.sexual-orientation", "Sexual orientation");
}

bool recordsCharacteristics(const Plan& plan)
{
    for (const PlanTable& table : plan.tables)
        for (const Column& column : table.columns)
            if (column.field == "characteristics")
                return true;
    return false;
}

CoverageMark coverageMark(const Coverage& coverage, Aim aim, Characteristic characteristic,
                          bool recorded)
{
    if (coverage.count(aim, characteristic) > 0)
        return CoverageMark::Covered;
    if (!recorded)
        return CoverageMark::Unknown;
    return coverage.isStaffOnly(characteristic) ? CoverageMark::StaffOnly : CoverageMark::Gap;
}

Picture coverageMatrix(const Coverage& coverage, bool recorded)
{
    constexpr double margin = 2, labelWidth = 58, cellWidth = 34, headerHeight = 13, rowHeight = 8,
                     keyHeight = 22, size = 3.5;
    Picture picture;
    picture.title = keyed("pictureCoverageTitle", "Coverage of the equality duty").english;
    picture.width = margin * 2 + labelWidth + cellWidth * 3;
    picture.height = margin * 2 + headerHeight + rowHeight * 9 + keyHeight;

    // The words first: they are the alternative text and the SVG's description.
    picture.altText = coverageWords(coverage, recorded, {});

    Svg svg(picture.width, picture.height, picture.title, picture.altText);
    const double left = margin + labelWidth, top = margin + headerHeight;
    static constexpr std::pair<const char*, const char*> heads[] = {
        {"Eliminate", "discrimination"},
        {"Advance equality", "of opportunity"},
        {"Foster good", "relations"}};
    for (std::size_t a = 0; a < 3; ++a)
    {
        const double x = left + cellWidth * static_cast<double>(a) + cellWidth / 2;
        svg.text(x, margin + 5, heads[a].first, size, "middle", true);
        svg.text(x, margin + 10, heads[a].second, size, "middle", true);
    }
    for (std::size_t c = 0; c < 9; ++c)
    {
        const Characteristic characteristic = allCharacteristics[c];
        const double y = top + rowHeight * static_cast<double>(c);
        std::string label = characteristicWords(characteristic).english;
        if (coverage.isStaffOnly(characteristic))
            label += " (staff)";
        if (characteristic == Characteristic::MarriageCivilPartnership)
            label = coverage.isStaffOnly(characteristic) ? "Marriage, civil partn. (staff)"
                                                         : "Marriage, civil partnership";
        svg.text(margin + 1, y + rowHeight / 2 + 1.2, label, size);
        for (std::size_t a = 0; a < 3; ++a)
        {
            const Aim aim = allAims[a];
            const double x = left + cellWidth * static_cast<double>(a);
            switch (coverageMark(coverage, aim, characteristic, recorded))
            {
            case CoverageMark::Covered:
                svg.rect(x, y, cellWidth, rowHeight, covered, coveredEdge, 0.3);
                svg.text(x + cellWidth / 2, y + rowHeight / 2 + 1.4,
                         std::to_string(coverage.count(aim, characteristic)), 4, "middle", true);
                break;
            case CoverageMark::Gap:
                svg.rect(x, y, cellWidth, rowHeight, gap);
                svg.text(x + cellWidth / 2, y + rowHeight / 2 + 1.4, "\u00d7 gap", 3.5, "middle",
                         true);
                break;
            case CoverageMark::Unknown:
                svg.rect(x, y, cellWidth, rowHeight, staff);
                svg.text(x + cellWidth / 2, y + rowHeight / 2 + 1.4, "? not recorded", 3.2,
                         "middle");
                break;
            case CoverageMark::StaffOnly:
                svg.rect(x, y, cellWidth, rowHeight, staff);
                svg.text(x + cellWidth / 2, y + rowHeight / 2 + 1.4, "\u2013 staff only", 3.2,
                         "middle");
                break;
            }
        }
    }
    // The key: each mark as drawn, with its words.
    const double keyTop = top + rowHeight * 9 + 4;
    svg.rect(margin + 1, keyTop, 8, 5, covered, coveredEdge, 0.3);
    svg.text(margin + 5, keyTop + 3.8, "2", 3.5, "middle", true);
    svg.text(margin + 11, keyTop + 3.8, "number of objectives addressing both", 3.2);
    svg.rect(margin + 1, keyTop + 7, 8, 5, gap);
    svg.text(margin + 5, keyTop + 10.8, "\u00d7", 3.5, "middle", true);
    svg.text(margin + 11, keyTop + 10.8, "gap: no objective addresses both", 3.2);
    svg.rect(margin + 1, keyTop + 14, 8, 5, staff);
    svg.text(margin + 5, keyTop + 17.8, "\u2013", 3.5, "middle");
    svg.text(margin + 11, keyTop + 17.8,
             "counts for staff only (not pupils); no objective addresses both", 3.2);
    picture.svg = std::move(svg).finish();
    return picture;
}

Timeline timelineOf(const Plan& plan, year_month_day today)
{
    Timeline timeline;
    timeline.to = today.year() / today.month();
    timeline.recentFrom = timeline.to - months(11);
    timeline.from = timeline.recentFrom;
    // An entry counts as recent when its period ends within the year before today.
    const year_month_day cutoff{sys_days(today) - days(365)};
    for (const Objective& objective : plan.objectives)
    {
        TimelineRow row;
        row.objective = objective.number;
        for (const Progress& entry : objective.progress)
            if (entry.date)
                row.entries.push_back(*entry.date);
        std::sort(row.entries.begin(), row.entries.end(),
                  [](const PlanDate& a, const PlanDate& b) { return compare(a, b) < 0; });
        row.stale = std::none_of(row.entries.begin(), row.entries.end(),
                                 [&](const PlanDate& d) { return d.last() >= cutoff; });
        for (const PlanDate& date : row.entries)
            timeline.from =
                std::min(timeline.from, date.first.year() / date.first.month() - months(1));
        timeline.rows.push_back(std::move(row));
    }
    return timeline;
}

Picture reviewTimeline(const Plan& plan, year_month_day today)
{
    const Timeline timeline = timelineOf(plan, today);
    const std::size_t n = timeline.rows.size();
    constexpr double margin = 2, labelWidth = 26, chartWidth = 96, noteWidth = 42, axisHeight = 12,
                     size = 3.2;
    // Rows shrink to keep a long plan's timeline on one page; numbers and words are written
    // on each line while there is room, and in a note under the chart when there is not.
    const double rowHeight = n == 0 ? 6 : std::clamp(130.0 / static_cast<double>(n), 0.6, 6.0);
    const bool wordsPerRow = rowHeight >= 4.0;
    std::vector<int> stale;
    for (const TimelineRow& row : timeline.rows)
        if (row.stale)
            stale.push_back(row.objective);
    const std::string staleNote = staleSentence(stale, n).english;
    const double noteHeight =
        wordsPerRow ? 8 : 8 + 4.5 * static_cast<double>(1 + staleNote.size() / 95);

    Picture picture;
    picture.title = keyed("pictureTimelineTitle", "Review timeline").english;
    picture.width = margin * 2 + labelWidth + chartWidth + noteWidth;
    picture.height = margin * 2 + axisHeight +
                     rowHeight * static_cast<double>(std::max<std::size_t>(n, 1)) + noteHeight;
    picture.altText = timelineWords(timeline, {});

    Svg svg(picture.width, picture.height, picture.title, picture.altText);
    const double left = margin + labelWidth, top = margin + axisHeight;
    const double bottom = top + rowHeight * static_cast<double>(std::max<std::size_t>(n, 1));
    const MonthAxis axis(timeline.from, timeline.to, left, chartWidth);
    const int first = axis.first, span = axis.span;
    const auto xOf = [&](year_month_day day) { return axis.at(day); };
    // The last 12 months, shaded and named.
    const double recentX = xOf(timeline.recentFrom / 1);
    svg.rect(recentX, top, left + chartWidth - recentX, bottom - top, recent, "#0072b2", 0.2);
    svg.text(left + chartWidth, top - 1, keyed("pictureLastYear", "last 12 months").english, size,
             "end", true);
    // Years along the top: a tick at each January.
    for (int m = 0; m < span; ++m)
    {
        const int absolute = first + m;
        if (absolute % 12 != 0 && m != 0)
            continue;
        const double x = left + chartWidth * m / span;
        svg.line(x, top - 6, x, bottom, "#808080", 0.15, true);
        if (absolute % 12 == 0 || span < 12)
            svg.text(x + 0.5, top - 6.5, std::to_string(absolute / 12), size);
    }
    for (std::size_t i = 0; i < n; ++i)
    {
        const TimelineRow& row = timeline.rows[i];
        const double y = top + rowHeight * (static_cast<double>(i) + 0.5);
        svg.line(left, y, left + chartWidth, y, "#000000", rowHeight >= 2 ? 0.25 : 0.1);
        if (wordsPerRow)
        {
            svg.text(margin + labelWidth - 2, y + 1.1,
                     (row.stale ? "! " : "") + std::string("Objective ") +
                         std::to_string(row.objective),
                     size, "end", row.stale);
            if (row.stale)
                svg.text(left + chartWidth + 2, y + 1.1,
                         row.entries.empty() ? "no dated update" : "no update in 12 months", size,
                         "start", true, warn);
        }
        for (const PlanDate& date : row.entries)
            svg.circle(xOf(date.first), y, std::min(1.3, rowHeight * 0.4), dot);
    }
    if (!wordsPerRow)
        svg.text(margin + labelWidth - 2, top + 4, std::to_string(n) + " objectives", size, "end");
    // The key and, for a long plan, the words the lines had no room for.
    const double keyY = bottom + 5;
    svg.circle(margin + 2, keyY - 1, 1.3, dot);
    svg.text(margin + 5, keyY, keyed("pictureKeyEntry", "a dated progress entry").english, size);
    svg.text(margin + 45, keyY,
             keyed("pictureKeyStale", "! no update in the last 12 months").english, size, "start",
             true, warn);
    if (!wordsPerRow)
    {
        // Wrapped at a word, about 95 characters a line.
        std::string rest = staleNote;
        double y = keyY + 5;
        while (!rest.empty())
        {
            std::size_t cut = rest.size() <= 95 ? rest.size() : rest.rfind(' ', 95);
            if (cut == std::string::npos || cut == 0)
                cut = std::min<std::size_t>(rest.size(), 95);
            svg.text(margin, y, rest.substr(0, cut), size);
            rest = text::trim(rest.substr(cut));
            y += 4.5;
        }
    }
    picture.svg = std::move(svg).finish();
    return picture;
}
const MatrixCell* DeckMatrix::cellAt(double x, double y) const
{
    for (const MatrixCell& cell : cells)
        if (x >= cell.x && x < cell.x + cell.width && y >= cell.y && y < cell.y + cell.height)
            return &cell;
    return nullptr;
}

DeckMatrix coverageMatrixAt(const Coverage& coverage, bool recorded, double width, double textSize,
                            const Ink& ink, const Wording& wording)
{
    const auto say = [&](const Message& message) { return worded(wording, message); };
    const double margin = 2, line = textSize * 1.25, pad = 4;
    const double labelWidth = std::clamp(width * 0.36, 80.0, 200.0);
    const double cellWidth = std::max(24.0, (width - 2 * margin - labelWidth) / 3);
    width = 2 * margin + labelWidth + 3 * cellWidth;

    // The heads: each aim's name wrapped in its column, or its first word where a word of it
    // does not fit (the key then names the columns in full).
    std::array<std::vector<std::string>, 3> heads;
    bool full = true;
    for (std::size_t a = 0; a < 3; ++a)
    {
        bool fits = true;
        heads[a] = wrapped(say(aimShortWords(allAims[a])), cellWidth - pad, textSize, true, &fits);
        full = full && fits && heads[a].size() <= 3;
    }
    // Where even a first word is wider than its column, the heads take turns on two lines, so
    // that each may run over its neighbours' columns.
    bool staggered = false;
    if (!full)
        for (std::size_t a = 0; a < 3; ++a)
        {
            heads[a] = {wrapped(say(aimShortWords(allAims[a])), 0, textSize, true).front()};
            staggered = staggered || textWidth(heads[a].front(), textSize, true) > cellWidth - pad;
        }
    std::size_t headLines = staggered ? 2 : 1;
    for (const auto& head : heads)
        headLines = std::max(headLines, head.size());
    const double headerHeight = line * static_cast<double>(headLines) + pad;

    // The rows: each characteristic's name wrapped in the label column.
    std::array<std::vector<std::string>, 9> labels;
    std::array<double, 9> rowTops{}, rowHeights{};
    double y = margin + headerHeight;
    for (std::size_t c = 0; c < 9; ++c)
    {
        const Characteristic characteristic = allCharacteristics[c];
        const Message name = characteristicWords(characteristic);
        const std::string label =
            say(coverage.isStaffOnly(characteristic)
                    ? keyed("pictureStaff", "{0} (staff)", std::vector<Message>{name})
                    : name);
        labels[c] = wrapped(label, labelWidth - pad, textSize, false);
        rowTops[c] = y;
        rowHeights[c] = std::max(line * static_cast<double>(labels[c].size()) + pad, line + 6);
        y += rowHeights[c];
    }

    // The key, a swatch and wrapped words a line.
    struct KeyLine
    {
        const char* fill;
        const char* mark;
        std::vector<std::string> words;
    };
    const double keyText = width - 2 * margin - 22;
    std::vector<KeyLine> key{
        {covered, "2",
         wrapped(say(keyed("pictureKeyCovered", "number of objectives addressing both")), keyText,
                 textSize, false)},
        {gap, "\u00d7",
         wrapped(say(keyed("pictureKeyGap", "gap: no objective addresses both")), keyText, textSize,
                 false)},
        {staff, "\u2013",
         wrapped(say(keyed("pictureKeyStaff",
                           "counts for staff only (not pupils); no objective addresses both")),
                 keyText, textSize, false)}};
    if (!recorded)
        key.push_back(
            {staff, "?",
             wrapped(say(keyed("pictureKeyUnknown",
                               "not recorded: the plan has no column for characteristics")),
                     keyText, textSize, false)});
    std::vector<std::string> columns;
    if (!full)
        columns = wrapped(say(keyed("pictureColumns", "Columns: {0}; {1}; {2}.",
                                    std::vector<Message>{aimShortWords(Aim::Eliminate),
                                                         aimShortWords(Aim::Advance),
                                                         aimShortWords(Aim::Foster)})),
                          width - 2 * margin, textSize, false);
    double keyHeight = pad;
    for (const KeyLine& entry : key)
        keyHeight += std::max(line * static_cast<double>(entry.words.size()), line + 2) + 2;
    keyHeight += line * static_cast<double>(columns.size());

    DeckMatrix matrix;
    Picture& picture = matrix.picture;
    picture.title = say(keyed("pictureCoverageTitle", "Coverage of the equality duty"));
    picture.altText = coverageWords(coverage, recorded, wording);
    picture.width = width;
    picture.height = y + keyHeight + margin;
    Svg svg(picture.width, picture.height, picture.title, picture.altText, ink);

    const double left = margin + labelWidth;
    for (std::size_t a = 0; a < 3; ++a)
        for (std::size_t l = 0; l < heads[a].size(); ++l)
            svg.text(left + cellWidth * (static_cast<double>(a) + 0.5),
                     margin + line * static_cast<double>(l + 1 + (staggered ? a % 2 : 0)) - 2,
                     heads[a][l], textSize, "middle", true, ink.text);
    // What a cell says in words, where it has room: "× gap", else "×".
    const auto mark = [&](std::string_view symbol, std::string_view words)
    {
        const std::string both = std::string(symbol) + " " + std::string(words);
        return textWidth(both, textSize, true) <= cellWidth - pad ? both : std::string(symbol);
    };
    for (std::size_t c = 0; c < 9; ++c)
    {
        const Characteristic characteristic = allCharacteristics[c];
        const double top = rowTops[c], height = rowHeights[c];
        const double firstBaseline =
            top + (height - line * static_cast<double>(labels[c].size())) / 2 + textSize;
        for (std::size_t l = 0; l < labels[c].size(); ++l)
            svg.text(margin + 1, firstBaseline + line * static_cast<double>(l), labels[c][l],
                     textSize, "start", false, ink.text);
        const double middle = top + height / 2 + textSize * 0.36;
        for (std::size_t a = 0; a < 3; ++a)
        {
            const Aim aim = allAims[a];
            const double x = left + cellWidth * static_cast<double>(a);
            matrix.cells.push_back({aim, characteristic, x, top, cellWidth, height});
            switch (coverageMark(coverage, aim, characteristic, recorded))
            {
            case CoverageMark::Covered:
                svg.rect(x, top, cellWidth, height, covered, coveredEdge, 1);
                svg.text(x + cellWidth / 2, middle,
                         std::to_string(coverage.count(aim, characteristic)), textSize * 1.1,
                         "middle", true);
                break;
            case CoverageMark::Gap:
                svg.rect(x, top, cellWidth, height, gap, "#000000", 0.6);
                svg.text(x + cellWidth / 2, middle,
                         mark("\u00d7", say(keyed("pictureMarkGap", "gap"))), textSize, "middle",
                         true);
                break;
            case CoverageMark::Unknown:
                svg.rect(x, top, cellWidth, height, staff, "#000000", 0.6);
                svg.text(x + cellWidth / 2, middle, "?", textSize, "middle");
                break;
            case CoverageMark::StaffOnly:
                svg.rect(x, top, cellWidth, height, staff, "#000000", 0.6);
                svg.text(x + cellWidth / 2, middle,
                         mark("\u2013", say(keyed("pictureMarkStaff", "staff"))), textSize,
                         "middle");
                break;
            }
        }
    }
    double keyY = y + pad;
    for (const KeyLine& entry : key)
    {
        svg.rect(margin + 1, keyY, 18, line, entry.fill,
                 entry.fill == covered ? coveredEdge : "#000000", 0.6);
        svg.text(margin + 10, keyY + textSize, entry.mark, textSize, "middle", true);
        for (std::size_t l = 0; l < entry.words.size(); ++l)
            svg.text(margin + 22, keyY + textSize + line * static_cast<double>(l), entry.words[l],
                     textSize, "start", false, ink.text);
        keyY += std::max(line * static_cast<double>(entry.words.size()), line + 2) + 2;
    }
    for (std::size_t l = 0; l < columns.size(); ++l)
        svg.text(margin, keyY + textSize + line * static_cast<double>(l), columns[l], textSize,
                 "start", false, ink.text);
    picture.svg = std::move(svg).finish();
    return matrix;
}

std::vector<int> staleObjectives(const Timeline& timeline)
{
    std::vector<int> stale;
    for (const TimelineRow& row : timeline.rows)
        if (row.stale)
            stale.push_back(row.objective);
    return stale;
}

Picture reviewTimelineAt(const Plan& plan, year_month_day today, double width, double textSize,
                         const Ink& ink, const Wording& wording)
{
    const auto say = [&](const Message& message) { return worded(wording, message); };
    const Timeline timeline = timelineOf(plan, today);
    const std::size_t n = timeline.rows.size();
    const double margin = 2, line = textSize * 1.25;
    const double labelWidth = textWidth("! 000", textSize, true) + 6;
    const double left = margin + labelWidth, right = width - margin - 4;
    const double chartWidth = std::max(40.0, right - left);
    const double axisHeight = 2 * line + 2;
    // A line an objective, thinner as a plan grows so that 200 objectives stay a picture.
    const double rowHeight =
        n == 0 ? line : std::clamp(240.0 / static_cast<double>(n), 2.0, line + 4);
    const bool numbered = rowHeight >= textSize + 2;
    const double top = margin + axisHeight;
    const double bottom = top + rowHeight * static_cast<double>(std::max<std::size_t>(n, 1));
    const std::vector<int> stale = staleObjectives(timeline);
    const bool anyStale = !stale.empty();

    Picture picture;
    picture.title = say(keyed("pictureTimelineTitle", "Review timeline"));
    picture.width = width;
    picture.height = bottom + 4 + line * (anyStale ? 2 : 1) + margin;
    picture.altText = timelineWords(timeline, wording);
    Svg svg(picture.width, picture.height, picture.title, picture.altText, ink);

    const MonthAxis axis(timeline.from, timeline.to, left, chartWidth);
    const int first = axis.first, span = axis.span;
    const auto xOf = [&](year_month_day day) { return axis.at(day); };
    const double recentX = xOf(timeline.recentFrom / 1);
    svg.rect(recentX, top, left + chartWidth - recentX, bottom - top, recentFill(ink), "#0072b2",
             0.6);
    svg.text(left + chartWidth, margin + 2 * line - 2,
             say(keyed("pictureLastYear", "last 12 months")), textSize, "end", true, ink.text);
    // Years along the top, a tick at each January; every other year where they would crowd.
    const double yearWidth = textWidth("2026", textSize) + 4;
    double lastYearEnd = -1;
    for (int m = 0; m < span; ++m)
    {
        const int absolute = first + m;
        if (absolute % 12 != 0 && m != 0)
            continue;
        const double x = left + chartWidth * m / span;
        svg.line(x, margin + line, x, bottom, "#808080", 0.6, true);
        // The first month's year too, where the next January leaves it room.
        const double nextJanuary = left + chartWidth * (m + 12 - absolute % 12) / span;
        if ((absolute % 12 == 0 || m == 0) && x >= lastYearEnd &&
            x + yearWidth <= std::min(left + chartWidth + 2, m == 0 ? nextJanuary : 1e9))
        {
            svg.text(x + 1, margin + line - 2, std::to_string(absolute / 12), textSize, "start",
                     false, ink.text);
            lastYearEnd = x + yearWidth;
        }
    }
    for (std::size_t i = 0; i < n; ++i)
    {
        const TimelineRow& row = timeline.rows[i];
        const double y = top + rowHeight * (static_cast<double>(i) + 0.5);
        svg.line(left, y, left + chartWidth, y, ink.text, rowHeight >= 6 ? 0.8 : 0.4);
        if (numbered)
            svg.text(left - 4, y + textSize * 0.36,
                     (row.stale ? "! " : "") + std::to_string(row.objective), textSize, "end",
                     row.stale, row.stale ? warnOn(ink) : ink.text.c_str());
        for (const PlanDate& date : row.entries)
            svg.circle(xOf(date.first), y, std::min(4.0, rowHeight * 0.4), dot, ink.text);
    }
    if (!numbered)
        svg.text(left - 4, top + textSize, std::to_string(n), textSize, "end", false, ink.text);
    const double keyY = bottom + 4 + textSize;
    svg.circle(margin + 5, keyY - textSize * 0.36, 4, dot, ink.text);
    svg.text(margin + 12, keyY, say(keyed("pictureKeyEntry", "a dated progress entry")), textSize,
             "start", false, ink.text);
    if (anyStale)
        svg.text(margin, keyY + line,
                 say(keyed("pictureKeyStale", "! no update in the last 12 months")), textSize,
                 "start", true, warnOn(ink));
    picture.svg = std::move(svg).finish();
    return picture;
}
} // namespace eqplan
