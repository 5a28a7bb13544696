#include "eqplan/bridge/MainThread.hpp"

#include <com/sun/star/awt/AsyncCallback.hpp>
#include <com/sun/star/awt/XCallback.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <cppuhelper/implbase1.hxx>
#include <rtl/ref.hxx>

#include <condition_variable>
#include <exception>
#include <mutex>
#include <utility>

using namespace css;

namespace eqplan::bridge
{
namespace
{
// The callback the main thread runs; the waiting thread and the main thread share it, so it lives
// as long as either holds it.
class MainThreadRun final : public cppu::WeakImplHelper1<awt::XCallback>
{
public:
    explicit MainThreadRun(std::function<void()> work) : m_work(std::move(work)) {}

    void wait(std::chrono::seconds timeout)
    {
        std::unique_lock lock(m_mutex);
        if (!m_done.wait_for(lock, timeout, [this] { return m_finished; }))
            throw uno::RuntimeException("eqplan: the office's main thread did not run the work "
                                        "in time");
        if (m_error)
            std::rethrow_exception(m_error);
    }

    // XCallback
    void SAL_CALL notify(const uno::Any&) override
    {
        std::exception_ptr error;
        try
        {
            m_work();
        }
        catch (...)
        {
            error = std::current_exception();
        }
        std::lock_guard lock(m_mutex);
        m_error = error;
        m_finished = true;
        m_done.notify_all();
    }

private:
    std::function<void()> m_work;
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::exception_ptr m_error;
};
} // namespace

void runOnMainThread(const uno::Reference<uno::XComponentContext>& context,
                     std::function<void()> work, std::chrono::seconds timeout)
{
    const rtl::Reference<MainThreadRun> run(new MainThreadRun(std::move(work)));
    awt::AsyncCallback::create(context)->addCallback(run.get(), uno::Any());
    run->wait(timeout);
}
} // namespace eqplan::bridge
