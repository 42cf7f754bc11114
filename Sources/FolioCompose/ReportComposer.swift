//! Composes the whole print edition: the structure file's parts, filled from the edition.

import FolioCharts
import FolioCore
import FolioDocument
import FolioModel
import FolioPage

/// Turns an edition and the report structure into a document of sections and blocks.
public struct ReportComposer {
    public let edition: Edition
    public let structure: ReportStructure
    public let heat: HeatColors
    /// Tier, dimension, score and correlation colours from the layout theme.
    public let colors: ColorSystem
    public let creationDate: Int?
    let analytics: Analytics
    let charts: ChartBinder
    /// Texts styled by earlier compositions (`folio watch`); nil: styled afresh.
    let editorialMemo: EditorialMemo?

    public init(edition: Edition, structure: ReportStructure, heat: HeatColors, creationDate: Int?,
                colors: ColorSystem = .standard, editorialMemo: EditorialMemo? = nil) {
        self.editorialMemo = editorialMemo
        let edition = EditorialPass.namesCased(edition)
        self.edition = edition
        self.colors = colors
        self.structure = structure
        self.heat = heat
        self.creationDate = creationDate
        self.analytics = Analytics(edition)
        self.charts = ChartBinder(edition: edition, analytics: analytics, structureFile: structure.file, colors: colors)
    }

    public func compose() throws -> Document {
        let info = DocumentInfo(title: edition.info.title, author: edition.info.publisher,
                                subject: "City scores, dimension narratives and observations, \(edition.info.year) edition",
                                creator: "Folio", language: edition.info.language, creationDate: creationDate)
        // Titles may say "{{dimensions | words}}": resolved once, before any part is composed.
        let structure = try structure.resolvingText(analytics)
        var sections: [Section] = []
        for part in structure.parts {
            var new = try sectionsFor(part, in: structure)
            if part.start == .recto {
                // A chapters part opens each chapter on a right-hand page; any other part its first section.
                let opener = part.kind == .chapters ? (part.opener ?? part.template ?? "body") : nil
                for k in new.indices where k == 0 || new[k].template == opener { new[k].start = .rightPage }
            }
            if part.continue ?? false, var last = sections.popLast(), let first = new.first {
                last.blocks += first.blocks
                sections.append(last)
                sections += new.dropFirst()
            } else {
                sections += new
            }
        }
        // One house style over all printed text: units tied to figures, dashes, name case.
        return EditorialPass(edition: edition, memo: editorialMemo).document(Document(info: info, sections: sections))
    }

    private func sectionsFor(_ part: ReportStructure.Part, in structure: ReportStructure) throws -> [Section] {
        let template = part.template ?? "body"
        switch part.kind {
        case .cover:
            return [Section(template: "cover", blocks: cover())]
        case .contents:
            let title = part.title ?? "Contents"
            return [Section(template: template, runningTitle: title, blocks: [
                .heading(Heading(level: 1, content: [.text(title)], id: "contents", inOutline: true, inContents: false)),
                .tableOfContents(TableOfContents(title: title, maxLevel: 2)),
            ])]
        case .text:
            guard let slug = part.text else { throw Diagnostic.error("a text part needs `text: <slug>`", at: structure.location(line: part.line)) }
            guard let text = edition.text(slug) else {
                throw Diagnostic.error("the report structure names the text \"\(slug)\" but the edition has no text/\(slug).md", at: structure.location(line: part.line))
            }
            return [Section(template: template, runningTitle: text.title, blocks: textBlocks(text))]
        case .glance:
            return [Section(template: template, runningTitle: part.title ?? "", blocks: glance(title: part.title))]
        case .overallTable:
            return [Section(template: template, runningTitle: "Overall findings",
                            blocks: [.table(ScoreTables(edition: edition, heat: heat).overall(analytics: analytics))]
                                + ScoreTables(edition: edition, heat: heat).noteBlocks(file: "overall.csv"))]
        case .charts:
            let group = structure.charts?[part.charts ?? ""] ?? []
            return [Section(template: template, runningTitle: "", blocks: try charts.blocks(for: group, dimension: nil))]
        case .chapters:
            let group = structure.charts?[part.charts ?? ""] ?? []
            return try edition.dimensions.map { try chapter($0, template: template, opener: part.opener ?? template, charts: group) }.flatMap { $0 }
        case .indicators:
            return [Section(template: template, runningTitle: part.title ?? "Variables and indicators", blocks: indicators(title: part.title))]
        case .references:
            return [Section(template: template, runningTitle: part.title ?? "References", blocks: references(title: part.title))]
        }
    }

    private func name(_ slug: String) -> String { edition.city(slug)?.name ?? slug }

    // MARK: Parts

    private func cover() -> [Block] {
        let info = edition.info
        return [
            .paragraph(Paragraph(style: "cover-kicker", content: [.text("\(info.year) edition")])),
            .paragraph(Paragraph(style: "cover-title", content: [.text(info.title)])),
            .paragraph(Paragraph(style: "cover-subtitle", content: [
                .text("\(edition.cities.count) cities · \(edition.dimensions.count) dimensions · "
                      + "\(edition.dimensions.map(\.variables.count).reduce(0, +)) variables · data for \(info.dataYear)"),
            ])),
            .spacer(26),
            .figure(Figure(content: CoverFigure(edition: edition, analytics: analytics, colors: colors), height: 330, id: "cover-figure")),
            .spacer(18),
            .paragraph(Paragraph(style: "cover-note", content: [.text(info.publisher)])),
        ]
    }

    func textBlocks(_ text: TextDocument) -> [Block] {
        let converter = ProseConverter(file: text.file, lineOffset: text.lineOffset, idPrefix: ReportIDs.text(text.slug))
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text(text.title)], id: ReportIDs.text(text.slug),
                                                spanAll: true, source: SourceLocation(file: text.file, line: 1)))]
        if let standfirst = text.standfirst {
            blocks.append(.paragraph(Paragraph(style: "lead", content: [.text(standfirst)], spanAll: true)))
        }
        blocks += converter.blocks(text.body)
        return blocks
    }

    private func glance(title: String?) -> [Block] {
        let columns = [TableColumn(width: .fraction(1), rowHeader: true), TableColumn(width: .fraction(3.2))]
        let rows = edition.dimensions.map { d in
            TableRow(cells: [TableCell(text: d.name, bold: true),
                             TableCell(text: GlanceList.text(d.variables.map(\.name)))])
        }
        return [.table(TableBlock(columns: columns, headerRows: [TableRow(cells: [TableCell(text: "Dimension"), TableCell(text: "Variables")])],
                                  rows: rows, caption: [.text(title ?? "Dimensions and variables")], id: "table-glance", spanAll: true))]
    }

    private func chapter(_ d: Dimension, template: String, opener: String, charts group: [ReportStructure.ChartEntry]) throws -> [Section] {
        guard let narrative = edition.narrative(for: d.slug) else {
            throw Diagnostic.error("dimension \"\(d.slug)\" has no narrative", at: SourceLocation(file: "dimensions.yaml"))
        }
        let number = (edition.dimensionOrder(d.slug) ?? 0) + 1
        let stats = analytics.dimensionStatistics.first { $0.dimension == d.slug }
        let leaders = place(analytics.top(1, dimension: d.slug))
        let lowest = place(analytics.bottom(1, dimension: d.slug))
        var blocks: [Block] = [
            .paragraph(Paragraph(style: "chapter-kicker", content: [.text("Dimension \(number) of \(edition.dimensions.count)")], spanAll: true)),
            .heading(Heading(level: 1, style: "chapter", content: [.text(d.name)], id: ReportIDs.chapter(d.slug), spanAll: true,
                             source: SourceLocation(file: narrative.file, line: 1))),
        ]
        if let standfirst = narrative.standfirst {
            blocks.append(.paragraph(Paragraph(style: "standfirst", content: [.text(standfirst)], spanAll: true)))
        }
        let (leaderLabel, lowestLabel) = (("Leader", "Joint leaders"), ("Lowest score", "Lowest score, shared"))
        blocks.append(.keyFigures(KeyFigures(title: "", figures: [
            leaders.tile(label: leaderLabel.0, sharedLabel: leaderLabel.1),
            .init(value: stats.map { String(format: "%.0f", $0.mean) } ?? "–", unit: "points", label: "Mean score of \(edition.cities.count) cities"),
            .init(value: stats.map { String(format: "%.1f", $0.standardDeviation) } ?? "–", unit: "points", label: "Standard deviation (spread)"),
            lowest.tile(label: lowestLabel.0, sharedLabel: lowestLabel.1),
        ], spanAll: true, source: SourceLocation(file: narrative.file, line: 1))))
        // Ties too many to name in a tile are listed under the tiles.
        let notes = [leaders.note("the lead"), lowest.note("the lowest score")].compactMap { $0 }
        if !notes.isEmpty {
            blocks.append(.paragraph(Paragraph(style: "opener-note", content: [.text(notes.joined(separator: " "))], spanAll: true)))
        }
        let converter = ProseConverter(file: narrative.file, lineOffset: narrative.lineOffset, idPrefix: ReportIDs.chapter(d.slug))
        blocks += converter.blocks(narrative.body)
        if let table = ScoreTables(edition: edition, heat: heat).dimension(d.slug) {
            blocks.append(.pageBreak)
            blocks.append(.table(table))
            blocks += ScoreTables(edition: edition, heat: heat).noteBlocks(file: "scores/\(d.slug).csv")
        }
        blocks += try charts.blocks(for: group, dimension: d.slug)
        var sections = [Section(template: opener, runningTitle: d.name, blocks: blocks)]
        for o in edition.observations(after: d.slug) {
            sections.append(Section(template: template, runningTitle: d.name, blocks: observation(o)))
        }
        return sections
    }

    /// The cities of a top or bottom list (ties included) as one shared place.
    private func place(_ cities: [RankedCity]) -> TiedPlace {
        TiedPlace(names: cities.map { name($0.city) }, score: cities.first?.value ?? 0)
    }

    func observation(_ o: Observation) -> [Block] {
        var blocks: [Block] = [
            .paragraph(Paragraph(style: "kicker", content: [.text("Specialised observation")], spanAll: true)),
            .heading(Heading(level: 2, content: [.text(o.title)], id: ReportIDs.observation(o.slug), spanAll: true,
                             source: SourceLocation(file: o.file, line: 1))),
        ]
        if !o.keyFigures.isEmpty {
            blocks.append(.keyFigures(KeyFigures(title: "\(o.subject) in figures",
                                                 figures: o.keyFigures.map { .init(value: $0.value, unit: $0.unit, label: $0.label) },
                                                 spanAll: true, source: SourceLocation(file: o.file, line: 1))))
        }
        let converter = ProseConverter(file: o.file, lineOffset: 0, idPrefix: ReportIDs.observation(o.slug), titleLevel: 2)
        blocks += converter.blocks(o.body)
        return blocks
    }

    private func indicators(title: String?) -> [Block] {
        // The indicator names its row; dimension and variable cells are blank after their first row.
        let columns = [TableColumn(width: .fraction(1.1)), TableColumn(width: .fraction(1.3)), TableColumn(width: .fraction(2.4), rowHeader: true),
                       TableColumn(width: .fixed(40), alignment: .center), TableColumn(width: .fraction(1.8))]
        var rows: [TableRow] = []
        var lastDimension = ""
        for ind in edition.indicators {
            let d = edition.dimension(ind.dimension)
            let v = d?.variables.first { $0.slug == ind.variable }
            let first = ind.dimension != lastDimension
            lastDimension = ind.dimension
            let group = d?.name ?? ind.dimension
            // A missing year or source prints an en dash, never an empty cell.
            let rest = [TableCell(text: v?.name ?? ind.variable), TableCell(text: ind.name),
                        TableCell(text: Self.orDash(ind.dataYear)), TableCell(text: Self.orDash(ind.source))]
            rows.append(TableRow(cells: [TableCell(text: first ? group : "", bold: true)] + rest, ruleAbove: first && !rows.isEmpty,
                                 continuedCells: first ? nil : [TableCell(text: "\(group) (continued)", bold: true)] + rest))
        }
        let header = TableRow(cells: ["Dimension", "Variable", "Indicator", "Data year", "Source"].map { TableCell(text: $0) })
        let t = title ?? "Variables and indicators"
        return [
            .heading(Heading(level: 1, content: [.text(t)], id: "indicators", spanAll: true)),
            .paragraph(Paragraph(content: [.text("Each of the \(edition.dimensions.map(\.variables.count).reduce(0, +)) variables is measured by one or more of the \(edition.indicators.count) indicators below.")])),
            .table(TableBlock(columns: columns, headerRows: [header], rows: rows, caption: [.text(t)], id: "table-indicators")),
        ]
    }

    /// A table cell's text, or an en dash for a value the edition leaves empty.
    static func orDash(_ text: String) -> String {
        text.allSatisfy(\.isWhitespace) ? "\u{2013}" : text
    }

    private func references(title: String?) -> [Block] {
        let t = title ?? "References"
        var blocks: [Block] = [.heading(Heading(level: 1, content: [.text(t)], id: "references", spanAll: true))]
        for r in edition.references {
            blocks.append(.paragraph(Paragraph(style: "reference", content: [.strong([.text("\(r.id).")]), .text(" " + r.text)],
                                               id: ReportIDs.reference(r.id))))
        }
        return blocks
    }
}
