//! Ranked stacked bars: each item's total split into series (the ten dimension scores).

import FolioDocument
import FolioPage

/// A ranked horizontal bar chart whose bars are split into series, e.g. every city's total
/// built from its ten dimension scores. Totals are printed at the bar ends; a legend above
/// names the series in stacking order.
public struct StackedBarChart: FigureContent {
    public var categories: [String]
    /// Names of the parts, in stacking order (left to right).
    public var series: [String]
    /// `values[category][series]`; negative parts are drawn as zero.
    public var values: [[Double]]
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// The category whose name and total are set in semibold.
    public var highlight: String?
    /// Sorts categories by total, largest first.
    public var sorted: Bool
    /// Prints each total at its bar's end.
    public var showTotals: Bool
    /// Categorical palette for the series; nil uses the style's.
    public var palette: String?
    public var valueFormat: NumberFormat?
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing
    /// The totals as the source prints them, when they may differ from the sum of the parts
    /// (a figure kept as published): printed at the bar ends and used to rank, so the chart
    /// says what the table says. Nil prints the sums.
    public var printedTotals: [Double]?

    public init(categories: [String], series: [String], values: [[Double]], title: String? = nil,
                subtitle: String? = nil, source: String? = nil, highlight: String? = nil, sorted: Bool = true,
                showTotals: Bool = true, palette: String? = nil, valueFormat: NumberFormat? = nil,
                terms: ChartTerms = ChartTerms(), style: ChartStyle = .standard, sizing: ChartSizing = .natural) {
        self.categories = categories; self.series = series; self.values = values; self.title = title
        self.subtitle = subtitle; self.source = source; self.highlight = highlight; self.sorted = sorted
        self.showTotals = showTotals; self.palette = palette; self.valueFormat = valueFormat; self.terms = terms
        self.style = style; self.sizing = sizing
    }

    /// Each category's total: the printed one, or the sum of its parts.
    public var totals: [Double] {
        if let printedTotals, printedTotals.count == values.count { return printedTotals }
        return values.map { $0.filter(\.isFinite).map { max(0, $0) }.reduce(0, +) }
    }

    /// Category indices in drawing order.
    public var order: [Int] {
        let t = totals
        guard sorted else { return Array(categories.indices) }
        return categories.indices.sorted { t[$0] != t[$1] ? t[$0] > t[$1] : $0 < $1 }
    }

    /// One colour per series.
    public var seriesColors: [Color] {
        let p = style.palette(named: palette ?? style.categoricalPalette) ?? .tolMuted
        return p.ordinalColors(series.count)
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "stacked bar chart")
        guard !categories.isEmpty, !series.isEmpty else { throw ChartError.noData(chart: name) }
        guard values.count == categories.count else {
            throw ChartError.inconsistentData(chart: name, detail: "\(categories.count) categories but \(values.count) rows of values")
        }
        if let bad = values.firstIndex(where: { $0.count != series.count }) {
            throw ChartError.inconsistentData(
                chart: name, detail: "\(categories[bad]) has \(values[bad].count) values for \(series.count) series")
        }
        var canvas = ChartCanvas(context: context, style: style)
        let colors = seriesColors
        let legend = SwatchLegend(entries: zip(series, colors).map { LegendEntry(label: $0, color: $1) })
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source), legend: legend)

        let order = self.order
        let labels = order.map { categories[$0] }
        let allTotals = totals
        let sortedTotals = order.map { allTotals[$0] }
        let emphasised = Set(labels.indices.filter { i in highlight.map { sameName($0, labels[i]) } ?? false })
        let layout = HorizontalBarLayout(labels: labels, values: sortedTotals, emphasised: emphasised,
                                         format: valueFormat ?? .inferred(for: sortedTotals), showValues: showTotals)
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: HorizontalBarLayout.naturalBody(rows: labels.count, canvas: canvas),
                                       minimumBody: HorizontalBarLayout.minimumBody(rows: labels.count, canvas: canvas),
                                       chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)
        let g = try layout.geometry(body: region.body, canvas: canvas, chart: name)
        let marks = StackedBarMark.horizontal(values: order.map { values[$0] }, band: g.band, x: g.x, colors: colors)
        layout.draw(in: &canvas, geometry: g, frame: Rect(origin: .zero, size: region.size), barRects: marks.map(\.rect),
                    fills: marks.map { _ in nil }) { marks.draw(in: &$0) }
        return Frame(size: region.size, items: canvas.items)
    }

    /// "Stacked bar chart: 60 cities by total score, split into 10 parts (…); highest …, lowest …."
    public var altText: String {
        let t = totals
        let order = self.order
        guard let first = order.first, let last = order.last else { return "Stacked bar chart: no data." }
        let f = valueFormat ?? .inferred(for: t)
        var text = "Stacked bar chart: \(categories.count) \(terms.items) by \(terms.measure), split into "
            + "\(series.count) parts (\(proseList(series))); highest \(categories[first]) \(f.string(t[first])), "
            + "lowest \(categories[last]) \(f.string(t[last]))."
        if let h = highlight, let pos = order.firstIndex(where: { sameName(h, categories[$0]) }) {
            text += " Highlighted: \(categories[order[pos]]), \(f.string(t[order[pos]])), position \(pos + 1)."
        }
        return text
    }
}
