//! Reviewed exceptions on the page: a note mark on the printed figure and a note under its table.

import FolioDocument
import FolioModel

/// The reviewed exceptions (`exceptions.yaml`) of one published table, as table notes: each
/// cell that prints a figure kept as published carries its row's letter mark, and one note
/// per row under the table gives the published and the computed figures and the reason
/// (the exception's `note`, else its `reason`). Letters, not numbers, so the marks are never
/// read as the report's reference marks.
struct ExceptionNotes {
    struct Note {
        var mark: String
        var city: String
        var exceptions: [ReviewedException]
    }
    let notes: [Note]
    private let edition: Edition

    /// The exceptions of `file` (`overall.csv`, `scores/<dimension>.csv`), in table row order.
    init(edition: Edition, file: String, rowOrder: [String]) {
        self.edition = edition
        let own = edition.exceptions.filter { $0.file == file }
        let cities = rowOrder.filter { c in own.contains { $0.city == c } }
            + own.map(\.city).filter { !rowOrder.contains($0) }
        var seen = Set<String>()
        notes = cities.filter { seen.insert($0).inserted }.enumerated().map { k, city in
            Note(mark: Self.letter(k), city: city, exceptions: own.filter { $0.city == city })
        }
    }

    var isEmpty: Bool { notes.isEmpty }

    /// "a" … "z", then "aa", "ab" …
    static func letter(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        return n < 26 ? String(letters[n]) : letter(n / 26 - 1) + String(letters[n % 26])
    }

    /// Which cell of a row an exception's mark belongs on.
    enum Cell: Hashable { case rank, total, dimension(String) }

    static func cell(of e: ReviewedException) -> Cell {
        switch e.check {
        case .rank: return .rank
        case .rowSum, .overallTotal: return .total
        case .dimensionTotal: return e.column.map { .dimension($0) } ?? .total
        }
    }

    /// A table cell with its row's mark appended as superscript when one of the row's
    /// exceptions is about this cell's figure.
    func marked(_ cell: TableCell, city: String, at place: Cell) -> TableCell {
        guard let note = notes.first(where: { $0.city == city }),
              note.exceptions.contains(where: { Self.cell(of: $0) == place }) else { return cell }
        var c = cell
        c.content.append(.superscript([.text(note.mark)]))
        return c
    }

    /// The notes under the table, one paragraph per row: "ᵃ Zhongshan: total score 1,062 as
    /// published (computed 1,066); rank 51 as published (computed 52). <note>"
    func blocks(spanAll: Bool) -> [Block] {
        notes.map { note in
            let city = edition.city(note.city)?.name ?? note.city
            let figures = note.exceptions.map { e -> String in
                let what = Self.what(e, in: edition)
                switch (e.published, e.computed) {
                case let (p?, c?): return "\(what) \(NumberText.grouped(p)) as published (computed \(NumberText.grouped(c)))"
                case let (p?, nil): return "\(what) \(NumberText.grouped(p)) as published"
                default: return "\(what) as published"
                }
            }
            let why = note.exceptions.map { $0.note ?? $0.reason }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let text = " \(city): \(figures.joined(separator: "; ")). " + why.joined(separator: " ")
            return .paragraph(Paragraph(style: "note", content: [.superscript([.text(note.mark)]), .text(text)], spanAll: spanAll))
        }
    }

    /// The figure an exception is about, in words: "total score", "rank", "economic strength score".
    static func what(_ e: ReviewedException, in edition: Edition) -> String {
        switch e.check {
        case .rank: return "rank"
        case .rowSum, .overallTotal: return "total score"
        case .dimensionTotal:
            return e.column.map { "\(edition.dimension($0)?.name.lowercased() ?? $0) score" } ?? "dimension score"
        }
    }
}
