//! A load that reuses the parsed files of the last one returns what a fresh load returns.

import FolioCore
@testable import FolioBuild
@testable import FolioLoad
import FolioTestSupport
import Foundation
import XCTest

final class EditionLoadMemoTests: XCTestCase {
    func testDefaultEditionThroughEverySaveLoadsAsFresh() throws {
        let f = try BuildFixture()
        try runEditingSession(on: f.edition)
    }

    func testSecondEditionThroughEverySaveLoadsAsFresh() throws {
        let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
        try runEditingSession(on: f.edition)
    }

    func testRandomEditionThroughEverySaveLoadsAsFresh() throws {
        let folder = try ExternalTools.temporaryDirectory("folio-memo-edition")
        defer { try? FileManager.default.removeItem(at: folder) }
        let edition = folder.appendingPathComponent("edition")
        try RandomEdition(seed: 7, cityRange: 3...40, dimensionRange: 1...5).write(to: edition)
        try runEditingSession(on: edition.path)
    }

    /// End to end: a watch session whose loads reuse parsed files writes the report a fresh
    /// build writes, after an observation is added (a file the memo never saw) and removed,
    /// and after a reference gains a byte order mark (a warning replayed from the memo).
    func testWatchWithTheMemoWritesTheReportOfAFreshBuild() throws {
        try withSourceDateEpoch {
            let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
            let options = f.options(out: "watch-out", cities: [], cache: true)
            var fresh = options
            fresh.outputDirectory = f.root + "/fresh-out"
            fresh.cacheDirectory = nil
            let session = WatchSession(options: options)
            func rebuild(_ step: String, _ changed: String?, file: StaticString = #filePath, line: UInt = #line) throws {
                let result = session.rebuild(changed: changed.map { [f.edition + "/" + $0] } ?? [])
                XCTAssertNoThrow(try result.result.get(), step, file: file, line: line)
                let freshOutcome = try BuildJob(options: fresh).run()
                let watched = FileManager.default.contents(atPath: options.outputDirectory + "/report.pdf")
                XCTAssertNotNil(watched, step, file: file, line: line)
                XCTAssertTrue(watched == FileManager.default.contents(atPath: fresh.outputDirectory + "/report.pdf"),
                              "\(step): report.pdf differs from a fresh build's", file: file, line: line)
                XCTAssertEqual(try result.result.get().manifest.warnings, freshOutcome.manifest.warnings, step, file: file, line: line)
            }
            try rebuild("first build", nil)
            let observation = "observations/zz-added.md"
            try f.write(observation, "---\ntitle: An observation added in a save\nsubject: Graz\ncity: graz\ndimension: liveability\n"
                        + "key_figures:\n  - { value: \"1\", label: \"One\" }\n  - { value: \"2\", label: \"Two\" }\n"
                        + "  - { value: \"3\", label: \"Three\" }\n---\nGraz ranks {{rank graz liveability}} in liveability.\n")
            try rebuild("observation added", observation)
            try FileManager.default.removeItem(atPath: f.edition + "/" + observation)
            try rebuild("observation removed", observation)
            try f.write("references.csv", "\u{FEFF}" + (try f.read("references.csv")))
            try rebuild("references with a BOM", "references.csv")
            try rebuild("the BOM's warning replayed from the memo", nil)
        }
    }

    /// A file with more parse problems than are printed per file: the replayed problems are
    /// capped as the first parse's were.
    func testReplayedProblemsAreCappedAsFreshOnes() throws {
        let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
        let session = MemoSession(folder: f.edition)
        try session.expectSameAsFresh("first load")
        let badRows = (1...70).map { "economic-base,gdp,bad\"quote \($0),2025,source" }
        try session.write("indicators.csv", "dimension,variable,indicator,data_year,source\n" + badRows.joined(separator: "\n") + "\n")
        let broken = try session.expectSameAsFresh("70 quoting errors")
        XCTAssertTrue(broken.diagnostics.contains { $0.message.contains("more problems not shown") })
        try session.expectSameAsFresh("70 quoting errors, reused")
        XCTAssertEqual(session.counts.parsed, 0, "nothing changed, nothing parsed again")
    }

    /// The scripted saves: each kind of file changed, a file added and removed, errors and
    /// their fixes. After each, the memo's load equals a fresh load, diagnostics included.
    private func runEditingSession(on folder: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let s = MemoSession(folder: folder)
        let first = try s.expectSameAsFresh("first load")
        XCTAssertNotNil(first.edition, "the edition loads: \(first.diagnostics)", file: file, line: line)
        XCTAssertEqual(s.counts.reused, 0)
        try s.expectSameAsFresh("unchanged")
        XCTAssertEqual(s.counts.parsed, 0, "an unchanged edition parses nothing")

        // A narrative: only its own parses are redone.
        let narrative = try XCTUnwrap(s.files("narratives", "md").first)
        try s.edit(narrative) { $0 + "\nA sentence added by a save, naming {{cities}} cities.\n" }
        try s.expectSameAsFresh("narrative edit")
        XCTAssertEqual(s.counts.parsed, 3, "decode, front matter and body of the one narrative")
        XCTAssertGreaterThan(s.counts.reused, 10)

        // A narrative with an error (a reference to no city), then fixed.
        let saved = try s.read(narrative)
        try s.write(narrative, saved + "\nThis cites {{rank nowhere-at-all}}.\n")
        let broken = try s.expectSameAsFresh("narrative error")
        XCTAssertNil(broken.edition)
        try s.write(narrative, saved)
        try s.expectSameAsFresh("narrative error fixed")

        // A score: its row no longer adds up (an error), then the old value again.
        let table = try XCTUnwrap(s.files("scores", "csv").first)
        let scores = try s.read(table)
        try s.edit(table) { text in
            var lines = text.components(separatedBy: "\n")
            var fields = lines[1].components(separatedBy: ",")
            fields[2] = String(Int(fields[2])! == 1 ? 2 : Int(fields[2])! - 1)
            lines[1] = fields.joined(separator: ",")
            return lines.joined(separator: "\n")
        }
        XCTAssertFalse(try s.expectSameAsFresh("score edit").errors.isEmpty, "a row that does not add up is an error")
        try s.write(table, scores)
        try s.expectSameAsFresh("score fixed")

        // City notes: a note added (the file may be new), changed, one for an unknown city.
        let cities = try s.read("cities.csv").split(separator: "\n").dropFirst().map { String($0.split(separator: ",")[0]) }
        let hadNotes = s.exists("city-notes.yaml")
        let notes = hadNotes ? try s.read("city-notes.yaml") : "notes:\n"
        try s.write("city-notes.yaml", notes + "  \(cities[0]): \"A note written in a save.\"\n")
        try s.expectSameAsFresh("note added")
        try s.edit("city-notes.yaml") { $0.replacingOccurrences(of: "written in a save", with: "rewritten in a later save") }
        try s.expectSameAsFresh("note edit")
        try s.write("city-notes.yaml", notes + "  no-such-city: \"A note for nobody.\"\n")
        try s.expectSameAsFresh("note for an unknown city")
        if hadNotes { try s.write("city-notes.yaml", notes) } else { try s.remove("city-notes.yaml") }
        try s.expectSameAsFresh("notes restored")

        // An observation's text and its front matter.
        let observation = try XCTUnwrap(s.files("observations", "md").first)
        try s.edit(observation) { $0 + "\nOne more sentence in the observation.\n" }
        try s.expectSameAsFresh("observation edit")
        try s.edit(observation) { $0.replacingOccurrences(of: "title:", with: "titel:") }
        try s.expectSameAsFresh("observation front matter error")

        // edition.yaml: the year, then a syntax error and its fix.
        let info = try s.read("edition.yaml")
        try s.edit("edition.yaml") { text in
            text.components(separatedBy: "\n").map { l in
                l.hasPrefix("year: ") ? "year: \(Int(l.dropFirst(6).trimmingCharacters(in: .whitespaces))! + 1)" : l
            }.joined(separator: "\n")
        }
        try s.expectSameAsFresh("edition.yaml edit")
        try s.write("edition.yaml", info + "\ntiers: [unclosed\n")
        XCTAssertNil(try s.expectSameAsFresh("edition.yaml syntax error").edition)
        try s.write("edition.yaml", info)
        try s.expectSameAsFresh("edition.yaml fixed")

        // dimensions.yaml broken: every table and text is checked against fewer dimensions.
        let dimensions = try s.read("dimensions.yaml")
        try s.write("dimensions.yaml", "dimensions:\n  - slug: [\n")
        try s.expectSameAsFresh("dimensions.yaml syntax error")
        try s.write("dimensions.yaml", dimensions)
        try s.expectSameAsFresh("dimensions.yaml fixed")

        // A text added, a stray narrative (a warning), a file with a byte order mark; all removed.
        try s.write("text/added-in-a-save.md", "---\ntitle: Added\n---\nA text that was not there before.\n")
        try s.write("narratives/stray.md", "---\ntitle: Stray\n---\nNo dimension names this narrative.\n")
        let references = try s.read("references.csv")
        try s.write("references.csv", "\u{FEFF}" + references)
        let added = try s.expectSameAsFresh("files added")
        XCTAssertTrue(added.warnings.contains { $0.location?.file.hasSuffix("narratives/stray.md") == true })
        XCTAssertTrue(added.warnings.contains { $0.message.contains("byte order mark") })
        try s.remove("text/added-in-a-save.md")
        try s.remove("narratives/stray.md")
        try s.write("references.csv", references)
        try s.expectSameAsFresh("files removed")
        try s.expectSameAsFresh("as at the start")
        XCTAssertEqual(s.counts.parsed, 0)
    }
}

/// One folder loaded again and again with one memo, each load checked against a fresh one.
private final class MemoSession {
    let folder: String
    let memo = EditionLoadMemo()
    /// What the memo's load after the last change parsed and reused.
    private(set) var counts = EditionLoadMemo.Counts()
    init(folder: String) { self.folder = folder }

    /// Loads with the memo (parsing what changed), fresh, and with the memo again (reusing
    /// every parse, its diagnostics replayed): all three must agree.
    @discardableResult
    func expectSameAsFresh(_ step: String, file: StaticString = #filePath, line: UInt = #line) throws -> EditionLoadResult {
        let kept = EditionLoader.inspect(directory: folder, memo: memo)
        counts = memo.lastLoad
        let fresh = EditionLoader.inspect(directory: folder)
        let replayed = EditionLoader.inspect(directory: folder, memo: memo)
        XCTAssertEqual(memo.lastLoad.parsed, 0, "\(step): a second load of the same files parses nothing", file: file, line: line)
        for (load, how) in [(kept, "after the change"), (replayed, "all reused")] {
            XCTAssertEqual(load.edition, fresh.edition, "\(step), \(how): the edition differs from a fresh load's", file: file, line: line)
            XCTAssertEqual(load.diagnostics, fresh.diagnostics, "\(step), \(how): the diagnostics differ from a fresh load's",
                           file: file, line: line)
        }
        return kept
    }

    func files(_ subfolder: String, _ ext: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder + "/" + subfolder)
            .filter { $0.hasSuffix("." + ext) }.sorted().map { subfolder + "/" + $0 }
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: folder + "/" + relative) }
    func read(_ relative: String) throws -> String { try String(contentsOfFile: folder + "/" + relative, encoding: .utf8) }
    func write(_ relative: String, _ text: String) throws {
        try text.write(toFile: folder + "/" + relative, atomically: true, encoding: .utf8)
    }
    func remove(_ relative: String) throws { try FileManager.default.removeItem(atPath: folder + "/" + relative) }

    func edit(_ relative: String, file: StaticString = #filePath, line: UInt = #line, _ change: (String) -> String) throws {
        let text = try read(relative)
        let changed = change(text)
        XCTAssertNotEqual(changed, text, "the edit of \(relative) changes nothing", file: file, line: line)
        try write(relative, changed)
    }
}
