// Publishing, the outline: each objective's first paragraph given an outline level, so that the
// PDF has a bookmark per objective; and the request by which the CLI asks the office reader to do
// it inside the office.
#include "eqplan/bridge/Publish.hpp"

#include "eqplan/bridge/Error.hpp"
#include "eqplan/bridge/Strings.hpp"
#include "ControllerLock.hpp"
#include "PublishParts.hpp"
#include "TextDocuments.hpp"

#include <boost/json.hpp>
#include <com/sun/star/beans/XPropertySet.hpp>
#include <com/sun/star/container/XEnumeration.hpp>
#include <com/sun/star/container/XEnumerationAccess.hpp>
#include <com/sun/star/text/XTextDocument.hpp>
#include <com/sun/star/text/XTextTable.hpp>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>

using namespace css;

namespace eqplan::bridge
{
using publishing::Properties;
using publishing::Range;

namespace
{
// Paragraph `index` of a cell, counted as paragraphRanges counts (tables inside are skipped);
// stops there, since every step is a call over the bridge when the office is remote.
Range nthParagraph(const uno::Reference<uno::XInterface>& cell, std::size_t index)
{
    uno::Reference<container::XEnumerationAccess> access(cell, uno::UNO_QUERY);
    if (!access.is())
        return {};
    uno::Reference<container::XEnumeration> elements = access->createEnumeration();
    for (std::size_t i = 0; elements->hasMoreElements();)
    {
        uno::Reference<uno::XInterface> element(elements->nextElement(), uno::UNO_QUERY);
        if (uno::Reference<css::text::XTextTable>(element, uno::UNO_QUERY).is())
            continue;
        if (i++ == index)
            return Range(element, uno::UNO_QUERY);
    }
    return {};
}

// Where an objective's bookmark goes (see objectiveOutlineMarks).
std::optional<OutlineMark> objectiveMark(const Plan& plan, const Objective& objective)
{
    for (const Field* field : {&objective.objective, &objective.aim, &objective.actions})
        for (const FieldParagraph& p : field->paragraphs)
        {
            if (p.paragraph.empty() || !p.location.paragraph)
                continue;
            const auto table =
                std::find_if(plan.tables.begin(), plan.tables.end(),
                             [&](const PlanTable& t) { return t.index == p.location.table; });
            if (table == plan.tables.end())
                return std::nullopt;
            return OutlineMark{table->name, p.location.cell, *p.location.paragraph};
        }
    return std::nullopt;
}
} // namespace

namespace publishing
{
void setOutlineLevel(const Range& paragraph, sal_Int16 level)
{
    Properties(paragraph, uno::UNO_QUERY_THROW)->setPropertyValue("OutlineLevel", uno::Any(level));
}
} // namespace publishing

std::vector<OutlineMark> objectiveOutlineMarks(const Plan& plan)
{
    std::vector<OutlineMark> marks;
    for (const Objective& objective : plan.objectives)
        if (std::optional<OutlineMark> mark = objectiveMark(plan, objective))
            marks.push_back(std::move(*mark));
    return marks;
}

int setOutlineLevels(const uno::Reference<lang::XComponent>& document,
                     const std::vector<OutlineMark>& marks, int level)
{
    if (!uno::Reference<css::text::XTextDocument>(document, uno::UNO_QUERY).is())
        throw Error(Error::Kind::NotReadable,
                    keyed("errorNotText", "This is not a text document."));
    const ControllerLock lock(document);
    std::map<std::string, uno::Reference<css::text::XTextTable>> tables;
    int set = 0;
    for (const OutlineMark& mark : marks)
    {
        auto [table, added] = tables.try_emplace(mark.table);
        if (added)
            table->second = tableNamed(document, mark.table);
        if (!table->second.is())
            continue;
        if (const Range paragraph = nthParagraph(table->second->getCellByName(fromUtf8(mark.cell)),
                                                 static_cast<std::size_t>(mark.paragraph));
            paragraph.is())
        {
            publishing::setOutlineLevel(paragraph, static_cast<sal_Int16>(level));
            ++set;
        }
    }
    return set;
}

std::string outlineRequestToJson(const std::vector<OutlineMark>& marks, int level)
{
    boost::json::array list;
    list.reserve(marks.size());
    for (const OutlineMark& mark : marks)
        list.push_back(boost::json::array{boost::json::string(mark.table),
                                          boost::json::string(mark.cell), mark.paragraph});
    return boost::json::serialize(
        boost::json::object{{"level", level}, {"marks", std::move(list)}});
}

std::pair<std::vector<OutlineMark>, int> outlineRequestFromJson(std::string_view json)
{
    // A request the CLI sends its office reader, never the deck: its errors stay in English.
    const auto invalid = [](const std::string& what)
    { return Error(Error::Kind::Office, "eqplan's outline request is not valid: " + what + "."); };
    boost::system::error_code ec;
    const boost::json::value request = boost::json::parse(json, ec);
    if (ec)
        throw invalid(ec.message());
    const boost::json::object* object = request.if_object();
    const boost::json::value* level = object ? object->if_contains("level") : nullptr;
    const boost::json::value* list = object ? object->if_contains("marks") : nullptr;
    if (!level || !level->is_int64() || level->get_int64() < 1 || level->get_int64() > 10)
        throw invalid("\"level\" must be a number from 1 to 10");
    if (!list || !list->is_array())
        throw invalid("\"marks\" must be a list");
    std::vector<OutlineMark> marks;
    marks.reserve(list->get_array().size());
    for (const boost::json::value& item : list->get_array())
    {
        const boost::json::array* mark = item.if_array();
        if (!mark || mark->size() != 3 || !(*mark)[0].is_string() || !(*mark)[1].is_string() ||
            !(*mark)[2].is_int64() || (*mark)[2].get_int64() < 0 ||
            (*mark)[2].get_int64() > std::numeric_limits<int>::max())
            throw invalid("each mark must be [table, cell, paragraph]");
        marks.push_back({std::string((*mark)[0].get_string()), std::string((*mark)[1].get_string()),
                         static_cast<int>((*mark)[2].get_int64())});
    }
    return {std::move(marks), static_cast<int>(level->get_int64())};
}
} // namespace eqplan::bridge
