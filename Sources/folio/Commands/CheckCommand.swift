//! `folio check`: validates an edition and prints every problem, one per line.

import ArgumentParser
import FolioBuild

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate an edition folder and report every problem as path:line: message.")

    @Option(help: "Edition folder (default: Assets/editions/cities-2025).")
    var edition: String?

    func run() async throws {
        let check = EditionCheck.run(edition: EditionPaths.edition(edition))
        for line in check.lines { print(line) }
        print(check.summary)
        if !check.passed {
            throw CommandFailure.invalidInput("folio check: \(EditionCheck.count(check.errorCount, "error")) found")
        }
    }
}
