// Size and time limits before and while LibreOffice opens a document. Issue 18, item 6: a 1 MB
// .docx holding a 1 GB document.xml drove LibreOffice to 7 GB of memory, and export-pdf on it ran
// past three minutes.
#include "WriteHelpers.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>

namespace
{
using namespace eqplan::test;

// A copy of the seed plan whose word/document.xml is followed by `padding` bytes of `filler`
// (whitespace after the root element is still XML), or `paragraphs` more paragraphs; deflated,
// it stays small on disk.
fs::path padded(const std::string& name, const std::string& python)
{
    const fs::path folder = makeTempFolder("eqplan-size-test-");
    const fs::path seed = fs::path(EQPLAN_FIXTURE_DIR) / "seed-action-plan-2018-2021.docx";
    const fs::path file = folder / name;
    const std::string script =
        "import sys, zipfile\n"
        "src, dst = sys.argv[1], sys.argv[2]\n"
        "with zipfile.ZipFile(src) as a, zipfile.ZipFile(dst, 'w', zipfile.ZIP_DEFLATED) as b:\n"
        "    for info in a.infolist():\n"
        "        data = a.read(info.filename)\n"
        "        if info.filename != 'word/document.xml':\n"
        "            b.writestr(info, data)\n"
        "            continue\n"
        "        with b.open('word/document.xml', 'w', force_zip64=True) as out:\n" +
        python;
    const fs::path scriptFile = folder / "make.py";
    std::ofstream(scriptFile) << script;
    const std::string command = "python3 '" + scriptFile.string() + "' '" + seed.string() +
                                "' '" + file.string() + "'";
    EXPECT_EQ(std::system(command.c_str()), 0) << command;
    fs::remove(scriptFile);
    return file;
}

TEST(SizeLimits, ZipBombIsRefusedBeforeLibreOfficeOpensIt)
{
    // 210 MB of spaces after the document: about 200 KB on disk.
    const fs::path file =
        padded("bomb.docx", "            out.write(data)\n"
                            "            for _ in range(210):\n"
                            "                out.write(b' ' * 1000000)\n");
    EXPECT_LT(fs::file_size(file), 1'000'000u);
    const std::string before = readFile(file);
    for (const char* command : {"inspect", "update"})
    {
        std::vector<std::string> arguments{command, file.string()};
        if (std::string(command) == "update")
            arguments.insert(arguments.end(),
                             {"--objective", "1", "--date", "2026-11", "--item", "Bomb"});
        const auto started = std::chrono::steady_clock::now();
        const CliRun result = runCli(arguments);
        expectClean(result, std::string("eqplan ") + command + " on a zip bomb");
        EXPECT_EQ(result.exitCode, 3) << command;
        EXPECT_EQ(result.err,
                  "eqplan " + std::string(command) +
                      ": bomb.docx unpacks to 210 MB (word/document.xml alone is "
                      "210 MB), over eqplan's limit of 200 MB; it was not opened. If it "
                      "is a real plan, run again with --max-size 211 (MB).\n")
            << command;
        // Refused from the zip's directory: no time spent unpacking.
        EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(15));
    }
    EXPECT_TRUE(readFile(file) == before);
    const CliRun lower = runCli({"inspect", "--max-size", "100", file.string()});
    EXPECT_EQ(lower.exitCode, 3);
    EXPECT_NE(lower.err.find("over eqplan's limit of 100 MB"), std::string::npos) << lower.err;
    EXPECT_EQ(std::vector<std::string>{file.filename().string()},
              [&]
              {
                  std::vector<std::string> names;
                  for (const fs::directory_entry& e : fs::directory_iterator(file.parent_path()))
                      names.push_back(e.path().filename().string());
                  return names;
              }());
    fs::remove_all(file.parent_path());
}

TEST(SizeLimits, MaxSizeTakesAWholeNumberOfMegabytes)
{
    for (const char* bad : {"0", "big", "-5", "1.5"})
    {
        const CliRun result = runCli({"inspect", "--max-size", bad, "plan.docx"});
        expectClean(result, std::string("--max-size ") + bad);
        EXPECT_EQ(result.exitCode, 2) << bad;
        EXPECT_EQ(result.err,
                  "eqplan inspect: --max-size takes the most a document may unpack to in MB, "
                  "e.g. --max-size 500\n\nUsage: eqplan inspect FILE... [--json|--csv] "
                  "[--jobs N] [--explain] [--reader office|odf|uno]\n(eqplan help inspect "
                  "tells more)\n")
            << bad;
    }
}

TEST(SizeLimits, LoadPastTheTimeLimitIsStoppedAndSaidInWords)
{
    // 200 000 paragraphs: a few MB on disk, many seconds for LibreOffice to load.
    const fs::path file = padded(
        "long.docx", "            head, tail = data.split(b'</w:body>')\n"
                     "            out.write(head)\n"
                     "            p = b'<w:p><w:r><w:t>Filler paragraph</w:t></w:r></w:p>'\n"
                     "            for _ in range(200):\n"
                     "                out.write(p * 1000)\n"
                     "            out.write(b'</w:body>' + tail)\n");
    const std::string before = readFile(file);
    const auto started = std::chrono::steady_clock::now();
    const CliRun result = runCli({"update", file.string(), "--max-load-time", "1", "--objective",
                                  "1", "--date", "2026-11", "--item", "Slow"});
    expectClean(result, "a load past its time limit");
    EXPECT_EQ(result.exitCode, 3);
    EXPECT_EQ(result.err, "eqplan update: LibreOffice took over 1 second to open long.docx and was "
                          "stopped; it was not changed. If it is a real plan, run again with "
                          "--max-load-time 5 (seconds).\n");
    EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(20));
    EXPECT_TRUE(readFile(file) == before);
    fs::remove_all(file.parent_path());
}
} // namespace
