//! `folio check`: everything the build checks before layout, every problem plus a summary.

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

    /// Loads and validates the edition at `path`, then, when it loaded, runs the build's
    /// `Preflight` over the print edition and every brief (or only one of them, like
    /// `folio build --only`) with the given layouts (defaults: the bundled ones). Never throws: problems are the result, in the build's order.
    public static func run(edition path: String,
                           reportLayoutPath: String = LayoutPaths.path("print.yaml"),
                           structurePath: String = LayoutPaths.path("report.yaml"),
                           briefLayoutPath: String = LayoutPaths.path("brief.yaml"),
                           briefStructurePath: String = LayoutPaths.path("brief-structure.yaml"),
                           report: Bool = true, briefs: Bool = true) -> EditionCheck {
        let loaded = EditionLoader.inspect(directory: path)
        var diagnostics = loaded.diagnostics
        if let edition = loaded.edition {
            let preflight = Preflight(reportLayoutPath: reportLayoutPath, structurePath: structurePath,
                                      briefLayoutPath: briefLayoutPath, briefStructurePath: briefStructurePath, report: report, briefs: briefs ? edition.cities.map(\.slug) : [])
            diagnostics += preflight.errors(for: edition)
        }
        return EditionCheck(editionPath: path, diagnostics: diagnostics)
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
