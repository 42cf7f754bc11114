//! Everything `folio build` can be asked to do, as one value.

import FolioGraphics
import Foundation

/// Output formats of a build.
public enum OutputFormat: String, CaseIterable, Sendable, Codable, Comparable {
    case pdf, png, svg
    public static func < (a: OutputFormat, b: OutputFormat) -> Bool { a.order < b.order }
    private var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Parses `pdf,png,svg` (any order, no duplicates needed).
    public static func parse(_ text: String) throws -> [OutputFormat] {
        var formats = Set<OutputFormat>()
        for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
            guard let f = OutputFormat(rawValue: part) else {
                throw CommandFailure.usage("error: unknown format \"\(part)\"; expected pdf, png or svg")
            }
            formats.insert(f)
        }
        guard !formats.isEmpty else { throw CommandFailure.usage("error: --formats needs at least one of pdf, png, svg") }
        return formats.sorted()
    }
}

/// Which documents a build produces (benchmarks build one or the other).
public enum BuildTarget: String, CaseIterable, Sendable, Codable {
    case report, briefs
}

/// The options of one build.
public struct BuildOptions: Sendable {
    public var editionDirectory: String
    public var outputDirectory: String
    public var reportLayoutPath: String
    public var structurePath: String
    public var briefLayoutPath: String
    /// The brief's structure: its blocks in order and the condensing steps (`brief-structure.yaml`).
    public var briefStructurePath: String
    /// Only fingerprinted: the jobs find fonts through `FontSet.defaultDirectory()` (`FOLIO_FONTS`).
    public var fontDirectory: String
    public var jobs: Int
    public var shard: Shard
    public var formats: [OutputFormat]
    public var targets: Set<BuildTarget>
    /// Fail on any layout finding (overflow, widow, orphan) of the report.
    public var strict: Bool
    /// The cache folder, or nil to neither read nor write a cache (`--no-cache`).
    public var cacheDirectory: String?
    public var dpi: Double
    /// Restricts the briefs to these cities (slugs or names); empty means all.
    public var cities: [String]

    public init(editionDirectory: String, outputDirectory: String = "out",
                reportLayoutPath: String = LayoutPaths.path("print.yaml"),
                structurePath: String = LayoutPaths.path("report.yaml"),
                briefLayoutPath: String = LayoutPaths.path("brief.yaml"),
                briefStructurePath: String = LayoutPaths.path("brief-structure.yaml"),
                fontDirectory: String = FontSet.defaultDirectory(),
                jobs: Int = ProcessInfo.processInfo.activeProcessorCount, shard: Shard = .whole,
                formats: [OutputFormat] = [.pdf, .png], targets: Set<BuildTarget> = Set(BuildTarget.allCases),
                strict: Bool = false, cacheDirectory: String? = ".folio-cache", dpi: Double = 150, cities: [String] = []) {
        self.editionDirectory = editionDirectory; self.outputDirectory = outputDirectory
        self.reportLayoutPath = reportLayoutPath; self.structurePath = structurePath; self.briefLayoutPath = briefLayoutPath
        self.briefStructurePath = briefStructurePath
        self.fontDirectory = fontDirectory; self.jobs = max(1, jobs); self.shard = shard; self.formats = formats
        self.targets = targets; self.strict = strict; self.cacheDirectory = cacheDirectory; self.dpi = dpi; self.cities = cities
    }
}
