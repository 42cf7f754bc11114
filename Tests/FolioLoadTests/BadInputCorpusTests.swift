//! Runs every case of Tests/Fixtures/bad: a broken file over the mini edition must give the
//! expected exit code and a located message.

import Foundation
import Testing
import FolioCore
import FolioLoad

@Suite struct BadInputCorpusTests {
    @Test func corpusHasAtLeastFortyCases() {
        #expect(Fixtures.badCases.count >= 40)
    }

    @Test(arguments: Fixtures.badCases)
    func badInput(_ name: String) throws {
        let caseFolder = Fixtures.bad.appendingPathComponent(name)
        let expected = try ExpectedOutcome(contentsOf: caseFolder.appendingPathComponent("expected.txt"))
        #expect(!expected.fragments.isEmpty, "case \(name) has no expected message")
        let edition = try Fixtures.miniCopy(named: name)
        defer { try? FileManager.default.removeItem(at: edition.deletingLastPathComponent()) }
        try Fixtures.overlay(caseFolder, onto: edition)
        for path in expected.removals {
            try FileManager.default.removeItem(at: edition.appendingPathComponent(path))
        }

        let result = EditionLoader.inspect(directory: edition.path)
        let lines = result.diagnostics.map(\.description)
        if expected.afterLoad {
            // The loader accepts it; the build's preflight (FolioBuildTests) rejects it.
            #expect(result.errors.isEmpty && result.edition != nil, "case \(name):\n\(lines.joined(separator: "\n"))")
            return
        }
        // The same rule as `folio check`: exit 1 when any error, else 0.
        let exitCode = result.errors.isEmpty ? 0 : 1
        #expect(exitCode == expected.exitCode, "case \(name):\n\(lines.joined(separator: "\n"))")
        if expected.exitCode != 0 {
            #expect(result.errors.count > 0)
            #expect(result.edition == nil)
        } else {
            #expect(result.edition != nil)
        }
        for fragment in expected.fragments {
            #expect(lines.contains { $0.contains(fragment) },
                    "case \(name): no message contains \"\(fragment)\"; got:\n\(lines.joined(separator: "\n"))")
        }
        // Every message about a file starts with `case/<file>`.
        for d in result.diagnostics {
            #expect(d.location?.file.hasPrefix(name + "/") == true, "unlocated message: \(d)")
        }
    }
}
