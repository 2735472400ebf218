#pragma once

#include <QObject>
#include <QThread>

#include <memory>
#include <optional>
#include <type_traits>

namespace corridor::ui {

// Runs slow work (Argon2id takes about a second) off the GUI thread and hands the result
// back on it. If `context` is gone by then, the result is dropped.
template<class Work, class Done>
void runInBackground(QObject* context, Work work, Done done) {
    using ResultType = std::invoke_result_t<Work>;
    auto result = std::make_shared<std::optional<ResultType>>();
    QThread* thread = QThread::create([result, work = std::move(work)]() mutable { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    thread->start();
}

} // namespace corridor::ui
