//! Collects diagnostics while loading, so every problem is reported in one pass.

import FolioCore

/// Gathers diagnostics from every loader. Caps the number per file so a wildly broken file
/// cannot bury the others' messages; the cap is reported as one extra line.
struct DiagnosticSink {
    private(set) var diagnostics: [Diagnostic] = []
    private var perFile: [String: Int] = [:]
    private var suppressed: [String: Int] = [:]
    /// Whether the per-file cap applies. A load memo records one parse's diagnostics uncapped
    /// and replays them into the load's sink, which caps them as if they were reported there.
    private let capped: Bool

    init(capped: Bool = true) { self.capped = capped }

    mutating func add(_ d: Diagnostic) {
        var d = d
        // Every message is one line, even when it quotes a value that spans lines (found by
        // fuzzing: a city name in a quoted CSV field with a line break).
        if d.message.contains(where: \.isNewline) {
            d = Diagnostic(d.severity, d.message.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: "\\n"),
                           at: d.location)
        }
        let key = d.location?.file ?? ""
        let n = perFile[key, default: 0]
        if capped && n >= LoadLimits.maxDiagnosticsPerFile && d.severity == .error {
            suppressed[key, default: 0] += 1
            return
        }
        perFile[key] = n + 1
        diagnostics.append(d)
    }

    mutating func error(_ message: String, _ file: String, _ line: Int = 0) {
        add(.error(message, at: SourceLocation(file: file, line: line)))
    }

    mutating func warning(_ message: String, _ file: String, _ line: Int = 0) {
        add(.warning(message, at: SourceLocation(file: file, line: line)))
    }

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } || !suppressed.isEmpty }

    func errorCount(in file: String) -> Int {
        diagnostics.filter { $0.severity == .error && $0.location?.file == file }.count + suppressed[file, default: 0]
    }

    /// The diagnostics in reporting order, plus one line per file whose problems were capped.
    func finished() -> [Diagnostic] {
        var all = diagnostics
        for (file, n) in suppressed.sorted(by: { $0.key < $1.key }) {
            all.append(.error("\(n) more problems not shown (at most \(LoadLimits.maxDiagnosticsPerFile) per file)",
                              at: SourceLocation(file: file)))
        }
        return all
    }
}
