//! `folio build` and the brief structure: condensing is never silent (summary and manifest,
//! also when the brief comes from the cache), and a changed structure re-renders the briefs.

import FolioBuild
import FolioTestSupport
import Foundation
import XCTest

final class BriefCondensingBuildTests: XCTestCase {
    func testACondensedBriefIsAWarningInTheSummaryAndTheManifestEvenFromTheCache() throws {
        let f = try BuildFixture()
        let long = String(repeating: "The analyst's note runs on about the city's prospects. ", count: 30)
        try f.write("city-notes.yaml", "notes:\n  beijing: \"\(long)\"\n")
        var options = f.options(out: "out", cities: ["beijing", "wuxi"], cache: true)
        options.targets = [.briefs]
        try withSourceDateEpoch {
            let first = try BuildJob(options: options).run()
            let warnings = first.manifest.warnings.filter { $0.message.hasPrefix("brief of Beijing:") }
            XCTAssertEqual(warnings.count, 1, "\(first.manifest.warnings)")
            let message = try XCTUnwrap(warnings.first?.message)
            XCTAssertTrue(message.range(of: #"^brief of Beijing: dropped the analyst note to fit its region; it was \d+ pt taller than its region "note" \(\d+ pt\)$"#,
                                        options: .regularExpression) != nil, message)
            XCTAssertEqual(warnings.first?.severity, "warning")
            XCTAssertTrue(first.summary.contains { $0.contains(message) }, "\(first.summary)")
            XCTAssertFalse(first.manifest.warnings.contains { $0.message.hasPrefix("brief of Wuxi") }, "Wuxi fits as it is")

            let again = try BuildJob(options: options).run()
            XCTAssertEqual(again.manifest.run.reused.filter { $0.hasPrefix("brief:") }, ["brief:beijing", "brief:wuxi"])
            XCTAssertEqual(again.manifest.warnings, first.manifest.warnings, "a brief from the cache keeps its warnings")
            XCTAssertTrue(again.summary.contains { $0.contains(message) })
        }
    }

    func testFolioBriefsPrintsEachCondensingStep() throws {
        let f = try BuildFixture()
        let long = String(repeating: "The analyst's note runs on about the city's prospects. ", count: 30)
        try f.write("city-notes.yaml", "notes:\n  beijing: \"\(long)\"\n")
        let job = BriefsJob(editionDirectory: f.edition, layoutPath: TestResources.layoutPath("brief.yaml"),
                            reportLayoutPath: TestResources.layoutPath("print.yaml"), structurePath: TestResources.layoutPath("report.yaml"),
                            outputDirectory: f.root + "/briefs-out", cities: ["beijing"], jobs: 1, png: false)
        let outcome = try job.run()
        XCTAssertEqual(outcome.summary.count, 2, "\(outcome.summary)")
        XCTAssertTrue(outcome.summary[0].hasPrefix("warning: brief of Beijing: dropped the analyst note to fit its region; it was "),
                      outcome.summary[0])
    }

    func testAChangedBriefStructureReRendersTheBriefs() throws {
        let f = try BuildFixture()
        var options = f.options(out: "out", cities: ["wuxi"], cache: true)
        options.targets = [.briefs]
        let path = f.root + "/brief-structure.yaml"
        let bundled = try String(contentsOfFile: TestResources.layoutPath("brief-structure.yaml"), encoding: .utf8)
        try bundled.write(toFile: path, atomically: true, encoding: .utf8)
        options.briefStructurePath = path
        try withSourceDateEpoch {
            func briefsRendered() throws -> [String] {
                try BuildJob(options: options).run().manifest.run.rendered.filter { $0.hasPrefix("brief:") }
            }
            XCTAssertEqual(try briefsRendered(), ["brief:wuxi"])
            XCTAssertEqual(try briefsRendered(), [], "unchanged: nothing to render")
            let reordered = bundled.replacingOccurrences(of: "height: 187, compactHeight: 170", with: "height: 180, compactHeight: 170")
            XCTAssertNotEqual(reordered, bundled)
            try reordered.write(toFile: path, atomically: true, encoding: .utf8)
            XCTAssertEqual(try briefsRendered(), ["brief:wuxi"], "a changed structure re-renders")
        }
    }

    func testABrokenBriefStructureFailsTheBuildBeforeAnythingIsWritten() throws {
        let f = try BuildFixture()
        var options = f.options(out: "out", cities: ["wuxi"])
        let path = f.root + "/brief-structure.yaml"
        try "blocks:\n  - { kind: header, kicker: \"{{editon}}\" }\n".write(toFile: path, atomically: true, encoding: .utf8)
        options.briefStructurePath = path
        XCTAssertThrowsError(try BuildJob(options: options).run()) { error in
            let failure = error as? CommandFailure
            XCTAssertEqual(failure?.exitCode, 1)
            XCTAssertTrue(failure?.message.contains("\(path):2: unknown placeholder {{editon}}") ?? false, failure?.message ?? "")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: f.root + "/out"))
    }
}
