//! The blocks of a city brief, one function per kind of the brief structure.

import FolioCharts
import FolioCore
import FolioDocument
import FolioModel
import FolioPage

extension BriefComposer {
    /// Kicker, name (with the Chinese name), province, rank and total: on the band at the top.
    func header(_ block: BriefBlock, city slug: String) throws -> [Block] {
        guard let city = edition.city(slug), let overall = edition.overall.row(for: slug) else { return [] }
        let n = edition.cities.count
        let tied = edition.overall.rows.contains { $0.rank == overall.rank && $0.city != slug }
        let tier = analytics.tier(of: slug)
        var blocks: [Block] = []
        let kicker = try text(block, "kicker", city: slug)
        if !kicker.isEmpty {
            blocks.append(.paragraph(Paragraph(style: "brief-kicker", content: [.text(kicker)], spanAll: true, source: block.source)))
        }
        var title: [Inline] = [.text(city.name)]
        if !city.nameZh.isEmpty { title.append(.styled("brief-zh", [.text("  " + city.nameZh)])) }
        blocks.append(.heading(Heading(level: 1, style: "brief-title", content: title, id: "brief-\(slug)", spanAll: true,
                                       source: block.source)))
        blocks.append(.paragraph(Paragraph(style: "brief-meta", content: [
            .text("\(city.province) · "), .strong([.text("Rank \(overall.rank) of \(n)" + (tied ? " (tied)" : ""))]),
            .text(" · Total score \(NumberText.grouped(overall.total))" + (tier.map { " · \($0.name)" } ?? "")),
        ], spanAll: true, source: block.source)))
        return blocks
    }

    /// The city's dimension scores against the median, as a radar chart.
    func radar(_ block: BriefBlock, city slug: String, compact: Bool) throws -> Block {
        let height = block.number(compact ? "compactHeight" : "height")
        let title = try text(block, "title", city: slug)
        let chart = charts.radar(city: slug, title: title.isEmpty ? nil : title,
                                 subtitle: "Dimension scores against the median of all \(edition.cities.count) cities",
                                 source: nil, sizing: .height(height), medians: medians)
        return .figure(Figure(content: chart, height: height, id: "radar-\(slug)", source: block.source))
    }

    /// The city's `count` (`compactCount` when condensed) best or worst variable scores, coloured on the variable scale (1…cities).
    func variablesTable(_ block: BriefBlock, city slug: String, strongest: Bool, compact: Bool) throws -> TableBlock {
        var all: [(dimension: String, variable: String, score: Int, order: Int)] = []
        var order = 0
        for d in edition.dimensions {
            guard let row = edition.table(d.slug)?.row(for: slug) else { continue }
            for (i, v) in d.variables.enumerated() where i < row.scores.count {
                all.append((d.name, v.name, row.scores[i], order)); order += 1
            }
        }
        let sorted = all.sorted { strongest ? ($0.score, -$0.order) > ($1.score, -$1.order) : ($0.score, $0.order) < ($1.score, $1.order) }
        let top = sorted.prefix(max(1, Int(block.number(compact ? "compactCount" : "count"))))
        let n = Double(edition.cities.count)
        let rows = top.map { v -> TableRow in
            let fill = heat.fill(Double(v.score), low: 1, high: n)
            return TableRow(cells: [TableCell(text: v.variable), TableCell(text: v.dimension),
                                    TableCell([.text(String(v.score))], background: fill, textColor: heat.text(on: fill))])
        }
        return TableBlock(columns: [TableColumn(width: .fraction(1.5), rowHeader: true), TableColumn(width: .fraction(1.2)),
                                    TableColumn(width: .fixed(30), numeric: true)],
                          headerRows: [TableRow(cells: [TableCell(text: try text(block, "title", city: slug)),
                                                        TableCell(text: "Dimension"), TableCell(text: "Score")])],
                          rows: rows, style: "brief", continuedLabel: nil, source: block.source)
    }

    /// Every dimension's score and rank with a bar on that dimension's own scale.
    func profileBars(_ block: BriefBlock, city slug: String) throws -> [Block] {
        let n = edition.cities.count
        let rows = edition.dimensions.enumerated().map { i, d in
            ProfileBars.Row(name: d.name, score: analytics.score(of: slug, in: d.slug) ?? 0,
                            rank: analytics.rank(of: slug, in: d.slug) ?? n, median: medians[i], maximum: scales.maxima[i])
        }
        var blocks: [Block] = []
        let title = try text(block, "title", city: slug)
        if !title.isEmpty {
            blocks.append(.paragraph(Paragraph(style: "brief-section", content: [.text(title)], source: block.source)))
        }
        blocks.append(.figure(Figure(content: ProfileBars(rows: rows, cityCount: n, accent: accent),
                                     id: "profile-\(slug)", source: block.source)))
        return blocks
    }

    /// The cities ranked `reach` places above and below (`compactReach` when condensed).
    func neighboursTable(_ block: BriefBlock, city slug: String, compact: Bool) throws -> TableBlock {
        let rows = edition.overall.rows
        let index = rows.firstIndex { $0.city == slug } ?? 0
        let reach = max(0, Int(block.number(compact ? "compactReach" : "reach")))
        let lo = max(0, index - reach), hi = min(rows.count - 1, index + reach)
        let body = rows[lo...hi].map { r in
            TableRow(cells: [TableCell(text: String(r.rank)), TableCell(text: name(r.city)),
                             TableCell(text: analytics.tier(forTotal: r.total)?.name ?? ""),
                             TableCell(text: NumberText.grouped(r.total))], highlighted: r.city == slug)
        }
        return TableBlock(columns: [TableColumn(width: .auto, numeric: true), TableColumn(width: .fraction(1.4), rowHeader: true),
                                    TableColumn(width: .fraction(1)), TableColumn(width: .fixed(40), numeric: true)],
                          headerRows: [TableRow(cells: [TableCell(text: "Rank"), TableCell(text: try text(block, "title", city: slug)),
                                                        TableCell(text: "Tier"), TableCell(text: "Total")])],
                          rows: body, style: "brief", continuedLabel: nil, source: block.source)
    }

    /// The city's specialised observation: its title, its first key figures as short sentences
    /// (the structure's `sentence`, words from each figure's label, value and unit) and the
    /// page of the print edition it is on.
    func observation(_ block: BriefBlock, city slug: String, compact: Bool) throws -> [Block] {
        guard let o = edition.observations.first(where: { $0.city == slug }) else { return [] }
        let template = block.string("sentence")
        // A figure without a label says nothing in a sentence; it is left out.
        let labelled = o.keyFigures.filter { !$0.label.trimmingCharacters(in: .whitespaces).isEmpty }
        let formatter = FigureFormatter(style: edition.info.style)
        var sentences = try labelled.prefix(max(0, Int(block.number(compact ? "compactFigures" : "figures")))).map { f in
            // The figure's words first, then the brief's own placeholders and data expressions.
            let sentence = BriefFigureSentence.sentence(template, value: f.value, unit: f.unit, label: f.label, formatter: formatter)
            let brief = BriefText.fill(sentence, values: [.city: name(slug), .edition: edition.info.shortTitle])
            return try LayoutText.resolve(brief, analytics: analytics, at: block.source ?? SourceLocation(file: structure.path))
        }
        if sentences.isEmpty { sentences = [o.subject + "."] }
        if let page = observationPages[o.slug] { sentences.append("See page \(page) of the print edition.") }
        let title = BriefText.observationTitle(prefix: try text(block, "title", city: slug), title: o.title, city: name(slug))
        return [.callout(Callout(style: "quote", title: [.text(title)],
                                 blocks: [.paragraph(Paragraph(style: "brief-small", content: [.text(sentences.joined(separator: " "))]))],
                                 source: block.source))]
    }

    /// The analyst's note from `city-notes.yaml`, when the city has one.
    func note(_ block: BriefBlock, city slug: String) throws -> [Block] {
        guard let note = edition.note(for: slug) else { return [] }
        let title = try text(block, "title", city: slug)
        return [.callout(Callout(style: "note", title: title.isEmpty ? nil : [.text(title)],
                                 blocks: [.paragraph(Paragraph(style: "brief-small", content: [.text(note.text)]))], source: block.source))]
    }

    /// Every city's dimension scores as dots, this city highlighted: where it stands among all.
    /// Dimensions with different maxima are rows on their own scales, drawn as shares of their
    /// maximum on one 0–100 % axis, so the city's dots stay on it; the labels print the scores.
    func distribution(_ block: BriefBlock, city slug: String) throws -> Block {
        let n = edition.cities.count
        var rows = distributionRows
        if n > Self.maxDots {
            // Thinned rows hold quantiles only: add the city itself so it can be highlighted.
            for (i, d) in edition.dimensions.enumerated() {
                if let v = analytics.score(of: slug, in: d.slug) { rows[i].points.append(StripPoint(item: name(slug), value: Double(v))) }
            }
        }
        let what = scales.uniform ? "Dimension scores" : "Dimension scores as a share (%) of each dimension's maximum"
        let subtitle = n > Self.maxDots ? "\(what); \(Self.maxDots) dots per row mark evenly spaced quantiles of the \(n) cities"
                                        : "\(what); each dot is a city"
        let height = block.number("height")
        let title = try text(block, "title", city: slug)
        var chart = StripChart(rows: rows, title: title.isEmpty ? nil : title, subtitle: subtitle, highlight: name(slug),
                               domain: scales.uniform ? 0...scales.common : nil,
                               terms: ChartTerms(items: "cities", measure: "score"), sizing: .height(height))
        // The city's scores in a column of their own: beside the dots they would lie on other cities' dots.
        return .figure(Figure(content: chart, height: height, id: "distribution-\(slug)", spanAll: true, source: block.source))
    }
}
