// A document's bytes as the CLI's flat ODF reader gets them from LibreOffice's export, but any
// bytes at all: read into a grid (or refused), the grid survives the JSON the
// office reader hands over, and a plan is recognised in it.
#include "FuzzInput.hpp"

#include "eqplan/GridJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/odf/FlatOdf.hpp"

#include <boost/json/serialize.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const odf::FlatOdfResult read = odf::readFlatOdfString(fuzz::asText(data, size));
    if (!read)
        return 0; // refused, with its reason in plain words
    const Loaded<DocumentGrid> sent = gridFromJson(boost::json::serialize(toJson(read.grid)));
    if (!sent || !(*sent.value == read.grid))
        __builtin_trap(); // every grid the reader gives is one the office reader can hand over
    const ReadResult result = readPlan(read.grid, fuzz::sourceSchemas());
    if (!result && result.message.empty())
        __builtin_trap(); // a failure always says why
    return 0;
}
