//! `folio briefs`: one guaranteed one-page PDF and PNG per city, rendered in parallel.

import FolioCompose
import FolioCore
import FolioExport
import FolioGraphics
import FolioLayout
import FolioLoad
import FolioModel
import FolioPage
import Foundation

/// Renders city briefs. Each worker thread has its own fonts and shaper (Pango is per
/// thread); the output does not depend on the number of workers.
public struct BriefsJob {
    public var editionDirectory: String
    public var layoutPath: String
    public var reportLayoutPath: String
    public var structurePath: String
    /// The brief's structure file (`Layouts/brief-structure.yaml`): blocks and condensing steps.
    public var briefStructurePath: String
    public var outputDirectory: String
    public var dpi: Double
    public var cities: [String]
    public var jobs: Int
    public var png: Bool

    public init(editionDirectory: String, layoutPath: String, reportLayoutPath: String, structurePath: String,
                briefStructurePath: String = LayoutPaths.path("brief-structure.yaml"),
                outputDirectory: String, dpi: Double = 150, cities: [String] = [], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                png: Bool = true) {
        self.editionDirectory = editionDirectory; self.layoutPath = layoutPath; self.reportLayoutPath = reportLayoutPath
        self.structurePath = structurePath; self.briefStructurePath = briefStructurePath
        self.outputDirectory = outputDirectory; self.dpi = dpi; self.cities = cities
        self.jobs = max(1, jobs); self.png = png
    }

    /// One rendered brief.
    public struct Brief: Sendable {
        public var city: String
        /// The city's name, for messages.
        public var name: String
        public var page: Page
        public var info: DocumentInfo
        /// The condensing steps taken to fit the page, in order, each with why.
        public var condensed: [TakenStep]
        /// Layout findings no condensing step cleared (the brief still fits its page).
        public var findings: [Diagnostic] = []

        /// One warning per condensing step (a brief is never condensed silently), then the findings.
        public var warnings: [Diagnostic] {
            condensed.map { .warning("brief of \(name): \($0.action) to fit \($0.goal); \($0.reason)") }
                + findings.map { Diagnostic(.warning, "brief of \(name): \($0.message)", at: $0.location) }
        }
    }

    /// Resolves `--city` arguments (slug or English name, any case) to slugs in report order.
    public static func resolve(_ names: [String], in edition: Edition) throws -> [String] {
        guard !names.isEmpty else { return edition.cities.map(\.slug) }
        var slugs: [String] = []
        for raw in names {
            let key = raw.lowercased()
            if let c = edition.cities.first(where: { $0.slug == key || $0.name.lowercased() == key || $0.nameZh == raw }) {
                slugs.append(c.slug)
            } else {
                let close = Suggestions.closest(to: raw, in: edition.cities.map(\.name) + edition.cities.map(\.slug), limit: 3)
                throw CommandFailure.usage("error: unknown city \"\(raw)\"" + (close.isEmpty ? "" : "; did you mean " + close.map { "\"\($0)\"" }.joined(separator: ", ") + "?"))
            }
        }
        let order = Dictionary(uniqueKeysWithValues: edition.cities.enumerated().map { ($1.slug, $0) })
        return Array(Set(slugs)).sorted { order[$0]! < order[$1]! }
    }

    /// Lays out the briefs of `slugs`; throws naming the city and block when one cannot fit.
    /// `structure` is the brief structure when the caller has read it already.
    public func render(edition: Edition, slugs: [String], observationPages: [String: String],
                       structure known: BriefStructure? = nil) throws -> [Brief] {
        let structure = try known ?? BriefStructureLoader.load(path: briefStructurePath)
        let workers = try BriefWorkers(edition: edition, layoutPath: layoutPath, structure: structure,
                                       observationPages: observationPages, jobs: jobs)
        let (briefs, errors) = workers.run(slugs) { _, brief in brief }
        if !errors.isEmpty {
            let messages = errors.sorted { $0.key < $1.key }.map { "\($0.value)" }
            throw CommandFailure.invalidInput(messages.joined(separator: "\n"))
        }
        return slugs.map { briefs[$0]! }
    }

    public struct Outcome {
        public var count: Int
        public var summary: [String]
    }

    public func run() throws -> Outcome {
        // A broken structure file fails before the edition is read or anything is laid out.
        let structure = try BriefStructureLoader.load(path: briefStructurePath)
        let (edition, _) = try EditionLoader.load(directory: editionDirectory)
        let slugs = try Self.resolve(cities, in: edition)
        var observationPages: [String: String] = [:]
        if slugs.contains(where: { s in edition.observations.contains { $0.city == s } }) {
            observationPages = try Self.observationPages(editionDirectory: editionDirectory, layoutPath: reportLayoutPath,
                                                         structurePath: structurePath, edition: edition)
        }
        let start = ContinuousClock.now
        let briefs = try render(edition: edition, slugs: slugs, observationPages: observationPages, structure: structure)
        let staging = try OutputStaging(outputDirectory: outputDirectory)
        let dir = staging.path("briefs")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let allInfo = Self.allBriefsInfo(edition)
        // Each brief's PDF and PNG are independent: export them on all workers. The combined
        // all.pdf draws the pages already laid out (no second layout); it is the longest task
        // (≈ 1 s for 60 pages), so it goes first and runs beside the briefs, not after them.
        let png = self.png, dpi = self.dpi
        try Parallel.forEach(briefs.count + 1, jobs: jobs) { i in
            guard i > 0 else {
                try staging.write("briefs/all.pdf") { try PDFExporter().export(briefs.map(\.page), info: allInfo, to: $0) }
                return
            }
            let b = briefs[i - 1]
            try staging.write("briefs/\(b.city).pdf") { try PDFExporter().export([b.page], info: b.info, to: $0) }
            if png {
                let bytes = try PNGExporter(dpi: dpi).render(b.page)
                try staging.write("briefs/\(b.city).png") { try Data(bytes).write(to: URL(fileURLWithPath: $0)) }
            }
        }
        try staging.commit()
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let out = (outputDirectory as NSString).standardizingPath
        return Outcome(count: briefs.count, summary: briefs.flatMap(\.warnings).map(\.description)
                        + ["wrote \(briefs.count) brief(s) to \(out)/briefs/ in \(String(format: "%.2f", seconds)) s"])
    }

    /// The document information of `briefs/all.pdf` (every brief, one page each).
    public static func allBriefsInfo(_ edition: Edition) -> DocumentInfo {
        DocumentInfo(title: "\(edition.info.shortTitle): city briefs", author: edition.info.publisher,
                     subject: "One-page briefs", language: edition.info.language,
                     creationDate: BuildEnvironment.sourceDateEpoch)
    }

    /// Page labels of the observations in the print edition (lays the report out once).
    static func observationPages(editionDirectory: String, layoutPath: String, structurePath: String, edition: Edition) throws -> [String: String] {
        let job = ReportJob(editionDirectory: editionDirectory, layoutPath: layoutPath, structurePath: structurePath, outputDirectory: "")
        let output = try job.build(shaper: TextShaper(fontSet: try FontSet(directory: FontSet.defaultDirectory())))
        var pages: [String: String] = [:]
        for o in edition.observations { pages[o.slug] = output.layout.headingPages[ReportIDs.observation(o.slug)] }
        return pages
    }
}
