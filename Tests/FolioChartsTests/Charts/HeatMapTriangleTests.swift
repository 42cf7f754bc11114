//! A correlation matrix as its lower triangle: each pair once, a key fitted to the data beside it.

@testable import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class HeatMapTriangleTests: XCTestCase {
    let names = ["Economy", "Innovation", "Consumers", "Digital empowerment", "Openness", "Resilience"]

    /// A symmetric matrix of positive correlations (0.28…0.94) with 1 on the diagonal.
    func positive() -> [[Double?]] {
        let n = names.count
        func value(_ i: Int, _ j: Int) -> Double? {
            guard i != j else { return 1 }
            let step = Double((i + j) * 7 % 23) / 22
            return 0.28 + step * 0.66
        }
        return (0..<n).map { i in (0..<n).map { j in value(i, j) } }
    }

    func testOnlyCellsBelowTheDiagonalAreDrawnWithReadableFigures() throws {
        let chart = HeatMap(rows: names, columns: names, values: positive(), title: "Together", valueFormat: NumberFormat(decimals: 2),
                            style: ColorSystem.standard.chartStyle(), lowerTriangle: true)
        let frame = try chart.render(width: 420, height: nil, context: ChartTestKit.context())
        var cells: [(Rect, Color)] = []
        var figures = 0
        for item in frame.items {
            switch item {
            case .shape(let s):
                if let fill = s.fill, s.path.elements.count == 5, s.path.bounds.width > 20 { cells.append((s.path.bounds, fill)) }
            case .text(let line):
                guard let cell = cells.first(where: { $0.0.contains(line.bounds.insetBy(dx: 0, dy: 1), tolerance: 0.5) }) else { continue }
                for run in line.runs {
                    XCTAssertGreaterThanOrEqual(run.color.contrastRatio(with: cell.1), 4.5, "\(line.text) on \(cell.1.hexString)")
                }
                figures += 1
            default: break
            }
        }
        XCTAssertEqual(cells.count, 15, "6 dimensions make 15 pairs, each drawn once")
        XCTAssertEqual(figures, 15, "every pair prints its figure")
        let texts = ChartTestKit.textBoxes(frame.items)
        XCTAssertFalse(texts.contains { $0.0 == "1.00" }, "the diagonal is left out")
        // No name or key label sits on a cell.
        for (text, box) in texts where Double(text) == nil {
            for cell in cells { XCTAssertFalse(cell.0.insetBy(dx: 0.5, dy: 0.5).intersects(box), "\"\(text)\" on a cell") }
        }
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
    }

    /// The key spans the data's range, rounded, not the theoretical −1…1.
    func testScaleIsFittedToTheData() {
        let chart = HeatMap(rows: names, columns: names, values: positive(), style: ColorSystem.standard.chartStyle(), lowerTriangle: true)
        let domain = chart.triangle.colorScale.domain
        let shown = chart.triangle.finiteValues
        let lo = shown.min()!, hi = shown.max()!
        XCTAssertLessThan(hi, 1, "the diagonal's 1s are not part of the data shown")
        XCTAssertTrue(domain.lowerBound <= lo && domain.lowerBound > lo - 0.1, "\(domain) for \(lo)…\(hi)")
        XCTAssertTrue(domain.upperBound >= hi && domain.upperBound < hi + 0.1, "\(domain) for \(lo)…\(hi)")
        // Values of both signs keep a diverging scale centred on zero, as wide as the larger side.
        var mixed = positive()
        mixed[1][0] = -0.35; mixed[0][1] = -0.35
        let both = HeatMap(rows: names, columns: names, values: mixed, lowerTriangle: true).triangle.colorScale
        XCTAssertEqual(both.domain.lowerBound, -both.domain.upperBound, accuracy: 1e-9)
        XCTAssertEqual(both.fraction(of: 0), 0.5, accuracy: 1e-9)
    }

    /// Two dimensions make one pair: the key cannot sit beside a single cell and goes above it.
    func testOnePairStillDraws() throws {
        let chart = HeatMap(rows: ["A", "B"], columns: ["A", "B"], values: [[1, 0.5], [0.5, 1]], lowerTriangle: true)
        let frame = try chart.render(width: 300, height: nil, context: ChartTestKit.context())
        XCTAssertTrue(ChartTestKit.textBoxes(frame.items).contains { $0.0 == "0.50" })
        ChartTestKit.assertInside(frame)
        ChartTestKit.assertNoTextOverlap(frame)
    }
}
