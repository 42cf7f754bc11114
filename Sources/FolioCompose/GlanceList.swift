//! A list of short labels set as running text that breaks only between whole items.

/// The variables of a dimension in the glance table: "A · B · C", where a line may break only
/// after a separator (so no line starts with "·") and a short label never breaks inside.
enum GlanceList {
    /// Labels up to this many characters are kept on one line; longer ones may break at their
    /// own spaces (but never around a slash).
    static let shortLabel = 28

    static func text(_ labels: [String]) -> String {
        labels.map(label).joined(separator: "\u{00A0}· ")
    }

    static func label(_ name: String) -> String {
        if name.count <= shortLabel { return name.replacingSpaces(with: "\u{00A0}") }
        return name.replacingOccurrences(" / ", "\u{00A0}/\u{00A0}")
    }
}

private extension String {
    func replacingSpaces(with replacement: Character) -> String {
        String(map { $0 == " " ? replacement : $0 })
    }

    func replacingOccurrences(_ target: String, _ replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
