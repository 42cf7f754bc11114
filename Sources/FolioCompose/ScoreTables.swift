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
        let notes = self.notes(file: "scores/\(slug).csv")
        let rows = table.rows.map { row in
            TableRow(cells: [notes.marked(TableCell(text: String(row.rank)), city: row.city, at: .rank), TableCell(text: cityName(row.city))]
                     + row.scores.map { tinted($0, low: 1, high: maxScore) }
                     + [notes.marked(tinted(row.total, low: n, high: n * maxScore).bolded(), city: row.city, at: .total)],
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
        let notes = self.notes(file: "overall.csv")
        for row in edition.overall.rows {
            let tier = analytics.tier(forTotal: row.total)?.id
            let rule = previousTier != nil && tier != previousTier
            previousTier = tier
            let parts = zip(dims, zip(row.dimensionTotals, variableCounts)).map { d, part in
                notes.marked(tinted(part.0, low: part.1, high: part.1 * maxScore), city: row.city, at: .dimension(d.slug))
            }
            rows.append(TableRow(cells: [notes.marked(TableCell(text: String(row.rank)), city: row.city, at: .rank),
                                         TableCell(text: cityName(row.city))]
                                 + parts
                                 + [notes.marked(TableCell(text: NumberText.grouped(row.total), bold: true), city: row.city, at: .total)],
                                 ruleAbove: rule))
        }
        return TableBlock(columns: columns, headerRows: [header], rows: rows,
                          caption: caption ? [.text("Overall scoring table")] : nil, style: "compact",
                          id: "table-overall", spanAll: true)
    }
}

extension ScoreTables {
    /// The reviewed exceptions of a table file, as marks and notes (see `ExceptionNotes`).
    func notes(file: String) -> ExceptionNotes {
        let rows = file == "overall.csv" ? edition.overall.rows.map(\.city)
            : edition.table(String(file.dropFirst("scores/".count).dropLast(".csv".count)))?.rows.map(\.city) ?? []
        return ExceptionNotes(edition: edition, file: file, rowOrder: rows)
    }

    /// The notes printed under a table: the figures kept as published, and why.
    public func noteBlocks(file: String) -> [Block] {
        notes(file: file).blocks(spanAll: true)
    }
}

extension TableCell {
    func bolded() -> TableCell { var c = self; c.bold = true; return c }
}
