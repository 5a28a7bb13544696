// The JSON readers on any input: read as a layout profile and as a commentary grammar (what loads
// is then used to read a header and a heading), and read as a document grid as the in-office
// reader sends it. The text is read as loadLayout and loadCommentaryGrammar read a file's, without
// the file (writing and reading one per input cost more than the parse). The grid's reader reads
// the text first: what it finds no JSON (most of a fuzzer's inputs) the others read themselves,
// to say why; JSON is parsed once more, strictly (the grid's reader takes text that is not
// UTF-8), for both of them, as each would parse it.
#include "FuzzInput.hpp"

#include "eqplan/GridJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Progress.hpp"
#include "eqplan/Schema.hpp"

#include <boost/json/monotonic_resource.hpp>
#include <boost/json/parse.hpp>

#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    const std::string_view text = fuzz::asText(data, size);
    const Loaded<DocumentGrid> grid = gridFromJson(text);
    if (static_cast<bool>(grid) == !grid.error.empty())
        __builtin_trap(); // a value or an error, never both or neither
    boost::json::monotonic_resource memory;
    boost::system::error_code ec;
    const bool json = grid.words.key != "gridNotJson";
    const boost::json::value document =
        json ? boost::json::parse(text, ec, &memory) : boost::json::value();
    const bool parsed = json && !ec;
    const Loaded<Layout> layout =
        parsed ? layoutFromParsed(document, "fuzz.json") : layoutFromJson(text, "fuzz.json");
    if (static_cast<bool>(layout) == !layout.error.empty())
        __builtin_trap();
    if (layout)
    {
        (void)fieldForHeader("Who's responsible?", *layout.value);
        (void)readAims("All aims of duty", *layout.value);
        (void)readCharacteristics("Race, Disability, all", *layout.value);
    }
    const Loaded<CommentaryGrammar> grammar =
        parsed ? commentaryGrammarFromParsed(document, "fuzz.json")
               : commentaryGrammarFromJson(text, "fuzz.json");
    if (static_cast<bool>(grammar) == !grammar.error.empty())
        __builtin_trap();
    if (grammar)
    {
        (void)parseProgressHeading("Progress Commentary As of December 2018:", *grammar.value);
        Paragraph item;
        item.text = "· 1) An item";
        (void)parseItem(item, *grammar.value);
        const std::vector<Paragraph> paragraphs{item, item};
        (void)parseProgress(paragraphs, *grammar.value);
    }
    return 0;
}
