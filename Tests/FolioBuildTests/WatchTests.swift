//! folio watch: a saved file triggers a rebuild of what depends on it only, through the cache.

import FolioBuild
import Foundation
import XCTest

final class WatchTests: XCTestCase {
    func testSnapshotsSeeChangedFiles() throws {
        let f = try BuildFixture()
        let watcher = BuildWatcher(options: f.options(out: "out", cities: ["beijing"]))
        let before = watcher.snapshot()
        XCTAssertEqual(watcher.snapshot().changes(since: before), [])
        try f.write("narratives/economic-strength.md", try f.read("narratives/economic-strength.md") + "\nOne more line.\n")
        XCTAssertEqual(watcher.snapshot().changes(since: before).map { ($0 as NSString).lastPathComponent }, ["economic-strength.md"])
    }

    func testASavedNoteRebuildsThatBriefOnly() throws {
        let f = try BuildFixture()
        var options = f.options(out: "out", cities: ["beijing", "shenzhen"], cache: true)
        options.targets = [.briefs]
        let watcher = BuildWatcher(options: options, interval: .milliseconds(50), duration: 60, maxBuilds: 2)
        var results: [(rendered: [String], changed: [String])] = []
        let builds = watcher.run { rebuild in
            switch rebuild.result {
            case .success(let outcome): results.append((outcome.manifest.run.rendered, rebuild.changed))
            case .failure(let error): XCTFail("\(error)")
            }
            if results.count == 1 {
                // An editor saves a note while the watcher runs (its next look sees it).
                Thread.detachNewThread { try? f.write("city-notes.yaml", "notes:\n  shenzhen: \"A note saved in the editor.\"\n") }
            }
        }
        XCTAssertEqual(builds, 2)
        XCTAssertEqual(results.map(\.rendered), [["brief:beijing", "brief:shenzhen", "briefs:all"], ["brief:shenzhen", "briefs:all"]])
        XCTAssertEqual(results.last?.changed.map { ($0 as NSString).lastPathComponent }, ["city-notes.yaml"])
    }
}
