//! `folio init DIR`: starts a new edition from the bundled starter.

import ArgumentParser
import FolioBuild

struct InitCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a small, valid edition in DIR to start from (five cities, three dimensions).",
        discussion: "DIR must be new or empty. Every file is explained in DIR/README.md or in a comment.")

    @Argument(help: "Folder of the new edition.")
    var directory: String

    func run() async throws {
        let files = try StarterEdition.create(at: directory)
        print("wrote \(files.count) files into \(directory)/ (see \(directory)/README.md)")
        print("next: folio check --edition \(directory) && folio build --edition \(directory) --out \(directory)-out")
    }
}
