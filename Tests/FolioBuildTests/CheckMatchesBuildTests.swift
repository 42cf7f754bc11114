//! `folio check` means the build will pass: over every case of the bad-input corpus, the
//! check and the build give the same exit code and the same first message.

import FolioBuild
import FolioTestSupport
import Foundation
import XCTest

final class CheckMatchesBuildTests: XCTestCase {
    static let fixtures = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// The mini edition has one text (`intro`) and one narrative: a structure that prints the
    /// text and the other parts that need no narrative.
    static let miniStructure = """
        parts:
          - { kind: cover }
          - { kind: contents, title: Contents, template: front }
          - { kind: text, text: intro, template: body }
          - { kind: glance, title: "At a glance", continue: true }
          - { kind: overall-table, template: body }
          - { kind: charts, charts: overview, continue: true }
          - { kind: indicators, title: Variables and indicators, template: wide }
          - { kind: references, title: References, template: body }
        charts:
          overview:
            - { type: ranked-bars, data: overall-totals, title: "Overall scores", height: 200 }
        """

    func testEveryCorpusCaseGivesTheSameExitCodeAndFirstMessageFromCheckAndBuild() throws {
        let cases = try FileManager.default.contentsOfDirectory(atPath: Self.fixtures.appendingPathComponent("bad").path)
            .filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertGreaterThanOrEqual(cases.count, 40)
        XCTAssertTrue(cases.contains("md-uncovered-character"))
        let root = try ExternalTools.temporaryDirectory("folio-check-build")
        defer { try? FileManager.default.removeItem(at: root) }
        let structure = root.appendingPathComponent("mini-report.yaml").path
        try Self.miniStructure.write(toFile: structure, atomically: true, encoding: .utf8)

        var passing = 0
        for name in cases {
            let edition = try Self.prepare(name, in: root)
            let expectedExit = try Self.expectedExit(name)
            // The print edition only: the mini edition's two dimensions make no brief radar
            // (tested below).
            let check = EditionCheck.run(edition: edition, reportLayoutPath: TestResources.layoutPath("print.yaml"),
                                         structurePath: structure, briefLayoutPath: TestResources.layoutPath("brief.yaml"), briefs: false)
            let checkExit: Int32 = check.passed ? 0 : 1
            var options = Self.options(edition, structure: structure, out: root.appendingPathComponent("out-" + name).path)
            options.targets = [.report]
            XCTAssertEqual(checkExit, expectedExit, "case \(name): check says\n\(check.lines.joined(separator: "\n"))")
            for line in try Self.expectedLines(name) where line.hasPrefix("expect ") {
                XCTAssertTrue(check.lines.contains { $0.contains(line.dropFirst(7)) }, "case \(name): no message contains \"\(line.dropFirst(7))\"")
            }
            do {
                let outcome = try BuildJob(options: options).run()
                XCTAssertEqual(checkExit, 0, "case \(name): the build passed, the check did not:\n\(check.lines.joined(separator: "\n"))")
                // Warnings: the check's (from loading) are all in the build's manifest.
                let built = Set(outcome.manifest.warnings.map(\.description))
                for line in check.lines { XCTAssertTrue(built.contains(line), "case \(name): the build does not report \(line)") }
                passing += 1
            } catch let failure as CommandFailure {
                XCTAssertEqual(failure.exitCode, checkExit, "case \(name): build exit \(failure.exitCode): \(failure.message)")
                XCTAssertEqual(failure.message.split(separator: "\n").first.map(String.init), check.lines.first,
                               "case \(name): first messages differ")
            }
        }
        XCTAssertGreaterThanOrEqual(passing, 2, "the corpus's accepted cases build")
    }

    /// A radar chart needs three dimensions: the check says so before layout, as the build does.
    /// (A brief leaves its radar out on such an edition; a radar the report structure asks
    /// for cannot be left out.)
    func testChartDataTheBuildCannotDrawFailsTheCheckWithTheBuildsMessage() throws {
        let root = try ExternalTools.temporaryDirectory("folio-check-radar")
        defer { try? FileManager.default.removeItem(at: root) }
        let structure = root.appendingPathComponent("mini-report.yaml").path
        try (Self.miniStructure + "\n    - { type: radar, data: \"city:aston\", title: \"Profile of Aston\", height: 200 }\n")
            .write(toFile: structure, atomically: true, encoding: .utf8)
        let edition = Self.fixtures.appendingPathComponent("good/mini").path
        let check = EditionCheck.run(edition: edition, reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: structure,
                                     briefLayoutPath: TestResources.layoutPath("brief.yaml"))
        XCTAssertEqual(check.lines.count, 1, check.lines.joined(separator: "\n"))
        XCTAssertTrue(check.lines.first?.contains("radar chart \"Profile of Aston\" has no data to show") ?? false,
                      check.lines.joined(separator: "\n"))
        XCTAssertThrowsError(try BuildJob(options: Self.options(edition, structure: structure, out: root.appendingPathComponent("out").path)).run()) { error in
            XCTAssertEqual((error as? CommandFailure)?.exitCode, 1)
            XCTAssertEqual((error as? CommandFailure)?.message.split(separator: "\n").first.map(String.init), check.lines.first)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("out").path), "nothing was written")
    }

    static func options(_ edition: String, structure: String, out: String) -> BuildOptions {
        BuildOptions(editionDirectory: edition, outputDirectory: out,
                     reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: structure,
                     briefLayoutPath: TestResources.layoutPath("brief.yaml"), fontDirectory: TestResources.fontDirectory,
                     jobs: 2, formats: [.pdf], cacheDirectory: nil, dpi: 24)
    }

    func testTheUncoveredCharacterIsNamedWithItsSource() throws {
        let root = try ExternalTools.temporaryDirectory("folio-check-glyph")
        defer { try? FileManager.default.removeItem(at: root) }
        let edition = try Self.prepare("md-uncovered-character", in: root)
        let structure = root.appendingPathComponent("mini-report.yaml").path
        try Self.miniStructure.write(toFile: structure, atomically: true, encoding: .utf8)
        let check = EditionCheck.run(edition: edition, reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: structure,
                                     briefLayoutPath: TestResources.layoutPath("brief.yaml"), briefs: false)
        XCTAssertFalse(check.passed)
        XCTAssertTrue(check.lines.contains { $0.hasPrefix("text/intro.md:") && $0.contains("U+13000 '\u{13000}'") },
                      check.lines.joined(separator: "\n"))
    }

    /// A copy of the mini edition with the case's files laid over it, named like the case.
    static func prepare(_ name: String, in root: URL) throws -> String {
        let fm = FileManager.default
        // At the depth the loader's corpus test uses (`../../../etc/…` cases reach /etc).
        let target = root.appendingPathComponent(name)
        try fm.copyItem(at: fixtures.appendingPathComponent("good/mini"), to: target)
        let overlay = fixtures.appendingPathComponent("bad").appendingPathComponent(name)
        let walker = fm.enumerator(atPath: overlay.path)
        while let relative = walker?.nextObject() as? String {
            if relative == "expected.txt" { continue }
            var isDirectory: ObjCBool = false
            let source = overlay.appendingPathComponent(relative), dest = target.appendingPathComponent(relative)
            _ = fm.fileExists(atPath: source.path, isDirectory: &isDirectory)
            if isDirectory.boolValue {
                try fm.createDirectory(at: dest, withIntermediateDirectories: true)
            } else {
                if fm.fileExists(atPath: dest.path) || (try? fm.destinationOfSymbolicLink(atPath: dest.path)) != nil {
                    try fm.removeItem(at: dest)
                }
                try fm.copyItem(at: source, to: dest)
            }
        }
        for line in try Self.expectedLines(name) where line.hasPrefix("remove ") {
            try fm.removeItem(at: target.appendingPathComponent(String(line.dropFirst(7))))
        }
        return target.path
    }

    static func expectedLines(_ name: String) throws -> [String] {
        let url = fixtures.appendingPathComponent("bad").appendingPathComponent(name).appendingPathComponent("expected.txt")
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").map(String.init)
    }

    static func expectedExit(_ name: String) throws -> Int32 {
        try expectedLines(name).first { $0.hasPrefix("exit ") }.flatMap { Int32($0.dropFirst(5)) } ?? 1
    }
}
