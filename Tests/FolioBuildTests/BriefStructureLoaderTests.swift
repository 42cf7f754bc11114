//! The brief structure file: the bundled one loads as documented; mistakes are reported all
//! at once as `path:line: message` with a "did you mean", and exit 1 through the command.

import FolioBuild
import FolioCompose
import FolioCore
import FolioTestSupport
import Foundation
import XCTest

final class BriefStructureLoaderTests: XCTestCase {
    func testTheBundledStructureListsEveryBlockInOrderOnItsRegionWithItsCondensingSteps() throws {
        let s = try BriefStructureLoader.load(path: TestResources.layoutPath("brief-structure.yaml"))
        XCTAssertEqual(s.blocks.map(\.kind), [.header, .summary, .radar, .strongestVariables, .weakestVariables, .note,
                                              .profileBars, .neighbours, .observation, .source, .distribution])
        XCTAssertEqual(s.condense.map(\.name), ["compact observation", "drop note", "compact radar", "compact strongest-variables",
                                                "compact weakest-variables", "compact neighbours", "drop distribution"])
        XCTAssertEqual(s.block(.radar)?.number("height"), 187)
        XCTAssertEqual(s.block(.radar)?.number("compactHeight"), 170)
        let grid = try XCTUnwrap(s.grid)
        for block in s.blocks where block.kind != .header {
            XCTAssertNotNil(grid.region(block.region ?? ""), "\(block.kind.rawValue) has a region of the grid")
        }
        XCTAssertEqual(s.block(.distribution)?.string("title"), "Where {{city}} stands among all {{cities}} cities")
        // Every block records its line, so layout findings can point at it.
        XCTAssertEqual(s.blocks.compactMap(\.source?.line).count, s.blocks.count)
    }

    /// `BriefStructure.standard` (used when no file is read) is the bundled file, option for option.
    func testTheStandardStructureIsTheBundledFile() throws {
        let file = try BriefStructureLoader.load(path: TestResources.layoutPath("brief-structure.yaml"))
        XCTAssertEqual(file.blocks.map(\.kind), BriefStructure.standard.blocks.map(\.kind))
        XCTAssertEqual(file.condense, BriefStructure.standard.condense)
        XCTAssertEqual(file.grid, BriefStructure.standard.grid)
        XCTAssertNotNil(file.grid, "the bundled briefs are on a grid")
        for (a, b) in zip(file.blocks, BriefStructure.standard.blocks) {
            for key in a.kind.options {
                if BriefBlock.numberOptions.contains(key) {
                    XCTAssertEqual(a.number(key), b.number(key), "\(a.kind.rawValue).\(key)")
                } else {
                    XCTAssertEqual(a.string(key), b.string(key), "\(a.kind.rawValue).\(key)")
                }
            }
        }
    }

    func testRegionHeightsMayBeAutoOrFillWithALimit() throws {
        let text = """
        grid:
          top: 120
          regions:
            - { name: chart, column: left, height: fill, min: 150, max: 260 }
            - { name: text, column: right, height: fit, max: 90 }
            - { name: foot, column: full, height: 40 }
        blocks:
          - header
          - { kind: radar, region: chart }
          - { kind: strongest-variables, region: text }
          - { kind: source, region: foot }
        """
        let grid = try XCTUnwrap(try BriefStructureLoader.parse(text, path: "g.yaml").grid)
        XCTAssertEqual(grid.regions.map(\.sizing), [.fill, .auto, .fixed])
        XCTAssertEqual(grid.regions.map(\.maxHeight), [260, 90, nil])
        XCTAssertEqual(grid.regions.map(\.height), [150, 0, 40], "the least height of auto and fill regions is their `min:`")
        let fixedWithLimit = text.replacingOccurrences(of: "height: 40 }", with: "height: 40, max: 50 }")
        XCTAssertThrowsError(try BriefStructureLoader.parse(fixedWithLimit, path: "g.yaml")) { error in
            XCTAssertTrue("\(error)".contains("g.yaml:6: region \"foot\" has a fixed height; `min:` and `max:` go with"), "\(error)")
        }
        // A note's height would follow every city's note, which a cached brief does not.
        let autoNote = text.replacingOccurrences(of: "kind: strongest-variables", with: "kind: note")
        XCTAssertThrowsError(try BriefStructureLoader.parse(autoNote, path: "g.yaml")) { error in
            XCTAssertTrue("\(error)".contains("g.yaml:10: region \"text\" holds the note block and cannot be `height: auto`"), "\(error)")
        }
    }

    func testGridMistakesAreReportedWithTheirLines() throws {
        let text = """
        grid:
          top: 120
          regions:
            - { name: main, column: middle, height: 100 }
            - { name: side, column: left, height: 90 }
            - { name: side, column: right, height: 90 }
        blocks:
          - header
          - { kind: summary, region: sied }
          - { kind: radar }
          - { kind: source, region: side }
          - { kind: note, region: side }
        """
        XCTAssertThrowsError(try BriefStructureLoader.parse(text, path: "grid.yaml")) { error in
            let message = "\(error)"
            let expected = [
                "grid.yaml:4: unknown column \"middle\"",
                "grid.yaml:6: region \"side\" appears twice (first at line 5)",
                "grid.yaml:9: unknown region \"sied\" in the summary block (did you mean \"side\"?)",
                "grid.yaml:10: the radar block needs `region:`",
                "grid.yaml:12: region \"side\" already holds the source block",
            ]
            for fragment in expected { XCTAssertTrue(message.contains(fragment), "missing \(fragment) in:\n\(message)") }
        }
        XCTAssertThrowsError(try BriefStructureLoader.parse("blocks:\n  - { kind: summary, region: lead }\n", path: "b.yaml")) { error in
            XCTAssertTrue("\(error)".contains("b.yaml:2: the summary block names a region but the structure has no `grid:`"), "\(error)")
        }
    }

    func testShorthandBlocksAndDefaults() throws {
        let s = try BriefStructureLoader.parse("blocks:\n  - header\n  - summary\n  - { kind: radar }\n", path: "b.yaml")
        XCTAssertEqual(s.blocks.map(\.kind), [.header, .summary, .radar])
        XCTAssertEqual(s.block(.radar)?.number("height"), 187, "an option left out takes its default")
        XCTAssertEqual(s.condense, [])
    }

    func testEveryMistakeIsReportedAtOnceWithItsLineAndASuggestion() throws {
        let text = """
        blocks:
          - { kind: summary }
          - { kind: header }
          - { kind: raddar, height: 200 }
          - { kind: radar, hieght: 200 }
          - { kind: distribution, height: 2000, title: "Where {{citty}} stands" }
          - { kind: neighbours, reach: 1, compactReach: 3 }
          - { kind: summary }
          - { kind: note, count: 2 }
        condense:
          - drop: observation
          - shrink: radar
          - compact: note
          - drop: note
          - drop: note
        extra: true
        """
        XCTAssertThrowsError(try BriefStructureLoader.parse(text, path: "bad.yaml")) { error in
            let message = "\(error)"
            let expected = [
                "bad.yaml:3: the header must be the first block",
                "bad.yaml:4: unknown block kind \"raddar\" (did you mean \"radar\"?)",
                "bad.yaml:5: unknown option \"hieght\" in the radar block (did you mean \"height\"?)",
                "bad.yaml:6: \"height\" is 2000, outside 40…800",
                "bad.yaml:6: unknown placeholder {{citty}} (did you mean \"city\"?)",
                "bad.yaml:7: \"compactReach\" (3) must not exceed \"reach\" (1)",
                "bad.yaml:8: block \"summary\" appears twice (first at line 2)",
                "bad.yaml:9: unknown option \"count\" in the note block",
                "bad.yaml:11: step \"drop observation\" names a block the brief does not have",
                "bad.yaml:12: unknown condensing action \"shrink\"",
                "bad.yaml:13: a note block has no compact form",
                "bad.yaml:15: step \"drop note\" appears twice (first at line 14)",
                "bad.yaml:16: unknown key \"extra\"",
            ]
            for fragment in expected { XCTAssertTrue(message.contains(fragment), "missing \(fragment) in:\n\(message)") }
            XCTAssertEqual(message.split(separator: "\n").count, expected.count, message)
        }
    }

    func testDataExpressionsAreAcceptedAndMalformedOnesReported() throws {
        let good = "blocks:\n  - { kind: radar, title: \"The {{dimensions | words}} dimensions of {{ cities }} cities\" }\n"
        XCTAssertEqual(try BriefStructureLoader.parse(good, path: "g.yaml").blocks.first?.text["title"],
                       "The {{dimensions | words}} dimensions of {{ cities }} cities")
        let bad = "blocks:\n  - { kind: radar, title: \"{{top five overall}}\" }\n  - { kind: note, title: \"{{city\" }\n"
        XCTAssertThrowsError(try BriefStructureLoader.parse(bad, path: "b.yaml")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("b.yaml:2: placeholder {{top five overall}}: \"five\" is not a whole number"), message)
            XCTAssertTrue(message.contains("b.yaml:3: unclosed \"{{\" in \"title\""), message)
        }
    }

    func testASyntaxErrorAndAMissingFileAreInputErrors() throws {
        XCTAssertThrowsError(try BriefStructureLoader.parse("blocks:\n  - { kind: radar\n", path: "broken.yaml")) { error in
            XCTAssertTrue("\(error)".hasPrefix("broken.yaml:"), "\(error)")
        }
        XCTAssertThrowsError(try BriefStructureLoader.parse("condense: []\n", path: "empty.yaml")) { error in
            XCTAssertTrue("\(error)".contains("missing `blocks:`"), "\(error)")
        }
        XCTAssertThrowsError(try CommandFailure.wrap { try BriefStructureLoader.load(path: "/nonexistent/brief-structure.yaml") }) { error in
            XCTAssertEqual((error as? CommandFailure)?.exitCode, 1)
        }
    }

    /// `folio briefs --structure` refuses a broken file before reading the edition (exit 1).
    func testTheBriefsJobFailsOnABrokenStructureWithExitCode1() throws {
        let dir = FileManager.default.temporaryDirectory.path + "/folio-brief-structure-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/brief-structure.yaml"
        try "blocks:\n  - { kind: header }\n  - { kind: sumary }\n".write(toFile: path, atomically: true, encoding: .utf8)
        let job = BriefsJob(editionDirectory: TestResources.repositoryRoot.appendingPathComponent("Assets/editions/cities-2025").path,
                            layoutPath: TestResources.layoutPath("brief.yaml"), reportLayoutPath: TestResources.layoutPath("print.yaml"),
                            structurePath: TestResources.layoutPath("report.yaml"), briefStructurePath: path,
                            outputDirectory: dir + "/out", cities: ["beijing"], jobs: 1, png: false)
        XCTAssertThrowsError(try CommandFailure.wrap { try job.run() }) { error in
            let failure = error as? CommandFailure
            XCTAssertEqual(failure?.exitCode, 1)
            XCTAssertTrue(failure?.message.contains("\(path):3: unknown block kind \"sumary\" (did you mean \"summary\"?)") ?? false,
                          failure?.message ?? "")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir + "/out"), "nothing is written")
    }
}
