// The extension's UNO entry points, found through eqplan.components (passive registration).
#include "Commands.hpp"
#include "PanelFactory.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <uno/lbnames.h>

namespace
{
using eqplan::sidebar::Commands;
using eqplan::sidebar::PanelFactory;

const cppu::ImplementationEntry entries[] = {
    {&PanelFactory::create, &PanelFactory::implementationName, &PanelFactory::serviceNames,
     &cppu::createSingleComponentFactory, nullptr, 0},
    {&Commands::create, &Commands::implementationName, &Commands::serviceNames,
     &cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};
} // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void* SAL_CALL component_getFactory(const char* implementation,
                                                                    void* serviceManager,
                                                                    void* registryKey)
{
    return cppu::component_getFactoryHelper(implementation, serviceManager, registryKey, entries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char** environment, uno_Environment**)
{
    *environment = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
