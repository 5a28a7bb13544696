// The bench extension's UNO entry point, found through eqplan-bench.components: the ReadTimer
// that `./dev bench` asks to time the sidebar's reads and writes inside the office. Never part of
// the eqplan.oxt users install.
#include "ReadTimer.hpp"

#include <cppuhelper/factory.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <uno/lbnames.h>

namespace
{
using eqplan::sidebar::ReadTimer;

const cppu::ImplementationEntry entries[] = {
    {&ReadTimer::create, &ReadTimer::implementationName, &ReadTimer::serviceNames,
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
