//! Value labels on real charts under pressure: crowded bars drop labels instead of overlapping.

import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class ValueLabelCollisionTests: XCTestCase {
    /// Texts of a frame that print a number (value and tick labels).
    func numbers(_ frame: Frame) -> [String] {
        ChartTestKit.textBoxes(frame.items).map(\.0).filter { $0.first?.isNumber == true || $0.hasPrefix("\u{2212}") }
    }

    func testCrowdedVerticalBarsDropLabelsRatherThanOverlap() throws {
        // Thirty wide numbers in narrow columns: they cannot all fit side by side.
        let values = (0..<30).map { 10_000 + Double($0 * 7_919 % 5_000) }
        let chart = BarChart(categories: (1...30).map { "C\($0)" }, values: values, orientation: .vertical)
        let frame = try chart.render(width: 260, height: 200, context: ChartTestKit.context())
        ChartTestKit.assertNoTextOverlap(frame)
        ChartTestKit.assertInside(frame)
        let printed = numbers(frame).filter { $0.count > 4 }
        XCTAssertGreaterThan(printed.count, 0, "some labels fit")
        XCTAssertLessThan(printed.count, 30, "crowded labels are dropped")
    }

    func testLabelsNeverCoverTheCategoryAxis() throws {
        // Negative bars put their labels on the side of the names.
        let chart = RankedBarChart(bars: [BarDatum(label: "North", value: 12), BarDatum(label: "South", value: -9),
                                          BarDatum(label: "East", value: -0.4), BarDatum(label: "West", value: 3)])
        let frame = try chart.render(width: 300, height: nil, context: ChartTestKit.context())
        ChartTestKit.assertNoTextOverlap(frame)
        ChartTestKit.assertInside(frame)
        XCTAssertTrue(numbers(frame).contains("\u{2212}9.0"), "the long negative bar keeps its label, inside the bar")
        try ChartTestKit.proof(ChartTestKit.page(frame), named: "bars-negative")
    }

    func testSixtyBarsInAShortFrameStayLegible() throws {
        let frame = try SampleCharts.ranked().render(width: 360, height: 330, context: ChartTestKit.context())
        XCTAssertEqual(frame.size.height, 330, accuracy: 1e-9)
        ChartTestKit.assertNoTextOverlap(frame)
        ChartTestKit.assertInside(frame)
        try ChartTestKit.proof(ChartTestKit.page(frame), named: "ranked-short")
    }
}
