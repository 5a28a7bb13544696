#include "eqplan/ChecksJson.hpp"

#include "eqplan/PlanJson.hpp"
#include "eqplan/Text.hpp"

#include "JsonWalker.hpp"

#include <boost/json.hpp>

namespace eqplan
{
namespace
{
namespace json = boost::json;

json::value toJsonOf(const ReplaceText& edit)
{
    return json::object{{"kind", "replace-text"},
                        {"location", toJson(edit.location)},
                        {"find", edit.find},
                        {"replace", edit.replace},
                        {"occurrence", edit.occurrence}};
}

json::value toJsonOf(const FoldRow& edit)
{
    return json::object{{"kind", "fold-row"}, {"table", edit.table}, {"row", edit.row}};
}

json::value toJsonOf(const AddColumn& edit)
{
    return json::object{{"kind", "add-column"},
                        {"table", edit.table},
                        {"field", edit.field},
                        {"header", edit.header},
                        {"headerRow", edit.headerRow}};
}

json::value toJsonOf(const AddRow& edit)
{
    return json::object{{"kind", "add-row"},
                        {"table", edit.table},
                        {"after", edit.after},
                        {"field", edit.field},
                        {"label", edit.label}};
}

json::value toJsonOf(const WriteCell& edit)
{
    return json::object{
        {"kind", "write-cell"}, {"location", toJson(edit.location)}, {"text", edit.text}};
}

json::value toJsonOf(const RepeatHeader& edit)
{
    return json::object{
        {"kind", "repeat-header"}, {"table", edit.table}, {"headerRows", edit.headerRows}};
}
} // namespace

json::value toJson(const Edit& edit)
{
    return std::visit([](const auto& e) { return toJsonOf(e); }, edit);
}

json::value toJson(const Finding& finding)
{
    json::object out;
    out["rule"] = finding.rule;
    out["severity"] = toString(finding.severity);
    out["objective"] = finding.objective ? json::value(*finding.objective) : json::value(nullptr);
    out["location"] = finding.location ? toJson(*finding.location) : json::value(nullptr);
    out["message"] = finding.message;
    if (finding.fix)
    {
        json::array edits;
        for (const Edit& edit : finding.fix->edits)
            edits.push_back(toJson(edit));
        out["fix"] = json::object{{"description", finding.fix->description},
                                  {"safe", finding.fix->safe},
                                  {"edits", std::move(edits)}};
    }
    else
        out["fix"] = nullptr;
    return out;
}

json::value findingsToJson(const std::vector<Finding>& findings)
{
    json::array list;
    std::int64_t errors = 0, warnings = 0, infos = 0;
    for (const Finding& finding : findings)
    {
        list.push_back(toJson(finding));
        (finding.severity == Severity::Error     ? errors
         : finding.severity == Severity::Warning ? warnings
                                                 : infos)++;
    }
    return json::object{
        {"findings", std::move(list)},
        {"counts", json::object{{"error", errors}, {"warning", warnings}, {"info", infos}}}};
}

std::string ownerRegisterToJson(const OwnerRegister& owners)
{
    json::array list;
    for (const OwnerEntry& entry : owners.entries)
        list.push_back(json::object{{"code", entry.code}, {"name", entry.name}});
    return json::serialize(json::object{{"version", 1}, {"owners", std::move(list)}});
}

Loaded<OwnerRegister> ownerRegisterFromJson(std::string_view source)
{
    Loaded<OwnerRegister> result;
    std::error_code ec;
    const json::value document = json::parse(source, ec);
    if (ec)
    {
        result.error = "owner register: not valid JSON (" + ec.message() + ")";
        return result;
    }
    detail::Walker walker("owner register");
    const json::object* root = walker.object(&document, "");
    OwnerRegister owners;
    const json::array* list =
        root ? walker.array(walker.member(*root, "", "owners"), "/owners") : nullptr;
    if (list)
        for (std::size_t i = 0; i < list->size(); ++i)
        {
            const std::string path = "/owners/" + std::to_string(i);
            const json::object* entry = walker.object(&(*list)[i], path);
            if (!entry)
                continue;
            OwnerEntry owner{walker.string(*entry, path, "code"),
                             walker.string(*entry, path, "name")};
            if (walker.ok() && text::trim(owner.code).empty())
                walker.fail(path + "/code", "is empty");
            owners.entries.push_back(std::move(owner));
        }
    if (walker.ok())
        result.value = std::move(owners);
    else
        result.error = walker.error();
    return result;
}
} // namespace eqplan
