//! The Compose-stage rules for notes and lists: marks after punctuation, glance lists that
//! break only between items, en dashes for empty indicator cells.

@testable import FolioCompose
import FolioDocument
import XCTest

final class NoteMarkRuleTests: XCTestCase {
    private func mark(_ n: Int) -> Inline { .footnoteMark(n, destination: ReportIDs.reference(n)) }

    func testMarkBeforePunctuationMovesAfterIt() {
        XCTAssertEqual(ProseConverter.marksAfterPunctuation([.text("growth"), mark(3), .text(". Then")]),
                       [.text("growth."), mark(3), .text(" Then")])
        // A run of marks moves as one; the space some writers put before a mark goes.
        XCTAssertEqual(ProseConverter.marksAfterPunctuation([.text("census "), mark(4), mark(5), .text(", cities")]),
                       [.text("census,"), mark(4), mark(5), .text(" cities")])
        // After bold text the punctuation becomes its own text before the mark.
        XCTAssertEqual(ProseConverter.marksAfterPunctuation([.strong([.text("index")]), mark(20), .text(";")]),
                       [.strong([.text("index")]), .text(";"), mark(20)])
    }

    func testMarksAlreadyAfterPunctuationOrBeforeWordsStay() {
        let after: [Inline] = [.text("growth."), mark(3), .text(" Then")]
        XCTAssertEqual(ProseConverter.marksAfterPunctuation(after), after)
        let quoted: [Inline] = [.text("the \u{201C}League\u{201D}"), mark(10), .text(" as")]
        XCTAssertEqual(ProseConverter.marksAfterPunctuation(quoted), quoted, "quotes stay before the mark")
        let inner: [Inline] = [.text("Harvest Plan"), mark(32), .text(", ")]
        XCTAssertEqual(ProseConverter.marksAfterPunctuation(inner), [.text("Harvest Plan,"), mark(32), .text(" ")])
    }

    func testGlanceListKeepsSeparatorsAndShortLabelsTogether() {
        let text = GlanceList.text(["Operating cost / burden", "Museum attendance", "A very long variable name that may wrap / here"])
        XCTAssertEqual(text, "Operating\u{00A0}cost\u{00A0}/\u{00A0}burden\u{00A0}· Museum\u{00A0}attendance\u{00A0}· "
                       + "A very long variable name that may wrap\u{00A0}/\u{00A0}here")
        XCTAssertFalse(text.contains(" ·"), "a line can never start with the separator")
    }

    func testEmptyCellsPrintAnEnDash() {
        XCTAssertEqual(ReportComposer.orDash(""), "\u{2013}")
        XCTAssertEqual(ReportComposer.orDash("  "), "\u{2013}")
        XCTAssertEqual(ReportComposer.orDash("2024"), "2024")
    }
}
