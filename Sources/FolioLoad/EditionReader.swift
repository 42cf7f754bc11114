//! The state of one load: the folder, the diagnostics so far and the parts read so far.

import FolioCore
import FolioModel

/// Reads an edition folder file by file. Each `read…` step (one file kind each, in the
/// `EditionReader+….swift` files) adds what it could read and reports what it could not,
/// so one run finds every problem. Internal: `EditionLoader` is the public face.
struct EditionReader {
    let folder: EditionFolder
    var sink = DiagnosticSink()
    /// Parses kept from the last load of the folder (`folio watch`); nil: everything parsed here.
    let memo: EditionLoadMemo?

    var info: EditionInfo?
    var tiers: [Tier] = []
    var cities: [City] = []
    /// City by English display name, as the tables write it.
    var cityByName: [String: City] = [:]
    var dimensions: [Dimension] = []
    var indicators: [Indicator] = []
    var references: [Reference] = []
    var exceptions: [LocatedException] = []
    var cityNotes: [CityNote] = []
    /// Dimension slug → table, and the file lines of its rows (city slug → line).
    var scores: [String: ScoreTable] = [:]
    var scoreLines: [String: [String: Int]] = [:]
    var overall: OverallTable?
    var texts: [TextDocument] = []
    var narratives: [TextDocument] = []
    var observations: [Observation] = []
    /// Inputs that failed, set before texts are read (see `IncompleteInputs`).
    var incomplete = IncompleteInputs()

    init(folder: EditionFolder, memo: EditionLoadMemo? = nil) { self.folder = folder; self.memo = memo }

    /// Runs every step in dependency order.
    mutating func readAll() {
        readEditionInfo()
        readCities()
        readDimensions()
        readIndicators()
        readReferences()
        readExceptions()
        readCityNotes()
        readScoreTables()
        readOverallTable()
        reportUnusedExceptions()
        readTexts()
    }

    /// Reads and decodes a file (see `EditionFolder.bytes`); with a memo, bytes decoded
    /// before are not decoded again.
    mutating func read(_ relative: String, optional: Bool = false) -> SourceText? {
        guard let data = folder.bytes(relative, optional: optional, sink: &sink) else { return nil }
        memo?.saw(relative, bytes: data)
        let path = folder.display(relative)
        return parse(relative, "text") { SourceText.decode(data, path: path, relative: relative, sink: &$0) }
    }

    /// What `make` parses from the file `relative` as last read. With a memo, a file whose
    /// bytes are unchanged gives the result and diagnostics of its last parse of this `kind`;
    /// `make` must depend on those bytes only, never on other files or on the reader.
    mutating func parse<T>(_ relative: String, _ kind: String, _ make: (inout DiagnosticSink) -> T) -> T {
        guard let memo else { return make(&sink) }
        if let kept = memo.parsed(relative, kind), let value = kept.value as? EditionLoadMemo.Made<T> {
            for d in kept.diagnostics { sink.add(d) }
            return value.value
        }
        var own = DiagnosticSink(capped: false)
        let value = make(&own)
        memo.remember(relative, kind, .init(value: EditionLoadMemo.Made(value: value), diagnostics: own.diagnostics))
        for d in own.diagnostics { sink.add(d) }
        return value
    }

    /// A CSV table parsed once per file contents.
    mutating func parseCSV(_ source: SourceText) -> CSVFile? {
        parse(source.relative, "csv") { CSVFile.parse(source, sink: &$0) }
    }

    /// A YAML file composed once per file contents.
    mutating func composeYAML(_ source: SourceText) -> YAMLFile? {
        parse(source.relative, "yaml") { YAMLFile.compose(source.text, path: source.path, sink: &$0) }
    }

    /// The edition as read so far (placeholders for parts that failed), for resolving text.
    var partialEdition: Edition {
        Edition(info: info ?? EditionInfo(title: "", shortTitle: "", year: 0, dataYear: 0, publisher: "", language: "en", sourceNote: ""),
                tiers: tiers, cities: cities, dimensions: dimensions, indicators: indicators,
                scores: dimensions.compactMap { scores[$0.slug] }, overall: overall ?? OverallTable(rows: []),
                references: references, exceptions: exceptions.map(\.exception), cityNotes: cityNotes,
                texts: texts, narratives: narratives, observations: observations)
    }

    /// Reports a failed check as an error, or as a warning when a reviewed exception covers it.
    mutating func inconsistency(_ message: String, _ failure: ConsistencyFailure, path: String, line: Int) {
        if let i = exceptions.firstIndex(where: { $0.exception.covers(failure) }) {
            exceptions[i].used = true
            sink.warning("\(message) (kept as published; reviewed in exceptions.yaml line \(exceptions[i].line))", path, line)
        } else {
            sink.error(message, path, line)
        }
    }
}

/// An exception with the line it was written on, and whether any check used it.
struct LocatedException {
    var exception: ReviewedException
    var line: Int
    var used = false
}

/// Slug syntax: lower-case letters and digits in hyphen-separated runs.
enum SlugSyntax {
    static func isValid(_ s: String) -> Bool {
        !s.isEmpty && !s.hasPrefix("-") && !s.hasSuffix("-") && !s.contains("--")
            && s.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
    static let rule = "lower-case letters, digits and single hyphens, e.g. \"economic-strength\""
}
