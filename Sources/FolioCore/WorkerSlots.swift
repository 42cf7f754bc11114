//! One slot per item for results made on worker threads.

import Foundation

/// Values stored by the worker threads that made them, one slot each, read once all workers
/// have finished (`WorkerThreads.forEach` returns then).
public final class WorkerSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    public private(set) var values: [Value?]
    public init(count: Int) { values = Array(repeating: nil, count: count) }
    public func store(_ i: Int, _ value: Value) {
        lock.lock(); defer { lock.unlock() }
        values[i] = value
    }
}
