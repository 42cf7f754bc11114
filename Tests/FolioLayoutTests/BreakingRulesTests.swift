//! The paragraph style's breaking rules: capitalised words stay whole unless the style allows it.

import FolioDocument
import FolioGraphics
import FolioLayout
import FolioPage
import FolioTestSupport
import XCTest

final class BreakingRulesTests: XCTestCase {
    /// Justified body text made of long capitalised words (names), which hyphenation could split.
    func hyphenatedLineEnds(hyphenateCapitalized: Bool?) throws -> (ends: Int, lines: Int) {
        var spec = try LayoutSpecLoader.load(path: TestResources.layoutPath("print.yaml"))
        spec.theme.paragraphs["body"]?.hyphenateCapitalized = hyphenateCapitalized
        let layouter = DocumentLayouter(spec: spec, shaper: TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory)),
                                        hyphenator: try Hyphenator())
        let names = ["Internationalisation", "Metropolitan", "Administration", "Shijiazhuang", "Consolidation",
                     "Representative", "Municipality", "Infrastructure", "Opportunities", "Environmental"]
        let blocks: [Block] = (0..<6).map { p in
            .paragraph(Paragraph(content: [.text((0..<40).map { names[($0 * 3 + p) % names.count] }.joined(separator: " ") + ".")]))
        }
        let pages = try layouter.layout(LayoutFixtures.document(blocks)).pages
        let body = pages.flatMap(\.textLines).filter { $0.runs.first.map { abs($0.size - 9.4) < 0.01 } ?? false }
        return (body.filter { $0.runs.map(\.text).joined().hasSuffix("-") }.count, body.count)
    }

    func testCapitalisedWordsAreNotHyphenatedByDefault() throws {
        let (ends, lines) = try hyphenatedLineEnds(hyphenateCapitalized: nil)
        XCTAssertGreaterThan(lines, 30)
        XCTAssertEqual(ends, 0)
    }

    func testAStyleMayAllowHyphenatingCapitalisedWords() throws {
        XCTAssertGreaterThan(try hyphenatedLineEnds(hyphenateCapitalized: true).ends, 0)
    }
}
