//! Small concurrency helpers shared by the jobs: indexed work on workers, two tasks at once.

import Dispatch
import Foundation

/// Runs indexed work across worker threads; the first error (by index) is rethrown.
enum Parallel {
    static func forEach(_ count: Int, jobs: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
        final class Errors: @unchecked Sendable {
            let lock = NSLock()
            var byIndex: [Int: Error] = [:]
        }
        let errors = Errors()
        let workers = min(max(1, jobs), max(1, count))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < count {
                do { try body(i) } catch { errors.lock.lock(); errors.byIndex[i] = error; errors.lock.unlock() }
                i += workers
            }
        }
        if let first = errors.byIndex.min(by: { $0.key < $1.key }) { throw first.value }
    }
}

/// Runs two pieces of work at once: `background` on another thread, `foreground` here.
/// The first error (background first) is rethrown after both finished.
enum Concurrently {
    static func run(_ background: @escaping @Sendable () throws -> Void, _ foreground: () throws -> Void) throws {
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        let group = DispatchGroup()
        DispatchQueue.global().async(group: group) {
            do { try background() } catch { outcome.error = error }
        }
        var foregroundError: Error?
        do { try foreground() } catch { foregroundError = error }
        group.wait()
        if let e = outcome.error ?? foregroundError { throw e }
    }
}

/// A duration written by a background task and read after it finished.
final class TimeBox: @unchecked Sendable {
    var seconds = 0.0
}
