//! The leader profile: variables ordered by the leaders' average, figures in their own column, no label on a mark.

@testable import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class LeaderProfileTests: XCTestCase {
    let rows = [
        LeaderRow(label: "Museums", values: [40, 12, 30]),
        LeaderRow(label: "Parks and green space per resident", values: [60, 58, 59]),
        LeaderRow(label: "Debt", values: [5, 9, 2]),
        LeaderRow(label: "Transit", values: [50, 50, 50]),
    ]

    func chart() -> LeaderProfileChart {
        LeaderProfileChart(rows: rows, leaders: ["Plzeň", "Porto", "Łódź"], title: "What carries the leaders",
                           subtitle: "The three leading cities in each variable", domain: 1...60, reference: 30.5,
                           terms: ChartTerms(items: "cities", measure: "score"))
    }

    func testRowsRunFromWhatLiftsToWhatHoldsBack() {
        XCTAssertEqual(chart().orderedRows.map(\.label), ["Parks and green space per resident", "Transit", "Museums", "Debt"])
        XCTAssertEqual(chart().averageColor(59), ChartStyle.standard.barColor)
        XCTAssertEqual(chart().averageColor(5.3), ChartStyle.standard.highlightColor)
        let alt = chart().altText
        XCTAssertTrue(alt.contains("top 3 cities (Plzeň, Porto and Łódź)"), alt)
        XCTAssertTrue(alt.contains("highest in Parks and green space per resident, lowest in Debt"), alt)
    }

    /// Every average is printed once, right of the plot; no text box touches a dot or a range line.
    func testNoLabelSitsOnAMark() throws {
        let frame = try chart().render(width: 420, height: 220, context: ChartTestKit.context())
        let texts = ChartTestKit.textBoxes(frame.items)
        for figure in ["59.0", "50.0", "27.3", "5.3"] {
            XCTAssertEqual(texts.filter { $0.0 == figure }.count, 1, "\(figure) in \(texts.map(\.0))")
        }
        XCTAssertTrue(texts.contains { $0.0 == "below the median" }, "both colours explained: \(texts.map(\.0))")
        var marks: [Rect] = []
        for item in frame.items {
            guard case .shape(let s) = item else { continue }
            let b = s.path.bounds
            guard let stroke = s.stroke ?? (s.fill != nil ? Stroke(color: .black, width: 0) : nil) else { continue }
            let half = stroke.width / 2
            if s.path.elements.contains(where: { if case .cubic = $0 { return true } else { return false } }) {
                marks.append(b.insetBy(dx: -half, dy: -half))            // an average: a circle with a white outline
            } else if stroke.cap == .round, b.height == 0 {
                marks.append(b.insetBy(dx: -half, dy: -half))            // a leader's dot, or a range line
            }
        }
        XCTAssertGreaterThanOrEqual(marks.count, 4 * 3 + 4, "a dot per leader and an average per row")
        for (text, box) in texts {
            let ink = Rect(x: box.minX, y: box.minY + box.height * 0.25, width: box.width, height: box.height * 0.6)
            for m in marks { XCTAssertFalse(ink.intersects(m), "\"\(text)\" \(ink) on a mark \(m)") }
        }
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
    }
}
