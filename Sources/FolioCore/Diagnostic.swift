//! Source locations and diagnostics shared by every stage: `path:line: message`.

/// A place in an input file; `line` is 1-based, 0 when the whole file is meant.
public struct SourceLocation: Hashable, Sendable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public init(file: String, line: Int = 0) { self.file = file; self.line = line }
    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

/// A problem found in the input or during layout, printed as one line.
public struct Diagnostic: Hashable, Sendable, Codable, CustomStringConvertible, Error {
    public enum Severity: String, Hashable, Sendable, Codable { case error, warning }
    public var severity: Severity
    public var location: SourceLocation?
    public var message: String
    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil) {
        self.severity = severity; self.message = message; self.location = location
    }
    public static func error(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location)
    }
    public static func warning(_ message: String, at location: SourceLocation? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location)
    }
    /// `path:line: message` (errors) or `path:line: warning: message`.
    public var description: String {
        let prefix = location.map { "\($0): " } ?? ""
        return prefix + (severity == .warning ? "warning: " : "") + message
    }
}

/// Several diagnostics at once, so a user fixes every problem in one pass.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}

/// Closest candidates by edit distance, for "did you mean …?" hints.
public enum Suggestions {
    public static func closest(to word: String, in candidates: [String], limit: Int = 3) -> [String] {
        let w = word.lowercased()
        let scored = candidates.map { ($0, distance(w, $0.lowercased())) }
        let threshold = max(2, w.count / 3)
        return scored.filter { $0.1 <= threshold }.sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            .prefix(limit).map(\.0)
    }

    /// Levenshtein distance.
    public static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var prev = Array(0...b.count), cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            cur[0] = i
            for j in 1...b.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }

    /// ` (did you mean "x"?)` or an empty string.
    public static func hint(for word: String, in candidates: [String]) -> String {
        let c = closest(to: word, in: candidates, limit: 1)
        return c.isEmpty ? "" : " (did you mean \"\(c[0])\"?)"
    }
}
