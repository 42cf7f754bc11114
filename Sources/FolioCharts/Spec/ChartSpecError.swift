//! What can be wrong in a chart spec, each as a one-line message with a hint.

/// A mistake in a chart spec written by an editor. Messages are lowercase, name the
/// offending option and value, and suggest the fix; layout adds the file and line.
public enum ChartSpecError: Error, Hashable, Sendable, CustomStringConvertible {
    case missingOption(String)
    case unknownType(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case invalidValue(option: String, value: String, expected: String)
    /// The option exists but means nothing for this chart type.
    case notApplicable(option: String, type: String, appliesTo: [String])
    case conflictingOptions(String, String)
    case unknownPalette(String, suggestion: String?, choices: [String])
    case wrongPaletteKind(palette: String, kind: String, type: String, choices: [String])
    /// The data bound to the chart has the wrong shape for its type.
    case dataMismatch(type: String, data: String, needs: String, gives: String)
    case unknownHighlight(String, data: String, suggestion: String?)

    public var description: String {
        func hint(_ s: String?) -> String { s.map { " (did you mean \"\($0)\"?)" } ?? "" }
        switch self {
        case .missingOption(let o):
            return "chart: missing option `\(o)`"
        case .unknownType(let t, let s):
            return "chart: unknown type \"\(t)\"\(hint(s)); expected one of "
                + ChartSpec.Kind.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownOption(let o, let s):
            return "chart: unknown option `\(o)`\(hint(s)); options are " + ChartSpec.optionNames.joined(separator: ", ")
        case .invalidValue(let o, let v, let e):
            return "chart: `\(o)` is \(v); expected \(e)"
        case .notApplicable(let o, let t, let a):
            return "chart: option `\(o)` does not apply to \(t) charts; it applies to \(a.joined(separator: ", "))"
        case .conflictingOptions(let a, let b):
            return "chart: set either `\(a)` or `\(b)`, not both"
        case .unknownPalette(let p, let s, let c):
            return "chart: unknown palette \"\(p)\"\(hint(s)); palettes are \(c.joined(separator: ", "))"
        case .wrongPaletteKind(let p, let k, let t, let c):
            return "chart: palette \"\(p)\" is \(k), which \(t) charts cannot use; try \(c.joined(separator: ", "))"
        case .dataMismatch(let t, let d, let n, let g):
            return "chart: type \(t) needs \(n), but data \"\(d)\" gives \(g)"
        case .unknownHighlight(let h, let d, let s):
            return "chart: highlight \"\(h)\" is not in data \"\(d)\"\(hint(s))"
        }
    }

    /// The closest candidate by edit distance, when it is close enough to be a likely typo.
    static func suggestion(for word: String, in candidates: [String]) -> String? {
        let w = Array(word.lowercased())
        func distance(_ b: [Character]) -> Int {
            if w.isEmpty { return b.count }
            if b.isEmpty { return w.count }
            var prev = Array(0...b.count), cur = [Int](repeating: 0, count: b.count + 1)
            for i in 1...w.count {
                cur[0] = i
                for j in 1...b.count {
                    cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (w[i - 1] == b[j - 1] ? 0 : 1))
                }
                swap(&prev, &cur)
            }
            return prev[b.count]
        }
        let scored = candidates.map { ($0, distance(Array($0.lowercased()))) }
        guard let best = scored.min(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }),
              best.1 <= max(2, w.count / 3) else { return nil }
        return best.0
    }
}
