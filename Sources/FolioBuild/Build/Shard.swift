//! `--shard I/N`: a deterministic 1/N of the briefs, so a job array can split a build.

/// One shard of a build: index `index` (1-based) of `count`.
public struct Shard: Hashable, Sendable, Codable, CustomStringConvertible {
    public var index: Int
    public var count: Int

    public init(index: Int, count: Int) { self.index = index; self.count = count }

    /// Parses `I/N` with 1 ≤ I ≤ N.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]), n >= 1, i >= 1, i <= n else {
            throw CommandFailure.usage("error: --shard expects I/N with 1 ≤ I ≤ N (e.g. 2/3), got \"\(text)\"")
        }
        index = i; count = n
    }

    public static let whole = Shard(index: 1, count: 1)
    public var isWhole: Bool { count == 1 }
    public var description: String { "\(index)/\(count)" }

    /// The report belongs to the first shard only.
    public var includesReport: Bool { index == 1 }

    /// Round-robin over the report order: briefs i with i mod N = I-1. Balanced, and the
    /// same slugs every time for the same city list.
    public func select(_ slugs: [String]) -> [String] {
        slugs.enumerated().filter { $0.offset % count == index - 1 }.map(\.element)
    }
}
