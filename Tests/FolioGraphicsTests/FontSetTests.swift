//! The bundled font set: only our fonts, Chinese coverage, and missing glyphs reported.

import FolioGraphics
import FolioPage
import FolioTestSupport
import XCTest

final class FontSetTests: XCTestCase {
    func testOnlyBundledFamiliesAreVisible() throws {
        let fonts = try FontSet(directory: TestResources.fontDirectory)
        XCTAssertEqual(fonts.familyNames, ["Inter", "Noto Sans CJK SC", "Noto Serif"])
    }

    func testCoversChineseCityNames() throws {
        let fonts = try FontSet(directory: TestResources.fontDirectory)
        for scalar in "深圳成都西安乌鲁木齐呼和浩特".unicodeScalars {
            XCTAssertTrue(fonts.covers(scalar), "no bundled font covers \(scalar)")
        }
    }

    func testMissingDirectoryIsAnError() {
        XCTAssertThrowsError(try FontSet(directory: "/nonexistent/fonts")) { error in
            XCTAssertEqual(error as? GraphicsError, .fontDirectoryMissing("/nonexistent/fonts"))
        }
    }

    func testShapingReportsCharactersNoFontHas() throws {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let style = TextStyle(family: "Noto Serif", size: 10)
        // U+0F00 TIBETAN SYLLABLE OM and U+1F600 are in none of the bundled fonts.
        let shaped = shaper.shape([TextSpan("Lhasa \u{0F00} and \u{1F600}", style: style)], format: ParagraphFormat(width: 200))
        XCTAssertEqual(Set(shaped.missingGlyphs.map(\.codePoint)), [0x0F00, 0x1F600])
        XCTAssertEqual(shaped.missingGlyphs.first(where: { $0.codePoint == 0x0F00 })?.label, "U+0F00 '\u{0F00}'")
    }

    func testChineseShapesWithoutMissingGlyphs() throws {
        let shaper = TextShaper(fontSet: try FontSet(directory: TestResources.fontDirectory))
        let shaped = shaper.shape([TextSpan("Shenzhen 深圳", style: TextStyle(family: "Noto Serif", size: 10))],
                                  format: ParagraphFormat(width: nil))
        XCTAssertTrue(shaped.missingGlyphs.isEmpty)
        XCTAssertEqual(shaped.lines.count, 1)
        XCTAssertEqual(shaped.lines[0].text, "Shenzhen 深圳")
        XCTAssertTrue(shaped.lines[0].runs.contains { $0.face.path.hasSuffix("NotoSansCJKsc-Regular-GB2312.otf") })
    }
}
