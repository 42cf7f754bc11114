//! Ranked horizontal bars: one bar per item, largest first, optionally coloured by group.

import FolioDocument
import FolioPage

/// One bar's data: its label, its value and an optional colour group (a tier, a region).
public struct BarDatum: Hashable, Sendable {
    public var label: String
    public var value: Double
    public var group: String?
    public init(label: String, value: Double, group: String? = nil) {
        self.label = label; self.value = value; self.group = group
    }
}

/// A ranked horizontal bar chart, e.g. the 60 cities by overall total coloured by tier.
///
/// Names sit left of the bars, values at the bar ends, a value axis with hairline gridlines
/// on top. With many bars the names stay legible because rows never get thinner than the
/// label type needs (use `.natural` sizing); a highlighted item is drawn in the highlight
/// colour with a semibold name.
public struct RankedBarChart: FigureContent {
    public var bars: [BarDatum]
    public var title: String?
    public var subtitle: String?
    public var source: String?
    /// Label of the bar to emphasise (matched ignoring case and punctuation).
    public var highlight: String?
    /// Sorts bars largest first; false keeps the given order.
    public var sorted: Bool
    /// Prints each bar's value at its end.
    public var showValues: Bool
    /// Palette for groups: categorical for unordered groups, sequential for ordered ones
    /// (tiers get dark-to-light shades). Nil uses the style's categorical palette.
    public var palette: String?
    /// Order of the groups in the legend; nil uses their first appearance in the ranking.
    public var groupOrder: [String]?
    /// Number format of values; nil infers it from the data.
    public var valueFormat: NumberFormat?
    public var terms: ChartTerms
    public var style: ChartStyle
    public var sizing: ChartSizing

    public init(bars: [BarDatum], title: String? = nil, subtitle: String? = nil, source: String? = nil,
                highlight: String? = nil, sorted: Bool = true, showValues: Bool = true, palette: String? = nil,
                groupOrder: [String]? = nil, valueFormat: NumberFormat? = nil, terms: ChartTerms = ChartTerms(),
                style: ChartStyle = .standard, sizing: ChartSizing = .natural) {
        self.bars = bars; self.title = title; self.subtitle = subtitle; self.source = source
        self.highlight = highlight; self.sorted = sorted; self.showValues = showValues; self.palette = palette
        self.groupOrder = groupOrder; self.valueFormat = valueFormat; self.terms = terms; self.style = style
        self.sizing = sizing
    }

    /// The bars in drawing order (largest first when sorted; ties keep their given order).
    public var orderedBars: [BarDatum] {
        guard sorted else { return bars }
        return bars.enumerated().sorted { a, b in
            a.element.value != b.element.value ? a.element.value > b.element.value : a.offset < b.offset
        }.map(\.element)
    }

    /// Distinct groups in legend order.
    public var groups: [String] {
        var seen: [String] = []
        for g in (groupOrder ?? []) + orderedBars.compactMap(\.group) where !seen.contains(g) { seen.append(g) }
        return seen
    }

    /// The colour of each group.
    public func groupColors() -> [String: Color] {
        let p = style.palette(named: palette ?? style.categoricalPalette) ?? .tolMuted
        let colors = p.ordinalColors(groups.count)
        return Dictionary(uniqueKeysWithValues: zip(groups, colors))
    }

    func barColors(_ ordered: [BarDatum]) -> [Color] {
        let byGroup = groupColors()
        return ordered.map { b in
            if let h = highlight, sameName(h, b.label) { return style.highlightColor }
            if let g = b.group, let c = byGroup[g] { return c }
            return style.barColor
        }
    }

    public func render(width: Double, height: Double?, context: any FigureContext) throws -> Frame {
        let name = chartName(title, kind: "ranked bar chart")
        let ordered = orderedBars
        guard !ordered.isEmpty else { throw ChartError.noData(chart: name) }
        var canvas = ChartCanvas(context: context, style: style)
        let byGroup = groupColors()
        let legendEntries = groups.count > 1 ? groups.compactMap { g in byGroup[g].map { LegendEntry(label: g, color: $0) } } : []
        let chrome = ChartChrome(titles: ChartTitles(title: title, subtitle: subtitle, source: source),
                                 legend: legendEntries.isEmpty ? nil : SwatchLegend(entries: legendEntries))

        let values = ordered.map(\.value)
        let emphasised = Set(ordered.indices.filter { i in highlight.map { sameName($0, ordered[i].label) } ?? false })
        let layout = HorizontalBarLayout(labels: ordered.map(\.label), values: values, emphasised: emphasised,
                                         format: valueFormat ?? .inferred(for: values), showValues: showValues)
        let region = try chrome.region(width: width, height: height, sizing: sizing,
                                       naturalBody: HorizontalBarLayout.naturalBody(rows: ordered.count, canvas: canvas),
                                       minimumBody: HorizontalBarLayout.minimumBody(rows: ordered.count, canvas: canvas),
                                       chart: name, canvas: canvas)
        chrome.draw(in: &canvas, width: width, height: region.size.height)
        let g = try layout.geometry(body: region.body, canvas: canvas, chart: name)
        let colors = barColors(ordered)
        let marks = BarMark.horizontal(values: values, band: g.band, x: g.x, colors: colors)
        layout.draw(in: &canvas, geometry: g, frame: Rect(origin: .zero, size: region.size), barRects: marks.map(\.rect),
                    fills: colors) { marks.draw(in: &$0) }
        return Frame(size: region.size, items: canvas.items)
    }

    /// "Bar chart: 60 cities by total score; highest Shanghai 2,446, lowest Zhaoqing 613."
    public var altText: String {
        let ordered = orderedBars.filter { $0.value.isFinite }
        // Ties go to the item listed first (highest) and last (lowest) in the ranking.
        guard let top = ordered.map(\.value).max(), let bottom = ordered.map(\.value).min(),
              let first = ordered.first(where: { $0.value == top }),
              let lo = ordered.last(where: { $0.value == bottom }) else {
            return "Bar chart: no data."
        }
        let f = valueFormat ?? .inferred(for: ordered.map(\.value))
        var text = "Bar chart: \(ordered.count) \(terms.items) by \(terms.measure); "
            + "highest \(first.label) \(f.string(first.value)), lowest \(lo.label) \(f.string(lo.value))."
        if groups.count > 1 {
            let counts = groups.map { g in "\(g) \(ordered.filter { $0.group == g }.count)" }
            text += " Colours show groups: \(proseList(counts))."
        }
        if let h = highlight, let i = ordered.firstIndex(where: { sameName(h, $0.label) }) {
            text += " Highlighted: \(ordered[i].label), \(f.string(ordered[i].value)), position \(i + 1)."
        }
        return text
    }
}
