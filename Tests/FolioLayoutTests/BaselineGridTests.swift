//! The baseline grid: body lines of every column on one grid, whatever comes between them.

import FolioCore
import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class BaselineGridTests: XCTestCase {
    func layout(grid: Bool, _ blocks: [Block]) throws -> (LayoutResult, LayoutSpec) {
        var spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        if !grid { spec.page.baselineGrid = nil }
        let layouter = DocumentLayouter(spec: spec, shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)),
                                        hyphenator: try Hyphenator())
        return (layouter.layout(LayoutFixtures.document(blocks)), spec)
    }

    /// Paragraphs broken by headings of two levels, a column table and a callout: everything
    /// that is not a body line and would push the lines below it off the grid.
    func mixedBlocks() -> [Block] {
        var blocks: [Block] = []
        for n in 0..<14 {
            blocks.append(.paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(n, sentences: 2 + n % 3))])))
            switch n % 4 {
            case 0: blocks.append(.heading(Heading(level: 2, content: [.text("Section \(n)")], id: "s\(n)")))
            case 1: blocks.append(.heading(Heading(level: 3, content: [.text("Subsection \(n)")], id: "t\(n)")))
            case 2:
                var table = LayoutFixtures.table(rows: 3)
                table.spanAll = false
                table.id = "table-\(n)"
                blocks.append(.table(table))
            default: blocks.append(.callout(Callout(title: [.text("Note \(n)")], blocks: [.paragraph(Paragraph(content: [.text("A short aside.")]))])))
            }
        }
        return blocks
    }

    /// Baselines of body-size lines, as offsets from the top of the text area in leadings.
    func gridPhases(_ result: LayoutResult, _ spec: LayoutSpec) throws -> [Double] {
        let leading = try XCTUnwrap(spec.theme.paragraphs["body"]?.leading)
        let size = try XCTUnwrap(spec.theme.paragraphs["body"]?.size)
        let top = spec.page.margins.top.points
        return result.pages.flatMap { page in
            page.textLines.filter { abs(($0.runs.first?.size ?? 0) - size) < 0.01 && $0.frame == nil }.map { line in
                let steps = (line.origin.y - top) / leading
                return steps - steps.rounded(.down)
            }
        }
    }

    func testBodyLinesOfAllColumnsShareOneGrid() throws {
        let (result, spec) = try layout(grid: true, mixedBlocks())
        XCTAssertGreaterThan(result.pages.count, 1)
        let phases = try gridPhases(result, spec)
        XCTAssertGreaterThan(phases.count, 60)
        let first = try XCTUnwrap(phases.first)
        for p in phases { XCTAssertEqual(p, first, accuracy: 0.01, "a body line off the grid") }
        XCTAssertFalse(result.diagnostics.contains { $0.message.contains("widow") }, "\(result.diagnostics)")
    }

    func testWithoutTheGridHeadingsAndTablesShiftTheLinesBelowThem() throws {
        let (result, spec) = try layout(grid: false, mixedBlocks())
        let phases = try gridPhases(result, spec)
        let first = try XCTUnwrap(phases.first)
        XCTAssertTrue(phases.contains { abs($0 - first) > 0.05 }, "the fixture must put lines off the grid when there is none")
    }
}

final class GridAndEndingsValidationTests: XCTestCase {
    func problems(page extra: String, template: String) -> [String] {
        let yaml = """
        name: tiny
        page:
          size: Letter
          margins: { top: 1in, bottom: 1in, inner: 1in, outer: 1in }
          \(extra)
        templates:
          body: { columns: 1, \(template) }
        theme:
          fonts: { text: Inter }
          colors: { text: "#111111", accent: "#aa3300", muted: "#777777", rule: "#cccccc" }
          paragraphs:
            body: { font: text, size: 10, leading: 13 }
          headings: {}
          tables: {}
        """
        do {
            _ = try LayoutSpecLoader.parse(yaml, path: "tiny.yaml")
            return []
        } catch {
            return (error as? DiagnosticList)?.diagnostics.map(\.description) ?? ["\(error)"]
        }
    }

    func testGridAndEndingsAreAccepted() {
        XCTAssertEqual(problems(page: "baselineGrid: body", template: "endings: { looseness: 1, minimumFill: 0.4 }"), [])
    }

    func testGridNamesAParagraphStyle() {
        let lines = problems(page: "baselineGrid: bdy", template: "gutter: 0")
        XCTAssertEqual(lines.count, 1, "\(lines)")
        XCTAssertTrue(lines.first?.hasPrefix("tiny.yaml:5: page.baselineGrid: no paragraph style \"bdy\" (did you mean \"body\"?)") ?? false, "\(lines)")
    }

    func testEndingsAreCheckedKeyByKey() {
        let lines = problems(page: "", template: "endings: { looseness: -1, minimumFill: 1.5, balance: yes }")
        XCTAssertEqual(lines.count, 3, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("templates.body.endings.looseness must be at least 0") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("templates.body.endings.minimumFill is a share") && $0.contains("found 1.5") }, "\(lines)")
        XCTAssertTrue(lines.contains { $0.contains("unknown key \"balance\" in templates.body.endings") }, "\(lines)")
    }
}
