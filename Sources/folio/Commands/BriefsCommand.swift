//! `folio briefs`: one page per city, PDF and PNG, plus all.pdf.

import ArgumentParser
import FolioBuild
import Foundation

struct BriefsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefs",
        abstract: "Render one-page city briefs: OUT/briefs/<slug>.pdf and .png, and OUT/briefs/all.pdf.")

    @Option(help: "Edition folder (default: the bundled cities-2025 edition).")
    var edition: String?

    @Option(help: "Layout file of the briefs.")
    var layout: String = "brief.yaml"

    @Option(help: "Structure file of the briefs: their blocks in order and how they condense.")
    var structure: String = "brief-structure.yaml"

    @Option(name: .customLong("city"), help: "A city by slug or English name; repeat for several (default: all).")
    var cities: [String] = []

    @Option(help: "Output folder.")
    var out: String = "out"

    @Option(help: "PNG resolution in dots per inch.")
    var dpi: Double = 150

    @Option(help: "Worker threads (default: number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func run() async throws {
        let editionDirectory = EditionPaths.edition(edition)
        let job = BriefsJob(editionDirectory: editionDirectory, layoutPath: LayoutPaths.path(layout, edition: editionDirectory),
                            reportLayoutPath: LayoutPaths.path("print.yaml"), structurePath: LayoutPaths.path("report.yaml"),
                            briefStructurePath: LayoutPaths.path(structure, edition: editionDirectory), outputDirectory: out, dpi: dpi, cities: cities, jobs: jobs)
        let result = try CommandFailure.wrap { try job.run() }
        for line in result.summary { print(line) }
    }
}
