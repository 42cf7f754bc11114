//! `folio report`: renders the print edition to PDF and PNG pages.

import ArgumentParser
import FolioBuild
import Foundation

struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Render the print edition: OUT/report.pdf and OUT/report/page-NNN.png (and OUT/report-print.pdf).")

    @Option(help: "Edition folder (default: the bundled cities-2025 edition).")
    var edition: String?

    @Option(help: "Layout file.")
    var layout: String = "print.yaml"

    @Option(help: "Report structure file.")
    var structure: String = "report.yaml"

    @Option(help: "Output folder.")
    var out: String = "out"

    @Option(help: "PNG resolution in dots per inch.")
    var dpi: Double = 150

    @Flag(help: "Write only the PDF.")
    var noPng = false

    @Flag(help: "Fail on any layout finding (overflow, widow, orphan).")
    var strict = false

    @Option(help: "Worker threads for PNG rasterisation (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Also write OUT/report-print.pdf: bleed, crop marks and trim/bleed boxes from the layout's print section.")
    var printReady = false

    @Flag(help: "With --print-ready: also write OUT/report-pdfx.pdf, CMYK PDF/X-3 converted by Ghostscript.")
    var pdfx = false

    func run() async throws {
        let editionDirectory = EditionPaths.edition(edition)
        var job = ReportJob(editionDirectory: editionDirectory, layoutPath: LayoutPaths.path(layout, edition: editionDirectory),
                            structurePath: LayoutPaths.path(structure, edition: editionDirectory), outputDirectory: out, dpi: dpi,
                            png: !noPng, strict: strict, jobs: jobs, printReady: printReady)
        job.pdfx = pdfx
        if pdfx && !printReady { throw ValidationError("--pdfx needs --print-ready") }
        let result = try CommandFailure.wrap { try job.run() }
        for line in result.summary { print(line) }
    }
}
