//! Dictionary hyphenation: breaks in long words, never in numbers, URLs or names.

import FolioGraphics
import XCTest

final class HyphenatorTests: XCTestCase {
    func testInsertsSoftHyphensInLongWords() throws {
        let h = try Hyphenator()
        let out = h.hyphenate(word: "internationalisation")
        XCTAssertTrue(out.contains("\u{AD}"))
        XCTAssertEqual(out.replacingOccurrences(of: "\u{AD}", with: ""), "internationalisation")
        // Fragments respect the minimum prefix and suffix of 3.
        let parts = out.split(separator: "\u{AD}")
        XCTAssertGreaterThanOrEqual(parts.first!.count, 3)
        XCTAssertGreaterThanOrEqual(parts.last!.count, 3)
    }

    func testLeavesShortWordsNumbersNamesAndURLsWhole() throws {
        let h = try Hyphenator(rules: HyphenationRules(protectedWords: ["resilience"]))
        XCTAssertEqual(h.hyphenate(word: "city"), "city")
        XCTAssertEqual(h.hyphenate(word: "Shijiazhuang"), "Shijiazhuang")
        XCTAssertEqual(h.hyphenate(word: "resilience"), "resilience")
        let text = "In 2024 productivity rose 12345678 at https://example.org/productivity-indicators"
        let out = h.hyphenate(text: text)
        XCTAssertTrue(out.contains("12345678"))
        XCTAssertTrue(out.contains("https://example.org/productivity-indicators"))
        XCTAssertTrue(out.hasPrefix("In 2024 pro"))
        XCTAssertNotEqual(out, text, "the plain word 'productivity' should be hyphenated")
    }

    func testMissingDictionaryIsAnError() {
        XCTAssertThrowsError(try Hyphenator(dictionary: "/nonexistent.dic"))
    }
}
