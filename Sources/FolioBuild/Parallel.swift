//! Small concurrency helpers shared by the jobs: indexed work on workers, two tasks at once.

import Dispatch
import FolioCore
import Foundation

/// Runs indexed work across worker threads; the first error (by index) is rethrown.
enum Parallel {
    /// Indices are handed out as workers free up (see `WorkerThreads.forEach`).
    static func forEach(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
        final class Failures: @unchecked Sendable {
            let lock = NSLock()
            var byIndex: [Int: Error] = [:]
        }
        let failures = Failures()
        WorkerThreads.forEach(count, workers: jobs) { i in
            do { try body(i) } catch { failures.lock.lock(); failures.byIndex[i] = error; failures.lock.unlock() }
        }
        if let first = failures.byIndex.min(by: { $0.key < $1.key }) { throw first.value }
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
