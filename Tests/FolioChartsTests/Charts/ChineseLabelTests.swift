//! Chinese names in charts: shaped with the CJK fallback font, measured and placed like Latin ones.

import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class ChineseLabelTests: XCTestCase {
    func testChineseCityNamesAreRealTextInsideTheFrame() throws {
        let bars = [("北京", 2435.0), ("上海", 2446), ("深圳", 2420), ("肇庆", 613)].map { BarDatum(label: $0.0, value: $0.1) }
        let chart = RankedBarChart(bars: bars, title: "总分排名", subtitle: "十个维度总分", source: "来源：中国机遇之城 2025")
        let frame = try chart.render(width: 300, height: nil, context: ChartTestKit.context())
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
        let lines = ChartTestKit.textBoxes(frame.items)
        let beijing = try XCTUnwrap(lines.first { $0.0 == "北京" })
        XCTAssertGreaterThan(beijing.1.width, 10, "CJK glyphs have width: the fallback font shaped them")
        try ChartTestKit.proof(ChartTestKit.page(frame), named: "ranked-chinese")
    }
}
