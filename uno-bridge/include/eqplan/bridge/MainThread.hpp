// Running work on the office's main thread from another thread of the same process.
#pragma once

#include <com/sun/star/uno/XComponentContext.hpp>

#include <chrono>
#include <functional>

namespace eqplan::bridge
{
// Posts `work` to the office's main thread (css.awt.AsyncCallback) and waits until it has run;
// rethrows what it threw. In-process only, and never from the main thread itself (it would wait
// for itself until the timeout).
//
// The main thread holds the SolarMutex that every call into Writer takes. A component called over
// a remote bridge runs on one of the bridge's threads, where each call takes and releases that
// mutex while the main thread contends for it: a read of 200 objectives took 125 ms there and
// 69 ms on the main thread (bench/README.md).
//
// Throws css::uno::RuntimeException if the work did not run within `timeout`. It may still run
// after that, so `work` must own everything it uses (capture by value).
void runOnMainThread(const css::uno::Reference<css::uno::XComponentContext>& context,
                     std::function<void()> work, std::chrono::seconds timeout);
} // namespace eqplan::bridge
