//! Chart specs as editors write them: decoding, validation messages, and binding data.

import FolioCharts
import FolioDocument
import Foundation
import XCTest

final class ChartSpecTests: XCTestCase {
    func decode(_ json: String) throws -> ChartSpec {
        try JSONDecoder().decode(ChartSpec.self, from: Data(json.utf8))
    }

    func message(_ json: String) -> String {
        do {
            let spec = try decode(json)
            try spec.validate()
            return "valid"
        } catch {
            return "\(error)"
        }
    }

    func testDecodesEveryOption() throws {
        let spec = try decode("""
        {"type": "ranked-bars", "data": "overall.totals", "title": "Overall ranking", "subtitle": "Total score",
         "source": "Source: report", "aspect": "3:2", "palette": "blues", "highlight": "chengdu", "values": false,
         "sort": true}
        """)
        XCTAssertEqual(spec.type, .rankedBars)
        XCTAssertEqual(spec.data, "overall.totals")
        XCTAssertEqual(spec.aspect, 1.5)
        XCTAssertEqual(spec.sizing, .aspect(1.5))
        XCTAssertEqual(spec.values, false)
        XCTAssertTrue(spec.problems.isEmpty)
        let again = try JSONDecoder().decode(ChartSpec.self, from: JSONEncoder().encode(spec))
        XCTAssertEqual(again, spec)
    }

    func testUnknownTypeListsTheTypes() {
        XCTAssertEqual(message(#"{"type": "pie", "data": "x"}"#),
                       "chart: unknown type \"pie\"; expected one of ranked-bars, stacked-bars, radar, heatmap, strip, bars")
        XCTAssertTrue(message(#"{"type": "ranked-bar", "data": "x"}"#).contains("(did you mean \"ranked-bars\"?)"))
    }

    func testUnknownOptionIsAnErrorWithAHint() {
        XCTAssertTrue(message(#"{"type": "radar", "data": "x", "subtitel": "y"}"#)
            .hasPrefix("chart: unknown option `subtitel` (did you mean \"subtitle\"?)"))
    }

    func testMissingOptions() {
        XCTAssertEqual(message(#"{"data": "x"}"#), "chart: missing option `type`")
        XCTAssertEqual(message(#"{"type": "strip"}"#), "chart: missing option `data`")
    }

    func testBadValues() {
        XCTAssertEqual(message(#"{"type": "radar", "data": "x", "height": 200, "aspect": 1}"#),
                       "chart: set either `height` or `aspect`, not both")
        XCTAssertTrue(message(#"{"type": "radar", "data": "x", "aspect": "wide"}"#).hasPrefix("chart: `aspect` is \"wide\""))
        XCTAssertTrue(message(#"{"type": "radar", "data": "x", "height": -5}"#).hasPrefix("chart: `height` is -5.0"))
        XCTAssertTrue(message(#"{"type": "bars", "data": "x", "orientation": "diagonal"}"#)
            .contains("expected vertical, horizontal, automatic"))
        XCTAssertTrue(message(#"{"type": "strip", "data": "x", "domain": [60, 1]}"#).contains("low < high"))
    }

    func testOptionsThatDoNotApply() {
        XCTAssertEqual(message(#"{"type": "radar", "data": "x", "orientation": "vertical"}"#),
                       "chart: option `orientation` does not apply to radar charts; it applies to bars")
        XCTAssertTrue(message(#"{"type": "heatmap", "data": "x", "highlight": "Beijing"}"#)
            .hasPrefix("chart: option `highlight` does not apply to heatmap charts"))
    }

    func testPalettes() {
        XCTAssertTrue(message(#"{"type": "heatmap", "data": "x", "palette": "rdbu"}"#) == "valid")
        XCTAssertTrue(message(#"{"type": "heatmap", "data": "x", "palette": "blue"}"#)
            .hasPrefix("chart: unknown palette \"blue\" (did you mean \"blues\"?)"))
        XCTAssertEqual(message(#"{"type": "heatmap", "data": "x", "palette": "tol-muted"}"#),
                       "chart: palette \"tol-muted\" is categorical, which heatmap charts cannot use; "
                       + "try rdbu, puor, brbg, blues, ylgnbu, greens, oranges, greys, viridis")
    }

    func testEveryProblemIsReported() {
        let spec = ChartSpec(type: .strip, data: " ", height: 100, aspect: 2, palette: "blues", sort: true)
        XCTAssertEqual(spec.problems.count, 4, "\(spec.problems)")
    }

    func testMakeChartBindsDataOfTheRightShape() throws {
        let spec = ChartSpec(type: .rankedBars, data: "overall.totals", title: "Overall", highlight: "xian")
        let chart = try spec.makeChart(data: .values([BarDatum(label: "Xi'an", value: 1802),
                                                      BarDatum(label: "Wuhan", value: 2086)]),
                                       terms: ChartTerms(items: "cities", measure: "total score"))
        let ranked = try XCTUnwrap(chart as? RankedBarChart)
        XCTAssertEqual(ranked.highlight, "Xi'an", "a slug resolves to the data's spelling")
        XCTAssertEqual(ranked.title, "Overall")
        XCTAssertTrue(chart.altText.hasPrefix("Bar chart: 2 cities by total score"))
    }

    func testMakeChartRejectsTheWrongShape() {
        let spec = ChartSpec(type: .radar, data: "dimension-sd")
        XCTAssertThrowsError(try spec.makeChart(data: .values([BarDatum(label: "A", value: 1)]))) { error in
            XCTAssertEqual("\(error)", "chart: type radar needs profiles over axes, but data \"dimension-sd\" gives one value per item")
        }
    }

    func testMakeChartRejectsAnUnknownHighlight() {
        let spec = ChartSpec(type: .strip, data: "variables:economic-strength", highlight: "Bejing")
        let rows = [StripRow(label: "Debt", points: [StripPoint(item: "Beijing", value: 3), StripPoint(item: "Wuhan", value: 1)])]
        XCTAssertThrowsError(try spec.makeChart(data: .distributions(rows, domain: 1...60))) { error in
            XCTAssertEqual("\(error)",
                           "chart: highlight \"Bejing\" is not in data \"variables:economic-strength\" (did you mean \"Beijing\"?)")
        }
    }

    func testEveryTypeMakesItsChart() throws {
        let rows = [StripRow(label: "Debt", points: [StripPoint(item: "A", value: 3)])]
        let cases: [(ChartSpec.Kind, ChartData, (any FigureContent) -> Bool)] = [
            (.rankedBars, .values([BarDatum(label: "A", value: 1)]), { $0 is RankedBarChart }),
            (.bars, .values([BarDatum(label: "A", value: 1)]), { $0 is BarChart }),
            (.stackedBars, .parts(categories: ["A"], series: ["x"], values: [[1]]), { $0 is StackedBarChart }),
            (.radar, .profile(axes: ["a", "b", "c"], series: [RadarSeries(name: "A", values: [1, 2, 3])], domain: 0...3),
             { ($0 as? RadarChart)?.domain == 0...3 }),
            (.heatmap, .matrix(rows: ["a"], columns: ["a"], values: [[1]]), { $0 is HeatMap }),
            (.strip, .distributions(rows, domain: 1...60), { ($0 as? StripChart)?.domain == 1...60 }),
        ]
        for (kind, data, check) in cases {
            let chart = try ChartSpec(type: kind, data: "d").makeChart(data: data)
            XCTAssertTrue(check(chart), "\(kind)")
        }
        let sized = try ChartSpec(type: .strip, data: "d", height: 240, domain: [0, 100]).makeChart(data: .distributions(rows, domain: 1...60))
        XCTAssertEqual((sized as? StripChart)?.sizing, .height(240))
        XCTAssertEqual((sized as? StripChart)?.domain, 0...100, "the spec's domain wins over the data's")
    }
}
