//! Dictionary hyphenation: breaks in long words, never in numbers, URLs or names.

@testable import FolioGraphics
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

    /// The UTF-8 fast path must give exactly what the grapheme-cluster walk gives.
    func testScalarPathMatchesCharacterPath() throws {
        let h = try Hyphenator(rules: HyphenationRules(protectedWords: ["Shenzhen"]))
        let texts = [
            "Productivity in Shenzhen\u{2028}rose\u{A0}substantially – see www.example.org/productivity or mail editors@example.org.",
            "Resilience\r\ninfrastructure\tdevelopment\u{85}innovation\u{3000}郑州 manufacturing…",
            "(environmental) “sustainability” competitiveness—connectivity, 12345678 https://x.org/infrastructure",
            "", "   ", "internationalisation", "e-mail:administration@municipality",
        ]
        for capitalized in [false, true] {
            for text in texts {
                XCTAssertTrue(Hyphenator.isOneScalarPerCharacter(text), text)
                XCTAssertEqual(h.hyphenateScalars(text, capitalized: capitalized),
                               h.hyphenateCharacters(text, capitalized: capitalized), text)
            }
        }
    }

    /// Texts whose characters are several scalars take the grapheme-cluster walk.
    func testCombiningMarksTakeTheCharacterPath() throws {
        XCTAssertFalse(Hyphenator.isOneScalarPerCharacter("cafe\u{301} productivity"))
        XCTAssertFalse(Hyphenator.isOneScalarPerCharacter("family 👩\u{200D}👧 connectivity"))
        let h = try Hyphenator()
        let text = "cafe\u{301}productivity productivity"
        XCTAssertEqual(h.hyphenate(text: text), h.hyphenateCharacters(text, capitalized: false))
    }

    func testMissingDictionaryIsAnError() {
        XCTAssertThrowsError(try Hyphenator(dictionary: "/nonexistent.dic"))
    }
}
