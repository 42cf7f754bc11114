//! Runs every case of Tests/Fixtures/bad-layouts through `folio report --layout`: the expected
//! exit code, located messages, nothing rendered and the previous output kept.

import FolioTestSupport
import Foundation
import XCTest

/// Each case folder holds a `print.yaml` with mistakes and an `expected.txt`:
/// `exit N` and one `expect FRAGMENT` line per message that must appear (`print.yaml:LINE: …`).
final class BadLayoutCorpusTests: XCTestCase {
    static var corpus: URL { TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/bad-layouts") }

    static var cases: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? []).sorted()
    }

    struct Expected {
        var exitCode: Int32
        var fragments: [String]
        init(_ text: String) throws {
            var exitCode: Int32?
            fragments = []
            for line in text.split(separator: "\n") {
                if line.hasPrefix("exit ") { exitCode = Int32(line.dropFirst(5)) }
                if line.hasPrefix("expect ") { fragments.append(String(line.dropFirst(7))) }
            }
            guard let exitCode else { throw CocoaError(.fileReadCorruptFile) }
            self.exitCode = exitCode
        }
    }

    func testCorpusCoversTheListedMistakes() {
        let required = ["misspelled-key", "negative-font-size", "leading-zero", "unknown-font-role", "unknown-colour-name",
                        "unknown-page-size", "bad-length", "margins-wider-than-page", "unknown-next-template", "yaml-syntax-error"]
        XCTAssertEqual(required.filter { !Self.cases.contains($0) }, [])
    }

    func testEveryBadLayoutFailsWithLocatedMessages() throws {
        let out = try ExternalTools.temporaryDirectory("folio-bad-layout")
        defer { try? FileManager.default.removeItem(at: out) }
        // A previous build's output, which a failed build must leave as it was.
        let previous = out.appendingPathComponent("report.pdf")
        try Data("previous".utf8).write(to: previous)
        for name in Self.cases {
            let folder = Self.corpus.appendingPathComponent(name)
            let expected = try Expected(try String(contentsOf: folder.appendingPathComponent("expected.txt"), encoding: .utf8))
            XCTAssertFalse(expected.fragments.isEmpty, "case \(name) expects no message")
            let layout = "Tests/Fixtures/bad-layouts/\(name)/print.yaml"
            let result = try FolioCommand.run(["report", "--layout", layout, "--out", out.path, "--no-png"])
            XCTAssertEqual(result.status, expected.exitCode, "case \(name)\n\(result.transcript)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            for fragment in expected.fragments {
                XCTAssertTrue(lines.contains { $0.contains(layout.dropLast("print.yaml".count) + fragment) },
                              "case \(name): no message contains \"\(fragment)\"\n\(result.stderr)")
            }
            // Every message about the layout names its file and a line.
            for line in lines where line.contains("print.yaml") {
                XCTAssertTrue(line.hasPrefix(layout + ":") && line.dropFirst(layout.count + 1).first?.isNumber == true,
                              "case \(name): message without its line: \(line)")
            }
            XCTAssertEqual(FolioCommand.libraryNoise(result.stderr), [], "case \(name): a C library wrote to the terminal")
            XCTAssertEqual(try Data(contentsOf: previous), Data("previous".utf8), "case \(name): the previous output was replaced")
        }
    }

    /// A structure naming a template the layout lacks is an error at its line, not a silent `body`.
    func testStructureTemplatesMustExistInTheLayout() throws {
        let folder = try ExternalTools.temporaryDirectory("folio-bad-structure")
        defer { try? FileManager.default.removeItem(at: folder) }
        let original = try String(contentsOf: TestResources.repositoryRoot.appendingPathComponent("Layouts/report.yaml"), encoding: .utf8)
        let lines = original.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try XCTUnwrap(lines.firstIndex { $0.contains("kind: contents") }) + 1
        let structure = folder.appendingPathComponent("report.yaml")
        try original.replacingOccurrences(of: "{ kind: contents, title: Contents, template: front }",
                                          with: "{ kind: contents, title: Contents, template: frnt }")
            .write(to: structure, atomically: true, encoding: .utf8)
        let result = try FolioCommand.run(["report", "--structure", structure.path, "--out", folder.appendingPathComponent("out").path, "--no-png"])
        XCTAssertEqual(result.status, 1, result.transcript)
        XCTAssertTrue(result.stderr.contains("report.yaml:\(line): parts[1].template: no template \"frnt\" in print.yaml (did you mean \"front\"?)"),
                      result.transcript)
    }
}
