//! The layout's geometric self-check and the boxes that fit their text: tiles, overprints, off-page text.

import FolioCore
import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class SelfCheckTests: XCTestCase {
    /// A layouter whose `key-figure` style may shrink to `minSize`.
    private func layouter(minSize: Double?) throws -> DocumentLayouter {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        var spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        var style = ParagraphStyleSpec()
        style.minSize = minSize
        spec.theme.paragraphs["key-figure"] = style
        return DocumentLayouter(spec: spec, shaper: shaper, hyphenator: try Hyphenator())
    }

    private func tiles(_ values: [String]) -> Document {
        let source = SourceLocation(file: "observations/fixture.md", line: 4)
        let k = KeyFigures(title: "Fixture in figures", figures: values.map { .init(value: $0, unit: "points", label: "Lowest score") },
                           spanAll: true, source: source)
        return LayoutFixtures.document([.keyFigures(k), .paragraph(Paragraph(content: [.text(LayoutFixtures.paragraphText(0, sentences: 3))]))])
    }

    private func framedLines(_ page: Page) -> [TextLine] { page.textLines.filter { $0.frame != nil } }

    func testLongTileValuesWrapOrShrinkInsideTheirTiles() throws {
        // The opener's four tiles and an observation's five across the text width.
        let values = ["Las Palmas de Gran Canaria", "Plzeň, Porto", "74", "1,078.28", "294,000"]
        let layouter = try layouter(minSize: nil)
        let opener = try layouter.layout(tiles(Array(values.prefix(4))))
        let cards = try layouter.layout(tiles(["1,078.28", "17", "250", "472.34", "294,000"]))
        XCTAssertEqual(opener.diagnostics + cards.diagnostics, [], "\(opener.diagnostics + cards.diagnostics)")
        let lines = framedLines(opener.pages[0]) + framedLines(cards.pages[0])
        XCTAssertGreaterThanOrEqual(lines.count, values.count * 3)
        for line in lines {
            let frame = try XCTUnwrap(line.frame)
            XCTAssertGreaterThanOrEqual(line.origin.x, frame.rect.minX - 0.01, line.text)
            XCTAssertLessThanOrEqual(line.origin.x + line.width, frame.rect.maxX + LayoutSelfCheck.tolerance, line.text)
        }
        // Numbers are never split across lines; the long name took two lines at most, smaller.
        let text = lines.map(\.text)
        XCTAssertTrue(text.contains("1,078.28"), "\(text)")
        XCTAssertTrue(text.contains("294,000"), "\(text)")
        let name = lines.filter { ["Las", "Palmas", "Gran", "Canaria"].contains(where: $0.text.contains) }
        XCTAssertLessThanOrEqual(name.count, 2, "\(name.map(\.text))")
        XCTAssertLessThan(name[0].runs[0].size, 20)
        // The short value keeps the nominal size.
        XCTAssertEqual(lines.first { $0.text == "74" }?.runs.first?.size, 20)
    }

    func testValueThatCannotFitIsAFindingNamingPageTileAndSource() throws {
        let long = String(repeating: "Wolfeschlegelstein", count: 4).prefix(60)
        XCTAssertEqual(long.count, 60)
        let result = try layouter(minSize: 18).layout(tiles([String(long), "74"]))
        let findings = result.diagnostics.filter { $0.message.contains("key-figure tile 1") }
        XCTAssertEqual(findings.count, 1, "\(result.diagnostics)")
        let finding = try XCTUnwrap(findings.first)
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertEqual(finding.location, SourceLocation(file: "observations/fixture.md", line: 4))
        XCTAssertTrue(finding.message.hasPrefix("page 1 (1 of 1): text \"Wolfe"), finding.message)
        XCTAssertTrue(finding.message.contains("past the right edge"), finding.message)
        // The value did shrink, but no further than the style allows.
        let value = try XCTUnwrap(result.pages[0].textLines.first { $0.text.hasPrefix("Wolfe") })
        XCTAssertEqual(value.runs[0].size, 18)
    }

    func testTinyMinimumSizeLetsTheSameValueFit() throws {
        let long = String(String(repeating: "Wolfeschlegelstein", count: 4).prefix(60))
        let result = try layouter(minSize: 3).layout(tiles([long, "74"]))
        XCTAssertEqual(result.diagnostics, [], "\(result.diagnostics)")
        let value = try XCTUnwrap(result.pages[0].textLines.first { $0.text == long })
        XCTAssertLessThan(value.runs[0].size, 8)
    }

    func testMinSizeLargerThanTheStyleIsRejectedWithItsLine() throws {
        let yaml = try String(contentsOfFile: TestResources.layoutPath("print.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "  paragraphs:\n", with: "  paragraphs:\n    key-figure: { size: 20, minSize: 24 }\n")
        XCTAssertThrowsError(try LayoutSpecLoader.parse(yaml, path: "print.yaml")) { error in
            let d = error as? Diagnostic
            XCTAssertEqual(d?.message, "theme.paragraphs.key-figure.minSize: 24.0 must be more than 0 and at most the style's size (20.0)")
            let line = yaml.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("minSize: 24") }.map { $0 + 1 }
            XCTAssertEqual(d?.location?.line, line)
        }
    }

    func testBandTitleWithAMinimumSizeShrinksOntoOneLine() throws {
        let title = "Las Palmas de Gran Canaria, Reggio nell'Emilia"
        let doc = LayoutFixtures.document([.heading(Heading(level: 1, style: "brief-title", content: [.text(title)], id: "t", spanAll: true))],
                                          template: "brief")
        let result = try LayoutFixtures.layouter("brief.yaml").layout(doc)
        let lines = result.pages[0].textLines.filter { $0.text.contains("Palmas") || $0.text.contains("Reggio") }
        // Headings are set with a typographic apostrophe.
        XCTAssertEqual(lines.map(\.text), [title.replacingOccurrences(of: "'", with: "\u{2019}")])
        let size = try XCTUnwrap(lines.first?.runs.first?.size)
        XCTAssertLessThan(size, 26)
        XCTAssertGreaterThanOrEqual(size, 16)
        XCTAssertEqual(result.diagnostics, [])
    }

    // MARK: The check on hand-made pages

    private func line(_ text: String, at origin: Point, width: Double, size: Double = 10) -> TextLine {
        let run = GlyphRun(face: FontFace(path: "fixture.ttf"), size: size, color: .black, offset: .zero,
                           glyphs: [Glyph(id: 1, x: 0, y: 0)], text: text, clusters: [TextCluster(bytes: text.utf8.count, glyphs: 1)], width: width)
        return TextLine(origin: origin, runs: [run], width: width, ascent: size * 0.9, descent: size * 0.25)
    }

    func testOverlappingTextIsAFinding() {
        let page = Page(size: .a4, items: [.text(line("Plzeň, Porto", at: Point(x: 100, y: 100), width: 80)),
                                           .text(line("74", at: Point(x: 170, y: 102), width: 20))], label: "20")
        let findings = LayoutSelfCheck().check(page, index: 19, of: 99)
        XCTAssertEqual(findings.map(\.message), ["page 20 (20 of 99): text \"Plzeň, Porto\" overprints text \"74\" (10 pt × 8 pt)"])
    }

    func testNeighboursAndTightlyLedLinesAreNotOverlaps() {
        let page = Page(size: .a4, items: [
            .text(line("left", at: Point(x: 100, y: 100), width: 40)),
            .text(line("right", at: Point(x: 141, y: 100), width: 40)),   // 1 pt overlap along the line
            .text(line("next line", at: Point(x: 100, y: 108), width: 80)), // leading 8 pt at 10 pt text
        ])
        XCTAssertEqual(LayoutSelfCheck().check(page, index: 0, of: 1), [])
    }

    func testTextOffThePageAndOutOfItsFrameAreFindings() {
        var framed = line("Las Palmas de Gran Canaria", at: Point(x: 100, y: 100), width: 120)
        framed.frame = TextFrame(rect: Rect(x: 90, y: 85, width: 90, height: 40), name: "key-figure tile 3", file: "a.md", line: 7)
        let page = Page(size: .a4, items: [.text(framed), .text(line("Thessaloniki", at: Point(x: 560, y: 300), width: 60))])
        let findings = LayoutSelfCheck().check(page, index: 0, of: 1)
        XCTAssertEqual(findings.count, 2)
        XCTAssertTrue(findings[0].message.contains("runs 40 pt past the right edge of its key-figure tile 3"), findings[0].message)
        XCTAssertEqual(findings[0].location, SourceLocation(file: "a.md", line: 7))
        XCTAssertTrue(findings[1].message.contains("\"Thessaloniki\" runs 24.7 pt off the right edge of the page"), findings[1].message)
    }

    func testTurnedLabelsAreComparedAlongTheirOwnAxes() {
        // Labels at 45° whose upright boxes overlap but whose turned boxes do not.
        let turn = { (x: Double) in Transform(a: 0.7071, b: -0.7071, c: 0.7071, d: 0.7071, tx: x, ty: 300) }
        let apart = Page(size: .a4, items: [30.0, 52, 74].map { x in
            .group(Group(transform: turn(x), items: [.text(line("Economic strength", at: .zero, width: 90))]))
        })
        XCTAssertEqual(LayoutSelfCheck().check(apart, index: 0, of: 1), [])
        let onTop = Page(size: .a4, items: [30.0, 33].map { x in
            .group(Group(transform: turn(x), items: [.text(line("Economic strength", at: .zero, width: 90))]))
        })
        XCTAssertEqual(LayoutSelfCheck().check(onTop, index: 0, of: 1).count, 1)
    }
}
