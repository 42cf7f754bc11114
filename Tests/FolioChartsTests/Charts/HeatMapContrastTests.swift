//! Every value printed in a heat-map cell meets WCAG AA against that cell's colour.

import FolioCharts
import FolioDocument
import FolioPage
import XCTest

final class HeatMapContrastTests: XCTestCase {
    /// A matrix whose cells sweep the whole palette, −1 to 1.
    func sweep(palette: String?, mode: HeatMap.ColorMode) -> HeatMap {
        let n = 9
        let values: [[Double?]] = (0..<n).map { r in (0..<n).map { c in -1 + 2 * Double(r * n + c) / Double(n * n - 1) } }
        let names = (1...n).map { "V\($0)" }
        return HeatMap(rows: names, columns: names, values: values, colorMode: mode, domain: -1...1, palette: palette)
    }

    func testCellMarksChooseReadableText() {
        for p in Palette.all where p.kind != .categorical {
            let mode: HeatMap.ColorMode = p.kind == .diverging ? .diverging(center: 0) : .sequential
            let cells = sweep(palette: p.name, mode: mode).cells(origin: .zero, cellSize: Size(width: 30, height: 30), format: NumberFormat(decimals: 2),
                                                                showValues: true)
            for cell in cells {
                let ratio = cell.textColor(style: .standard).contrastRatio(with: cell.fill)
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(p.name) \(cell.fill.hexString) \(cell.text ?? "")")
            }
        }
    }

    /// The rendered frame: each value's glyph colour against the cell under it.
    func testRenderedValuesMeetAA() throws {
        for palette in ["rdbu", "puor", "brbg"] {
            let frame = try sweep(palette: palette, mode: .diverging(center: 0))
                .render(width: 420, height: nil, context: ChartTestKit.context())
            var cells: [(Rect, Color)] = []
            var checked = 0
            for item in frame.items {
                switch item {
                case .shape(let s):
                    if let fill = s.fill, s.path.elements.count == 5 { cells.append((s.path.bounds, fill)) }
                case .text(let line):
                    guard let cell = cells.last(where: { $0.0.contains(line.bounds.insetBy(dx: 0, dy: 1), tolerance: 0.5) })
                    else { continue }
                    for run in line.runs {
                        XCTAssertGreaterThanOrEqual(run.color.contrastRatio(with: cell.1), 4.5,
                                                    "\(palette) \(line.text) on \(cell.1.hexString)")
                    }
                    checked += 1
                default: break
                }
            }
            XCTAssertEqual(checked, 81, "every cell prints its value")
        }
    }
}
