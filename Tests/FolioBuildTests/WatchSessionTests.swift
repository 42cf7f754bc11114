//! folio watch keeps state between saves, and its outputs stay those of a fresh build.

@testable import FolioBuild
import FolioCompose
import FolioLoad
import FolioModel
import FolioTestSupport
import Foundation
import XCTest

final class WatchSessionTests: XCTestCase {
    /// A scripted editing session on a copy of the second edition: after every step, watch's
    /// `report.pdf`, briefs and `briefs/all.pdf` are byte for byte those of a fresh build without cache or memory.
    func testEverySaveGivesTheBytesOfAFreshBuild() throws {
        try withSourceDateEpoch {
            let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
            let layout = f.root + "/print.yaml"
            try FileManager.default.copyItem(atPath: TestResources.layoutPath("print.yaml"), toPath: layout)
            var options = f.options(out: "watch-out", cities: ["plzen", "graz"], cache: true)
            options.reportLayoutPath = layout
            let session = WatchSession(options: options)
            var freshOptions = options
            freshOptions.outputDirectory = f.root + "/fresh-out"
            freshOptions.cacheDirectory = nil

            func assertSameAsFresh(_ step: String, file: StaticString = #filePath, line: UInt = #line) throws {
                _ = try BuildJob(options: freshOptions).run()
                for output in ["report.pdf", "briefs/plzen.pdf", "briefs/graz.pdf", "briefs/all.pdf"] {
                    let watched = FileManager.default.contents(atPath: options.outputDirectory + "/" + output)
                    let fresh = FileManager.default.contents(atPath: freshOptions.outputDirectory + "/" + output)
                    XCTAssertNotNil(fresh, step, file: file, line: line)
                    XCTAssertTrue(watched == fresh, "\(step): \(output) differs from a fresh build's", file: file, line: line)
                }
            }
            func save(_ relative: String, _ edit: (String) -> String) throws -> Rebuild {
                let text = try f.read(relative)
                let edited = edit(text)
                XCTAssertNotEqual(edited, text, "the edit of \(relative) changes nothing")
                try f.write(relative, edited)
                return session.rebuild(changed: [f.edition + "/" + relative])
            }
            typealias Rebuild = WatchSession.Rebuild

            let first = session.rebuild(changed: [])
            XCTAssertNoThrow(try first.result.get())
            XCTAssertEqual(first.scope, .first)
            XCTAssertTrue(first.relaidSections.count > 3, "the first build lays out every section")
            try assertSameAsFresh("first build")

            // A new word in the first sentence of a narrative: its chapter is laid out again; the
            // rest is reused, the cover too (its figure holds only what it draws, not the edition).
            let text = try save("narratives/economic-base.md") {
                $0.replacingOccurrences(of: "The economic base combines", with: "The economic base deliberately combines")
            }
            XCTAssertNoThrow(try text.result.get())
            XCTAssertEqual(text.scope, .incremental)
            XCTAssertEqual(text.relaidSections, ["Economic base"])
            XCTAssertGreaterThan(text.reusedSections, 3)
            XCTAssertFalse(text.redrawnPages.isEmpty)
            try assertSameAsFresh("narrative edit")

            // The same narrative grows by several paragraphs, so later pages move.
            let beforeGrowth = try f.read("narratives/economic-base.md")
            let long = try save("narratives/economic-base.md") { text in
                text + "\n" + Array(repeating: "A further paragraph, long enough to take several lines of the column and move the pages after this chapter further back in the report. It says little, but it says it at length.", count: 12).joined(separator: "\n\n") + "\n"
            }
            XCTAssertNoThrow(try long.result.get())
            XCTAssertEqual(long.relaidSections, ["Economic base"])
            try assertSameAsFresh("chapter grown")

            // Back to its length before: later sections start where they started two saves ago,
            // and the layout may take their placements from then.
            let shrunk = try save("narratives/economic-base.md") { _ in beforeGrowth }
            XCTAssertNoThrow(try shrunk.result.get())
            try assertSameAsFresh("chapter shrunk back")
            let regrown = try save("narratives/economic-base.md") { text in
                text + "\n" + Array(repeating: "A paragraph again, of a length that takes a few lines of the column and moves the later pages.", count: 7).joined(separator: "\n\n") + "\n"
            }
            XCTAssertNoThrow(try regrown.result.get())
            try assertSameAsFresh("chapter grown again, by another length")

            // Two scores of a city (its total unchanged): edition data, laid out from nothing.
            let score = try save("scores/economic-base.csv") { $0.replacingOccurrences(of: "4,Gießen,22,16,38", with: "4,Gießen,21,17,38") }
            XCTAssertNoThrow(try score.result.get())
            XCTAssertEqual(score.scope, .layout)
            try assertSameAsFresh("score edit")

            // A city note: the report is reused, the city's brief is drawn again, and all.pdf
            // joins it with the other brief's page kept from before.
            let note = try save("city-notes.yaml") { $0.replacingOccurrences(of: "Shares the lead", with: "Shares first place") }
            XCTAssertNoThrow(try note.result.get())
            XCTAssertFalse(try note.result.get().manifest.run.rendered.contains("report"))
            XCTAssertTrue(try note.result.get().manifest.run.rendered.contains("brief:plzen"))
            try assertSameAsFresh("note edit")

            // The layout: a colour of the theme.
            try String(contentsOfFile: layout, encoding: .utf8).replacingOccurrences(of: "accent: \"#b4461b\"", with: "accent: \"#1b6fb4\"")
                .write(toFile: layout, atomically: true, encoding: .utf8)
            let restyled = session.rebuild(changed: [layout])
            XCTAssertNoThrow(try restyled.result.get())
            XCTAssertEqual(restyled.scope, .layout)
            try assertSameAsFresh("layout edit")

            // An error: the build fails with the file and line, and the last good report stays.
            let good = FileManager.default.contents(atPath: options.outputDirectory + "/report.pdf")
            let broken = try save("narratives/economic-base.md") {
                $0.replacingOccurrences(of: "{{score plzen economic-base}}", with: "{{score nowhere economic-base}}")
            }
            guard case .failure(let error) = broken.result else { return XCTFail("a reference to an unknown city must fail the build") }
            XCTAssertTrue("\(error)".contains("economic-base.md:7"), "\(error)")
            XCTAssertTrue(broken.lines.joined(separator: "\n").contains("economic-base.md:7"))
            XCTAssertEqual(FileManager.default.contents(atPath: options.outputDirectory + "/report.pdf"), good)

            // Its fix: the text of the last good build again.
            let fixed = try save("narratives/economic-base.md") {
                $0.replacingOccurrences(of: "{{score nowhere economic-base}}", with: "{{score plzen economic-base}}")
            }
            XCTAssertNoThrow(try fixed.result.get())
            XCTAssertEqual(fixed.relaidSections, [])
            try assertSameAsFresh("error fixed")

            // After a rebuild from nothing, a narrative edit again re-lays its own chapter only.
            let again = try save("narratives/liveability.md") { $0.replacingOccurrences(of: "Housing cost weighs", with: "Housing cost clearly weighs") }
            XCTAssertNoThrow(try again.result.get())
            XCTAssertEqual(again.relaidSections, ["Liveability"])
            try assertSameAsFresh("second narrative edit")
        }
    }

    /// The brief grid a watch session keeps is sized by what its `auto` regions print: a note
    /// changes its key only when a note block sits in such a region, a score always does.
    func testTheKeptBriefGridFollowsWhatItsRegionsPrint() throws {
        let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
        let options = f.options(out: "out", cities: ["plzen"])
        let edition = try EditionLoader.load(directory: f.edition).0
        let original = try BriefStructureLoader.load(path: options.briefStructurePath)
        var structure = original
        func key(_ edition: Edition, _ structure: BriefStructure) throws -> String {
            try BuildInputs.fingerprint(options).briefGridKey(edition: edition, structure: structure, observationPages: [:],
                                                              options: options, epoch: nil)
        }
        let before = try key(edition, structure)
        var noted = edition
        noted.cityNotes[0].text += " One more sentence."
        XCTAssertEqual(try key(noted, structure), before, "the note region is fixed: a note does not size the grid")
        let noteRegion = try XCTUnwrap(structure.blocks.first { $0.kind == .note }?.region)
        let i = try XCTUnwrap(structure.grid?.regions.firstIndex { $0.name == noteRegion })
        structure.grid?.regions[i].sizing = .auto
        XCTAssertNotEqual(try key(noted, structure), try key(edition, structure), "an auto note region is sized by every note")
        let unedited = try key(edition, original)
        try f.write("scores/economic-base.csv", try f.read("scores/economic-base.csv").replacingOccurrences(of: "4,Gießen,22,16,38", with: "4,Gießen,21,17,38"))
        XCTAssertNotEqual(try key(edition, original), unedited, "the edition's data sizes the grid")
    }

    /// The watch checks only the parts a save changed, yet every error a save brings is reported
    /// (a character no font has in a narrative and in a note, a chart that cannot be drawn, a
    /// layout error), and the save that fixes it builds again, as a fresh build would.
    func testErrorsASaveBringsAreReportedAndItsFixBuilds() throws {
        try withSourceDateEpoch {
            let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
            let layout = f.root + "/print.yaml", structure = f.root + "/report.yaml"
            try FileManager.default.copyItem(atPath: TestResources.layoutPath("print.yaml"), toPath: layout)
            try FileManager.default.copyItem(atPath: TestResources.layoutPath("report.yaml"), toPath: structure)
            var options = f.options(out: "watch-out", cities: ["plzen", "graz"], cache: true)
            options.reportLayoutPath = layout
            options.structurePath = structure
            let session = WatchSession(options: options)
            XCTAssertNoThrow(try session.rebuild(changed: []).result.get())

            /// Edits `path` (absolute), rebuilds, and returns the failure's text, or nil when it built.
            func save(_ path: String, _ from: String, _ to: String, file: StaticString = #filePath, line: UInt = #line) throws -> String? {
                let text = try String(contentsOfFile: path, encoding: .utf8)
                XCTAssertTrue(text.contains(from), "\(from) is not in \(path)", file: file, line: line)
                try text.replacingOccurrences(of: from, with: to).write(toFile: path, atomically: true, encoding: .utf8)
                let rebuild = session.rebuild(changed: [path])
                if case .failure(let error) = rebuild.result { return "\(error)" }
                return nil
            }
            func assertFailsThenBuilds(_ path: String, _ from: String, _ to: String, expecting parts: [String],
                                       file: StaticString = #filePath, line: UInt = #line) throws {
                let failure = try save(path, from, to, file: file, line: line)
                XCTAssertNotNil(failure, "the save of \(to) must fail the build", file: file, line: line)
                for part in parts { XCTAssertTrue(failure?.contains(part) == true, "\(part) not in: \(failure ?? "")", file: file, line: line) }
                XCTAssertNil(try save(path, to, from, file: file, line: line), "the fix must build again", file: file, line: line)
            }
            let emoji = "U+1F600"
            try assertFailsThenBuilds(f.edition + "/narratives/economic-base.md", "The economic base combines",
                                      "The economic base \u{1F600} combines", expecting: ["economic-base.md:", emoji])
            try assertFailsThenBuilds(f.edition + "/city-notes.yaml", "Shares the lead", "Shares \u{1F600} the lead",
                                      expecting: ["no bundled font has the character", emoji])
            try assertFailsThenBuilds(structure, "top:{dimension}:15", "top:{dimension}:0",
                                      expecting: ["report.yaml:", "figure could not be drawn"])
            try assertFailsThenBuilds(layout, "text: \"Noto Serif\"", "text: \"Noto Serf\"",
                                      expecting: ["print.yaml:", "no font family \"Noto Serf\""])
            // The same error twice in a row is reported twice: a failed part is never remembered as passed.
            let path = f.edition + "/narratives/liveability.md"
            XCTAssertNotNil(try save(path, "Housing cost weighs", "Housing cost \u{1F600} weighs"))
            XCTAssertNotNil(try save(path, "Housing cost \u{1F600} weighs", "Housing cost \u{1F600}\u{1F600} weighs"))
            XCTAssertNil(try save(path, "Housing cost \u{1F600}\u{1F600} weighs", "Housing cost weighs"))

            var fresh = options
            fresh.outputDirectory = f.root + "/fresh-out"
            fresh.cacheDirectory = nil
            _ = try BuildJob(options: fresh).run()
            for output in ["report.pdf", "briefs/plzen.pdf", "briefs/graz.pdf", "briefs/all.pdf"] {
                XCTAssertTrue(FileManager.default.contents(atPath: options.outputDirectory + "/" + output)
                              == FileManager.default.contents(atPath: fresh.outputDirectory + "/" + output), "\(output) differs from a fresh build's")
            }
        }
    }

    /// A city note: `briefs/all.pdf` (every brief, drawn in runs of pages) redraws only the run
    /// holding the changed brief, and its bytes are still those of a fresh build.
    func testANoteRedrawsOnlyTheRunOfItsBriefInAllPDF() throws {
        try withSourceDateEpoch {
            let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
            var options = f.options(out: "watch-out", cities: [], cache: true)
            options.targets = [.briefs]
            let session = WatchSession(options: options)
            var freshOptions = options
            freshOptions.outputDirectory = f.root + "/fresh-out"
            freshOptions.cacheDirectory = nil
            XCTAssertNoThrow(try session.rebuild(changed: []).result.get())
            let first = session.memory.briefRuns.lastRuns
            XCTAssertGreaterThan(first.count, 1, "all.pdf is drawn in several runs")
            XCTAssertTrue(first.allSatisfy(\.drawn))

            let notes = try f.read("city-notes.yaml")
            try f.write("city-notes.yaml", notes.replacingOccurrences(of: "Shares the lead", with: "Shares first place"))
            let note = session.rebuild(changed: [f.edition + "/city-notes.yaml"])
            XCTAssertNoThrow(try note.result.get())
            XCTAssertEqual(try note.result.get().manifest.run.rendered.filter { $0.hasPrefix("brief:") }, ["brief:plzen"])
            let runs = session.memory.briefRuns.lastRuns
            XCTAssertEqual(runs.map(\.pages), first.map(\.pages), "the runs are cut where they were")
            XCTAssertEqual(runs.filter(\.drawn).count, 1, "only the run holding Plzeň's brief is drawn")

            _ = try BuildJob(options: freshOptions).run()
            let watched = FileManager.default.contents(atPath: options.outputDirectory + "/briefs/all.pdf")
            XCTAssertNotNil(watched)
            XCTAssertTrue(watched == FileManager.default.contents(atPath: freshOptions.outputDirectory + "/briefs/all.pdf"),
                          "all.pdf differs from a fresh build's")
        }
    }

    /// A font change forgets the fonts; a narrative or note change keeps everything.
    func testWhatAChangeLetsTheSessionKeep() throws {
        let f = try BuildFixture(source: "Tests/Fixtures/editions/europe-2026")
        let session = WatchSession(options: f.options(out: "out", cities: []))
        XCTAssertEqual(session.scope(of: [f.edition + "/narratives/liveability.md", f.edition + "/city-notes.yaml"]), .incremental)
        XCTAssertEqual(session.scope(of: [f.edition + "/scores/liveability.csv"]), .layout)
        XCTAssertEqual(session.scope(of: [TestResources.layoutPath("print.yaml")]), .layout)
        XCTAssertEqual(session.scope(of: [TestResources.fontDirectory + "/any.ttf", f.edition + "/narratives/liveability.md"]), .fonts)
    }
}
