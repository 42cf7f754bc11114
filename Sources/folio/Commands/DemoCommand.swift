//! `folio demo`: renders the built-in demo document that exercises the whole pipeline.

import ArgumentParser
import FolioBuild

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Render the demo document (heading, justified text, Chinese, table, shape, link, outline).")

    @Option(help: "Output folder; writes demo.pdf and demo/page-NNN.png.")
    var out: String = "out"

    @Option(help: "PNG resolution in dots per inch.")
    var dpi: Double = 150

    func run() async throws {
        let result = try CommandFailure.wrap { try DemoJob(outputDirectory: out, dpi: dpi).run() }
        for line in result.summary { print(line) }
    }
}
