//! The build cache: a no-op rebuild renders nothing; a note re-renders its brief only; a
//! narrative re-renders the report only; --no-cache renders everything.

import FolioBuild
import Foundation
import XCTest

final class IncrementalBuildTests: XCTestCase {
    func testEachChangeReRendersExactlyTheOutputsThatDependOnIt() throws {
        let f = try BuildFixture()
        // Cities without an observation: their briefs print no report page number.
        let cities = ["beijing", "wuxi", "shenzhen"]
        let options = f.options(out: "out", cities: cities, cache: true)
        let all = ["brief:beijing", "brief:shenzhen", "brief:wuxi", "briefs:all", "report"]
        try withSourceDateEpoch {
            let first = try BuildJob(options: options).run().manifest
            XCTAssertEqual(first.run.rendered, all)
            XCTAssertEqual(first.run.reused, [])
            let firstTree = try BuildFixture.tree(f.root + "/out")

            let noop = try BuildJob(options: options).run().manifest
            XCTAssertEqual(noop.run.rendered, [], "a rebuild without changes renders nothing")
            XCTAssertEqual(noop.run.reused, all)
            XCTAssertEqual(try noop.deterministicPart.encoded(), try first.deterministicPart.encoded())
            XCTAssertEqual(try BuildFixture.tree(f.root + "/out").filter { $0.key != "manifest.json" },
                           firstTree.filter { $0.key != "manifest.json" })

            try f.write("city-notes.yaml", "notes:\n  shenzhen: \"Watch the port figures next year.\"\n")
            let note = try BuildJob(options: options).run().manifest
            XCTAssertEqual(note.run.rendered, ["brief:shenzhen", "briefs:all"], "a city's note re-renders that brief (and all.pdf) only")

            let path = "narratives/economic-strength.md"
            try f.write(path, try f.read(path) + "\nA paragraph added by the test.\n")
            let narrative = try BuildJob(options: options).run().manifest
            XCTAssertEqual(narrative.run.rendered, ["report"], "a narrative re-renders the report and no brief")

            // --no-cache renders everything again (briefs only here, to keep the test fast),
            // and the files are the ones the cache gave.
            var uncached = options
            uncached.cacheDirectory = nil
            uncached.targets = [.briefs]
            uncached.outputDirectory = f.root + "/uncached"
            let forced = try BuildJob(options: uncached).run().manifest
            XCTAssertEqual(forced.run.rendered, all.filter { $0 != "report" }, "--no-cache renders everything")
            XCTAssertEqual(forced.outputs, narrative.outputs.filter { $0.path.hasPrefix("briefs/") },
                           "cached and uncached builds write the same files")
        }
    }

    func testABriefFollowsTheObservationPageItPrints() throws {
        let f = try BuildFixture()
        var options = f.options(out: "out", cities: ["hangzhou"], cache: true)
        options.targets = [.briefs]
        let first = try BuildJob(options: options).run().manifest
        XCTAssertEqual(first.run.rendered, ["brief:hangzhou", "briefs:all"])
        XCTAssertNil(first.reportPages, "--only briefs writes no report")
        // The page labels were cached by the first build: the second lays nothing out.
        let again = try BuildJob(options: options).run().manifest
        XCTAssertEqual(again.run.rendered, [])
        XCTAssertNil(again.run.timings["page labels"])
    }
}
