//! "Did you mean" hints and quoting for names in messages, bounded for hostile input.

import FolioCore

/// Messages quote what the user wrote; these helpers keep them one readable line even when
/// the input is a megabyte-long cell, and skip edit-distance hints for absurdly long words.
public enum NameHint {
    /// Longer words get no hint (edit distance is quadratic in length).
    public static let maxWordLength = 64
    /// Longest quoted value before it is cut with "…".
    public static let maxQuotedLength = 60

    /// ` (did you mean "x"?)` or an empty string.
    public static func didYouMean(_ word: String, in candidates: [String]) -> String {
        word.count > maxWordLength ? "" : Suggestions.hint(for: word, in: candidates)
    }

    /// `"value"`, shortened to `maxQuotedLength` characters, with line ends shown as `⏎`.
    public static func quoted(_ value: String) -> String {
        var s = value.count > maxQuotedLength ? String(value.prefix(maxQuotedLength)) + "…" : value
        if s.contains(where: { $0 == "\n" || $0 == "\r\n" }) {
            s = String(s.map { $0 == "\n" || $0 == "\r\n" ? "⏎" : $0 })
        }
        return "\"" + s + "\""
    }
}
