#include "Changes.hpp"

#include <boost/json.hpp>

#include <iostream>

namespace eqplan::cli
{
boost::json::object changeReport(const std::string& command, const std::string& file)
{
    return boost::json::object{{"command", command},
                               {"file", file},
                               {"written", nullptr},
                               {"changes", boost::json::array()}};
}

void addChange(boost::json::object& report, const std::string& kind, const std::string& text,
               std::optional<int> objective)
{
    boost::json::object change{{"kind", kind}, {"text", text}};
    if (objective)
        change["objective"] = *objective;
    report["changes"].as_array().push_back(std::move(change));
}

void setWritten(boost::json::object& report, const std::string& file)
{
    report["written"] = file;
}

void printReport(const boost::json::object& report)
{
    std::cout << boost::json::serialize(report) << '\n';
}
} // namespace eqplan::cli
