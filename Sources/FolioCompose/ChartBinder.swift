//! Binds chart entries of the structure file (`type`, `data`) to edition data and chart types.

import FolioCharts
import FolioCore
import FolioDocument
import FolioModel

/// Resolves data bindings such as `overall-totals`, `dimension-totals`, `dimension-sd`,
/// `correlations`, `top:<dimension>:<n>`, `variables:<dimension>` and `leaders:<dimension>:<n>` into chart values.
struct ChartBinder: Sendable {
    let edition: Edition
    let analytics: Analytics
    /// The structure file the chart entries come from, for messages.
    var structureFile = "Layouts/report.yaml"
    /// The theme's colour system; every chart is drawn in its style.
    var colors: ColorSystem = .standard

    private var style: ChartStyle { colors.chartStyle() }

    private func name(_ slug: String) -> String { edition.city(slug)?.name ?? slug }

    /// Overall rows by published rank (ties in report order): the overall table's order.
    private var rankedRows: [OverallRow] {
        edition.overall.rows.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element)
    }

    private func tierName(_ total: Int) -> String { analytics.tier(forTotal: total)?.name ?? "" }

    func blocks(for entries: [ReportStructure.ChartEntry], dimension: String?) throws -> [Block] {
        try entries.map { written in
            let data = dimension.map { written.data.replacingOccurrences(of: "{dimension}", with: $0) } ?? written.data
            // Text that names the chapter's dimension (`{{variables {dimension}}}`) is resolved here, per chapter.
            var entry = written
            let location = SourceLocation(file: structureFile, line: written.line)
            func resolve(_ text: String?) throws -> String? {
                guard let text, text.contains(ReportStructure.dimensionMarker) else { return text }
                guard let dimension else {
                    throw Diagnostic.error("\(ReportStructure.dimensionMarker) in \(NameHint.quoted(text)) names a chapter's dimension, "
                                           + "but this chart group is not drawn in a chapter", at: location)
                }
                let bound = text.replacingOccurrences(of: ReportStructure.dimensionMarker, with: dimension)
                return try LayoutText.resolve(bound, analytics: analytics, at: location)
            }
            entry.title = try resolve(written.title)
            entry.subtitle = try resolve(written.subtitle)
            entry.source = try resolve(written.source)
            let content = try chart(entry, data: data)
            return .figure(Figure(content: content, height: entry.height, caption: nil,
                                  id: "figure-\(data.replacingOccurrences(of: ":", with: "-"))", spanAll: true,
                                  source: SourceLocation(file: structureFile, line: entry.line)))
        }
    }

    func chart(_ entry: ReportStructure.ChartEntry, data: String) throws -> any FigureContent {
        let parts = data.split(separator: ":").map(String.init)
        let sizing: ChartSizing = entry.height.map { .height($0) } ?? entry.aspect.map { .aspect($0) } ?? .natural
        // Sources name the edition by its full title (`{{short-title}}` in the structure asks otherwise).
        let source = entry.source ?? edition.info.title
        switch (entry.type, parts.first ?? "") {
        case ("ranked-bars", "overall-totals"):
            // In the table's order (published ranks) with the published totals, so a total kept
            // as published (exceptions.yaml) sits where the overall table prints it.
            let bars = rankedRows.map { BarDatum(label: name($0.city), value: Double($0.total), group: tierName($0.total)) }
            return RankedBarChart(bars: bars, title: entry.title, subtitle: entry.subtitle, source: source,
                                  highlight: entry.highlight, sorted: false, palette: entry.palette ?? "tiers",
                                  groupOrder: edition.tiers.map(\.name), terms: ChartTerms(items: "cities", measure: "total score"),
                                  style: style, sizing: sizing)
        case ("ranked-bars", "top"):
            guard parts.count == 3, let d = edition.dimension(parts[1]), let n = Int(parts[2]) else { throw bindingError(entry, data) }
            let bars = analytics.top(n, dimension: d.slug).map { BarDatum(label: name($0.city), value: Double($0.value)) }
            return RankedBarChart(bars: bars, title: entry.title.map { "\($0): \(d.name.lowercased())" }, subtitle: entry.subtitle,
                                  source: source, highlight: entry.highlight, palette: entry.palette,
                                  terms: ChartTerms(items: "cities", measure: "\(d.name.lowercased()) score"), style: style, sizing: sizing)
        case ("stacked-bars", "dimension-totals"):
            let rows = rankedRows
            var chart = StackedBarChart(categories: rows.map { name($0.city) }, series: edition.dimensions.map(\.name),
                                        values: rows.map { $0.dimensionTotals.map(Double.init) }, title: entry.title,
                                        subtitle: entry.subtitle, source: source, highlight: entry.highlight, sorted: false,
                                        palette: entry.palette ?? "dimensions", terms: ChartTerms(items: "cities", measure: "total score"), style: style, sizing: sizing)
            // The totals the overall table prints, also where a reviewed exception keeps one
            // that differs from the sum of its parts.
            chart.printedTotals = rows.map { Double($0.total) }
            return chart
        case ("bars", "dimension-sd"):
            let spread = DimensionSpread(edition: edition, analytics: analytics)
            return BarChart(categories: spread.names, values: spread.values, title: entry.title,
                            subtitle: spread.subtitle(entry.subtitle), source: source, highlight: entry.highlight,
                            orientation: .horizontal, sorted: true, valueFormat: spread.format,
                            terms: ChartTerms(items: "dimensions", measure: spread.measure), style: style, sizing: sizing)
        case ("heatmap", "correlations"):
            let dims = edition.dimensions
            let values: [[Double?]] = dims.map { a in dims.map { b in a.slug == b.slug ? 1 : analytics.correlation(a.slug, b.slug) } }
            return HeatMap(rows: dims.map(\.name), columns: dims.map(\.name), values: values, title: entry.title,
                           subtitle: entry.subtitle, source: source, palette: entry.palette,
                           valueFormat: NumberFormat(decimals: 2), terms: ChartTerms(items: "dimensions", measure: "correlation"),
                           style: style, sizing: sizing, lowerTriangle: true)
        case ("strip", "variables"):
            guard parts.count == 2, let d = edition.dimension(parts[1]), let table = edition.table(d.slug) else { throw bindingError(entry, data) }
            let rows = d.variables.enumerated().map { i, v in
                StripRow(label: v.name, points: table.rows.map { StripPoint(item: name($0.city), value: Double($0.scores[i])) })
            }
            // Every city tied for the lead is highlighted, not the first of them in report order.
            let leaders = entry.highlight.map { [$0] } ?? analytics.top(1, dimension: d.slug).map { name($0.city) }
            return StripChart(rows: rows, title: entry.title, subtitle: entry.subtitle, source: source, highlights: leaders,
                              domain: 1...Double(edition.cities.count), terms: ChartTerms(items: "cities", measure: "score"),
                              style: style, sizing: sizing)
        case ("leaders", "leaders"):
            guard parts.count == 3, let d = edition.dimension(parts[1]), let n = Int(parts[2]), n > 0,
                  let table = edition.table(d.slug) else { throw bindingError(entry, data) }
            // The dimension's leaders (every city tied at the cut) and their score in each variable.
            let leaders = analytics.top(n, dimension: d.slug).map(\.city)
            let leaderRows = leaders.compactMap { table.row(for: $0) }
            let rows = d.variables.indices.map { i in
                LeaderRow(label: d.variables[i].name,
                          values: leaderRows.compactMap { $0.scores.indices.contains(i) ? Double($0.scores[i]) : nil })
            }
            // The median of every city's variable scores: where the middle of the field stands.
            let all = table.rows.flatMap { $0.scores.map(Double.init) }.sorted()
            let median = all.isEmpty ? nil : (all[(all.count - 1) / 2] + all[all.count / 2]) / 2
            return LeaderProfileChart(rows: rows, leaders: leaders.map(name), title: entry.title, subtitle: entry.subtitle,
                                      source: source, domain: 1...Double(max(2, edition.cities.count)), reference: median,
                                      terms: ChartTerms(items: "cities", measure: "score"), style: style, sizing: sizing)
        case ("radar", "city"):
            guard parts.count == 2, let city = edition.city(parts[1]) else { throw bindingError(entry, data) }
            return radar(city: city.slug, title: entry.title, subtitle: entry.subtitle, source: source, sizing: sizing)
        default:
            throw bindingError(entry, data)
        }
    }

    /// A city's dimension scores against the median of all cities. Each axis has its own
    /// dimension's maximum at the rim: when the maxima differ (dimensions with more or fewer
    /// variables), every axis shows the share of its maximum in per cent, and the subtitle
    /// and alternative text say so; when they are equal the scores are drawn as they are.
    func radar(city: String, title: String?, subtitle: String?, source: String?, sizing: ChartSizing,
               medians known: [Double]? = nil) -> RadarChart {
        let dims = edition.dimensions
        let scales = DimensionScales(edition)
        var scores = dims.map { Double(analytics.score(of: city, in: $0.slug) ?? 0) }
        var medians = known ?? dims.map { analytics.median($0.slug) }
        let reference = "Median of \(edition.cities.count) cities"
        guard !scales.uniform else {
            return RadarChart(axes: dims.map(\.name), series: [RadarSeries(name: name(city), values: scores),
                                                                 RadarSeries(name: reference, values: medians)],
                              domain: 0...scales.common, title: title, subtitle: subtitle, source: source, showValues: false,
                              terms: ChartTerms(items: "dimensions", measure: "score"), style: style, sizing: sizing)
        }
        scores = scores.enumerated().map { scales.percent($1, dimension: $0) }
        medians = medians.enumerated().map { scales.percent($1, dimension: $0) }
        let note = "each axis as a share of its dimension's maximum score"
        let said = subtitle.map { $0.isEmpty ? note.prefix(1).uppercased() + note.dropFirst() : "\($0); \(note)" }
        return RadarChart(axes: dims.map(\.name), series: [RadarSeries(name: name(city), values: scores),
                                                             RadarSeries(name: reference, values: medians)],
                          domain: 0...100, title: title, subtitle: said ?? note.prefix(1).uppercased() + note.dropFirst(),
                          source: source, showValues: false, valueFormat: NumberFormat(suffix: "%"),
                          terms: ChartTerms(items: "dimensions", measure: "share of the dimension's maximum score"), style: style, sizing: sizing)
    }

    private func bindingError(_ entry: ReportStructure.ChartEntry, _ data: String) -> Diagnostic {
        .error("chart type \"\(entry.type)\" cannot show data \"\(data)\"; bindings are overall-totals, dimension-totals, dimension-sd, correlations, top:<dimension>:<n>, variables:<dimension>, leaders:<dimension>:<n>, city:<slug>",
               at: SourceLocation(file: structureFile, line: entry.line))
    }
}
