//! folio build: byte-identical output, independent of workers; atomic on failure; manifest
//! entries that match the files.

import FolioBuild
import Foundation
import XCTest

final class BuildJobTests: XCTestCase {
    func testTwoBuildsAreByteIdenticalWhateverTheNumberOfWorkers() throws {
        let f = try BuildFixture()
        // SVG is compared across processes only: Cairo numbers SVG surfaces with a counter
        // that lives as long as the process, so a second SVG export in one process differs.
        let (a, b) = try withSourceDateEpoch {
            (try BuildJob(options: f.options(out: "a", cities: ["beijing", "hangzhou"], formats: [.pdf, .png, .svg], jobs: 1)).run(),
             try BuildJob(options: f.options(out: "b", cities: ["beijing", "hangzhou"], formats: [.pdf, .png], jobs: 2)).run())
        }
        let treeA = try BuildFixture.tree(f.root + "/a"), treeB = try BuildFixture.tree(f.root + "/b")
        XCTAssertEqual(Set(treeA.keys.filter { !$0.hasSuffix(".svg") }), Set(treeB.keys))
        for (path, bytes) in treeB where path != "manifest.json" {
            XCTAssertEqual(bytes, treeA[path], "\(path) differs between --jobs 1 and --jobs 2")
        }
        var withoutSVG = a.manifest.deterministicPart
        withoutSVG.formats = ["pdf", "png"]
        withoutSVG.outputs.removeAll { $0.path.hasSuffix(".svg") }
        XCTAssertEqual(try withoutSVG.encoded(), try b.manifest.deterministicPart.encoded())
        XCTAssertNotEqual(a.manifest.run.jobs, b.manifest.run.jobs, "the run section is where the builds may differ")

        // Every file is in the manifest with its size and digest, and nothing else is.
        let m = a.manifest
        XCTAssertEqual(Set(m.outputs.map(\.path)), Set(treeA.keys).subtracting(["manifest.json"]))
        for o in m.outputs {
            XCTAssertEqual(o.bytes, treeA[o.path]?.count, o.path)
            XCTAssertEqual(o.sha256, ContentHash.sha256(treeA[o.path]!), o.path)
        }
        let reportPages = try XCTUnwrap(m.reportPages)
        XCTAssertGreaterThan(reportPages, 50)
        XCTAssertEqual(m.outputs.first { $0.path == "report.pdf" }?.pages, reportPages)
        XCTAssertEqual(m.outputs.filter { $0.path.hasPrefix("report/") && $0.path.hasSuffix(".png") }.count, reportPages)
        XCTAssertEqual(m.outputs.filter { $0.path.hasPrefix("report/") && $0.path.hasSuffix(".svg") }.count, reportPages)
        XCTAssertEqual(m.briefs, ["beijing", "hangzhou"])
        XCTAssertNotNil(treeA["briefs/hangzhou.png"]); XCTAssertNotNil(treeA["briefs/beijing.svg"])
        XCTAssertEqual(m.edition.name, "edition")
        XCTAssertEqual(m.folioVersion, FolioVersion.current)
        XCTAssertEqual(m.edition.contentHash.count, 64)
        XCTAssertTrue(m.run.timings.keys.contains("load") && m.run.timings.keys.contains("report layout"), "\(m.run.timings.keys)")
        XCTAssertEqual(Set(m.run.rendered), ["report", "brief:beijing", "brief:hangzhou", "briefs:all"])
        // briefs/all.pdf holds every brief of the build, one page each, as `folio briefs` writes it.
        XCTAssertEqual(m.outputs.first { $0.path == "briefs/all.pdf" }?.pages, 2)
        XCTAssertNotNil(treeA["briefs/all.pdf"])
    }

    /// A PDF-only build is where `--jobs` reaches furthest: sections are converted and runs
    /// of pages drawn on the workers. The files must not show it.
    func testPDFOnlyBuildIsByteIdenticalOnOneAndTwoWorkers() throws {
        let f = try BuildFixture()
        let (a, b) = try withSourceDateEpoch {
            (try BuildJob(options: f.options(out: "a", cities: ["beijing"], formats: [.pdf], jobs: 1)).run(),
             try BuildJob(options: f.options(out: "b", cities: ["beijing"], formats: [.pdf], jobs: 2)).run())
        }
        let treeA = try BuildFixture.tree(f.root + "/a"), treeB = try BuildFixture.tree(f.root + "/b")
        XCTAssertEqual(Set(treeA.keys), Set(treeB.keys))
        XCTAssertNotNil(treeA["report.pdf"])
        for (path, bytes) in treeA where path != "manifest.json" {
            XCTAssertEqual(bytes, treeB[path], "\(path) differs between --jobs 1 and --jobs 2")
        }
        XCTAssertEqual(try a.manifest.deterministicPart.encoded(), try b.manifest.deterministicPart.encoded())
    }

    func testAFailedBuildLeavesThePreviousOutputExactlyAsItWas() throws {
        let f = try BuildFixture()
        let options = f.options(out: "out", cities: ["beijing"], cache: true)
        _ = try BuildJob(options: options).run()
        let before = try BuildFixture.tree(f.root + "/out")
        XCTAssertNotNil(before["report.pdf"])

        // Break the data: a score that is not a number.
        let scores = try f.read("scores/economic-strength.csv")
        var lines = scores.components(separatedBy: "\n")
        var fields = lines[1].components(separatedBy: ",")
        fields[2] = "lots"
        lines[1] = fields.joined(separator: ",")
        try f.write("scores/economic-strength.csv", lines.joined(separator: "\n"))

        XCTAssertThrowsError(try BuildJob(options: options).run()) { error in
            let failure = error as? CommandFailure
            XCTAssertEqual(failure?.exitCode, 1)
            XCTAssertTrue(failure?.message.contains("economic-strength.csv") ?? false, "\(error)")
        }
        XCTAssertEqual(try BuildFixture.tree(f.root + "/out"), before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: f.root).filter { $0.contains("staging") }
        XCTAssertEqual(leftovers, [], "no staging folder is left behind")
    }

    func testAnUnknownCityIsAUsageError() throws {
        let f = try BuildFixture()
        XCTAssertThrowsError(try BuildJob(options: f.options(out: "out", cities: ["shenzen"])).run()) { error in
            XCTAssertEqual((error as? CommandFailure)?.exitCode, 2)
        }
    }

    func testFormatsAndShardsParse() throws {
        XCTAssertEqual(try OutputFormat.parse("svg, pdf"), [.pdf, .svg])
        XCTAssertThrowsError(try OutputFormat.parse("pdf,tiff"))
        XCTAssertEqual(try Shard(parsing: "2/3"), Shard(index: 2, count: 3))
        for bad in ["0/3", "4/3", "2", "a/b", "1/0"] { XCTAssertThrowsError(try Shard(parsing: bad), bad) }
        let slugs = (1...7).map { "c\($0)" }
        let shards = (1...3).map { Shard(index: $0, count: 3).select(slugs) }
        XCTAssertEqual(shards, [["c1", "c4", "c7"], ["c2", "c5"], ["c3", "c6"]])
    }
}
