//! Tables, notes and back matter on real editions: header words never split, marks after
//! punctuation, references whole with a hanging indent, continued indicator groups labelled.

import FolioBuild
import FolioGraphics
import FolioLoad
import FolioModel
import FolioPage
import FolioTestSupport
import XCTest

final class BackMatterTests: XCTestCase {
    struct Rendered {
        let name: String
        let edition: Edition
        let pages: [Page]
    }

    nonisolated(unsafe) private static var cache: [Rendered]?
    private static let lock = NSLock()

    /// The default edition in print and Letter, and the second edition in print.
    static func rendered() throws -> [Rendered] {
        lock.lock(); defer { lock.unlock() }
        if let cache { return cache }
        let europe = TestResources.repositoryRoot.appendingPathComponent("Tests/Fixtures/editions/europe-2026").path
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        var out = [Rendered(name: "default print", edition: try ReportFixture.edition(), pages: try ReportFixture.output().pages)]
        for (name, directory, layout) in [("default letter", ReportFixture.editionDirectory, "letter.yaml"), ("europe-2026 print", europe, "print.yaml")] {
            let job = ReportJob(editionDirectory: directory, layoutPath: TestResources.layoutPath(layout),
                                structurePath: TestResources.layoutPath("report.yaml"), outputDirectory: "", strict: false)
            out.append(Rendered(name: name, edition: try EditionLoader.load(directory: directory).0, pages: try job.build(shaper: shaper).pages))
        }
        cache = out
        return out
    }

    /// Header cells as printed: the lines of each cell joined by spaces.
    static func headerCells(_ page: Page) -> [String] {
        var cells: [Rect: [TextLine]] = [:]
        for line in page.textLines where line.frame?.name == "table header cell" {
            cells[line.frame!.rect, default: []].append(line)
        }
        // No-break spaces (an editorial pass may set them) compare as spaces.
        return cells.values.map { $0.sorted { $0.origin.y < $1.origin.y }.map(\.text).joined(separator: " ")
            .replacingOccurrences(of: "\u{00A0}", with: " ").replacingOccurrences(of: "\u{202F}", with: " ") }
    }

    /// Every header of every table (scoring tables, overall, glance, indicators) prints as its
    /// whole text broken only at spaces: 0 split header words.
    func testNoTableHeaderWordIsSplit() throws {
        for r in try Self.rendered() {
            let fixed = ["Rank", "City", "Total score", "Dimension", "Variable", "Indicator", "Data year", "Source", "Variables"]
            let known = Set(fixed + r.edition.dimensions.map(\.name) + r.edition.dimensions.flatMap { $0.variables.map(\.name) })
            var split: [String] = []
            var seen = 0
            for (n, page) in r.pages.enumerated() {
                for cell in Self.headerCells(page) {
                    seen += 1
                    if !known.contains(cell) && !(cell.count <= 2 && cell.allSatisfy(\.isUppercase)) { split.append("p\(n + 1): \(cell)") }
                }
            }
            XCTAssertGreaterThan(seen, 50, "\(r.name): header cells found")
            XCTAssertEqual(split, [], "\(r.name): \(split.count) header cells with a split word")
        }
    }

    /// Every note mark follows its punctuation ("growth.³", never "growth³."), and two marks
    /// never print as one number ("25,29", not "2529") — in narratives, observations and texts.
    func testNoteMarksFollowPunctuationAndNeverRunTogether() throws {
        for r in try Self.rendered() {
            var marks = 0
            var problems: [String] = []
            for (n, page) in r.pages.enumerated() {
                // The segments of one printed line share its origin; their runs in order rebuild it.
                let lines = Dictionary(grouping: page.textLines, by: \.origin)
                for segments in lines.values {
                    let runs = segments.flatMap(\.runs).sorted { $0.offset.x < $1.offset.x }
                    for (k, run) in runs.enumerated() where run.role == .reference {
                        marks += 1
                        guard k + 1 < runs.count else { continue }
                        let next = runs[k + 1]
                        // A separator between marks ("25,29") is set in the marks' superscript style.
                        if next.size == run.size && next.offset.y == run.offset.y {
                            if k + 2 >= runs.count || runs[k + 2].role != .reference { problems.append("p\(n + 1): separator after the last mark") }
                            continue
                        }
                        if next.role == .reference { problems.append("p\(n + 1): marks \(run.text) and \(next.text) run together") }
                        if let c = next.text.first, ".,;:".contains(c) {
                            problems.append("p\(n + 1): mark \(run.text) before \"\(next.text.prefix(12))\"")
                        }
                    }
                }
            }
            XCTAssertGreaterThan(marks, 5, "\(r.name): note marks found")
            XCTAssertEqual(problems, [], "\(r.name)")
        }
    }

    /// References hang (every line after an entry's first starts further in) and each entry
    /// stays in one column: a column of references never opens with a continuation line.
    func testReferencesHangAndNeverSplitAcrossColumns() throws {
        for r in try Self.rendered() {
            var entries = 0, hanging = 0
            for (n, page) in r.pages.enumerated() {
                let anchors = page.items.compactMap { item -> Point? in
                    if case .anchor(let id, let p) = item, id.hasPrefix("ref-") { return p }; return nil
                }
                guard !anchors.isEmpty else { continue }
                entries += anchors.count
                for x in Set(anchors.map { ($0.x * 10).rounded() / 10 }) {
                    let top = anchors.filter { abs($0.x - x) < 0.2 }.map(\.y).min() ?? 0
                    let column = page.textLines.filter { $0.origin.y > top && abs($0.origin.x - x) < 40 && $0.frame == nil }
                    let continuation = column.filter { $0.origin.x > x + 1 }
                    hanging += continuation.count
                    XCTAssertTrue(continuation.allSatisfy { abs($0.origin.x - x - 14) < 0.6 },
                                  "\(r.name) p\(n + 1): continuation lines hang 14 pt: \(Set(continuation.map { $0.origin.x - x }))")
                    // Lines above the column's first entry would be the tail of an entry split off.
                    let above = page.textLines.filter { $0.origin.y < top && $0.origin.y > top - 200 && abs($0.origin.x - x - 14) < 0.6 }
                    XCTAssertEqual(above.map(\.text), [], "\(r.name) p\(n + 1): an entry continues at the top of a column")
                }
            }
            XCTAssertEqual(entries, r.edition.references.count, "\(r.name): every reference printed once")
            XCTAssertGreaterThan(hanging, 0, "\(r.name): long references wrap onto hanging lines")
        }
    }

    /// Continued indicator pages name their group ("… (continued)") in the first row, and
    /// empty cells print an en dash.
    func testContinuedIndicatorPagesRepeatTheirGroupLabel() throws {
        for r in try Self.rendered() {
            let pages = r.pages.filter { page in page.textLines.contains { $0.text == "Variables and indicators (continued)" } }
            let dims = Set(r.edition.dimensions.map(\.name))
            for page in pages {
                // The first body row: the topmost cell text below the repeated header row.
                let cells = page.textLines.filter { $0.frame?.name == "table cell" }
                let firstY = cells.map(\.origin.y).min() ?? 0
                let firstRow = cells.filter { $0.origin.y < firstY + 20 }.map(\.text).joined(separator: " ")
                let labelled = dims.contains { firstRow.contains($0) } || firstRow.contains("(continued)")
                XCTAssertTrue(labelled, "\(r.name): a continued indicator page opens with its group label: \(firstRow)")
            }
            let empty = r.edition.indicators.filter { $0.dataYear.isEmpty || $0.source.isEmpty }.count
            if empty > 0 {
                let dashes = r.pages.flatMap { $0.textLines }.filter { $0.frame?.name == "table cell" && $0.text == "\u{2013}" }.count
                XCTAssertGreaterThanOrEqual(dashes, empty, "\(r.name): empty indicator cells print an en dash")
            }
        }
    }

    /// The glance table breaks its lists only after a separator: no line starts with "·", and
    /// a short variable name never breaks inside.
    func testGlanceListsBreakOnlyBetweenItems() throws {
        for r in try Self.rendered() {
            let page = try XCTUnwrap(r.pages.first { $0.textLines.contains { $0.text == "Variables" && $0.frame != nil } })
            let cells = page.textLines.filter { $0.frame?.name == "table cell" }
            XCTAssertFalse(cells.contains { $0.text.hasPrefix("·") }, "\(r.name): a glance line starts with a separator")
            let names = r.edition.dimensions.flatMap { $0.variables.map(\.name) }.filter { $0.count <= 28 }
            let printed = cells.map { $0.text.replacingOccurrences(of: "\u{00A0}", with: " ") }
            let pieces = Set(printed.flatMap { $0.components(separatedBy: " · ") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " ·")) })
            for name in names where printed.joined().contains(name.prefix(6)) {
                XCTAssertTrue(pieces.contains(name), "\(r.name): \"\(name)\" prints whole on one line")
            }
        }
    }
}
