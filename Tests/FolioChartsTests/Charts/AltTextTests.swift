//! Alternative text generated from each chart's data.

import FolioCharts
import XCTest

final class AltTextTests: XCTestCase {
    let cities = ChartTerms(items: "cities", measure: "total score")

    func testRankedBars() {
        let chart = RankedBarChart(bars: [BarDatum(label: "Zhaoqing", value: 613), BarDatum(label: "Beijing", value: 2634),
                                          BarDatum(label: "Wuhan", value: 2086)], terms: cities)
        XCTAssertEqual(chart.altText, "Bar chart: 3 cities by total score; highest Beijing 2,634, lowest Zhaoqing 613.")
    }

    func testRankedBarsWithGroupsAndHighlight() {
        let chart = RankedBarChart(bars: [BarDatum(label: "Beijing", value: 2634, group: "First tier"),
                                          BarDatum(label: "Wuhan", value: 2086, group: "Second tier"),
                                          BarDatum(label: "Xi'an", value: 1802, group: "Second tier")],
                                   highlight: "xian", terms: cities)
        XCTAssertEqual(chart.altText, "Bar chart: 3 cities by total score; highest Beijing 2,634, lowest Xi'an 1,802. "
            + "Colours show groups: First tier 1 and Second tier 2. Highlighted: Xi'an, 1,802, position 3.")
    }

    func testRealOverallRanking() {
        let s = EditionSample.shared
        guard s.cities.count == 60 else { return }
        XCTAssertTrue(SampleCharts.ranked(highlight: nil).altText.hasPrefix(
            "Bar chart: 60 cities by total score; highest Shanghai 2,446, lowest Zhaoqing 613."))
    }

    func testStackedBars() {
        let chart = StackedBarChart(categories: ["A", "B"], series: ["x", "y"], values: [[1, 2], [5, 5]], terms: cities)
        XCTAssertEqual(chart.altText,
                       "Stacked bar chart: 2 cities by total score, split into 2 parts (x and y); highest B 10, lowest A 3.")
    }

    func testRadar() {
        let chart = RadarChart(axes: ["Economy", "Innovation", "Culture"],
                               series: [RadarSeries(name: "Chengdu", values: [209, 245, 126]),
                                        RadarSeries(name: "Median", values: [150, 140, 160])],
                               terms: ChartTerms(items: "dimensions", measure: "score"))
        XCTAssertEqual(chart.altText, "Radar chart of 3 dimensions: Chengdu against Median. "
            + "Highest score: Innovation 245; lowest: Culture 126. Above Median on 2 of 3.")
    }

    func testCorrelationHeatMap() {
        let chart = HeatMap(rows: ["A", "B", "C"], columns: ["A", "B", "C"],
                            values: [[1, 0.8, -0.3], [0.8, 1, 0.1], [-0.3, 0.1, 1]],
                            terms: ChartTerms(items: "dimensions", measure: "correlation"))
        XCTAssertEqual(chart.altText, "Heat map of correlation between 3 dimensions; highest B and A 0.80, "
            + "lowest C and A \u{2212}0.30. 1 of 3 pairs are negative.")
    }

    func testStrip() {
        let chart = StripChart(rows: [StripRow(label: "Debt", points: [StripPoint(item: "A", value: 3),
                                                                     StripPoint(item: "B", value: 1),
                                                                     StripPoint(item: "C", value: 2)])],
                               highlight: "c", domain: 1...3, terms: ChartTerms(items: "cities", measure: "scores"))
        XCTAssertEqual(chart.altText, "Strip chart of 1 rows (Debt), 3 cities each, scores from 1 to 3. C: Debt 2 (rank 2 of 3).")
    }

    func testBars() {
        let chart = BarChart(categories: ["Economy", "Culture"], values: [54.37, 46.3],
                             terms: ChartTerms(items: "dimensions", measure: "standard deviation"))
        XCTAssertEqual(chart.altText, "Bar chart: standard deviation of 2 dimensions; highest Economy 54.4, lowest Culture 46.3.")
    }

    func testEmptyChartsSaySo() {
        XCTAssertEqual(RankedBarChart(bars: []).altText, "Bar chart: no data.")
        XCTAssertEqual(HeatMap(rows: [], columns: [], values: []).altText, "Heat map: no data.")
    }
}
