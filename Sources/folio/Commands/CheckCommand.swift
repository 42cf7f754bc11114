//! `folio check`: validates an edition as the build will and prints every problem, one per line.

import ArgumentParser
import FolioBuild

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check an edition as `folio build` will before layout; report every problem as path:line: message.",
        discussion: """
        Loads the edition, reads the layouts and the report structure, composes the print edition \
        and every brief (data-bound text included) and checks that the bundled fonts cover every \
        character printed. Exit 0 means the build will not reject the input.
        """)

    @Option(help: "Edition folder (default: the bundled cities-2025 edition).")
    var edition: String?

    @Option(help: "Layout of the print edition: a path, or a name looked up in the edition's folder, then in Layouts/.")
    var layout: String = "print.yaml"

    @Option(help: "Layout of the briefs (path or name, as --layout).")
    var briefLayout: String = "brief.yaml"

    @Option(help: "Report structure (path or name, as --layout).")
    var structure: String = "report.yaml"

    @Option(help: "Structure of the briefs: their blocks and condensing steps (path or name, as --layout).")
    var briefStructure: String = "brief-structure.yaml"

    func run() async throws {
        let directory = EditionPaths.edition(edition)
        let check = EditionCheck.run(edition: directory,
                                     reportLayoutPath: LayoutPaths.path(layout, edition: directory),
                                     structurePath: LayoutPaths.path(structure, edition: directory),
                                     briefLayoutPath: LayoutPaths.path(briefLayout, edition: directory),
                                     briefStructurePath: LayoutPaths.path(briefStructure, edition: directory))
        for line in check.lines { print(line) }
        print(check.summary)
        if !check.passed {
            throw CommandFailure.invalidInput("folio check: \(EditionCheck.count(check.errorCount, "error")) found")
        }
    }
}
