//! The state of one load: the folder, the diagnostics so far and the parts read so far.

import FolioCore
import FolioModel

/// Reads an edition folder file by file. Each `read…` step (one file kind each, in the
/// `EditionReader+….swift` files) adds what it could read and reports what it could not,
/// so one run finds every problem. Internal: `EditionLoader` is the public face.
struct EditionReader {
    let folder: EditionFolder
    var sink = DiagnosticSink()

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

    init(folder: EditionFolder) { self.folder = folder }

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
