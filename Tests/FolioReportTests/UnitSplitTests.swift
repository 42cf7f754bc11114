//! In the laid-out default report no line ends on a currency before its figure, or on a
//! figure before its unit ("RMB | 472.34 billion", "48 | hours").

import FolioModel
import FolioPage
import FolioTestSupport
import Foundation
import XCTest

final class UnitSplitTests: XCTestCase {
    /// The line that follows each line in its column: the nearest baseline below whose start is
    /// within a paragraph indent of it, set in the same size.
    static func followingLines(on page: Page) -> [(TextLine, TextLine)] {
        let lines = page.textLines.filter { !$0.runs.isEmpty }
        var pairs: [(TextLine, TextLine)] = []
        for line in lines {
            let size = line.runs[0].size
            let below = lines.filter { other in
                other.origin.y > line.origin.y + 0.5 && other.origin.y - line.origin.y < 2.2 * (line.ascent + line.descent)
                    && abs(other.origin.x - line.origin.x) < 15 && abs(other.runs[0].size - size) < 0.05
            }
            if let next = below.min(by: { $0.origin.y < $1.origin.y }) { pairs.append((line, next)) }
        }
        return pairs
    }

    /// "RMB | 472.34", "472.34 | billion", "21 | percentage points": a line break that separates
    /// an amount from its currency or unit, given the edition's lists.
    static func splits(_ pages: [Page], style: EditorialStyle) -> [String] {
        let units = style.units.sorted { $0.count > $1.count }
        var found: [String] = []
        for (k, page) in pages.enumerated() {
            for (line, next) in followingLines(on: page) {
                let end = line.text.trimmingCharacters(in: .whitespaces), start = next.text.trimmingCharacters(in: .whitespaces)
                guard let last = end.split(separator: " ").last, let first = start.split(separator: " ").first else { continue }
                let lastWord = String(last.drop { "(\u{201C}".contains($0) })
                let figureFirst = first.first.map { $0.isNumber || $0 == "\u{2212}" } ?? false
                let figureLast = lastWord.last?.isNumber == true && lastWord.allSatisfy { $0.isNumber || ",.\u{2212}-".contains($0) }
                let unitFirst = units.contains { unit in
                    start.hasPrefix(unit) && (start.count == unit.count || !(start.dropFirst(unit.count).first!.isLetter))
                }
                if (style.currencies.contains(lastWord) && figureFirst) || (figureLast && unitFirst) {
                    found.append("page \(k + 1): …\(end.suffix(30)) | \(start.prefix(30))…")
                }
            }
        }
        return found
    }

    func testNoAmountIsSplitFromItsCurrencyOrUnit() throws {
        let pages = try ReportFixture.output().pages
        let style = try ReportFixture.edition().info.style
        XCTAssertGreaterThan(pages.map { Self.followingLines(on: $0).count }.reduce(0, +), 2000, "the check reads the body's lines")
        let splits = Self.splits(pages, style: style)
        XCTAssertEqual(splits, [], "\(splits.count) amounts split at a line end")
    }

    func testTheCheckFindsASplitAmount() {
        func line(_ text: String, y: Double) -> TextLine {
            let run = GlyphRun(face: FontFace(path: "f"), size: 9.4, color: Color(hex: "#000000")!, offset: Point(x: 0, y: 0),
                               glyphs: [], text: text, clusters: [], width: 200)
            return TextLine(origin: Point(x: 50, y: y), runs: [run], width: 200, ascent: 9, descent: 3)
        }
        let page = Page(size: Size(width: 300, height: 400),
                        items: [.text(line("it was worth RMB", y: 100)), .text(line("472.34 billion, or 48", y: 113)), .text(line("hours later", y: 126))])
        XCTAssertEqual(Self.splits([page], style: .english).count, 2)
    }
}
