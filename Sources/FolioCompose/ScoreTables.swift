//! Scoring tables from the edition: a dimension's variables or the overall table, heat-coloured.

import FolioDocument
import FolioModel
import FolioPage

/// Builds scoring tables as document tables: tied ranks shown as published, tabular
/// figures, each score cell tinted on the sequential scale, tier rules in the overall table.
public struct ScoreTables: Sendable {
    public let edition: Edition
    public let heat: HeatColors
    /// Highest possible score of one variable (the number of cities).
    var maxScore: Double { Double(edition.cities.count) }

    public init(edition: Edition, heat: HeatColors) {
        self.edition = edition
        self.heat = heat
    }

    private func cityName(_ slug: String) -> String { edition.city(slug)?.name ?? slug }

    private func tinted(_ value: Int, low: Double, high: Double) -> TableCell {
        let fill = heat.fill(Double(value), low: low, high: high)
        return TableCell([.text(NumberText.grouped(value))], background: fill, textColor: heat.text(on: fill))
    }

    /// The dimension table: rank, city, the variable scores (tinted 1…N), total (tinted over its
    /// own range, variables × 1 … variables × N).
    public func dimension(_ slug: String, highlight: String? = nil, caption: Bool = true) -> TableBlock? {
        guard let d = edition.dimension(slug), let table = edition.table(slug) else { return nil }
        let n = Double(d.variables.count)
        let columns = [TableColumn(width: .fixed(24), numeric: true), TableColumn(width: .auto, rowHeader: true)]
            + d.variables.map { _ in TableColumn(width: .fraction(1), numeric: true) }
            + [TableColumn(width: .fraction(1), numeric: true)]
        let header = TableRow(cells: [TableCell(text: "Rank"), TableCell(text: "City")]
                              + d.variables.map { TableCell(text: $0.name) } + [TableCell(text: "Total score", bold: true)])
        let rows = table.rows.map { row in
            TableRow(cells: [TableCell(text: String(row.rank)), TableCell(text: cityName(row.city))]
                     + row.scores.map { tinted($0, low: 1, high: maxScore) }
                     + [tinted(row.total, low: n, high: n * maxScore).bolded()],
                     highlighted: row.city == highlight)
        }
        return TableBlock(columns: columns, headerRows: [header], rows: rows,
                          caption: caption ? [.text("\(d.name) scoring table")] : nil, style: "scores",
                          id: ReportIDs.table(slug), spanAll: true)
    }

    /// The overall table: rank, city, the dimension totals as published, total; a rule between tiers.
    public func overall(analytics: Analytics, caption: Bool = true) -> TableBlock {
        let dims = edition.dimensions
        let columns = [TableColumn(width: .fixed(22), numeric: true), TableColumn(width: .auto, rowHeader: true)]
            + dims.map { _ in TableColumn(width: .fraction(1), numeric: true) }
            + [TableColumn(width: .fraction(1.1), numeric: true)]
        let header = TableRow(cells: [TableCell(text: "Rank"), TableCell(text: "City")]
                              + dims.map { TableCell(text: $0.name) } + [TableCell(text: "Total score", bold: true)])
        // Each dimension column on its own scale: its variables × 1 … its variables × cities.
        let variableCounts = dims.map { Double($0.variables.count) }
        var previousTier: Int?
        var rows: [TableRow] = []
        for row in edition.overall.rows {
            let tier = analytics.tier(forTotal: row.total)?.id
            let rule = previousTier != nil && tier != previousTier
            previousTier = tier
            rows.append(TableRow(cells: [TableCell(text: String(row.rank)), TableCell(text: cityName(row.city))]
                                 + zip(row.dimensionTotals, variableCounts).map { tinted($0, low: $1, high: $1 * maxScore) }
                                 + [TableCell(text: NumberText.grouped(row.total), bold: true)],
                                 ruleAbove: rule))
        }
        return TableBlock(columns: columns, headerRows: [header], rows: rows,
                          caption: caption ? [.text("Overall scoring table")] : nil, style: "compact",
                          id: "table-overall", spanAll: true)
    }
}

extension TableCell {
    func bolded() -> TableCell { var c = self; c.bold = true; return c }
}
