//! The shared geometry of horizontal bar charts: name column, value axis on top, bands, end labels.

import FolioPage

/// Lays out a horizontal bar chart's body and draws everything but the bars themselves, so
/// the simple and the stacked ranking look exactly alike.
struct HorizontalBarLayout {
    var labels: [String]
    /// Bar lengths (totals for stacks), for the scale and the end labels.
    var values: [Double]
    var emphasised: Set<Int>
    var format: NumberFormat
    var showValues: Bool

    /// Body height that gives every row enough room for its name.
    static func naturalBody(rows: Int, canvas: ChartCanvas) -> Double {
        axisThickness(canvas) + Double(rows) * canvas.style.label.size * 1.3
    }

    /// The least body height before bars become hairlines.
    static func minimumBody(rows: Int, canvas: ChartCanvas) -> Double {
        axisThickness(canvas) + Double(rows) * 2 + 10
    }

    static func axisThickness(_ canvas: ChartCanvas) -> Double {
        ValueAxis(scale: LinearScale(domain: 0...1), ticks: [0], edge: .top).thickness(canvas: canvas)
    }

    struct Geometry {
        var plot: Rect
        var x: LinearScale
        var axis: ValueAxis
        var band: BandScale
        var labelsWidth: Double
    }

    func geometry(body: Rect, canvas: ChartCanvas, chart: String) throws -> Geometry {
        let style = canvas.style
        let labelsWidth = CategoryAxis(band: BandScale(categories: [], from: 0, to: 0), labels: labels,
                                       emphasised: emphasised).leftWidth(canvas: canvas, limit: body.width * 0.4)
        let gap = style.spacing.labelGap * 2
        let valueRoom = showValues
            ? (values.map { canvas.width(format.string($0), style.value.with { $0.weight = .semibold }) }.max() ?? 0)
                + style.spacing.labelGap * 1.5
            : 6
        let axisThickness = Self.axisThickness(canvas)
        let plot = Rect(x: body.minX + labelsWidth + gap, y: body.minY + axisThickness,
                        width: body.width - labelsWidth - gap - valueRoom, height: body.height - axisThickness)
        guard plot.width >= 40 else {
            throw ChartError.notEnoughSpace(chart: chart, dimension: "width", needed: 40, available: plot.width)
        }
        let tickCount = max(3, min(7, Int(plot.width / 60)))
        let x = LinearScale(covering: values, includingZero: true, from: plot.minX, to: plot.maxX).nice(count: tickCount)
        var axis = ValueAxis(scale: x, ticks: x.niceTicks(count: tickCount).values, edge: .top)
        axis.format.suffix = format.suffix  // ticks read "10%" when the values do
        let band = BandScale(categories: labels, from: plot.minY, to: plot.maxY, paddingInner: 0.28, paddingOuter: 0.14)
        return Geometry(plot: plot, x: x, axis: axis, band: band, labelsWidth: labelsWidth)
    }

    /// Draws gridlines, the marks (via `drawMarks`), the zero line, axis and name labels, and
    /// the value labels at the bar ends (`fills` allows a label inside its bar).
    func draw(in canvas: inout ChartCanvas, geometry g: Geometry, frame: Rect, barRects: [Rect], fills: [Color?],
              drawMarks: (inout ChartCanvas) -> Void) {
        g.axis.drawGrid(in: &canvas, plot: g.plot)
        drawMarks(&canvas)
        g.axis.drawBaseline(in: &canvas, plot: g.plot)
        let axisBoxes = g.axis.drawLabels(in: &canvas, plot: g.plot, bounds: frame)
        let gap = canvas.style.spacing.labelGap * 2
        let categories = CategoryAxis(band: g.band, labels: labels, emphasised: emphasised)
        let categoryBoxes = categories.drawLeft(in: &canvas, x: g.plot.minX - gap, maxWidth: g.labelsWidth)
        guard showValues else { return }
        // When names are thinned out, only named bars get values, so no number is read
        // against the wrong name.
        let named = categories.visibleIndices(canvas: canvas)
        let valueLabels = BarValueLabels(
            bars: barRects, values: values.indices.map { named.contains($0) ? values[$0] : .nan }, fills: fills,
            format: format, direction: .horizontal,
            priorities: values.indices.map { emphasised.contains($0) ? 1e9 : abs(values[$0]) },
            emphasised: emphasised)
        let bounds = Rect(x: g.plot.minX - gap / 2, y: g.plot.minY - 1, width: frame.maxX - g.plot.minX + gap / 2,
                          height: g.plot.height + 2)
        for p in valueLabels.place(canvas: canvas, bounds: bounds, obstacles: axisBoxes + categoryBoxes) {
            if p.inside { canvas.add(p.label) } else { canvas.addWithHalo(p.label) }
        }
    }
}
