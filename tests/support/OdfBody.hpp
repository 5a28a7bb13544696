// The body of a flat ODF export, for comparing a document before and after an edit and its
// undo: automatic style names replaced by what the styles say, list and tracked-change ids by
// what they refer to, meta data left out.
#pragma once

#include <pugixml.hpp>

#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

namespace eqplan::test
{
// A style as what it says, without its name and the editing session ids LibreOffice adds.
inline std::string styleContent(pugi::xml_node style)
{
    pugi::xml_document copy;
    pugi::xml_node node = copy.append_copy(style);
    node.remove_attribute("style:name");
    for (pugi::xml_node n : node.children())
        for (pugi::xml_attribute a = n.first_attribute(); a;)
        {
            pugi::xml_attribute next = a.next_attribute();
            if (std::string(a.name()).rfind("officeooo:", 0) == 0)
                n.remove_attribute(a);
            a = next;
        }
    // An empty set of properties says nothing (LibreOffice's undo of a paragraph split can leave
    // one on the paragraph); a style that says nothing but its parent is its parent.
    for (pugi::xml_node n = node.first_child(); n;)
    {
        pugi::xml_node next = n.next_sibling();
        if (n.type() == pugi::node_element && !n.first_attribute() && !n.first_child())
            node.remove_child(n);
        n = next;
    }
    bool onlyParent = !node.first_child();
    for (pugi::xml_attribute a : node.attributes())
        onlyParent = onlyParent && (std::string(a.name()) == "style:family" ||
                                    std::string(a.name()) == "style:parent-style-name");
    if (onlyParent && node.attribute("style:parent-style-name"))
        return node.attribute("style:parent-style-name").value();
    std::ostringstream out;
    node.print(out, "", pugi::format_raw);
    return out.str();
}

// Soft page breaks are where the layout happened to break pages when the file was written (the
// layout runs on idle, later under load; once it has, office:text also says it uses them): not
// content.
inline void removeSoftPageBreaks(pugi::xml_node node)
{
    node.remove_attribute("text:use-soft-page-breaks");
    for (pugi::xml_node child = node.first_child(); child;)
    {
        pugi::xml_node next = child.next_sibling();
        if (std::string_view(child.name()) == "text:soft-page-break")
            node.remove_child(child);
        else
            removeSoftPageBreaks(child);
        child = next;
    }
}

// A list's xml:id means something only to a later list that continues it by text:continue-list;
// LibreOffice writes one for any list whose id is not its style's default, and its undo does not
// always give a list back its first id. Ids nobody refers to are dropped, the others numbered in
// order of appearance, so two bodies compare equal when their lists continue the same lists.
inline void canonicalListIds(pugi::xml_node body)
{
    std::map<std::string, std::string> referenced;
    for (pugi::xpath_node list : body.select_nodes(".//text:list[@text:continue-list]"))
        referenced.emplace(list.node().attribute("text:continue-list").value(), std::string());
    int next = 0;
    for (pugi::xpath_node found : body.select_nodes(".//text:list[@xml:id]"))
    {
        pugi::xml_node list = found.node();
        const auto named = referenced.find(list.attribute("xml:id").value());
        if (named == referenced.end())
            list.remove_attribute("xml:id");
        else
        {
            named->second = "list-" + std::to_string(++next);
            list.attribute("xml:id").set_value(named->second.c_str());
        }
    }
    for (pugi::xpath_node found : body.select_nodes(".//text:list[@text:continue-list]"))
    {
        pugi::xml_attribute continued = found.node().attribute("text:continue-list");
        if (const auto named = referenced.find(continued.value());
            named != referenced.end() && !named->second.empty())
            continued.set_value(named->second.c_str());
    }
}

// A tracked change's id ("ct140153106369696") is made from where LibreOffice held it in memory,
// new at every export: ids are numbered in order of appearance instead, in the changed regions
// and in the marks that point at them.
inline void canonicalChangeIds(pugi::xml_node body)
{
    std::map<std::string, std::string> numbered;
    for (pugi::xpath_node found : body.select_nodes(".//text:changed-region"))
    {
        pugi::xml_node region = found.node();
        const std::string id = region.attribute("text:id").value();
        const std::string name = "change-" + std::to_string(numbered.size() + 1);
        numbered.emplace(id, name);
        region.attribute("text:id").set_value(name.c_str());
        if (pugi::xml_attribute xmlId = region.attribute("xml:id"))
            xmlId.set_value(name.c_str());
    }
    for (const char* mark : {".//text:change", ".//text:change-start", ".//text:change-end"})
        for (pugi::xpath_node found : body.select_nodes(mark))
        {
            pugi::xml_attribute id = found.node().attribute("text:change-id");
            if (const auto named = numbered.find(id.value()); named != numbered.end())
                id.set_value(named->second.c_str());
        }
}

inline void resolveStyles(pugi::xml_node node, const std::map<std::string, std::string>& styles)
{
    for (pugi::xml_attribute a : node.attributes())
        if (std::string(a.name()).ends_with(":style-name"))
            if (auto found = styles.find(a.value()); found != styles.end())
                a.set_value(found->second.c_str());
    for (pugi::xml_node child : node.children())
        resolveStyles(child, styles);
}

// The office:body element of a flat ODF file with each automatic style name replaced by what
// the style says: export numbers automatic styles afresh each time, and the meta data (dates,
// generator) changes with every export.
inline std::string body(const std::filesystem::path& file)
{
    pugi::xml_document xml;
    if (!xml.load_file(file.c_str()))
        return {};
    const pugi::xml_node root = xml.document_element();
    std::map<std::string, std::string> styles;
    for (pugi::xml_node style : root.child("office:automatic-styles").children("style:style"))
        styles[style.attribute("style:name").value()] = styleContent(style);
    pugi::xml_node body = root.child("office:body");
    resolveStyles(body, styles);
    removeSoftPageBreaks(body);
    canonicalListIds(body);
    canonicalChangeIds(body);
    std::ostringstream out;
    body.print(out, " ", pugi::format_indent);
    return out.str();
}

} // namespace eqplan::test
