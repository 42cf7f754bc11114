//! Remembered results of a pure function, emptied when full so memory stays bounded.

/// A memo for work that is a pure function of its key (shaping a paragraph, hyphenating a
/// text). Emptied whole when `limit` entries are reached: the work repeats within a document
/// or a brief, so the recent entries are the useful ones, and no eviction order is kept.
/// Not thread-safe: each owner (one per worker) has its own.
struct BoundedMemo<Key: Hashable, Value> {
    let limit: Int
    private var entries: [Key: Value] = [:]

    init(limit: Int) { self.limit = limit }

    var count: Int { entries.count }

    /// The remembered value for `key`, or `compute()`'s, which is then remembered.
    mutating func value(for key: Key, _ compute: () -> Value) -> Value {
        if let hit = entries[key] { return hit }
        let value = compute()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        return value
    }
}
