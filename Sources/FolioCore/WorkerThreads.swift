//! Work on dedicated threads, for CPU-bound stages that must really run side by side.

import Foundation

/// Runs `body(worker)` for workers 0..<count at the same time: worker 0 on the calling
/// thread, the others on threads of their own, and returns when all have finished.
///
/// Not Dispatch's shared pool: the build runs inside Swift concurrency and Dispatch work
/// items, which already occupy the pool's threads (one per core), so blocks queued there
/// waited until Dispatch noticed the starvation and added a thread. Measured: two halves of
/// the report drawn "in parallel" through the pool took 0.80 s; on two threads, 0.10 s.
public enum WorkerThreads {
    public static func run(_ count: Int, _ body: @escaping @Sendable (Int) -> Void) {
        guard count > 1 else {
            if count == 1 { body(0) }
            return
        }
        let done = DispatchSemaphore(value: 0)
        for worker in 1..<count {
            let thread = Thread {
                body(worker)
                done.signal()
            }
            // Shaping and drawing recurse through C libraries: give them a full-size stack.
            thread.stackSize = 8 << 20
            thread.start()
        }
        body(0)
        for _ in 1..<count { done.wait() }
    }
}
