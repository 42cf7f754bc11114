//! Work on dedicated threads, for CPU-bound stages that must really run side by side.

import Foundation

/// Runs work on threads of its own rather than on Dispatch's shared pool.
///
/// Not Dispatch's shared pool: the build runs inside Swift concurrency and Dispatch work
/// items, which already occupy the pool's threads (one per core), so blocks queued there
/// waited until Dispatch noticed the starvation and added a thread. Measured: two halves of
/// the report drawn "in parallel" through the pool took 0.80 s; on two threads, 0.10 s.
public enum WorkerThreads {
    /// Runs `body(worker)` for workers 0..<count at the same time: worker 0 on the calling
    /// thread, the others on threads of their own, and returns when all have finished.
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let started = (1..<count).map { worker in start { body(worker) } }
        body(0)
        for thread in started { thread.wait() }
    }

    /// Runs `body(index)` for every index 0..<count on up to `workers` threads. Each worker
    /// takes the next index not yet taken, so one long item (put it first) runs beside the
    /// short ones; `body` must not depend on which worker runs it.
    public static func forEach(_ count: Int, workers: Int, _ body: @escaping @Sendable (Int) -> Void) {
        let queue = IndexQueue(count)
        run(min(max(1, workers), max(1, count))) { _ in
            while let i = queue.next() { body(i) }
        }
    }

    /// Indices 0..<count handed out in order, each once, to whichever worker asks next.
    public final class IndexQueue: @unchecked Sendable {
        private let lock = NSLock()
        public let count: Int
        private var position = 0
        public init(_ count: Int) { self.count = count }
        public func next() -> Int? {
            lock.lock(); defer { lock.unlock() }
            guard position < count else { return nil }
            defer { position += 1 }
            return position
        }
    }

    /// Starts `body` on a new thread; `wait()` on the result returns once it has finished.
    ///
    /// The closure, and everything it captured, is released on that thread *before* the
    /// waiter wakes: a `Thread` keeps its block until the thread itself is torn down, which
    /// can be after the waiter went on. Objects that clean up in `deinit` (a staging folder)
    /// were then cleaned up late, beside the caller's next step.
    public static func start(_ body: @escaping @Sendable () -> Void) -> Finished {
        let job = ThreadBody(body)
        let thread = Thread { job.run() }
        // Shaping and drawing recurse through C libraries: give them a full-size stack.
        thread.stackSize = 8 << 20
        thread.start()
        return Finished(job.done)
    }

    /// A started thread's completion.
    public struct Finished: Sendable {
        fileprivate let semaphore: DispatchSemaphore
        fileprivate init(_ semaphore: DispatchSemaphore) { self.semaphore = semaphore }
        public func wait() { semaphore.wait() }
    }

    /// The body, dropped once it ran.
    private final class ThreadBody: @unchecked Sendable {
        private var body: (@Sendable () -> Void)?
        let done = DispatchSemaphore(value: 0)
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
        func run() {
            body?()
            body = nil
            done.signal()
        }
    }
}
