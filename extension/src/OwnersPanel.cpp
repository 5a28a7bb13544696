#include "OwnersPanel.hpp"

#include "Catalogue.hpp"
#include "PanelText.hpp"
#include "UiStrings.hpp"

#include "eqplan/Text.hpp"
#include "eqplan/bridge/Error.hpp"

#include <algorithm>

using namespace css;

namespace eqplan::sidebar
{
OwnersPanel::OwnersPanel(const uno::Reference<uno::XComponentContext>& context,
                         const uno::Reference<frame::XFrame>& frame,
                         const uno::Reference<awt::XWindow>& parent,
                         const uno::Reference<css::ui::XSidebar>& sidebar,
                         const rtl::OUString& resourceUrl)
    : Panel(context, frame, parent, sidebar, resourceUrl, "OwnersPanel")
{
}

std::vector<Panel::Slot> OwnersPanel::slots() const
{
    const bool plan = session().hasPlan();
    const int rows = static_cast<int>(std::clamp<std::size_t>(m_owners.size(), 3, 10));
    return {
        {"ownersLabel", 0, true}, {"owners", rows * 18 + 6, plan}, {"nameLabel", 0, plan},
        {"name", 24, plan},       {"save", 28, plan},            {"renameLabel", 0, plan},
        {"newName", 24, plan},    {"rename", 28, plan},          {"status", 0, !m_status.empty()},
    };
}

std::vector<const char*> OwnersPanel::writingControls() const
{
    return {"name", "save", "newName", "rename"};
}

void OwnersPanel::planChanged()
{
    setText("nameLabel", ui::ownerNameLabel);
    setText("save", ui::saveOwner);
    setText("renameLabel", ui::renameLabel);
    setText("rename", ui::renameOwner);
    if (!session().hasPlan())
    {
        m_owners.clear();
        setText("ownersLabel", ui::noPlanForOwners);
        layout();
        return;
    }
    setText("ownersLabel", ui::ownersLabel);
    const Plan& plan = session().result()->plan;
    const std::optional<OwnerRegister>& owners = session().owners();
    std::vector<std::string> items;
    m_owners.clear();
    for (const Owner& owner : plan.owners)
    {
        const OwnerEntry* entry = owners ? owners->find(owner.name) : nullptr;
        std::vector<std::string> numbers;
        for (int n : owner.objectives)
            numbers.push_back(std::to_string(n));
        items.push_back(owner.name + " — " + (entry ? entry->name : std::string(ui::notRegistered)) +
                        " · " + joined(numbers, ", "));
        m_owners.push_back(owner.name);
    }
    setItems("owners", items);
    if (m_selected && *m_selected >= m_owners.size())
        m_selected.reset();
    setText("status", m_status);
    layout();
}

void OwnersPanel::onSelect(const std::string& control, sal_Int32 position)
{
    if (control != "owners" || position < 0 || position >= static_cast<sal_Int32>(m_owners.size()))
        return;
    m_selected = static_cast<std::size_t>(position);
    const std::optional<OwnerRegister>& owners = session().owners();
    const OwnerEntry* entry = owners ? owners->find(m_owners[*m_selected]) : nullptr;
    setText("name", entry ? entry->name : std::string());
    setText("newName", m_owners[*m_selected]);
    m_status.clear();
    setText("status", m_status);
    layout();
}

void OwnersPanel::onAction(const std::string& control)
{
    if (control != "save" && control != "rename")
        return;
    try
    {
        if (!m_selected || *m_selected >= m_owners.size())
            throw bridge::Error(bridge::Error::Kind::Refused, ui::chooseOwner);
        const std::string owner = m_owners[*m_selected];
        if (control == "save")
        {
            const std::string name(text::trim(textOf("name")));
            session().registerOwner(owner, name);
            m_status = ui::format(ui::ownerSaved, {owner, name});
        }
        else
        {
            const std::string to(text::trim(textOf("newName")));
            if (to.empty() || to == owner)
                return;
            const std::size_t places = session().renameOwner(owner, to);
            m_status = places == 1 ? std::string(ui::ownerRenamedOnce)
                                   : ui::format(ui::ownerRenamed, {std::to_string(places)});
        }
    }
    catch (const std::exception& e)
    {
        m_status = ui::said(e);
    }
    planChanged();
}
} // namespace eqplan::sidebar
