//! Data the lead binds to a spec's `data` string, and the spec-to-chart factory.

import FolioDocument

/// The values behind a chart, in one of the shapes the chart types draw. The lead resolves
/// a spec's `data` binding (e.g. "overall.totals") into one of these from the edition.
public enum ChartData: Hashable, Sendable {
    /// One value per item, optionally grouped: ranked-bars, bars.
    case values([BarDatum])
    /// Items split into parts (`values[item][part]`): stacked-bars.
    case parts(categories: [String], series: [String], values: [[Double]])
    /// Profiles over axes, the subject first: radar. `domain` is the scale's natural range
    /// (0…300 for a dimension of five 1–60 scores).
    case profile(axes: [String], series: [RadarSeries], domain: ClosedRange<Double>?)
    /// A matrix (`values[row][column]`): heatmap.
    case matrix(rows: [String], columns: [String], values: [[Double?]])
    /// Rows of dots: strip. `domain` is the values' natural range (1…60 for scores).
    case distributions([StripRow], domain: ClosedRange<Double>?)

    /// How messages name the shape.
    var shapeDescription: String {
        switch self {
        case .values: return "one value per item"
        case .parts: return "items split into parts"
        case .profile: return "profiles over axes"
        case .matrix: return "a matrix"
        case .distributions: return "rows of dots"
        }
    }

    /// Names a highlight may refer to.
    var itemNames: [String] {
        switch self {
        case .values(let bars): return bars.map(\.label)
        case .parts(let categories, _, _): return categories
        case .profile(let axes, _, _): return axes
        case .matrix(let rows, _, _): return rows
        case .distributions(let rows, _):
            var seen = Set<String>(), out: [String] = []
            for p in rows.flatMap(\.points) where seen.insert(p.item).inserted { out.append(p.item) }
            return out
        }
    }
}

extension ChartSpec.Kind {
    /// The data shape each type draws, for messages.
    var needs: String {
        switch self {
        case .rankedBars, .bars: return "one value per item"
        case .stackedBars: return "items split into parts"
        case .radar: return "profiles over axes"
        case .heatmap: return "a matrix"
        case .strip: return "rows of dots"
        }
    }
}

extension ChartSpec {
    /// The chart the spec describes, drawing `data` in `style`. Validates the spec, checks
    /// that the data has the shape the type needs and that `highlight` names an item in it.
    public func makeChart(data: ChartData, terms: ChartTerms = ChartTerms(),
                          style: ChartStyle = .standard) throws -> any FigureContent {
        try validate()
        var highlightName: String?
        if let h = highlight {
            let names = data.itemNames
            guard let match = names.first(where: { sameName($0, h) }) else {
                throw ChartSpecError.unknownHighlight(h, data: self.data,
                                                      suggestion: ChartSpecError.suggestion(for: h, in: names))
            }
            highlightName = match
        }
        let mismatch = ChartSpecError.dataMismatch(type: type.rawValue, data: self.data, needs: type.needs,
                                                   gives: data.shapeDescription)
        switch (type, data) {
        case (.rankedBars, .values(let bars)):
            return RankedBarChart(bars: bars, title: title, subtitle: subtitle, source: source, highlight: highlightName,
                                  sorted: sort ?? true, showValues: values ?? true, palette: palette, terms: terms,
                                  style: style, sizing: sizing)
        case (.bars, .values(let bars)):
            return BarChart(categories: bars.map(\.label), values: bars.map(\.value), title: title, subtitle: subtitle,
                            source: source, highlight: highlightName, orientation: orientation ?? .automatic,
                            sorted: sort ?? false, showValues: values ?? true, terms: terms, style: style, sizing: sizing)
        case (.stackedBars, .parts(let categories, let series, let v)):
            return StackedBarChart(categories: categories, series: series, values: v, title: title, subtitle: subtitle,
                                   source: source, highlight: highlightName, sorted: sort ?? true,
                                   showTotals: values ?? true, palette: palette, terms: terms, style: style,
                                   sizing: sizing)
        case (.radar, .profile(let axes, let series, let domain)):
            return RadarChart(axes: axes, series: series, domain: domainRange ?? domain, title: title,
                              subtitle: subtitle, source: source, showValues: values ?? true, palette: palette,
                              terms: terms, style: style, sizing: sizing)
        case (.heatmap, .matrix(let rows, let columns, let v)):
            var mode = HeatMap.ColorMode.diverging(center: 0)
            if let p = palette.flatMap(Palette.named), p.kind == .sequential { mode = .sequential }
            return HeatMap(rows: rows, columns: columns, values: v, title: title, subtitle: subtitle, source: source,
                           colorMode: mode, domain: domainRange, palette: palette, showValues: values ?? true,
                           legendTitle: legend, terms: terms, style: style, sizing: sizing)
        case (.strip, .distributions(let rows, let domain)):
            return StripChart(rows: rows, title: title, subtitle: subtitle, source: source, highlight: highlightName,
                              domain: domainRange ?? domain, terms: terms, style: style, sizing: sizing)
        default:
            throw mismatch
        }
    }
}
