#include "eqplan/History.hpp"

#include <boost/json.hpp>

#include <cstdio>

namespace eqplan
{
namespace
{
namespace json = boost::json;

std::string isoDay(std::chrono::year_month_day day)
{
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()), static_cast<unsigned>(day.day()));
    return buffer;
}

std::optional<std::chrono::year_month_day> parseIsoDay(std::string_view text)
{
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    char tail = 0;
    if (text.size() != 10 ||
        std::sscanf(std::string(text).c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &tail) != 3)
        return std::nullopt;
    const std::chrono::year_month_day day{std::chrono::year{y} / std::chrono::month{m} /
                                          std::chrono::day{d}};
    return day.ok() ? std::optional(day) : std::nullopt;
}

json::object toObject(const HistoryEntry& entry)
{
    json::object out{{"date", isoDay(entry.date)}, {"who", entry.who}, {"what", entry.what}};
    out["objective"] = entry.objective ? json::value(*entry.objective) : json::value(nullptr);
    return out;
}
} // namespace

std::string historyToJson(const std::vector<HistoryEntry>& history)
{
    json::array changes;
    for (const HistoryEntry& entry : history)
        changes.push_back(toObject(entry));
    return json::serialize(json::object{{"version", 1}, {"changes", std::move(changes)}});
}

Loaded<std::vector<HistoryEntry>> historyFromJson(std::string_view text)
{
    Loaded<std::vector<HistoryEntry>> out;
    boost::system::error_code ec;
    const json::value root = json::parse(text, ec);
    if (ec)
    {
        out.error = "history: not JSON (" + ec.message() + ")";
        return out;
    }
    const json::object* object = root.if_object();
    const json::value* changes = object ? object->if_contains("changes") : nullptr;
    if (!changes || !changes->is_array())
    {
        out.error = "history: /changes: expected an array";
        return out;
    }
    std::vector<HistoryEntry> history;
    std::size_t index = 0;
    for (const json::value& change : changes->get_array())
    {
        const std::string path = "history: /changes/" + std::to_string(index++);
        const json::object* entry = change.if_object();
        if (!entry)
        {
            out.error = path + ": expected an object";
            return out;
        }
        const json::value* date = entry->if_contains("date");
        const std::optional<std::chrono::year_month_day> day =
            date && date->is_string() ? parseIsoDay(date->get_string()) : std::nullopt;
        if (!day)
        {
            out.error = path + "/date: expected a day such as 2026-11-23";
            return out;
        }
        HistoryEntry read{*day, {}, {}, {}};
        for (const char* key : {"who", "what"})
        {
            const json::value* value = entry->if_contains(key);
            if (!value || !value->is_string())
            {
                out.error = path + "/" + key + ": expected a string";
                return out;
            }
            (std::string_view(key) == "who" ? read.who : read.what) = value->get_string();
        }
        if (const json::value* objective = entry->if_contains("objective");
            objective && !objective->is_null())
        {
            if (!objective->is_int64())
            {
                out.error = path + "/objective: expected a number or null";
                return out;
            }
            read.objective = static_cast<int>(objective->get_int64());
        }
        history.push_back(std::move(read));
    }
    out.value = std::move(history);
    return out;
}

std::string appendHistory(const std::optional<std::string>& stored, const HistoryEntry& entry)
{
    std::vector<HistoryEntry> history;
    std::optional<std::string> unreadable;
    if (stored)
    {
        Loaded<std::vector<HistoryEntry>> read = historyFromJson(*stored);
        if (read)
            history = std::move(*read.value);
        else
            unreadable = *stored;
    }
    history.push_back(entry);
    if (!unreadable)
        return historyToJson(history);
    json::value out = json::parse(historyToJson(history));
    out.as_object()["unreadable"] = *unreadable;
    return json::serialize(out);
}

std::string progressSummary(const PlanDate& date, std::size_t points)
{
    return "Added progress for " + date.iso() + ": " + std::to_string(points) +
           (points == 1 ? " point" : " points");
}
} // namespace eqplan
