#include "eqplan/odf/FlatOdf.hpp"

#include "OdfLists.hpp"
#include "eqplan/odf/TableGrid.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <vector>

// This reader must give the grid readGrid() reads over UNO from the same document. Where ODF
// leaves something open, it does what LibreOffice 7.4's own ODF import (xmloff) and Writer do, so
// that it sees the document LibreOffice saw when it wrote the XML.

namespace eqplan::odf
{
namespace
{
using odf::ListStyle;

constexpr const char* bullet = "\xE2\x80\xA2"; // what the UNO reader shows for an empty label
constexpr const char* officeNamespace = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
// Writer's UNO table separators are relative to this width (UNO_TABLE_COLUMN_SUM).
constexpr int relativeWidth = 10000;
// Bounds on the repetitions a document may ask for, so that a few bytes cannot ask for gigabytes.
constexpr int maxTableRows = 65536;
constexpr int maxTableColumns = 4096;
constexpr int maxRepeat = 256; // Writer's import ignores a larger table:number-columns-repeated
constexpr long maxTableCells = 4'000'000;
// How deep sections, lists and spans may nest: the reader recurses, and must not overflow.
constexpr int maxDepth = 500;

bool is(pugi::xml_node node, const char* name)
{
    return std::strcmp(node.name(), name) == 0;
}

bool hasPrefix(pugi::xml_node node, std::string_view prefix)
{
    const std::string_view name = node.name();
    return name.size() > prefix.size() && name.compare(0, prefix.size(), prefix) == 0;
}

bool isAny(pugi::xml_node node, std::initializer_list<const char*> names)
{
    return std::any_of(names.begin(), names.end(),
                       [node](const char* name) { return is(node, name); });
}

// All character data below `node`, as it stands (a field's text is not white-space processed).
void appendAllText(pugi::xml_node node, std::string& out, int depth = 0)
{
    for (pugi::xml_node child : node.children())
    {
        if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            out += child.value();
        else if (child.type() == pugi::node_element && depth < maxDepth)
            appendAllText(child, out, depth + 1);
    }
}

// fo:font-weight as UNO's CharWeight >= FontWeight::BOLD: LibreOffice maps a number (clamped to
// 100..900) to the nearest awt::FontWeight, a tie going to the heavier one, so from 650 it is bold.
std::optional<bool> boldOf(pugi::xml_node style)
{
    const pugi::xml_attribute weight =
        style.child("style:text-properties").attribute("fo:font-weight");
    if (!weight)
        return std::nullopt;
    const std::string_view value = weight.value();
    if (value == "bold")
        return true;
    if (value == "normal")
        return false;
    char* end = nullptr;
    const long number = std::strtol(weight.value(), &end, 10);
    if (end == weight.value())
        return std::nullopt; // LibreOffice ignores a weight it cannot read
    return std::clamp(number, 100L, 900L) >= 650;
}

// A length ("1.7507in", "2.5cm"...) in twips, or nothing.
std::optional<double> twips(const char* length)
{
    char* end = nullptr;
    const double value = std::strtod(length, &end);
    if (end == length || !(value >= 0))
        return std::nullopt;
    static const std::pair<std::string_view, double> units[] = {
        {"in", 1440.0}, {"cm", 1440.0 / 2.54}, {"mm", 144.0 / 2.54}, {"pt", 20.0}, {"pc", 240.0}};
    for (const auto& [unit, factor] : units)
        if (unit == end)
            return value * factor;
    return std::nullopt;
}

// Writer's column letters: A..Z, a..z, then AA, AB... (bijective base 52).
std::string columnLetters(int index)
{
    static const char letters[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    std::string out;
    for (int rest = index; rest >= 0; rest = rest / 52 - 1)
        out.insert(out.begin(), letters[rest % 52]);
    return out;
}

struct ParagraphStyle
{
    std::string unoName;                  // style:display-name, else style:name, as UNO names it
    std::string parent;                   // style:parent-style-name
    std::optional<bool> bold;             // from its fo:font-weight
    std::optional<std::string> listStyle; // style:list-style-name, when given (even empty)
    int defaultOutlineLevel = 0;          // style:default-outline-level
};

struct TextStyle
{
    std::string parent;
    std::optional<bool> bold;
};

template <class T>
using ByName = std::map<std::string, T, std::less<>>;

template <class T>
const T* find(const ByName<T>& map, std::string_view name)
{
    const auto it = map.find(name);
    return it == map.end() ? nullptr : &it->second;
}

// Where a paragraph outside a text:list gets its numbering from, by its paragraph style.
struct ListSource
{
    enum class Kind
    {
        None,    // no style in its chain names a list style
        Outline, // the chapter numbering (outline style)
        Other,   // some list style, or explicitly none ("")
    };
    Kind kind = Kind::None;
    int assignedLevel = 0; // 1..10 when the style itself is assigned to that outline level
};

// The styles of a flat ODF document, as far as the grid needs them.
class StyleSheet
{
public:
    explicit StyleSheet(pugi::xml_node document)
    {
        for (const char* part : {"office:styles", "office:automatic-styles"})
        {
            const bool automatic = std::strcmp(part, "office:automatic-styles") == 0;
            for (pugi::xml_node style : document.child(part).children())
                add(style, automatic);
        }
        assignOutlineLevels();
    }

    // The common style a paragraph with text:style-name `name` has: an automatic style stands
    // for its parent, and a style the document does not define leaves Writer's "Standard".
    std::string commonParagraphStyle(std::string_view name) const
    {
        if (const ParagraphStyle* automatic = find(m_automaticParagraph, name))
            name = automatic->parent;
        return find(m_paragraph, name) ? std::string(name) : std::string("Standard");
    }

    const ParagraphStyle* automaticParagraphStyle(std::string_view name) const
    {
        return find(m_automaticParagraph, name);
    }

    std::string unoName(std::string_view common) const
    {
        const ParagraphStyle* style = find(m_paragraph, common);
        return style ? style->unoName : std::string(common);
    }

    // The weight of a paragraph's own attributes: its automatic style, then the chain of its
    // common style, then the default paragraph style.
    bool paragraphBold(std::string_view styleName) const
    {
        if (const ParagraphStyle* automatic = find(m_automaticParagraph, styleName);
            automatic && automatic->bold)
            return *automatic->bold;
        const std::string common = commonParagraphStyle(styleName);
        std::string_view name = common;
        for (std::size_t depth = 0; depth <= m_paragraph.size(); ++depth)
        {
            const ParagraphStyle* style = find(m_paragraph, name);
            if (!style)
                break;
            if (style->bold)
                return *style->bold;
            name = style->parent;
        }
        return m_defaultBold;
    }

    // The weight a character style (automatic or common, with its parents) gives, if any.
    std::optional<bool> textBold(std::string_view name) const
    {
        const TextStyle* style = find(m_automaticText, name);
        for (std::size_t depth = 0; depth <= m_text.size() + 1; ++depth)
        {
            if (!style)
                style = find(m_text, name);
            if (!style)
                return std::nullopt;
            if (style->bold)
                return style->bold;
            name = style->parent;
            style = nullptr;
        }
        return std::nullopt;
    }

    ListSource listSource(std::string_view common) const
    {
        std::string_view name = common;
        for (std::size_t depth = 0; depth <= m_paragraph.size(); ++depth)
        {
            const ParagraphStyle* style = find(m_paragraph, name);
            if (!style)
                break;
            if (const auto it = m_assignedLevel.find(name); it != m_assignedLevel.end())
                return {ListSource::Kind::Outline, name == common ? it->second : 0};
            if (style->listStyle)
                return {*style->listStyle == outlineName ? ListSource::Kind::Outline
                                                         : ListSource::Kind::Other,
                        0};
            name = style->parent;
        }
        return {};
    }

    // A list style by name; lists whose style is missing get bullets, as in LibreOffice.
    const ListStyle& listStyle(std::string_view name) const
    {
        if (const ListStyle* style = find(m_lists, name))
            return *style;
        return m_bullets;
    }

    const ListStyle& outline() const { return m_outline; }

    // The background colour ("#rrggbb") of a cell with table:style-name `name`; empty if none.
    std::string cellShading(std::string_view name) const
    {
        const std::string* colour = find(m_cellShading, name);
        return colour ? *colour : std::string();
    }

    // The page style (master page) a paragraph or table of style `name` starts a page with;
    // empty if none.
    std::string masterPage(std::string_view name) const
    {
        const std::string* master = find(m_masterPage, name);
        return master ? *master : std::string();
    }

    // A table column's width in twips, or nothing.
    std::optional<double> columnWidth(std::string_view name) const
    {
        if (const double* width = find(m_columnWidths, name))
            return *width;
        return std::nullopt;
    }

private:
    // Writer's chapter numbering is always called this.
    static constexpr std::string_view outlineName = "Outline";

    void add(pugi::xml_node style, bool automatic)
    {
        const std::string name = style.attribute("style:name").value();
        const std::string_view family = style.attribute("style:family").value();
        if (const char* master = style.attribute("style:master-page-name").value();
            *master && is(style, "style:style") && (family == "paragraph" || family == "table"))
            m_masterPage.emplace(name, master);
        if (is(style, "style:default-style"))
        {
            if (family == "paragraph")
                m_defaultBold = boldOf(style).value_or(false);
        }
        else if (is(style, "style:style") && family == "paragraph")
        {
            ParagraphStyle paragraph;
            const pugi::xml_attribute display = style.attribute("style:display-name");
            paragraph.unoName = display ? display.value() : name;
            paragraph.parent = style.attribute("style:parent-style-name").value();
            paragraph.bold = boldOf(style);
            if (const pugi::xml_attribute list = style.attribute("style:list-style-name"))
                paragraph.listStyle = list.value();
            paragraph.defaultOutlineLevel =
                style.attribute("style:default-outline-level").as_int(0);
            (automatic ? m_automaticParagraph : m_paragraph).emplace(name, std::move(paragraph));
            if (!automatic)
                m_paragraphOrder.push_back(name);
        }
        else if (is(style, "style:style") && family == "text")
        {
            (automatic ? m_automaticText : m_text)
                .emplace(name, TextStyle{style.attribute("style:parent-style-name").value(),
                                         boldOf(style)});
        }
        else if (is(style, "style:style") && family == "table-cell")
        {
            // A cell's background as Writer imports it: a colour, or none for "transparent".
            std::string colour = style.child("style:table-cell-properties")
                                     .attribute("fo:background-color")
                                     .value();
            for (char& c : colour)
                c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
            if (colour.size() == 7 && colour[0] == '#')
                m_cellShading.emplace(name, std::move(colour));
        }
        else if (is(style, "style:style") && family == "table-column")
        {
            if (const std::optional<double> width =
                    twips(style.child("style:table-column-properties")
                              .attribute("style:column-width")
                              .value()))
                m_columnWidths.emplace(name, *width);
        }
        else if (is(style, "text:list-style"))
        {
            m_lists.emplace(name, odf::readListStyle(style));
        }
        else if (is(style, "text:outline-style"))
        {
            m_outline = odf::readListStyle(style);
        }
    }

    // Does the style, or the first of its parents that says anything about lists, have a list
    // style other than the outline? (xmloff's lcl_HasListStyle)
    bool hasOwnListStyle(std::string_view name) const
    {
        for (std::size_t depth = 0; depth <= m_paragraph.size(); ++depth)
        {
            const ParagraphStyle* style = find(m_paragraph, name);
            if (!style)
                return false;
            if (style->listStyle)
                return style->listStyle->empty() || *style->listStyle != outlineName;
            name = style->parent;
        }
        return false;
    }

    // LibreOffice's import assigns to each outline level the first paragraph style (in document
    // order) with that style:default-outline-level and no list style of its own; paragraphs of
    // that style, and of styles inheriting from it, are numbered by the outline style.
    void assignOutlineLevels()
    {
        for (int level = 1; level <= odf::listLevels; ++level)
            for (const std::string& name : m_paragraphOrder)
                if (find(m_paragraph, name)->defaultOutlineLevel == level && !hasOwnListStyle(name))
                {
                    m_assignedLevel.emplace(name, level);
                    break;
                }
    }

    ByName<ParagraphStyle> m_paragraph;
    ByName<ParagraphStyle> m_automaticParagraph;
    std::vector<std::string> m_paragraphOrder;
    ByName<int> m_assignedLevel;
    ByName<TextStyle> m_text;
    ByName<TextStyle> m_automaticText;
    ByName<ListStyle> m_lists;
    ListStyle m_outline = odf::unnumberedOutlineStyle();
    ListStyle m_bullets = odf::bulletListStyle();
    ByName<double> m_columnWidths;
    ByName<std::string> m_cellShading;
    ByName<std::string> m_masterPage; // paragraph or table style → the page style it starts
    bool m_defaultBold = false;
};

// A paragraph's text as LibreOffice's import builds it, and the spans around its first character.
struct InlineText
{
    std::string text;
    bool tracked = false;           // a tracked change starts, ends or stands in it
    bool ignoreSpace = true;        // white space is dropped at the start and after white space
    std::vector<const char*> spans; // character style names of the enclosing spans
    std::optional<std::vector<const char*>> firstSpans; // `spans` at the first character

    void started()
    {
        if (!firstSpans)
            firstSpans = spans;
    }

    // Character data: every run of white space (space, tab, CR, LF) becomes one space.
    void characters(std::string_view chars)
    {
        for (const char c : chars)
        {
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            {
                if (!ignoreSpace)
                {
                    started();
                    text += ' ';
                }
                ignoreSpace = true;
            }
            else
            {
                started();
                text += c;
                ignoreSpace = false;
            }
        }
    }

    // A character or field that is not subject to white-space processing.
    void literal(std::string_view chars)
    {
        started();
        text += chars;
        ignoreSpace = false;
    }
};

// Reads the body of a flat ODF text document into the grid, in document order, so that list
// numbering counts as Writer counts it.
class Reader
{
public:
    // `deletions`: the ids of the document's changed regions that are deletions.
    Reader(const StyleSheet& styles, std::set<std::string, std::less<>> deletions)
        : m_styles(styles), m_deletions(std::move(deletions))
    {
    }

    void readBody(pugi::xml_node text, DocumentGrid& grid)
    {
        std::vector<Paragraph> pending;
        readContent(text, pending, &grid);
        // A Writer document cannot end with a table: the import adds an empty paragraph after
        // it (LibreOffice writes that paragraph out itself).
        pugi::xml_node last = text.last_child();
        while (last && !isAny(last, {"text:p", "text:h", "text:list", "table:table", "text:section",
                                     "text:numbered-paragraph", "text:table-of-content"}))
            last = last.previous_sibling();
        if (is(last, "table:table"))
            pending.push_back(emptyParagraph());
        grid.after = std::move(pending);
    }

    // The header and footer paragraphs of the master pages the body uses, as the UNO reader
    // reads the page styles' HeaderText, HeaderTextLeft, HeaderTextFirst (and the footers'): in
    // the order the body first uses them, each followed by its next style; empty paragraphs and
    // texts already seen left out. Read after the body, so they count in no list of it.
    void readPageTexts(pugi::xml_node root, pugi::xml_node text, DocumentGrid& grid)
    {
        std::vector<std::string> used;
        const auto use = [&](std::string name)
        {
            if (!name.empty() && std::find(used.begin(), used.end(), name) == used.end())
                used.push_back(std::move(name));
        };
        // Sections nest no deeper than the body may (the body's read refuses deeper ones).
        const auto walk = [&](const auto& self, pugi::xml_node container, int depth) -> void
        {
            if (depth > maxDepth)
                return;
            for (pugi::xml_node child : container.children())
                if (isAny(child, {"text:p", "text:h", "table:table"}))
                {
                    const std::string master = m_styles.masterPage(
                        child
                            .attribute(is(child, "table:table") ? "table:style-name"
                                                                : "text:style-name")
                            .value());
                    use(used.empty() && master.empty() ? std::string("Standard") : master);
                }
                else if (isAny(child, {"text:list", "text:section"}))
                {
                    if (used.empty())
                        use("Standard");
                    if (is(child, "text:section"))
                        self(self, child, depth + 1);
                }
        };
        walk(walk, text, 0);
        std::vector<pugi::xml_node> pages;
        const pugi::xml_node masters = root.child("office:master-styles");
        for (std::size_t i = 0; i < used.size(); ++i)
        {
            const pugi::xml_node page =
                masters.find_child_by_attribute("style:master-page", "style:name", used[i].c_str());
            if (!page)
                continue;
            pages.push_back(page);
            use(page.attribute("style:next-style-name").value());
        }
        const auto take = [&](std::vector<Paragraph>& out, std::initializer_list<const char*> parts)
        {
            for (pugi::xml_node page : pages)
                for (const char* part : parts)
                {
                    const pugi::xml_node content = page.child(part);
                    if (!content ||
                        std::string_view(content.attribute("style:display").value()) == "false")
                        continue;
                    std::vector<Paragraph> read;
                    readContent(content, read, nullptr);
                    for (Paragraph& paragraph : read)
                        if (!paragraph.empty() &&
                            std::none_of(out.begin(), out.end(),
                                         [&](const Paragraph& seen)
                                         { return seen.text == paragraph.text; }))
                            out.push_back(std::move(paragraph));
                }
        };
        take(grid.pageHeaders,
             {"style:header", "style:header-left", "style:header-first", "loext:header-first"});
        take(grid.pageFooters,
             {"style:footer", "style:footer-left", "style:footer-first", "loext:footer-first"});
    }

    const Message& error() const { return m_error; }

private:
    // Counts one level of nesting while it lives; too deep a document is an error.
    class Nesting
    {
    public:
        explicit Nesting(const Reader& reader) : m_reader(reader) { ++m_reader.m_depth; }
        ~Nesting() { --m_reader.m_depth; }
        Nesting(const Nesting&) = delete;
        Nesting& operator=(const Nesting&) = delete;

        bool tooDeep() const
        {
            if (m_reader.m_depth <= maxDepth)
                return false;
            if (m_reader.m_error.english.empty())
                m_reader.m_error =
                    keyed("odfTooDeep", "The document nests its content more than {0} levels deep.",
                          {std::to_string(maxDepth)});
            return true;
        }

    private:
        const Reader& m_reader;
    };

    // Adds a paragraph read to `out`. One that follows a paragraph whose break lies inside an
    // inline deletion is joined to it, as accepting the deletion joins them (and as the UNO
    // reader reads them): it keeps the label and style of the first of them with text.
    void take(std::vector<Paragraph>& out, Paragraph paragraph)
    {
        if (m_joinNext && !out.empty())
        {
            Paragraph& joined = out.back();
            if (joined.text.empty())
            {
                paragraph.text.insert(0, joined.text);
                joined = std::move(paragraph);
            }
            else
                joined.text += paragraph.text;
            joined.tracked = true;
        }
        else
            out.push_back(std::move(paragraph));
        m_joinNext = !m_deleting.empty();
    }

    // The empty paragraph Writer adds where a text must have one.
    Paragraph emptyParagraph() const
    {
        Paragraph empty;
        empty.style = m_styles.unoName("Standard");
        empty.bold = m_styles.paragraphBold("Standard");
        return empty;
    }

    // Where a list's paragraphs are: the list they count in, its style and level.
    struct ListBlock
    {
        std::string id;
        std::string styleName;
        const ListStyle* style = nullptr;
        int level = 0;
        bool restart = false; // the next paragraph starts the numbering again
    };

    // Paragraphs, lists, sections... of a body, a section or a cell. `grid` is null inside a
    // cell: a table there is nested, and the UNO reader skips nested tables.
    void readContent(pugi::xml_node container, std::vector<Paragraph>& out, DocumentGrid* grid)
    {
        const Nesting nesting(*this);
        if (nesting.tooDeep())
            return;
        for (pugi::xml_node child : container.children())
        {
            if (!m_error.english.empty())
                return;
            if (isAny(child, {"text:p", "text:h"}))
            {
                take(out, readParagraphOutsideList(child));
            }
            else if (is(child, "text:list"))
            {
                readList(child, nullptr, false, out);
            }
            else if (is(child, "text:numbered-paragraph"))
            {
                readNumberedParagraph(child, out);
            }
            else if (is(child, "table:table"))
            {
                if (!grid)
                    continue;
                Table table = readTable(child);
                table.before = std::move(out);
                out.clear();
                grid->tables.push_back(std::move(table));
            }
            else if (isAny(child, {"text:section", "text:index-body", "text:index-title",
                                   "text:table-of-content", "text:illustration-index",
                                   "text:table-index", "text:object-index", "text:user-index",
                                   "text:alphabetical-index", "text:bibliography"}))
            {
                // Writer's body enumeration runs through sections and indexes.
                readContent(child, out, grid);
            }
        }
    }

    // A paragraph's text, style, weight at its start and outline level; no list label.
    Paragraph readParagraph(pugi::xml_node element) const
    {
        Paragraph out;
        InlineText text;
        text.tracked = !m_deleting.empty();
        readInline(element, text);
        out.text = std::move(text.text);
        out.tracked = text.tracked;
        const char* styleName = element.attribute("text:style-name").value();
        out.style = m_styles.unoName(m_styles.commonParagraphStyle(styleName));
        out.bold = m_styles.paragraphBold(styleName);
        // UNO reads CharWeight at the paragraph's start: the innermost span that says anything.
        if (text.firstSpans)
            for (auto span = text.firstSpans->rbegin(); span != text.firstSpans->rend(); ++span)
                if (const std::optional<bool> bold = m_styles.textBold(*span))
                {
                    out.bold = *bold;
                    break;
                }
        // A text:p has no outline level even if its style has one (the import resets it).
        if (is(element, "text:h"))
            out.outlineLevel = headingLevel(element);
        return out;
    }

    static int headingLevel(pugi::xml_node heading)
    {
        const int level = heading.attribute("text:outline-level").as_int(1);
        return level > 0 ? std::min(level, odf::listLevels) : 1;
    }

    void readInline(pugi::xml_node node, InlineText& out) const
    {
        const Nesting nesting(*this);
        if (nesting.tooDeep())
            return;
        for (pugi::xml_node child : node.children())
        {
            if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata)
            {
                if (m_deleting.empty())
                    out.characters(child.value());
                continue;
            }
            if (child.type() != pugi::node_element)
                continue;
            if (isAny(child, {"text:change", "text:change-start", "text:change-end"}))
            {
                // LibreOffice keeps a deletion's text in its changed region, marked here by
                // text:change; a deletion written inline, between change-start and change-end,
                // is left out the same way.
                out.tracked = true;
                const char* id = child.attribute("text:change-id").value();
                if (m_deletions.count(std::string_view(id)) == 0)
                    continue;
                if (is(child, "text:change-start"))
                    m_deleting.insert(id);
                else if (is(child, "text:change-end"))
                    m_deleting.erase(std::string(id));
                continue;
            }
            if (!m_deleting.empty())
            {
                // Inside an inline deletion only its end matters; spans may hold it.
                if (isAny(child, {"text:span", "text:a", "text:meta"}))
                    readInline(child, out);
                continue;
            }
            if (is(child, "text:s"))
            {
                const int count = std::clamp(child.attribute("text:c").as_int(1), 1, 65535);
                out.literal(std::string(static_cast<std::size_t>(count), ' '));
            }
            else if (is(child, "text:tab"))
            {
                out.literal("\t");
            }
            else if (is(child, "text:line-break"))
            {
                out.literal("\n");
            }
            else if (isAny(child, {"text:span", "text:a"}))
            {
                out.spans.push_back(child.attribute("text:style-name").value());
                readInline(child, out);
                out.spans.pop_back();
            }
            else if (isAny(child, {"text:meta", "text:meta-field", "text:ruby", "text:ruby-base",
                                   "loext:content-control"}))
            {
                readInline(child, out);
            }
            else if (is(child, "text:note"))
            {
                // getString() shows a footnote by its citation; its body is not body text.
                std::string citation;
                appendAllText(child.child("text:note-citation"), citation);
                out.literal(citation);
            }
            else if (isAny(child, {"office:annotation", "office:annotation-end"}))
            {
                // A comment is a field whose text getString() leaves out.
                if (is(child, "office:annotation"))
                    out.started();
                out.ignoreSpace = false;
            }
            else if (hasPrefix(child, "text:") &&
                     !isAny(child, {"text:ruby-text",
                                    "text:bookmark",
                                    "text:bookmark-start",
                                    "text:bookmark-end",
                                    "text:reference-mark",
                                    "text:reference-mark-start",
                                    "text:reference-mark-end",
                                    "text:soft-page-break",
                                    "text:toc-mark",
                                    "text:toc-mark-start",
                                    "text:toc-mark-end",
                                    "text:user-index-mark",
                                    "text:user-index-mark-start",
                                    "text:user-index-mark-end",
                                    "text:alphabetical-index-mark",
                                    "text:alphabetical-index-mark-start",
                                    "text:alphabetical-index-mark-end",
                                    "text:number"}))
            {
                // Any other text element is a field: it shows its content as it stands.
                std::string content;
                appendAllText(child, content);
                out.literal(content);
            }
            // Frames and shapes, marks and anything LibreOffice does not know add no text.
        }
    }

    static std::string shownLabel(bool counted, std::string label)
    {
        // Writer's ListLabelString is empty for a bullet and for a level without a number; the
        // UNO reader shows a bullet for every such paragraph that is counted in its list.
        if (!counted)
            return {};
        return label.empty() ? std::string(bullet) : label;
    }

    // A paragraph outside any text:list: only the outline style can number it, as decided by
    // xmloff's XMLTextImportHelper::SetStyleAndAttrs.
    Paragraph readParagraphOutsideList(pugi::xml_node element)
    {
        Paragraph paragraph = readParagraph(element);
        const bool heading = is(element, "text:h");
        const char* styleName = element.attribute("text:style-name").value();
        // A list style on the automatic style takes the paragraph out of the outline.
        if (const ParagraphStyle* automatic = m_styles.automaticParagraphStyle(styleName);
            automatic && automatic->listStyle)
            return paragraph;
        const ListSource source = m_styles.listSource(m_styles.commonParagraphStyle(styleName));
        int level = 0;
        if (heading &&
            (source.kind == ListSource::Kind::Outline || source.kind == ListSource::Kind::None))
            level = headingLevel(element) - 1;
        else if (!heading && source.kind == ListSource::Kind::Outline)
            level = source.assignedLevel > 0 ? source.assignedLevel - 1 : 0;
        else
            return paragraph;

        const bool counted = !(
            heading && std::strcmp(element.attribute("text:is-list-header").value(), "true") == 0);
        // A heading restarts the outline numbering with text:restart-numbering or a start value.
        std::optional<int> restartAt;
        const pugi::xml_attribute startValue = element.attribute("text:start-value");
        if (heading &&
            (std::strcmp(element.attribute("text:restart-numbering").value(), "true") == 0 ||
             startValue))
            restartAt = std::clamp(
                startValue.as_int(
                    m_styles.outline().levels[static_cast<std::size_t>(level)].startValue),
                0, 32767);
        const ListStyle& outline = m_styles.outline();
        const odf::ListNumbers& numbers =
            m_counters.add(outlineListId, level, counted, restartAt, outline);
        paragraph.listLabel = shownLabel(counted, odf::listLabel(outline, level, numbers));
        return paragraph;
    }

    void readList(pugi::xml_node list, ListBlock* parent, bool restartAtSubList,
                  std::vector<Paragraph>& out)
    {
        const Nesting nesting(*this);
        if (nesting.tooDeep())
            return;
        ListBlock block;
        const char* styleName = list.attribute("text:style-name").value();
        block.styleName = *styleName || !parent ? styleName : parent->styleName;
        block.style = &m_styles.listStyle(block.styleName);
        if (parent)
        {
            block.id = parent->id;
            block.level = std::min(parent->level + 1, odf::listLevels - 1);
            // The second sub-list of one item starts again (XMLTextListItemContext).
            block.restart = parent->restart || restartAtSubList;
        }
        else
        {
            block.id = m_ids.beginList(list, block.styleName);
            const pugi::xml_attribute continueNumbering = list.attribute("text:continue-numbering");
            block.restart =
                continueNumbering && std::strcmp(continueNumbering.value(), "true") != 0;
        }
        for (pugi::xml_node item : list.children())
            if (isAny(item, {"text:list-item", "text:list-header"}))
                readListItem(item, block, out);
        // A restart no paragraph of the sub-list took passes back to the parent list.
        if (parent)
            parent->restart = block.restart;
    }

    void readListItem(pugi::xml_node item, ListBlock& block, std::vector<Paragraph>& out)
    {
        const bool header = is(item, "text:list-header");
        // Only the item's first paragraph is numbered; one after it, or after a sub-list, is in
        // the list but not counted, like every paragraph of a list header.
        bool numbered = !header;
        std::optional<int> startValue;
        if (const pugi::xml_attribute start = item.attribute("text:start-value"); start && !header)
            if (const int value = start.as_int(-1); value >= 0 && value <= 32767)
                startValue = value;
        const char* overrideName = item.attribute("text:style-override").value();
        int subLists = 0;
        for (pugi::xml_node child : item.children())
        {
            if (!m_error.english.empty())
                return;
            if (isAny(child, {"text:p", "text:h"}))
            {
                const ListStyle& style =
                    *overrideName && numbered ? m_styles.listStyle(overrideName) : *block.style;
                std::optional<int> restartAt;
                if (numbered && startValue)
                    restartAt = startValue;
                else if (block.restart)
                    restartAt = style.levels[static_cast<std::size_t>(block.level)].startValue;
                block.restart = false;
                take(out,
                     readListParagraph(child, block.id, block.level, numbered, restartAt, style));
                numbered = false;
            }
            else if (is(child, "text:list"))
            {
                readList(child, &block, ++subLists > 1, out);
                numbered = false;
            }
        }
    }

    Paragraph readListParagraph(pugi::xml_node element, const std::string& id, int level,
                                bool counted, std::optional<int> restartAt, const ListStyle& style)
    {
        Paragraph paragraph = readParagraph(element);
        const odf::ListNumbers& numbers = m_counters.add(id, level, counted, restartAt, style);
        paragraph.listLabel =
            shownLabel(counted, counted ? odf::listLabel(style, level, numbers) : "");
        return paragraph;
    }

    // ODF's other way to write a list paragraph; LibreOffice itself writes text:list.
    void readNumberedParagraph(pugi::xml_node element, std::vector<Paragraph>& out)
    {
        std::string id = element.attribute("text:list-id").value();
        if (id.empty())
            id = m_ids.generate();
        const int level =
            std::clamp(element.attribute("text:level").as_int(1), 1, odf::listLevels) - 1;
        const ListStyle& style = m_styles.listStyle(element.attribute("text:style-name").value());
        std::optional<int> restartAt;
        if (const pugi::xml_attribute start = element.attribute("text:start-value"))
            restartAt = std::clamp(start.as_int(1), 0, 32767);
        bool counted = std::strcmp(element.attribute("text:is-list-header").value(), "true") != 0;
        for (pugi::xml_node child : element.children())
            if (isAny(child, {"text:p", "text:h"}))
            {
                take(out, readListParagraph(child, id, level, counted, restartAt, style));
                counted = false;
                restartAt.reset();
            }
    }

    Table readTable(pugi::xml_node element);

    const StyleSheet& m_styles;
    const std::set<std::string, std::less<>> m_deletions;
    // Inline deletions open where the reading is; one may run over paragraphs.
    mutable std::set<std::string, std::less<>> m_deleting;
    bool m_joinNext = false; // the last paragraph read ended inside an inline deletion
    odf::ListIds m_ids;
    odf::ListCounters m_counters;
    long m_cellCount = 0;
    mutable int m_depth = 0;
    mutable Message m_error; // the first error met, keyed; none while its English is empty

    // The outline's list id: a space keeps it apart from every xml:id.
    static inline const std::string outlineListId = " outline";
};

// How often Writer's import repeats a column or a cell: a count over 256 it ignores.
int writerRepeat(pugi::xml_node node)
{
    const int repeat = node.attribute("table:number-columns-repeated").as_int(1);
    return repeat >= 1 && repeat <= maxRepeat ? repeat : 1;
}

// The widths of a table's columns (in column containers, repeated), where styles give them.
// Their number is the number of columns Writer gives the table.
void collectColumns(pugi::xml_node parent, const StyleSheet& styles,
                    std::vector<std::optional<double>>& widths)
{
    for (pugi::xml_node child : parent.children())
    {
        if (is(child, "table:table-column"))
        {
            const std::optional<double> width =
                styles.columnWidth(child.attribute("table:style-name").value());
            for (int i = writerRepeat(child); i > 0 && widths.size() < maxTableColumns; --i)
                widths.push_back(width);
        }
        else if (isAny(child, {"table:table-columns", "table:table-header-columns"}))
        {
            collectColumns(child, styles, widths);
        }
    }
}

// The rows of a table, as Writer's import finds them: header rows, rows and row containers.
// Writer 7.4 reads a repeated row once and skips table:table-row-group (LibreOffice writes
// neither in a text document), and so does this reader.
bool collectRows(pugi::xml_node parent, std::vector<pugi::xml_node>& rows)
{
    for (pugi::xml_node child : parent.children())
    {
        if (is(child, "table:table-row"))
        {
            if (rows.size() >= maxTableRows)
                return false;
            rows.push_back(child);
        }
        else if (isAny(child, {"table:table-header-rows", "table:table-rows"}))
        {
            if (!collectRows(child, rows))
                return false;
        }
    }
    return true;
}

Table Reader::readTable(pugi::xml_node element)
{
    Table out;
    out.name = element.attribute("table:name").value();
    std::vector<pugi::xml_node> rows;
    if (!collectRows(element, rows))
    {
        m_error = keyed("odfTooManyRows", "Table \"{0}\" has more than {1} rows.",
                        {out.name, std::to_string(maxTableRows)});
        return out;
    }
    out.rows = static_cast<int>(rows.size());
    // Writer writes the rows it repeats atop each page, and only those, as header rows.
    out.repeatedHeaderRows = 0;
    for (pugi::xml_node child : element.children("table:table-header-rows"))
        out.repeatedHeaderRows =
            *out.repeatedHeaderRows +
            static_cast<int>(std::distance(child.children("table:table-row").begin(),
                                           child.children("table:table-row").end()));

    // Writer's boxes, row by row: every cell, and where a cell merged down from a row above
    // starts, one covered box as wide as that cell. A box is named by its index in its row.
    struct Box
    {
        int start = 0;
        int width = 1;
        int cell = -1; // index in `cells`, or -1 for a covered box
    };
    struct Placed
    {
        pugi::xml_node node; // null for the empty cell Writer adds to a short row
        int row = 0;
        int start = 0;
        int width = 1;
        int rowSpan = 1;
        std::string name;
    };
    std::vector<std::vector<Box>> boxes(rows.size());
    std::vector<Placed> cells;
    struct Reach
    {
        int cell = -1;
        int lastRow = -1;
    };

    // Writer's import makes the table as wide as its table:table-column elements say (at least
    // one column), puts each cell at the next position no merged cell uses (covered cells only
    // mark such positions), drops cells beyond the last column and fills what a row leaves
    // free with empty cells. For a table LibreOffice wrote, that is simply the ODF layout.
    std::vector<std::optional<double>> widths;
    collectColumns(element, m_styles, widths);
    if (widths.empty())
        widths.emplace_back();
    const int columnCount = static_cast<int>(widths.size());
    std::vector<Reach> reach(widths.size()); // per column: the cell there, down to which row
    for (std::size_t r = 0; r < rows.size(); ++r)
    {
        const int row = static_cast<int>(r);
        std::vector<Box>& rowBoxes = boxes[r];
        const auto used = [&](int column)
        { return reach[static_cast<std::size_t>(column)].lastRow >= row; };
        for (int column = 0; column < columnCount; ++column)
        {
            const Reach& by = reach[static_cast<std::size_t>(column)];
            if (by.cell < 0 || by.lastRow < row)
                continue;
            const Placed& owner = cells[static_cast<std::size_t>(by.cell)];
            if (owner.row < row && owner.start == column)
                rowBoxes.push_back({column, owner.width, -1});
        }
        int column = 0;
        const auto place = [&](pugi::xml_node node, int width, int rowSpan)
        {
            Placed placed;
            placed.node = node;
            placed.row = row;
            placed.start = column;
            placed.width = std::clamp(width, 1, columnCount - column);
            placed.rowSpan = std::clamp(rowSpan, 1, out.rows - row);
            const int index = static_cast<int>(cells.size());
            for (int c = column; c < column + placed.width; ++c)
                reach[static_cast<std::size_t>(c)] = {index, row + placed.rowSpan - 1};
            rowBoxes.push_back({column, placed.width, index});
            column += placed.width;
            cells.push_back(std::move(placed));
        };
        for (pugi::xml_node cell : rows[r].children("table:table-cell"))
            for (int i = writerRepeat(cell); i > 0; --i)
            {
                while (column < columnCount && used(column))
                    ++column;
                if (column >= columnCount)
                    break;
                if (++m_cellCount > maxTableCells)
                {
                    m_error =
                        keyed("odfTooManyCells", "The document has more than {0} table cells.",
                              {std::to_string(maxTableCells)});
                    return out;
                }
                place(cell, cell.attribute("table:number-columns-spanned").as_int(1),
                      cell.attribute("table:number-rows-spanned").as_int(1));
            }
        for (;;)
        {
            while (column < columnCount && used(column))
                ++column;
            if (column >= columnCount)
                break;
            int end = column;
            while (end < columnCount && !used(end))
                ++end;
            place(pugi::xml_node(), end - column, 1);
        }
        std::sort(rowBoxes.begin(), rowBoxes.end(),
                  [](const Box& a, const Box& b) { return a.start < b.start; });
        for (std::size_t b = 0; b < rowBoxes.size(); ++b)
            if (rowBoxes[b].cell >= 0)
                cells[static_cast<std::size_t>(rowBoxes[b].cell)].name =
                    columnLetters(static_cast<int>(b)) + std::to_string(row + 1);
    }

    // Where each ODF column starts, in the UNO reader's relative units: from the column widths
    // where the document gives them all, else evenly.
    std::vector<double> edges(static_cast<std::size_t>(columnCount) + 1, 0.0);
    const bool measured =
        std::all_of(widths.begin(), widths.end(), [](const auto& w) { return w && *w > 0; });
    for (int c = 0; c < columnCount; ++c)
        edges[static_cast<std::size_t>(c) + 1] =
            edges[static_cast<std::size_t>(c)] +
            (measured ? std::round(*widths[static_cast<std::size_t>(c)]) : 1.0);
    const double total = edges.back() > 0 ? edges.back() : 1.0;
    const auto relative = [&](int column)
    {
        return static_cast<int>(
            std::lround(edges[static_cast<std::size_t>(column)] * relativeWidth / total));
    };

    // The grid as the UNO reader builds it from each row's separators (GridReader.cpp).
    std::vector<std::vector<int>> rowBoundaries(rows.size());
    for (std::size_t r = 0; r < rows.size(); ++r)
    {
        std::vector<int>& boundaries = rowBoundaries[r];
        boundaries.push_back(0);
        for (std::size_t b = 1; b < boxes[r].size(); ++b)
            boundaries.push_back(relative(boxes[r][b].start));
        boundaries.push_back(relativeWidth);
    }
    const std::vector<int> grid = columnGrid(rowBoundaries, relativeWidth);
    out.columns = static_cast<int>(grid.size()) - 1;

    // The cells, in document order so that their lists count in Writer's order.
    for (std::size_t r = 0; r < rows.size(); ++r)
    {
        const std::vector<int>& boundaries = rowBoundaries[r];
        for (std::size_t b = 0; b < boxes[r].size(); ++b)
        {
            if (boxes[r][b].cell < 0)
                continue;
            Placed& placed = cells[static_cast<std::size_t>(boxes[r][b].cell)];
            // A cell split into sub-cells has no place on the grid (UNO names them "A1.1.1").
            bool split = false;
            for (pugi::xml_node child : placed.node.children("table:table"))
                split = split || child.attribute("table:is-sub-table").as_bool();
            if (split)
                continue;
            Cell cell;
            cell.name = std::move(placed.name);
            cell.row = placed.row;
            const GridPlace place = placeOnGrid(grid, boundaries[b], boundaries[b + 1]);
            cell.column = place.column;
            cell.columnSpan = place.columnSpan;
            cell.rowSpan = placed.rowSpan;
            cell.shading = m_styles.cellShading(placed.node.attribute("table:style-name").value());
            readContent(placed.node, cell.paragraphs, nullptr);
            // Every Writer cell has a paragraph, unless it holds (only) a nested table.
            if (cell.paragraphs.empty() && !placed.node.child("table:table"))
                cell.paragraphs.push_back(emptyParagraph());
            out.cells.push_back(std::move(cell));
        }
    }
    std::stable_sort(out.cells.begin(), out.cells.end(),
                     [](const Cell& a, const Cell& b)
                     { return a.row != b.row ? a.row < b.row : a.column < b.column; });
    return out;
}

FlatOdfResult failure(Message message)
{
    std::string english = message.english;
    return FlatOdfResult{{}, std::move(english), std::move(message)};
}

FlatOdfResult read(const pugi::xml_document& document)
{
    const pugi::xml_node root = document.document_element();
    if (!is(root, "office:document"))
        return failure(keyed("odfNotFlat",
                             "This is not flat ODF: the document element is <{0}>, not "
                             "<office:document>.",
                             {root.name()}));
    if (std::strcmp(root.attribute("xmlns:office").value(), officeNamespace) != 0)
        return failure(keyed("odfNotOfficeNamespace",
                             "This is not flat ODF as LibreOffice writes it: the prefix "
                             "\"office\" is not bound to the ODF office namespace."));
    const pugi::xml_node text = root.child("office:body").child("office:text");
    if (!text)
        return failure(keyed("errorNotText", "This is not a text document."));

    FlatOdfResult result;
    appendAllText(root.child("office:meta").child("dc:title"), result.grid.title);
    // The columns the user assigned (DocumentGrid::columnAssignments), a custom property.
    for (pugi::xml_node property : root.child("office:meta").children("meta:user-defined"))
        if (std::strcmp(property.attribute("meta:name").value(), "EqplanColumns") == 0)
            appendAllText(property, result.grid.columnAssignments);
    const StyleSheet styles(root);
    std::set<std::string, std::less<>> deletions;
    for (pugi::xml_node region : text.child("text:tracked-changes").children("text:changed-region"))
        if (region.child("text:deletion"))
            for (const char* id : {"text:id", "xml:id"})
                if (*region.attribute(id).value())
                    deletions.insert(region.attribute(id).value());
    Reader reader(styles, std::move(deletions));
    reader.readBody(text, result.grid);
    if (reader.error().english.empty())
        reader.readPageTexts(root, text, result.grid);
    if (!reader.error().english.empty())
        return failure(reader.error());
    return result;
}

// Mixed content keeps its white space (a space between two spans is text); LibreOffice's rules
// for white space are applied when reading a paragraph.
constexpr unsigned parseOptions = pugi::parse_default | pugi::parse_ws_pcdata;

// pugixml's description stays its own (English) words.
Message describe(const pugi::xml_parse_result& parsed)
{
    return keyed("odfNotWellFormed", "The flat ODF XML is not well-formed: {0} at offset {1}.",
                 {parsed.description(), std::to_string(parsed.offset)});
}
} // namespace

FlatOdfResult readFlatOdf(const std::filesystem::path& file)
{
    pugi::xml_document document;
    const pugi::xml_parse_result parsed = document.load_file(file.c_str(), parseOptions);
    if (parsed.status == pugi::status_file_not_found || parsed.status == pugi::status_io_error ||
        parsed.status == pugi::status_out_of_memory)
        return failure(
            keyed("odfCannotRead", "Cannot read {0}: {1}.", {file.string(), parsed.description()}));
    if (!parsed)
        return failure(describe(parsed));
    return read(document);
}

FlatOdfResult readFlatOdfString(std::string_view xml)
{
    pugi::xml_document document;
    const pugi::xml_parse_result parsed =
        document.load_buffer(xml.data(), xml.size(), parseOptions);
    if (!parsed)
        return failure(describe(parsed));
    return read(document);
}
} // namespace eqplan::odf
