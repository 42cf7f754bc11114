//! `folio scores`: prints every figure of an edition as one long table.

import ArgumentParser
import FolioBuild

extension ScoresFormat: ExpressibleByArgument {}

struct ScoresCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Print every score, total and rank as dimension,variable,city,value (CSV or JSON).")

    @Option(help: "Edition folder (default: Assets/editions/cities-2025).")
    var edition: String?

    @Option(help: "Output format: csv or json.")
    var format: ScoresFormat = .csv

    func run() async throws {
        let text = try ScoresExport.run(edition: EditionPaths.edition(edition), format: format)
        print(text, terminator: "")
    }
}
