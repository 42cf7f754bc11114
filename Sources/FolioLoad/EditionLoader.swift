//! The public entry point: an edition folder in, an `Edition` and its diagnostics out.

import FolioCore
import FolioModel

/// What a load found: the edition (nil when any error was found) and every diagnostic,
/// errors and warnings, in the order the files were read.
public struct EditionLoadResult: Sendable {
    public var edition: Edition?
    public var diagnostics: [Diagnostic]
    public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}

/// Loads and validates an edition folder (layout in `Assets/editions/README.md`).
public enum EditionLoader {
    /// Loads the edition, or throws a `DiagnosticList` holding every problem (errors and
    /// warnings) when anything is wrong. On success the warnings (reviewed exceptions, BOMs…)
    /// come back with the edition.
    ///
    /// `memo` keeps the parsed files between loads of one folder (`folio watch`): a file whose
    /// bytes did not change is not parsed again. The edition and the diagnostics are those of
    /// a load without it.
    public static func load(directory: String, memo: EditionLoadMemo? = nil) throws(DiagnosticList) -> (Edition, [Diagnostic]) {
        let result = inspect(directory: directory, memo: memo)
        guard let edition = result.edition else { throw DiagnosticList(result.diagnostics) }
        return (edition, result.diagnostics)
    }

    /// Loads and validates without throwing, for `folio check`: every problem at once.
    public static func inspect(directory: String, memo: EditionLoadMemo? = nil) -> EditionLoadResult {
        let folder = EditionFolder(path: directory)
        guard folder.exists else {
            return EditionLoadResult(edition: nil, diagnostics: [
                .error("edition folder not found (expected a folder with edition.yaml, cities.csv, dimensions.yaml, …)",
                       at: SourceLocation(file: directory))])
        }
        memo?.begin(folder.root)
        var reader = EditionReader(folder: folder, memo: memo)
        reader.readAll()
        memo?.end()
        let diagnostics = reader.sink.finished()
        let failed = reader.sink.hasErrors || reader.info == nil || reader.overall == nil
        return EditionLoadResult(edition: failed ? nil : reader.partialEdition, diagnostics: diagnostics)
    }
}
