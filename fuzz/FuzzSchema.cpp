// The JSON readers on any input: the input is written to a file and read as a layout profile
// and as a commentary grammar (what loads is then used to read a header and a heading), and read
// as a document grid as the in-office reader sends it.
#include "FuzzInput.hpp"

#include "eqplan/GridJson.hpp"
#include "eqplan/PlanReader.hpp"
#include "eqplan/Progress.hpp"
#include "eqplan/Schema.hpp"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

namespace
{
// One file per fuzzing process, removed when it ends.
struct InputFile
{
    std::filesystem::path path;

    InputFile()
    {
        std::string pattern = (std::filesystem::temp_directory_path() / "eqplan-fuzz-XXXXXX").string();
        const int descriptor = ::mkstemp(pattern.data());
        if (descriptor < 0)
            std::abort();
        ::close(descriptor);
        path = pattern;
    }
    ~InputFile()
    {
        std::error_code ec;
        std::filesystem::remove(path, ec);
    }

    void write(const std::uint8_t* data, std::size_t size) const
    {
        std::FILE* file = std::fopen(path.c_str(), "wb");
        if (!file || std::fwrite(data, 1, size, file) != size)
            std::abort();
        std::fclose(file);
    }
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace eqplan;
    static const InputFile file;
    file.write(data, size);
    const Loaded<Layout> layout = loadLayout(file.path);
    if (static_cast<bool>(layout) == !layout.error.empty())
        __builtin_trap(); // a value or an error, never both or neither
    if (layout)
    {
        (void)fieldForHeader("Who's responsible?", *layout.value);
        (void)readAims("All aims of duty", *layout.value);
        (void)readCharacteristics("Race, Disability, all", *layout.value);
    }
    const Loaded<CommentaryGrammar> grammar = loadCommentaryGrammar(file.path);
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
    const Loaded<DocumentGrid> grid = gridFromJson(fuzz::asText(data, size));
    if (static_cast<bool>(grid) == !grid.error.empty())
        __builtin_trap();
    return 0;
}
