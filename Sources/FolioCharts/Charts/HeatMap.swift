//! Heat map: a matrix of tinted cells with row and column names and values in the cells.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FolioDocument
import FolioPage

/// A matrix of coloured cells, e.g. the 10 × 10 correlation matrix of the dimensions.
///
/// Diverging colours centre on `center` (zero for correlations) so that positive and
/// negative values read with equal weight; when every value lies on one side of the centre,
/// that side's half of the palette runs over the data's range instead, so the colours spend
/// their whole range on the values there are. Each value is printed in the dark or light
/// text colour that meets WCAG AA (4.5:1) on its cell. Column names are set horizontally
/// when they wrap into the cell width, otherwise at 45°.
///
/// A symmetric matrix with `lowerTriangle` shows each pair once: the cells below the
/// diagonal, column names under the columns, and the colour key in the empty upper half.
public struct HeatMap: FigureContent {
    /// Diverging for signed values around a centre (correlations), sequential for magnitudes.
    public enum ColorMode: Hashable, Sendable {
        case diverging(center: Double)
        case sequential
    }

    public var rows: [String]
    public var columns: [String]
    /// `values[row][column]`; nil leaves a cell empty.
    public var values: [[Double?]]
    public var title: String?
    public var subtitle: String?
    public var source: String?
    public var colorMode: ColorMode
    /// Values at the palette's ends; nil uses −1…1 for correlations, else the data's extent.
    public var domain: ClosedRange<Double>?
    /// Palette name; nil uses the style's diverging or sequential palette.
    public var palette: String?
    public var showValues: Bool
    public var valueFormat: NumberFormat?
    /// Caption of the colour key ("Correlation").
    public var legendTitle: String?
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing
    /// Shows a symmetric matrix as its lower triangle without the diagonal.
    public var lowerTriangle: Bool
    /// Set on the reduced matrix a lower triangle is drawn from: empty cells are left out.
    var staircase = false

    public init(rows: [String], columns: [String], values: [[Double?]], title: String? = nil, subtitle: String? = nil,
                source: String? = nil, colorMode: ColorMode = .diverging(center: 0), domain: ClosedRange<Double>? = nil,
                palette: String? = nil, showValues: Bool = true, valueFormat: NumberFormat? = nil,
                legendTitle: String? = nil, terms: ChartTerms = ChartTerms(items: "cells", measure: "value"),
                style: ChartStyle = .standard, sizing: ChartSizing = .natural, lowerTriangle: Bool = false) {
        self.rows = rows; self.columns = columns; self.values = values; self.title = title; self.subtitle = subtitle
        self.source = source; self.colorMode = colorMode; self.domain = domain; self.palette = palette
        self.showValues = showValues; self.valueFormat = valueFormat; self.legendTitle = legendTitle
        self.terms = terms; self.style = style; self.sizing = sizing; self.lowerTriangle = lowerTriangle
    }

    var finiteValues: [Double] { values.flatMap { $0.compactMap { $0 } }.filter(\.isFinite) }

    /// The colour scale of the cells.
    public var colorScale: ColorScale {
        let all = finiteValues
        switch colorMode {
        case .diverging(let c):
            let p = style.palette(named: palette ?? style.divergingPalette) ?? .rdBu
            if let domain { return .diverging(p, domain: domain, center: c) }
            guard let lo = all.min(), let hi = all.max() else { return .diverging(p, domain: (c - 1)...(c + 1), center: c) }
            let middle = p.colors.count / 2
            if lo >= c, hi > lo, p.colors.count >= 3 {
                // All on the upper side: the neutral-to-high half over the data's (rounded) range.
                let half = Palette(name: p.name + "-upper", kind: .sequential, colors: Array(p.colors[middle...]))
                return .sequential(half, domain: Self.rounded(lo, hi, floor: c))
            }
            if hi <= c, hi > lo, p.colors.count >= 3 {
                let half = Palette(name: p.name + "-lower", kind: .sequential, colors: Array(p.colors[...middle]))
                return .sequential(half, domain: Self.rounded(lo, hi, ceiling: c))
            }
            let reach = max(abs(lo - c), abs(hi - c), 1e-9)
            let r = Self.rounded(0, reach).upperBound
            return .diverging(p, domain: (c - r)...(c + r), center: c)
        case .sequential:
            let p = style.palette(named: palette ?? style.sequentialPalette) ?? .blues
            return .sequential(p, domain: domain ?? ((all.min() ?? 0)...(max(all.max() ?? 1, all.min() ?? 0))))
        }
    }

    /// `lo…hi` widened to round legend values (0.2…1.0 for correlations of 0.28…0.97), never
    /// past `floor` or `ceiling` (the centre of a diverging scale).
    static func rounded(_ lo: Double, _ hi: Double, floor: Double = -.infinity, ceiling: Double = .infinity) -> ClosedRange<Double> {
        let nice = LinearScale(domain: lo...max(hi, lo + 1e-9)).nice(count: 5).domain
        return max(nice.lowerBound, floor)...min(nice.upperBound, ceiling)
    }

    /// The cells as marks for a grid whose top-left corner is `origin`.
    public func cells(origin: Point, cellSize: Size, format: NumberFormat, showValues: Bool) -> [CellMark] {
        let scale = colorScale
        let w = cellSize.width, h = cellSize.height
        var out: [CellMark] = []
        for r in rows.indices {
            for c in columns.indices {
                let rect = Rect(x: origin.x + Double(c) * w, y: origin.y + Double(r) * h, width: w, height: h)
                    .insetBy(dx: 0.5, dy: 0.5)
                let v = r < values.count && c < values[r].count ? values[r][c] : nil
                if let v, v.isFinite {
                    out.append(CellMark(rect: rect, fill: scale(v), text: showValues ? format.string(v) : nil))
                } else if !staircase {
                    out.append(CellMark(rect: rect, fill: style.emptyCell))
                }
            }
        }
        return out
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "heat map")
        guard !rows.isEmpty, !columns.isEmpty else { throw ChartError.noData(chart: name) }
        guard values.count == rows.count else {
            throw ChartError.inconsistentData(chart: name, detail: "\(rows.count) rows but \(values.count) rows of values")
        }
        if let bad = values.firstIndex(where: { $0.count != columns.count }) {
            throw ChartError.inconsistentData(chart: name,
                                              detail: "row \"\(rows[bad])\" has \(values[bad].count) values for \(columns.count) columns")
        }
        if lowerTriangle, isSymmetric, rows.count >= 2 {
            return try triangle.render(width: width, height: height, context: context)
        }
        var canvas = ChartCanvas(context: context, style: style)
        let scale = colorScale
        let lo = scale.domain.lowerBound, hi = scale.domain.upperBound
        let legendTicks = TickGenerator.within(lower: lo, upper: hi, count: 5)
        let rampFormat = NumberFormat.forTicks(legendTicks)
        let beside = VerticalRampLegend(scale: scale, ticks: legendTicks, format: rampFormat, caption: legendTitle)
        let legend = ColorRampLegend(scale: scale, ticks: legendTicks, format: rampFormat, caption: legendTitle)
        let format = valueFormat ?? .inferred(for: finiteValues)
        let labelFont = style.label
        let gap = style.spacing.labelGap * 1.5
        let rowLabelWidth = min(width * 0.34, rows.map { canvas.width($0, labelFont) }.max() ?? 0)
        let n = Double(columns.count)

        // Column names: wrapped horizontally if every word fits a cell, else rotated 45°.
        func horizontalLines(cell: Double) -> [[String]]? {
            var out: [[String]] = []
            for c in columns {
                if canvas.longestWord(c, labelFont) > cell - 2 { return nil }
                let lines = canvas.wrap(c, labelFont, width: cell - 2)
                if lines.count > 3 { return nil }
                out.append(lines)
            }
            return out
        }
        // Cell width from the frame width (never wider than a table column needs); rotated
        // names above the grid run up to the right from their column's centre, so the last
        // ones need room; under a triangle they end at their column and run down to the left.
        let square = isSymmetric || staircase
        let maxCellWidth = square ? 44.0 : 90.0
        var gridX = rowLabelWidth + gap
        var cellWidth = min(maxCellWidth, (width - gridX) / n)
        let rotated = horizontalLines(cell: cellWidth) == nil
        let cos45 = 0.5.squareRoot()
        let columnWidths = columns.map { canvas.width($0, labelFont) }
        let labelsHeight: Double
        if rotated {
            // The line box's lower corner (baseline plus descent) reaches furthest right.
            let halfLine = (canvas.capHeight(labelFont) / 2 + labelFont.size * 0.25) * cos45
            for _ in 0..<3 {
                if staircase {
                    var left = rowLabelWidth + gap
                    for c in columns.indices {
                        left = max(left, columnWidths[c] * cos45 + halfLine - (Double(c) + 0.5) * cellWidth)
                    }
                    gridX = left
                    cellWidth = min(maxCellWidth, (width - gridX) / n)
                    continue
                }
                var overhang = 0.0
                for c in columns.indices {
                    let reach = (Double(c) + 0.5) * cellWidth + columnWidths[c] * cos45 + halfLine
                    overhang = max(overhang, reach - n * cellWidth)
                }
                cellWidth = min(maxCellWidth, (width - gridX - overhang) / n)
            }
            labelsHeight = (columnWidths.max() ?? 0) * cos45 + canvas.capHeight(labelFont) + gap
        } else {
            let lines = horizontalLines(cell: cellWidth) ?? []
            let maxLines = Double(lines.map(\.count).max() ?? 1)
            labelsHeight = canvas.capHeight(labelFont) + (maxLines - 1) * canvas.leading(labelFont)
                + labelFont.size * 0.22 + gap
        }
        guard cellWidth >= 6 else {
            throw ChartError.notEnoughSpace(chart: name, dimension: "width", needed: 6 * n + gridX, available: width)
        }
        // The colour key sits in the empty upper half of a triangle when enough rows there are
        // clear of cells at its width; otherwise it goes above the plot.
        let gridRight = gridX + n * cellWidth
        let legendX = gridRight - beside.width(canvas)
        let clearRows = staircase ? max(0, ((legendX - gap - gridX) / cellWidth).rounded(.down)) : 0
        let keyBeside = staircase && clearRows * cellWidth - gap >= beside.captionHeight(canvas) + 48
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source),
                                 legend: keyBeside ? nil : legend)
        // Square cells for a correlation matrix; otherwise rows no taller than a table row.
        let naturalHeight = square ? cellWidth : min(cellWidth, labelFont.size * 3.4)
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: labelsHeight + naturalHeight * Double(rows.count),
                                       minimumBody: labelsHeight + 6 * Double(rows.count), chart: name, canvas: canvas)
        // A given height is filled, but no cell gets taller than it is wide.
        let cellHeight = min(cellWidth, (region.body.height - labelsHeight) / Double(rows.count))
        chrome.draw(in: &canvas, width: width, height: region.size.height)

        let gridOrigin = Point(x: gridX, y: region.body.minY + (staircase ? 0 : labelsHeight))
        let gridBottom = gridOrigin.y + Double(rows.count) * cellHeight
        let widestValue = finiteValues.map { canvas.width(format.string($0), style.value) }.max() ?? 0
        let valueFits = showValues && widestValue <= cellWidth - 3 && canvas.capHeight(style.value) <= cellHeight * 0.6
        cells(origin: gridOrigin, cellSize: Size(width: cellWidth, height: cellHeight), format: format,
              showValues: valueFits).draw(in: &canvas)
        if keyBeside {
            beside.draw(in: &canvas, x: legendX, top: gridOrigin.y, height: min(170, clearRows * cellHeight - gap))
        }

        for (r, rowName) in rows.enumerated() {
            let text = canvas.truncate(rowName, labelFont, width: rowLabelWidth)
            let y = gridOrigin.y + (Double(r) + 0.5) * cellHeight
            canvas.add(canvas.label(text, labelFont, at: Point(x: gridOrigin.x - gap, y: y), h: .end, v: .middle))
        }
        for (c, columnName) in columns.enumerated() {
            let x = gridOrigin.x + (Double(c) + 0.5) * cellWidth
            if rotated {
                if staircase {
                    canvas.addRotated(columnName, labelFont, pivot: Point(x: x, y: gridBottom + gap), degrees: -45, anchor: .end)
                } else {
                    canvas.addRotated(columnName, labelFont, pivot: Point(x: x, y: gridOrigin.y - gap), degrees: -45)
                }
                continue
            }
            let lines = canvas.wrap(columnName, labelFont, width: cellWidth - 2)
            if staircase {
                // Top-aligned under the grid.
                let firstBaseline = gridBottom + gap + canvas.capHeight(labelFont)
                for (k, text) in lines.enumerated() {
                    canvas.add(canvas.label(text, labelFont, at: Point(x: x, y: firstBaseline + Double(k) * canvas.leading(labelFont)), h: .middle))
                }
                continue
            }
            // Bottom-aligned, so that every name's last line sits on one baseline above the grid.
            let lastBaseline = gridOrigin.y - gap - labelFont.size * 0.22
            for (k, text) in lines.enumerated() {
                let baseline = lastBaseline - Double(lines.count - 1 - k) * canvas.leading(labelFont)
                canvas.add(canvas.label(text, labelFont, at: Point(x: x, y: baseline), h: .middle))
            }
        }
        return Frame(size: region.size, items: canvas.items)
    }

    /// The cells below the diagonal of a symmetric matrix: rows from the second, columns to
    /// the last but one, and nothing above the diagonal.
    var triangle: HeatMap {
        var m = self
        m.rows = Array(rows.dropFirst())
        m.columns = Array(columns.dropLast())
        m.values = (1..<rows.count).map { i in (0..<(columns.count - 1)).map { j in j < i ? values[i][j] : nil } }
        m.lowerTriangle = false
        m.staircase = true
        return m
    }

    /// True when rows and columns are the same and the matrix mirrors across its diagonal.
    var isSymmetric: Bool {
        guard rows == columns, values.count == rows.count else { return false }
        for i in rows.indices {
            for j in rows.indices where j < i {
                let a = values[i][j], b = values[j][i]
                if a == nil && b == nil { continue }
                guard let a, let b, abs(a - b) < 1e-9 else { return false }
            }
        }
        return true
    }

    /// "Heat map of correlation between 10 dimensions; strongest positive A and B 0.91, …"
    public var altText: String {
        let f = valueFormat ?? .inferred(for: finiteValues)
        var cellsList: [(String, Double)] = []
        let symmetric = isSymmetric
        for i in rows.indices where i < values.count {
            for j in columns.indices where j < values[i].count {
                guard let v = values[i][j], v.isFinite else { continue }
                if symmetric {
                    if j >= i { continue }
                    cellsList.append(("\(rows[i]) and \(columns[j])", v))
                } else {
                    cellsList.append(("\(rows[i]), \(columns[j])", v))
                }
            }
        }
        guard let hi = cellsList.max(by: { $0.1 < $1.1 }), let lo = cellsList.min(by: { $0.1 < $1.1 }) else {
            return "Heat map: no data."
        }
        if symmetric {
            var text = "Heat map of \(terms.measure) between \(rows.count) \(terms.items); "
                + "highest \(hi.0) \(f.string(hi.1)), lowest \(lo.0) \(f.string(lo.1))."
            let negatives = cellsList.filter { $0.1 < 0 }.count
            if negatives > 0 { text += " \(negatives) of \(cellsList.count) pairs are negative." }
            return text
        }
        return "Heat map of \(terms.measure), \(rows.count) rows by \(columns.count) columns; "
            + "highest \(hi.0) \(f.string(hi.1)), lowest \(lo.0) \(f.string(lo.1))."
    }
}
