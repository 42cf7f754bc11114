//! folio watch: a saved file triggers a rebuild of what depends on it only, through the cache.

@testable import FolioBuild
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

    /// inotify sees an editor's save (write a temporary file, rename it over the old one), a
    /// file in a folder created after the watch began, and a watched single file's folder
    /// only for that file.
    func testFileEventsSeeRenamesNewFoldersAndWatchedFiles() throws {
        let root = FileManager.default.temporaryDirectory.path + "/folio-events-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/edition", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/layouts", withIntermediateDirectories: true)
        try "a".write(toFile: root + "/edition/a.md", atomically: false, encoding: .utf8)
        try "p".write(toFile: root + "/layouts/print.yaml", atomically: false, encoding: .utf8)
        let events = try XCTUnwrap(FileEvents(trees: [root + "/edition"], files: [root + "/layouts/print.yaml"]))
        XCTAssertEqual(events.wait(timeout: 0.05), [], "nothing happened yet")

        try "b".write(toFile: root + "/edition/a.md", atomically: true, encoding: .utf8)  // write, then rename
        XCTAssertTrue(events.wait(timeout: 2).contains(root + "/edition/a.md"))

        try FileManager.default.createDirectory(atPath: root + "/edition/new", withIntermediateDirectories: false)
        XCTAssertTrue(events.wait(timeout: 2).contains(root + "/edition/new"))
        try "c".write(toFile: root + "/edition/new/c.md", atomically: false, encoding: .utf8)
        XCTAssertTrue(events.wait(timeout: 2).contains(root + "/edition/new/c.md"))

        try "other".write(toFile: root + "/layouts/other.yaml", atomically: false, encoding: .utf8)
        XCTAssertEqual(events.wait(timeout: 0.2), [], "a file beside a watched one is not an input")
        try "q".write(toFile: root + "/layouts/print.yaml", atomically: true, encoding: .utf8)
        XCTAssertEqual(events.wait(timeout: 2), [root + "/layouts/print.yaml"])
    }

    /// A file written in pieces is one burst: the watcher waits while it is open for writing,
    /// so the pieces do not become two rebuilds; a plain save is reported by itself.
    func testAFileWrittenInPiecesIsOneBurst() throws {
        let root = FileManager.default.temporaryDirectory.path + "/folio-burst-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let path = root + "/a.md"
        try "a".write(toFile: path, atomically: false, encoding: .utf8)
        let events = try XCTUnwrap(FileEvents(trees: [root], files: []))
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.write(Data("first part ".utf8))
            Thread.sleep(forTimeInterval: 0.015)
            handle.write(Data("second part".utf8))
            try? handle.close()
        }
        writer.start()
        XCTAssertEqual(events.wait(timeout: 2), [path])
        XCTAssertEqual(events.wait(timeout: 0.1), [], "the second piece and the close belonged to the first burst")
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "first part second part")
        try "b".write(toFile: path, atomically: false, encoding: .utf8)
        XCTAssertEqual(events.wait(timeout: 2), [path])
    }

    /// The benchmark's note edit: a new first word in the first note, whose city it names.
    func testTheBenchmarksNoteEditIsANewWordInTheFirstNote() {
        let yaml = "# Notes.\nnotes:\n  plzen: \"Shares the lead.\"\n  porto: \"A port.\"\n"
        XCTAssertEqual(WatchBenchmark.firstNoteCity(yaml), "plzen")
        XCTAssertEqual(WatchBenchmark.withNewNoteWord(yaml, "Edit1"),
                       "# Notes.\nnotes:\n  plzen: \"Edit1 Shares the lead.\"\n  porto: \"A port.\"\n")
        XCTAssertNil(WatchBenchmark.firstNoteCity("notes: {}\n"))
    }

    /// The benchmark's edit lands in the first sentence of the body, after the front matter.
    func testTheBenchmarksEditIsANewWordInTheFirstSentence() {
        let text = "---\ntitle: \"A Title\"\n---\n## Heading\n\nThe first sentence goes on.\n\nThe second paragraph.\n"
        XCTAssertEqual(WatchBenchmark.withNewWord(text, "edit1"),
                       "---\ntitle: \"A Title\"\n---\n## Heading\n\nThe edit1 first sentence goes on.\n\nThe second paragraph.\n")
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
