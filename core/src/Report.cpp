#include "eqplan/Report.hpp"

#include "eqplan/Text.hpp"

#include <boost/json.hpp>

#include <algorithm>

namespace eqplan
{
namespace json = boost::json;
using namespace std::chrono;

namespace
{
std::string dayWords(year_month_day day)
{
    return describe(PlanDate{day, Precision::Day, {}});
}

// "1 September 2025 to 31 August 2026", keyed.
Message daysWords(const ReportPeriod& period)
{
    return keyed("periodDays", "{0} to {1}",
                 std::vector<Message>{dateWords(PlanDate{period.since, Precision::Day, {}}),
                                      dateWords(PlanDate{period.until, Precision::Day, {}})});
}

std::string isoDay(year_month_day day)
{
    return PlanDate{day, Precision::Day, {}}.iso();
}

// "2025–26" for an academic year, "2026" for a calendar year, else the days.
std::string shortPeriod(const ReportPeriod& period)
{
    const int y = static_cast<int>(period.since.year());
    if (period.since == year(y) / September / 1 && period.until == year(y + 1) / August / 31)
    {
        return std::to_string(y) + "\u2013" + academicYearEnd(y);
    }
    if (period.since == year(y) / January / 1 && period.until == year(y) / December / 31)
        return std::to_string(y);
    return period.describe();
}

// Whether a status cell's words say the objective is achieved.
bool saysAchieved(const Status& status)
{
    const std::string words = text::fold(status.text);
    for (const char* word : {"achieved", "complete", "completed", "met", "done"})
    {
        const std::string w = word;
        for (std::size_t at = words.find(w); at != std::string::npos; at = words.find(w, at + 1))
        {
            const std::size_t end = at + w.size();
            const bool whole = (at == 0 || !text::isAsciiLetter(words[at - 1])) &&
                               (end == words.size() || !text::isAsciiLetter(words[end]));
            // "not achieved", "not yet met", "partially met" say the opposite.
            const std::string before = words.substr(0, at);
            const bool negated = before.ends_with("not ") || before.ends_with("not yet ") ||
                                 before.ends_with("partially ") || before.ends_with("partly ");
            if (whole && !negated)
                return true;
        }
    }
    return false;
}

ReportEntry entryOf(const Progress& progress)
{
    ReportEntry entry;
    entry.date = progress.date;
    entry.heading = progress.heading;
    for (const ListItem& item : progress.items)
    {
        if (item.item.text.empty() && item.item.label.empty())
            continue;
        entry.items.push_back(item.item.label.empty() ? item.item.text
                                                      : item.item.label + " " + item.item.text);
    }
    return entry;
}

std::string ownerWords(const std::string& owner, const OwnerRegister* owners)
{
    if (owners)
        if (const OwnerEntry* entry = owners->find(owner);
            entry && !text::trim(entry->name).empty() &&
            text::fold(entry->name) != text::fold(owner))
            return owner + " (" + std::string(text::trim(entry->name)) + ")";
    return owner;
}

json::array numbers(const std::vector<int>& list)
{
    json::array out;
    for (const int n : list)
        out.push_back(n);
    return out;
}

json::value entryJson(const ReportEntry& entry)
{
    json::array items;
    for (const std::string& item : entry.items)
        items.push_back(json::string(item));
    json::object out{{"heading", entry.heading}, {"items", std::move(items)}};
    if (entry.date)
        out["date"] = json::object{{"iso", entry.date->iso()},
                                   {"precision", toString(entry.date->precision)},
                                   {"first", isoDay(entry.date->first)},
                                   {"words", describe(*entry.date)}};
    return out;
}
} // namespace

bool ReportPeriod::holds(const PlanDate& date) const
{
    return since <= date.first && date.first <= until;
}

std::string ReportPeriod::describe() const
{
    return dayWords(since) + " to " + dayWords(until);
}

PeriodChoice thisAcademicYear(year_month_day today)
{
    const int first = static_cast<int>(today.year()) - (today.month() < September ? 1 : 0);
    PeriodChoice choice;
    choice.period = {year(first) / September / 1, year(first + 1) / August / 31};
    choice.labelWords = keyed("periodThisYear", "this academic year ({0}–{1})",
                              {std::to_string(first), academicYearEnd(first)});
    choice.label = choice.labelWords.english;
    return choice;
}

PeriodChoice sinceLastReview(const Plan& plan, const std::vector<HistoryEntry>& history,
                             year_month_day today)
{
    PeriodChoice choice;
    std::optional<year_month_day> reviewed;
    Message what;
    for (const HistoryEntry& entry : history)
        if (entry.what.starts_with("Review meeting") && (!reviewed || entry.date > *reviewed))
        {
            reviewed = entry.date;
            what = keyed("periodReviewMeeting", "the review meeting of {0}",
                         std::vector<Message>{dateWords(PlanDate{entry.date, Precision::Day, {}})});
        }
    if (!reviewed)
        if (const std::optional<PlanDate> latest = plan.latestReview())
        {
            reviewed = latest->last();
            what = keyed("periodReviewOf", "the review of {0}",
                         std::vector<Message>{dateWords(*latest)});
        }
    if (!reviewed)
    {
        choice.reasonWords =
            keyed("periodNoReview", "The plan has no dated progress and no review meeting on "
                                    "record, so there is no last review to report from: give the "
                                    "period's dates.");
        choice.reason = choice.reasonWords.english;
        return choice;
    }
    choice.period = {year_month_day{sys_days(*reviewed) + days(1)}, today};
    if (choice.period.since > today)
    {
        choice.reasonWords = keyed("periodReviewToday",
                                   "The last review ({0}) is today or later: there is nothing "
                                   "since it to report yet.",
                                   std::vector<Message>{what});
        choice.reason = choice.reasonWords.english;
        return choice;
    }
    choice.labelWords =
        keyed("periodSinceReview", "since the last review ({0})", std::vector<Message>{what});
    choice.label = choice.labelWords.english;
    return choice;
}

std::string statusWords(const Status& status)
{
    std::string out;
    if (status.rating == "green")
        out = "\u2713 Green";
    else if (status.rating == "amber")
        out = "! Amber";
    else if (status.rating == "red")
        out = "\u2717 Red";
    const std::string words(text::trim(status.text));
    const std::string folded = text::fold(words);
    const bool saysMore =
        !words.empty() && folded != status.rating &&
        !(folded.size() == 1 && !status.rating.empty() && folded[0] == status.rating[0]);
    if (out.empty())
        return words.empty() ? "No status given" : words;
    return saysMore ? out + ": " + words : out;
}

Report buildReport(const Plan& plan, const OwnerRegister* owners, const Schemas& schemas,
                   const ReportPeriod& period, std::string periodLabel, year_month_day today)
{
    Report report;
    report.planTitle = plan.title;
    report.period = period;
    report.periodLabel = periodLabel.empty() ? period.describe() : std::move(periodLabel);
    report.title = (plan.title.empty() ? std::string("Equality objectives") : plan.title) +
                   ": progress report, " + shortPeriod(period);
    if (plan.updated)
    {
        report.lastUpdated = plan.updated->date;
        report.updatedBy = plan.updated->by;
    }
    for (const Objective& objective : plan.objectives)
    {
        ReportObjective out;
        out.number = objective.number;
        out.text =
            objective.objectiveText.empty() ? objective.objective.text() : objective.objectiveText;
        for (const std::string& owner : objective.ownerNames)
            out.owners.push_back(ownerWords(owner, owners));
        if (objective.status)
        {
            out.status = statusWords(*objective.status);
            out.rating = objective.status->rating;
            out.achieved = saysAchieved(*objective.status);
        }
        else
            out.status = "No status given";
        for (const Progress& progress : objective.progress)
        {
            if (!progress.date)
                out.undated.push_back(entryOf(progress));
            else if (period.holds(*progress.date))
                out.entries.push_back(entryOf(progress));
        }
        // Date order; entries of the same date keep the plan's order.
        std::stable_sort(out.entries.begin(), out.entries.end(),
                         [](const ReportEntry& a, const ReportEntry& b)
                         { return compare(*a.date, *b.date) < 0; });
        report.entries += out.entries.size();
        (out.entries.empty() ? report.withoutProgress : report.withProgress).push_back(out.number);
        if (out.achieved)
            report.achieved.push_back(out.number);
        report.objectives.push_back(std::move(out));
    }
    report.coverage = coverageOf(plan, schemas.checks);
    report.coverageMatrix = coverageMatrix(report.coverage, recordsCharacteristics(plan));
    report.timeline = reviewTimeline(plan, today);

    // The calendar: when the objectives were set, when they must be renewed, the plan's dates.
    const int maxYears = schemas.checks.objectivesMaxYears;
    if (plan.period && plan.period->from > 0)
    {
        const int renew = plan.period->from + maxYears;
        report.calendar.push_back("The objectives were set in " +
                                  std::to_string(plan.period->from) + " (the plan covers " +
                                  plan.period->text + ").");
        report.calendar.push_back(
            static_cast<int>(today.year()) > renew
                ? "Schools must publish equality objectives at least every " +
                      std::to_string(maxYears) + " years: these were due to be renewed by " +
                      std::to_string(renew) + " and new objectives must be set now."
                : "Schools must publish equality objectives at least every " +
                      std::to_string(maxYears) + " years: these must be renewed by the end of " +
                      std::to_string(renew) + ".");
    }
    else
        report.calendar.push_back("The plan's title gives no period, so when its objectives "
                                  "were set is not known.");
    if (report.lastUpdated)
        report.calendar.push_back("The plan was last updated on " + describe(*report.lastUpdated) +
                                  (report.updatedBy.empty() ? "" : " by " + report.updatedBy) +
                                  ".");
    if (const std::optional<PlanDate> latest = plan.latestReview())
        report.calendar.push_back("Its latest dated progress is from " + describe(*latest) + ".");
    return report;
}

std::string noProgressMessage(const Report& report)
{
    return noProgressWords(report, plain(report.periodLabel)).english;
}

Message noProgressWords(const Report& report, const Message& periodLabel)
{
    // "from 1 September 2022 to 31 August 2023", or the choice and its days.
    const Message days = daysWords(report.period);
    const std::size_t n = report.objectives.size();
    const Message objectives =
        n == 1 ? keyed("reportObjectiveOne", "1 objective")
               : keyed("reportObjectives", "{0} objectives", {std::to_string(n)});
    if (periodLabel.english == days.english || periodLabel.english.empty())
        return keyed("reportNoProgressFrom",
                     "No progress is dated from {0} for any of the plan's {1}: there is nothing "
                     "to report.",
                     std::vector<Message>{days, objectives});
    return keyed("reportNoProgress",
                 "No progress is dated {0} (from {1}) for any of the plan's {2}: there is nothing "
                 "to report.",
                 std::vector<Message>{periodLabel, days, objectives});
}

json::value toJson(const Report& report)
{
    json::array objectives;
    for (const ReportObjective& o : report.objectives)
    {
        json::array owners, entries, undated;
        for (const std::string& owner : o.owners)
            owners.push_back(json::string(owner));
        for (const ReportEntry& entry : o.entries)
            entries.push_back(entryJson(entry));
        for (const ReportEntry& entry : o.undated)
            undated.push_back(entryJson(entry));
        objectives.push_back(json::object{{"number", o.number},
                                          {"objective", o.text},
                                          {"owners", std::move(owners)},
                                          {"status", o.status},
                                          {"rating", o.rating},
                                          {"achieved", o.achieved},
                                          {"entries", std::move(entries)},
                                          {"undated", std::move(undated)}});
    }
    json::array calendar;
    for (const std::string& fact : report.calendar)
        calendar.push_back(json::string(fact));
    json::object out{{"title", report.title},
                     {"planTitle", report.planTitle},
                     {"period", json::object{{"since", isoDay(report.period.since)},
                                             {"until", isoDay(report.period.until)},
                                             {"label", report.periodLabel}}},
                     {"updated", report.lastUpdated
                                     ? json::value(json::object{{"date", report.lastUpdated->iso()},
                                                                {"by", report.updatedBy}})
                                     : json::value(nullptr)},
                     {"objectives", std::move(objectives)},
                     {"summary", json::object{{"entries", report.entries},
                                              {"withProgress", numbers(report.withProgress)},
                                              {"withoutProgress", numbers(report.withoutProgress)},
                                              {"achieved", numbers(report.achieved)}}},
                     {"calendar", std::move(calendar)},
                     {"coverage", toJson(report.coverage)}};
    return out;
}
} // namespace eqplan
