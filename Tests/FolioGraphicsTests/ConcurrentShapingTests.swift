//! Shapers on different threads give the same lines as one shaper alone.

import Foundation
import FolioGraphics
import FolioPage
import FolioTestSupport
import XCTest

final class ConcurrentShapingTests: XCTestCase {
    /// Justified text whose lines end at soft hyphens (the case Pango 1.50 got wrong when two
    /// font maps shaped with a font for the first time at the same moment).
    let spans = [TextSpan(String(repeating: "Con\u{AD}sump\u{AD}tion, inno\u{AD}va\u{AD}tion and infra\u{AD}struc\u{AD}ture ", count: 12),
                          style: TextStyle(family: "Noto Serif", size: 9.4))]
    let format = ParagraphFormat(width: 131, alignment: .justify, firstLineIndent: 11)

    private final class Slots: @unchecked Sendable { var results: [ShapedParagraph?] = [nil, nil] }

    func testFirstShapingOnTwoThreadsAtOnceMatchesSerialShaping() throws {
        let directory = TestResources.fontDirectory
        let reference = TextShaper(fontSet: try FontSet(directory: directory)).shape(spans, format: format)
        XCTAssertTrue(reference.lines.contains { $0.endsWithHyphen }, "the sample must break at soft hyphens")
        let (spans, format) = (spans, format)
        // Without the first-use lock, about nine trials in ten left one of the two shapers wrong.
        for trial in 0..<12 {
            let shapers = try (0..<2).map { _ in TextShaper(fontSet: try FontSet(directory: directory)) }
            let slots = Slots()
            let box = UncheckedBox(shapers)
            let start = DispatchGroup()
            start.enter()
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 { start.leave() } else { start.wait() }
                slots.results[i] = box.value[i].shape(spans, format: format)
            }
            // The font maps keep no wrong state for later paragraphs either.
            let later = ParagraphFormat(width: 131.5, alignment: .justify, firstLineIndent: 11)
            let laterReference = TextShaper(fontSet: try FontSet(directory: directory)).shape(spans, format: later)
            for i in 0..<2 {
                let result = try XCTUnwrap(slots.results[i])
                XCTAssertEqual(result.lines.map(\.width), reference.lines.map(\.width), "trial \(trial), thread \(i): line widths")
                XCTAssertTrue(result == reference, "trial \(trial), thread \(i): glyph positions")
                let afterwards = shapers[i].shape(spans, format: later)
                XCTAssertEqual(afterwards.lines.map(\.width), laterReference.lines.map(\.width), "trial \(trial), shaper \(i) afterwards")
            }
        }
    }
}

/// Hands non-Sendable shapers to `concurrentPerform`; each index is used by one thread only.
private final class UncheckedBox<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
