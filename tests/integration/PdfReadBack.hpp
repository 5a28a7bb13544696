// Reading a PDF back as a reader would: poppler's tools for the text and the outline, pikepdf
// for the structure tree's figures. Shared by the publishing and the report tests.
#pragma once

#include <boost/json.hpp>

#include <array>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace eqplan::test
{
// The standard output of a poppler tool, run on arguments that hold no single quote.
inline std::string tool(const std::string& command, const std::vector<std::string>& arguments)
{
    std::string line = command;
    for (const std::string& argument : arguments)
        line += " '" + argument + "'";
    line += " 2>/dev/null";
    std::string out;
    if (FILE* pipe = ::popen(line.c_str(), "r"))
    {
        std::array<char, 4096> buffer;
        for (std::size_t n; (n = std::fread(buffer.data(), 1, buffer.size(), pipe)) > 0;)
            out.append(buffer.data(), n);
        ::pclose(pipe);
    }
    return out;
}

// The text without white space and hyphens: a word LibreOffice wrapped inside a narrow cell
// ("studen\nts") or pdftotext joined at a line-end hyphen ("pre-\ninspection" gives
// "preinspection") is still found, and every other character is compared in order.
inline std::string squeezed(const std::string& s)
{
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' && c != '-')
            out += c;
    return out;
}

// The PDF's text in the order it was written, which is the reading order (cell by cell);
// without -raw, pdftotext mixes the lines of narrow neighbouring cells.
inline std::string pdfText(const std::filesystem::path& pdf)
{
    return tool("pdftotext", {"-raw", pdf.string(), "-"});
}

// The squeezed text of each page (pdftotext ends each page with a form feed).
inline std::vector<std::string> pagesOf(const std::string& text)
{
    std::vector<std::string> pages;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\f', start)) != std::string::npos; start = end + 1)
        pages.push_back(squeezed(text.substr(start, end - start)));
    pages.push_back(squeezed(text.substr(start)));
    return pages;
}

// The outline entries (bookmarks) of a PDF, in order, as pdftohtml -xml lists them.
inline std::vector<std::string> outline(const std::filesystem::path& pdf)
{
    const std::string xml = tool("pdftohtml", {"-xml", "-i", "-stdout", pdf.string()});
    std::vector<std::string> items;
    const std::regex item("<item page=\"[0-9]+\">([^<]*)</item>");
    for (auto it = std::sregex_iterator(xml.begin(), xml.end(), item); it != std::sregex_iterator();
         ++it)
    {
        std::string text = (*it)[1];
        for (const auto& [entity, character] : {std::pair<std::string, std::string>{"&amp;", "&"},
                                                {"&quot;", "\""},
                                                {"&#39;", "'"},
                                                {"&lt;", "<"},
                                                {"&gt;", ">"}})
            for (std::size_t at; (at = text.find(entity)) != std::string::npos;)
                text.replace(at, entity.size(), character);
        items.push_back(text);
    }
    return items;
}

// The alternative text of each Figure in the PDF's structure tree, in order ("" where a Figure
// has none), read with pikepdf (tests/integration/pdf_figures.py).
inline std::vector<std::string> pdfFigures(const std::filesystem::path& pdf)
{
    const std::string json =
        tool(EQPLAN_SYSTEM_PYTHON,
             {EQPLAN_SOURCE_DIR "/tests/integration/pdf_figures.py", pdf.string()});
    std::vector<std::string> out;
    boost::system::error_code ec;
    const boost::json::value list = boost::json::parse(json, ec);
    if (ec || !list.is_array())
        return {"(pdf_figures.py failed: " + json + ")"};
    for (const boost::json::value& alt : list.as_array())
        out.push_back(alt.is_string() ? std::string(alt.as_string()) : std::string());
    return out;
}
} // namespace eqplan::test
