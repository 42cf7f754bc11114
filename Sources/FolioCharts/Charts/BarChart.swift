//! Bars of one value per category (standard deviation per dimension), upright or lying down.

import FolioDocument
import FolioPage

/// A bar chart of one value per category in the given order, e.g. the spread (standard
/// deviation) of each dimension's scores. Upright bars with names wrapped underneath when
/// the names fit; horizontal bars when they do not (`automatic`) or when asked.
public struct BarChart: FigureContent {
    /// Which way the bars run; names spelled as in chart specs.
    public enum Orientation: String, Hashable, Sendable, CaseIterable {
        case vertical, horizontal
        /// Vertical when every name wraps into its column in at most three lines.
        case automatic
    }

    public var categories: [String]
    public var values: [Double]
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// The category drawn in the highlight colour.
    public var highlight: String?
    public var orientation: Orientation
    /// Sorts largest first; false keeps the given (e.g. dimension) order.
    public var sorted: Bool
    public var showValues: Bool
    public var valueFormat: NumberFormat?
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing

    public init(categories: [String], values: [Double], title: String? = nil, subtitle: String? = nil,
                source: String? = nil, highlight: String? = nil, orientation: Orientation = .automatic,
                sorted: Bool = false, showValues: Bool = true, valueFormat: NumberFormat? = nil,
                terms: ChartTerms = ChartTerms(), style: ChartStyle = .standard, sizing: ChartSizing = .natural) {
        self.categories = categories; self.values = values; self.title = title; self.subtitle = subtitle
        self.source = source; self.highlight = highlight; self.orientation = orientation; self.sorted = sorted
        self.showValues = showValues; self.valueFormat = valueFormat; self.terms = terms; self.style = style
        self.sizing = sizing
    }

    var order: [Int] {
        guard sorted else { return Array(categories.indices) }
        return categories.indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
    }

    var format: NumberFormat { valueFormat ?? .inferred(for: values) }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "bar chart")
        guard !categories.isEmpty else { throw ChartError.noData(chart: name) }
        guard values.count == categories.count else {
            throw ChartError.inconsistentData(chart: name, detail: "\(categories.count) categories but \(values.count) values")
        }
        let canvas = ChartCanvas(context: context, style: style)
        switch orientation {
        case .horizontal: return try renderHorizontal(width: width, height: height, canvas: canvas, name: name)
        case .vertical: return try renderVertical(width: width, height: height, canvas: canvas, name: name, force: true)!
        case .automatic:
            if let frame = try renderVertical(width: width, height: height, canvas: canvas, name: name, force: false) {
                return frame
            }
            return try renderHorizontal(width: width, height: height, canvas: canvas, name: name)
        }
    }

    private func colors(_ labels: [String]) -> [Color] {
        labels.map { l in highlight.map { sameName($0, l) } == true ? style.highlightColor : style.barColor }
    }

    private func renderHorizontal(width: Double, height: Double?, canvas: ChartCanvas, name: String) throws -> Frame {
        var canvas = canvas
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source), legend: nil)
        let labels = order.map { categories[$0] }, vals = order.map { values[$0] }
        let emphasised = Set(labels.indices.filter { i in highlight.map { sameName($0, labels[i]) } ?? false })
        let layout = HorizontalBarLayout(labels: labels, values: vals, emphasised: emphasised, format: format,
                                         showValues: showValues)
        let rows = labels.count
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: HorizontalBarLayout.axisThickness(canvas) + Double(rows) * style.label.size * 1.9,
                                       minimumBody: HorizontalBarLayout.minimumBody(rows: rows, canvas: canvas),
                                       chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)
        let g = try layout.geometry(body: region.body, canvas: canvas, chart: name)
        let fills = colors(labels)
        let marks = BarMark.horizontal(values: vals, band: g.band, x: g.x, colors: fills)
        layout.draw(in: &canvas, geometry: g, frame: Rect(origin: .zero, size: region.size), barRects: marks.map(\.rect),
                    fills: fills) { marks.draw(in: &$0) }
        return Frame(size: region.size, items: canvas.items)
    }

    /// Upright bars; returns nil (unless `force`) when the names do not fit under them.
    private func renderVertical(width: Double, height: Double?, canvas: ChartCanvas, name: String,
                                force: Bool) throws -> Frame? {
        var canvas = canvas
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source), legend: nil)
        let labels = order.map { categories[$0] }, vals = order.map { values[$0] }
        let emphasised = Set(labels.indices.filter { i in highlight.map { sameName($0, labels[i]) } ?? false })

        // The value axis sits on the left; its labels' width depends on the ticks.
        let probeScale = LinearScale(covering: vals, includingZero: true).nice(count: 5)
        var probeAxis = ValueAxis(scale: probeScale, ticks: probeScale.niceTicks(count: 5).values, edge: .left)
        probeAxis.format.suffix = format.suffix
        let axisWidth = probeAxis.thickness(canvas: canvas)
        let plotX = axisWidth, plotWidth = width - axisWidth
        let band = BandScale(categories: labels, from: plotX, to: plotX + plotWidth, paddingInner: 0.34, paddingOuter: 0.2)
        let categoryAxis = CategoryAxis(band: band, labels: labels, emphasised: emphasised)
        var lines = categoryAxis.wrappedBelow(canvas: canvas, maxLines: 3)
        if lines == nil {
            guard force else { return nil }
            lines = labels.map { [canvas.truncate($0, style.label, width: band.step - 2)] }
        }
        let labelHeight = categoryAxis.heightBelow(canvas: canvas, lines: lines!) + style.spacing.labelGap
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: min(width * 0.55, 300), minimumBody: labelHeight + 60,
                                       chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)
        let valueFont = style.value.with { $0.weight = .semibold }
        let headroom = showValues ? canvas.capHeight(valueFont) + style.spacing.labelGap * 1.5 : 4
        let plot = Rect(x: plotX, y: region.body.minY + headroom, width: plotWidth,
                        height: region.body.height - labelHeight - headroom)
        let y = LinearScale(covering: vals, includingZero: true, from: plot.maxY, to: plot.minY).nice(count: 5)
        var axis = ValueAxis(scale: y, ticks: y.niceTicks(count: 5).values, edge: .left)
        axis.format.suffix = format.suffix
        let fills = colors(labels)
        let marks = BarMark.vertical(values: vals, band: band, y: y, colors: fills)

        axis.drawGrid(in: &canvas, plot: plot)
        marks.draw(in: &canvas)
        axis.drawBaseline(in: &canvas, plot: plot)
        let axisBoxes = axis.drawLabels(in: &canvas, plot: plot, bounds: Rect(origin: .zero, size: region.size))
        let categoryBoxes = categoryAxis.drawBelow(in: &canvas, y: plot.maxY + style.spacing.labelGap, lines: lines!)
        if showValues {
            let valueLabels = BarValueLabels(bars: marks.map(\.rect), values: vals, fills: fills, format: format,
                                             direction: .vertical,
                                             priorities: vals.indices.map { emphasised.contains($0) ? 1e9 : abs(vals[$0]) },
                                             emphasised: emphasised)
            let bounds = Rect(x: plot.minX, y: region.body.minY, width: plot.width, height: plot.maxY - region.body.minY)
            for p in valueLabels.place(canvas: canvas, bounds: bounds, obstacles: axisBoxes + categoryBoxes) {
                if p.inside { canvas.add(p.label) } else { canvas.addWithHalo(p.label) }
            }
        }
        return Frame(size: region.size, items: canvas.items)
    }

    /// "Bar chart: standard deviation of 10 dimensions; highest …, lowest …."
    public var altText: String {
        let pairs = zip(categories, values).filter { $0.1.isFinite }
        guard let hi = pairs.max(by: { $0.1 < $1.1 }), let lo = pairs.min(by: { $0.1 < $1.1 }) else {
            return "Bar chart: no data."
        }
        return "Bar chart: \(terms.measure) of \(pairs.count) \(terms.items); highest \(hi.0) \(format.string(hi.1)), "
            + "lowest \(lo.0) \(format.string(lo.1))."
    }
}
