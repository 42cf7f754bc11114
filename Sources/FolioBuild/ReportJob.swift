//! `folio report`: the whole print edition to report.pdf and one PNG per page.

import FolioCharts
import FolioCompose
import FolioCore
import FolioDocument
import FolioExport
import FolioGraphics
import FolioLayout
import FolioLoad
import FolioModel
import FolioPage
import Foundation
import Yams

/// Loads the edition, composes it with the report structure, lays it out and exports it.
public struct ReportJob {
    public var editionDirectory: String
    public var layoutPath: String
    public var structurePath: String
    public var outputDirectory: String
    public var dpi: Double
    public var png: Bool
    public var strict: Bool
    public var jobs: Int
    /// Also writes `report-print.pdf`: trim + bleed pages with crop marks and print boxes,
    /// from the layout's `print:` section.
    public var printReady: Bool
    /// Also converts `report-print.pdf` to CMYK PDF/X-3 (`report-pdfx.pdf`) with Ghostscript.
    public var pdfx: Bool = false

    public init(editionDirectory: String, layoutPath: String, structurePath: String, outputDirectory: String,
                dpi: Double = 150, png: Bool = true, strict: Bool = false, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                printReady: Bool = false) {
        self.editionDirectory = editionDirectory; self.layoutPath = layoutPath; self.structurePath = structurePath
        self.outputDirectory = outputDirectory; self.dpi = dpi; self.png = png; self.strict = strict; self.jobs = jobs
        self.printReady = printReady
    }

    public struct Output {
        public var pages: [Page]
        public var info: DocumentInfo
        public var layout: LayoutResult
        public var warnings: [Diagnostic]
        public var timings: [(String, Double)]
    }

    /// Everything up to pages, without writing files. `loaded` is the edition (and its load
    /// warnings) when the caller has already read it from `editionDirectory`.
    /// `sectionMemo` holds sections converted by an earlier build of the edition (`folio watch`).
    /// `composed`: the report as the build's preflight composed it from the same files (nil:
    /// composed here). `files`: the layout and structure it was composed with, read and checked
    /// from `layoutPath` and `structurePath` with the shaper's fonts (nil: read here).
    public func build(shaper: TextShaper, loaded: (Edition, [Diagnostic])? = nil, composed: Document? = nil,
                      files: (spec: LayoutSpec, structure: ReportStructure)? = nil, sectionMemo: SectionMemo? = nil) throws -> Output {
        var timings: [(String, Double)] = []
        var clock = ContinuousClock.now
        func lap(_ name: String) {
            let now = ContinuousClock.now
            let d = now - clock
            timings.append((name, Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
            clock = now
        }
        let (edition, loadWarnings) = try loaded ?? EditionLoader.load(directory: editionDirectory)
        let (spec, structure) = try files ?? {
            let spec = try LayoutSpecLoader.load(path: layoutPath, purpose: .report, families: shaper.fontSet.familyNames)
            let structure = try ReportStructureLoader.load(path: structurePath)
            let templateProblems = StructureTemplateCheck.problems(structurePath: structurePath, layout: spec, layoutPath: layoutPath)
            if !templateProblems.isEmpty { throw DiagnosticList(templateProblems) }
            return (spec, structure)
        }()
        lap("load")
        let heat = HeatColors(stops: (spec.theme.palettes?["scores"] ?? []).compactMap { Color(hex: $0) })
        let document = try composed ?? ReportComposer(edition: edition, structure: structure, heat: heat,
                                          creationDate: BuildEnvironment.sourceDateEpoch,
                                          colors: ColorSystem(palettes: spec.theme.palettes)).compose()
        lap("compose")
        let protected = Set(edition.cities.map(\.name) + edition.cities.map(\.province))
        let rules = HyphenationRules(minWordLength: spec.theme.hyphenation?.minWord ?? 6,
                                     minPrefix: spec.theme.hyphenation?.minPrefix ?? 3,
                                     minSuffix: spec.theme.hyphenation?.minSuffix ?? 3,
                                     protectedWords: protected.union(spec.theme.hyphenation?.protect ?? []))
        let layouter = DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator(rules: rules))
        layouter.conversionWorkers = jobs
        layouter.sectionMemo = sectionMemo
        let layout = layouter.layout(document)
        lap("layout")
        timings.append(("layout self-check (part of layout)", layout.selfCheckSeconds))
        let errors = layout.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { throw DiagnosticList(errors) }
        if strict, !layout.diagnostics.isEmpty {
            throw DiagnosticList(layout.diagnostics.map { Diagnostic(.error, $0.message + " (strict mode)", at: $0.location) })
        }
        return Output(pages: layout.pages, info: document.info, layout: layout,
                      warnings: loadWarnings + layout.diagnostics, timings: timings)
    }

    public struct Result {
        public var pages: Int
        public var summary: [String]
    }

    public func run() throws -> Result {
        let fonts = try FontSet(directory: FontSet.defaultDirectory())
        // Read the print section first, so a layout without one fails before any work.
        let printSetup = try printReady ? Self.printSetup(layoutPath: layoutPath) : nil
        let output = try build(shaper: TextShaper(fontSet: fonts))
        var timings = output.timings
        let staging = try OutputStaging(outputDirectory: outputDirectory)
        // With PNGs to rasterise, those take the workers and the PDF is drawn beside them on
        // one thread; a PDF alone is drawn in runs of pages on all the workers.
        let (pages, info, png, dpi, jobs) = (output.pages, output.info, png, dpi, jobs)
        let pdfTime = TimeBox(), pngTime = TimeBox()
        try Concurrently.run({
            let start = ContinuousClock.now
            try staging.write("report.pdf") { try PDFExporter(workers: png ? 1 : jobs).export(pages, info: info, to: $0) }
            pdfTime.seconds = (ContinuousClock.now - start).seconds
        }, {
            guard png else { return }
            let start = ContinuousClock.now
            _ = try staging.write("report") { try ParallelRasterizer(dpi: dpi, jobs: jobs).write(pages, toDirectory: $0) }
            pngTime.seconds = (ContinuousClock.now - start).seconds
        })
        timings.append(("export pdf", pdfTime.seconds))
        if png { timings.append(("export png (alongside the pdf)", pngTime.seconds)) }
        if let printSetup {
            let s = ContinuousClock.now
            let printPages = PrintPreparer.prepare(output.pages, setup: printSetup)
            try staging.write("report-print.pdf") { try PDFExporter(workers: jobs).export(printPages, info: output.info, to: $0) }
            if pdfx {
                try staging.write("report-pdfx.pdf") {
                    try PDFXConverter().convert(staging.path("report-print.pdf"), to: $0, title: output.info.title)
                }
            }
            let d = ContinuousClock.now - s
            timings.append(("export print pdf", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
        }
        try staging.commit()
        let out = (outputDirectory as NSString).standardizingPath
        let times = timings.map { "\($0.0) \(String(format: $0.1 < 0.1 ? "%.3f" : "%.2f", $0.1)) s" }.joined(separator: ", ")
        return Result(pages: output.pages.count,
                      summary: output.warnings.map(\.description)
                        + ["wrote \(out)/report.pdf (\(output.pages.count) pages)" + (png ? " and \(out)/report/page-NNN.png" : "")
                           + (printReady ? " and \(out)/report-print.pdf" : "") + (printReady && pdfx ? " and \(out)/report-pdfx.pdf" : ""),
                           "timings: \(times)"])
    }
}

extension ReportJob {
    /// The layout's `print:` section; an error naming the file when it has none.
    static func printSetup(layoutPath: String) throws -> PrintSetup {
        guard let setup = try PrintSetup.load(layoutPath: layoutPath) else {
            throw Diagnostic.error("--print-ready needs a print section, e.g. print: { trim: A4, bleed: 3mm, cropMarks: true }",
                                   at: SourceLocation(file: layoutPath))
        }
        return setup
    }
}

/// Reads `Layouts/report.yaml`.
public enum ReportStructureLoader {
    public static func load(path: String) throws -> ReportStructure {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("cannot read the report structure", at: SourceLocation(file: path))
        }
        var structure: ReportStructure
        do {
            structure = try YAMLDecoder().decode(ReportStructure.self, from: text)
        } catch {
            throw Diagnostic.error("invalid report structure: \(error)", at: SourceLocation(file: path))
        }
        structure.file = path
        locateLines(in: text, of: &structure)
        return structure
    }

    /// Gives each part and chart entry the line it starts on, so a title that does not
    /// resolve is reported as `Layouts/report.yaml:23: …`.
    static func locateLines(in text: String, of structure: inout ReportStructure) {
        guard let root = try? Yams.compose(yaml: text) else { return }
        for (i, node) in (root["parts"]?.sequence ?? []).enumerated() where i < structure.parts.count {
            structure.parts[i].line = node.mark?.line ?? 0
        }
        for (key, group) in root["charts"]?.mapping ?? [:] {
            guard let name = key.string, var entries = structure.charts?[name] else { continue }
            for (j, node) in (group.sequence ?? []).enumerated() where j < entries.count {
                entries[j].line = node.mark?.line ?? 0
            }
            structure.charts?[name] = entries
        }
    }
}
