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
        return cells.values.map { $0.sorted { $0.origin.y < $1.origin.y }.map(\.text).joined(separator: " ") }
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
}
