//! Small concurrency helpers shared by the jobs: indexed work on workers, two tasks at once.

import Dispatch
import FolioCore
import Foundation

/// Runs indexed work across worker threads; the first error (by index) is rethrown.
enum Parallel {
    /// Each worker takes the next index not yet taken, so one long item (put it first) runs
    /// beside the short ones instead of delaying the worker it was dealt to. `body` must not
    /// depend on which worker runs it: indices finish in any order.
    static func forEach(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
        final class State: @unchecked Sendable {
            let lock = NSLock()
            var next = 0
            var byIndex: [Int: Error] = [:]
            func take() -> Int { lock.lock(); defer { lock.unlock() }; next += 1; return next - 1 }
        }
        let state = State()
        let workers = min(max(1, jobs), max(1, count))
        WorkerThreads.run(workers) { _ in
            while true {
                let i = state.take()
                guard i < count else { break }
                do { try body(i) } catch { state.lock.lock(); state.byIndex[i] = error; state.lock.unlock() }
            }
        }
        if let first = state.byIndex.min(by: { $0.key < $1.key }) { throw first.value }
    }
}

/// Runs two pieces of work at once: `background` on another thread, `foreground` here.
/// The first error (background first) is rethrown after both finished.
enum Concurrently {
    static func run(_ background: @escaping @Sendable () throws -> Void, _ foreground: () throws -> Void) throws {
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        // A thread of its own, not Dispatch's pool (see `WorkerThreads`).
        let finished = WorkerThreads.start {
            do { try background() } catch { outcome.error = error }
        }
        var foregroundError: Error?
        do { try foreground() } catch { foregroundError = error }
        finished.wait()
        if let e = outcome.error ?? foregroundError { throw e }
    }
}

/// A duration written by a background task and read after it finished.
final class TimeBox: @unchecked Sendable {
    var seconds = 0.0
}
