//! Typographic punctuation: quotes by context, apostrophes, dashes and ellipses.

@testable import FolioLayout
import XCTest

final class TypographyTests: XCTestCase {
    func testQuotesOpenAfterSpaceAndCloseAfterWords() {
        XCTAssertEqual(Typography.smarten("its \"little giant\" companies"), "its \u{201C}little giant\u{201D} companies")
        XCTAssertEqual(Typography.smarten("'quoted' words"), "\u{2018}quoted\u{2019} words")
        XCTAssertEqual(Typography.smarten("(\"a\")"), "(\u{201C}a\u{201D})")
    }

    func testApostrophes() {
        XCTAssertEqual(Typography.smarten("Shenzhen's and Xi'an"), "Shenzhen\u{2019}s and Xi\u{2019}an")
        XCTAssertEqual(Typography.smarten("the cities' ranks"), "the cities\u{2019} ranks")
        XCTAssertEqual(Typography.smarten("in the '90s"), "in the \u{2019}90s")
    }

    func testDashesAndEllipses() {
        XCTAssertEqual(Typography.smarten("2012--2024"), "2012\u{2013}2024")
        XCTAssertEqual(Typography.smarten("growth---and risk"), "growth\u{2014}and risk")
        XCTAssertEqual(Typography.smarten("and so on..."), "and so on\u{2026}")
        XCTAssertEqual(Typography.smarten("a well-known city"), "a well-known city")
    }

    func testTheCharacterBeforeDecidesAQuoteAtTheStart() {
        XCTAssertEqual(Typography.smarten("'s share", after: "n"), "\u{2019}s share")
        XCTAssertEqual(Typography.smarten("\"x\"", after: " "), "\u{201C}x\u{201D}")
        XCTAssertEqual(Typography.smarten("\" rest", after: "d"), "\u{201D} rest")
    }

    func testLiteralMarkupKeepsItsStraightQuotes() {
        XCTAssertEqual(Typography.smarten("so do <span size=\"9\">tags</span>, \"quoted\""),
                       "so do <span size=\"9\">tags</span>, \u{201C}quoted\u{201D}")
    }

    func testTextWithoutPunctuationIsReturnedAsIs() {
        XCTAssertEqual(Typography.smarten("plain words 123"), "plain words 123")
    }
}
