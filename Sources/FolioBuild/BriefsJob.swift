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
    public var outputDirectory: String
    public var dpi: Double
    public var cities: [String]
    public var jobs: Int
    public var png: Bool

    public init(editionDirectory: String, layoutPath: String, reportLayoutPath: String, structurePath: String,
                outputDirectory: String, dpi: Double = 150, cities: [String] = [], jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                png: Bool = true) {
        self.editionDirectory = editionDirectory; self.layoutPath = layoutPath; self.reportLayoutPath = reportLayoutPath
        self.structurePath = structurePath; self.outputDirectory = outputDirectory; self.dpi = dpi; self.cities = cities
        self.jobs = max(1, jobs); self.png = png
    }

    /// One rendered brief.
    public struct Brief: Sendable {
        public var city: String
        public var page: Page
        public var info: DocumentInfo
        public var condensing: BriefComposer.Condensing
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
    public func render(edition: Edition, slugs: [String], observationPages: [String: String]) throws -> [Brief] {
        let workers = try BriefWorkers(edition: edition, layoutPath: layoutPath, observationPages: observationPages, jobs: jobs)
        let (briefs, errors) = workers.run(slugs) { _, brief in brief }
        if !errors.isEmpty {
            let messages = errors.sorted { $0.key < $1.key }.map { "\($0.value)" }
            throw CommandFailure.invalidInput(messages.joined(separator: "\n"))
        }
        return slugs.map { briefs[$0]! }
    }

    /// Tries each condensing step until the brief fits one page without overflow.
    static func fit(_ slug: String, composer: BriefComposer, layouter: DocumentLayouter) throws -> Brief {
        var last: LayoutResult?
        for step in BriefComposer.Condensing.allCases {
            let document = try composer.compose(city: slug, condensing: step)
            let result = layouter.layout(document)
            if result.pages.count == 1 && result.diagnostics.isEmpty {
                return Brief(city: slug, page: result.pages[0], info: document.info, condensing: step)
            }
            last = result
        }
        let name = composer.edition.city(slug)?.name ?? slug
        let spill = last.flatMap { r in r.pages.dropFirst().first?.textLines.first?.text }.map { "the block starting \"\($0)\" spills onto a second page" }
        let finding = last?.diagnostics.first.map { $0.message }
        let block = spill ?? finding ?? "the content overflows"
        throw Diagnostic.error("the brief for \(name) does not fit on one page even when condensed (no note, fewer neighbours, no distribution chart): \(block); shorten the note or the city's name",
                               at: SourceLocation(file: "city-notes.yaml"))
    }

    public struct Outcome {
        public var count: Int
        public var summary: [String]
    }

    public func run() throws -> Outcome {
        let (edition, _) = try EditionLoader.load(directory: editionDirectory)
        let slugs = try Self.resolve(cities, in: edition)
        var observationPages: [String: String] = [:]
        if slugs.contains(where: { s in edition.observations.contains { $0.city == s } }) {
            observationPages = try Self.observationPages(editionDirectory: editionDirectory, layoutPath: reportLayoutPath,
                                                         structurePath: structurePath, edition: edition)
        }
        let start = ContinuousClock.now
        let briefs = try render(edition: edition, slugs: slugs, observationPages: observationPages)
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
        let condensed = briefs.filter { $0.condensing != .full }.map { "\($0.city) (\($0.condensing))" }
        let out = (outputDirectory as NSString).standardizingPath
        return Outcome(count: briefs.count, summary: (condensed.isEmpty ? [] : ["condensed to fit: " + condensed.joined(separator: ", ")])
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
