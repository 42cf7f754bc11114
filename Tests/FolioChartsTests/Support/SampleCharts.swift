//! The report's charts built from the sample edition, shared by snapshot and property tests.

import FolioCharts

/// Charts as the report uses them, fed with the cities-2025 numbers.
enum SampleCharts {
    static var sample: EditionSample { .shared }
    static let source = "Source: Chinese Cities of Opportunity 2025"

    static func ranked(highlight: String? = "Chengdu") -> RankedBarChart {
        let s = sample
        let bars = s.cities.indices.map {
            BarDatum(label: s.cities[$0], value: s.totals[$0], group: EditionSample.tier(s.totals[$0]))
        }
        return RankedBarChart(bars: bars, title: "Overall ranking",
                              subtitle: "Total score across ten dimensions, \(s.cities.count) cities",
                              source: source, highlight: highlight, palette: "blues",
                              groupOrder: ["First tier", "Second tier", "Third tier", "Other"],
                              terms: ChartTerms(items: "cities", measure: "total score"))
    }

    static func stacked() -> StackedBarChart {
        let s = sample
        return StackedBarChart(categories: s.cities, series: s.dimensions.map(\.name), values: s.dimensionTotals,
                               title: "What the totals are made of",
                               subtitle: "Dimension scores stacked into each city's total",
                               source: source, terms: ChartTerms(items: "cities", measure: "total score"))
    }

    static func medians() -> [Double] {
        let s = sample
        return s.dimensions.indices.map { d in s.median(s.dimensionTotals.map { $0[d] }) }
    }

    static func radar(city: String = "Chengdu") -> RadarChart {
        let s = sample
        let i = s.cities.firstIndex(of: city) ?? 0
        return RadarChart(axes: s.dimensions.map(\.name),
                          series: [RadarSeries(name: s.cities[i], values: s.dimensionTotals[i]),
                                   RadarSeries(name: "Median of \(s.cities.count) cities", values: medians())],
                          domain: 0...300, title: "\(s.cities[i]) across the ten dimensions",
                          subtitle: "Dimension score (maximum 300) against the median city", source: source,
                          terms: ChartTerms(items: "dimensions", measure: "score"))
    }

    static func correlations() -> [[Double?]] {
        let s = sample
        let columns = s.dimensions.indices.map { d in s.dimensionTotals.map { $0[d] } }
        return columns.map { a in columns.map { b in EditionSample.correlation(a, b) } }
    }

    static func heatmap() -> HeatMap {
        let s = sample
        return HeatMap(rows: s.dimensions.map(\.name), columns: s.dimensions.map(\.name), values: correlations(),
                       title: "How the dimensions move together",
                       subtitle: "Pearson correlation of dimension scores across \(s.cities.count) cities",
                       source: source, legendTitle: "Correlation",
                       terms: ChartTerms(items: "dimensions", measure: "correlation"), lowerTriangle: true)
    }

    static func strip(dimension: Int = 0, highlight: String? = "Chengdu") -> StripChart {
        let s = sample
        let d = s.dimensions[dimension]
        let scores = s.variableScores[d.slug] ?? []
        let rows = d.variables.indices.map { v in
            StripRow(label: d.variables[v].name,
                     points: s.cities.indices.map { StripPoint(item: s.cities[$0], value: scores[v][$0]) })
        }
        return StripChart(rows: rows, title: "\(d.name): where \(highlight ?? "each city") stands",
                          subtitle: "Variable scores, 1 (lowest) to \(s.cities.count) (highest); one dot per city",
                          source: source, highlight: highlight, domain: 1...Double(s.cities.count),
                          terms: ChartTerms(items: "cities", measure: "score"))
    }

    static func deviations() -> [Double] {
        let s = sample
        return s.dimensions.indices.map { d in EditionSample.standardDeviation(s.dimensionTotals.map { $0[d] }) }
    }

    static func volatility(orientation: BarChart.Orientation = .automatic) -> BarChart {
        let s = sample
        return BarChart(categories: s.dimensions.map(\.name), values: deviations(),
                        title: "Where cities differ most",
                        subtitle: "Standard deviation of dimension scores across \(s.cities.count) cities",
                        source: source, orientation: orientation, valueFormat: NumberFormat(decimals: 1),
                        terms: ChartTerms(items: "dimensions", measure: "standard deviation"))
    }
}
