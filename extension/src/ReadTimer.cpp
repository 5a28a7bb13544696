#include "ReadTimer.hpp"

#include "eqplan/bridge/Strings.hpp"

#include "ExtensionSchemas.hpp"

#include "eqplan/PlanReader.hpp"
#include "eqplan/bridge/GridReader.hpp"

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XComponent.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/supportsservice.hxx>

#include <chrono>
#include <exception>
#include <vector>

using namespace css;

namespace eqplan::sidebar
{
namespace
{
// A caller measuring growth asks for a few repetitions; this bounds a mistaken huge count.
constexpr sal_Int32 maxRepetitions = 1000;

double millisecondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

beans::NamedValue named(const char* name, const uno::Any& value)
{
    return beans::NamedValue(rtl::OUString::createFromAscii(name), value);
}
} // namespace

ReadTimer::ReadTimer(const uno::Reference<uno::XComponentContext>& context) : m_xContext(context) {}

rtl::OUString ReadTimer::implementationName()
{
    return "org.eqplan.ReadTimer";
}

uno::Sequence<rtl::OUString> ReadTimer::serviceNames()
{
    const rtl::OUString name = implementationName();
    return uno::Sequence<rtl::OUString>(&name, 1);
}

uno::Reference<uno::XInterface>
    SAL_CALL ReadTimer::create(const uno::Reference<uno::XComponentContext>& context)
{
    return static_cast<cppu::OWeakObject*>(new ReadTimer(context));
}

uno::Any SAL_CALL ReadTimer::execute(const uno::Sequence<beans::NamedValue>& arguments)
{
    uno::Reference<lang::XComponent> model;
    sal_Int32 repetitions = 1;
    for (const beans::NamedValue& argument : arguments)
    {
        if (argument.Name == "Model")
            model.set(argument.Value, uno::UNO_QUERY);
        else if (argument.Name == "Repetitions")
            argument.Value >>= repetitions;
    }
    if (!model.is())
        throw lang::IllegalArgumentException("eqplan ReadTimer::execute: no \"Model\" argument",
                                             *this, 0);
    if (repetitions < 1 || repetitions > maxRepetitions)
        throw lang::IllegalArgumentException(
            "eqplan ReadTimer::execute: \"Repetitions\" must be 1 to 1000", *this, 0);

    // C++ exceptions must not cross into soffice: each becomes a RuntimeException that names
    // this function.
    try
    {
        const Loaded<Schemas>& schemas = extensionSchemas(m_xContext);
        if (!schemas)
            throw uno::RuntimeException(
                "eqplan ReadTimer::execute: the schemas could not be read (" +
                    bridge::fromUtf8(schemas.error) + ")",
                *this);

        std::vector<double> gridMs;
        std::vector<double> planMs;
        DocumentGrid grid;
        ReadResult result;
        for (sal_Int32 i = 0; i < repetitions; ++i)
        {
            const auto start = std::chrono::steady_clock::now();
            grid = bridge::readGrid(model);
            gridMs.push_back(millisecondsSince(start));
            const auto recognise = std::chrono::steady_clock::now();
            result = readPlan(grid, *schemas.value);
            planMs.push_back(millisecondsSince(recognise));
        }

        sal_Int32 cells = 0;
        sal_Int32 paragraphs = 0;
        for (const Table& table : grid.tables)
        {
            cells += static_cast<sal_Int32>(table.cells.size());
            for (const Cell& cell : table.cells)
                paragraphs += static_cast<sal_Int32>(cell.paragraphs.size());
        }
        const beans::NamedValue values[] = {
            named("GridMs", uno::Any(uno::Sequence<double>(gridMs.data(),
                                                           static_cast<sal_Int32>(gridMs.size())))),
            named("PlanMs", uno::Any(uno::Sequence<double>(planMs.data(),
                                                           static_cast<sal_Int32>(planMs.size())))),
            named("Objectives",
                  uno::Any(static_cast<sal_Int32>(result ? result.plan.objectives.size() : 0))),
            named("Tables", uno::Any(static_cast<sal_Int32>(grid.tables.size()))),
            named("Cells", uno::Any(cells)),
            named("Paragraphs", uno::Any(paragraphs)),
        };
        return uno::Any(uno::Sequence<beans::NamedValue>(values, std::size(values)));
    }
    catch (const uno::RuntimeException&)
    {
        throw;
    }
    catch (const uno::Exception& e)
    {
        throw uno::RuntimeException("eqplan ReadTimer::execute: " + e.Message, *this);
    }
    catch (const std::exception& e)
    {
        throw uno::RuntimeException("eqplan ReadTimer::execute: " + bridge::fromUtf8(e.what()),
                                    *this);
    }
    catch (...)
    {
        throw uno::RuntimeException("eqplan ReadTimer::execute: an unknown error", *this);
    }
}

rtl::OUString SAL_CALL ReadTimer::getImplementationName()
{
    return implementationName();
}

sal_Bool SAL_CALL ReadTimer::supportsService(const rtl::OUString& name)
{
    return cppu::supportsService(this, name);
}

uno::Sequence<rtl::OUString> SAL_CALL ReadTimer::getSupportedServiceNames()
{
    return serviceNames();
}
} // namespace eqplan::sidebar
