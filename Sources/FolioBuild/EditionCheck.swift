//! `folio check`: loads an edition and reports every diagnostic plus a summary line.

import FolioCore
import FolioLoad
import Foundation

/// The outcome of checking an edition: one line per diagnostic, a summary, and whether the
/// edition is usable (no errors; reviewed warnings allowed).
public struct EditionCheck: Sendable {
    public var editionPath: String
    public var diagnostics: [Diagnostic]

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.count - errorCount }
    public var passed: Bool { errorCount == 0 }

    /// Loads and validates the edition at `path` (never throws: problems are the result).
    public static func run(edition path: String) -> EditionCheck {
        EditionCheck(editionPath: path, diagnostics: EditionLoader.inspect(directory: path).diagnostics)
    }

    /// `path:line: message` per diagnostic, in reading order.
    public var lines: [String] { diagnostics.map(\.description) }

    /// `cities-2025: 0 errors, 4 warnings`, named like the paths in the diagnostics.
    public var summary: String {
        let name = URL(fileURLWithPath: editionPath).standardizedFileURL.lastPathComponent
        return "\(name): \(Self.count(errorCount, "error")), \(Self.count(warningCount, "warning"))"
            + (passed ? "" : "; fix the errors above")
    }

    /// `1 error`, `2 errors`.
    public static func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
}
