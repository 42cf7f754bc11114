//! The Compose-stage text pass: one house style over every text a document prints.

import FolioDocument
import FolioModel

/// Applies the edition's editorial style to a composed document, after the prose is parsed
/// and data-bound text resolved, so Markdown, YAML and table text are treated alike: names in
/// the edition's case style (`NameCasing`), ranges and minus signs (`NumberPunctuation`), and
/// no-break spaces between amounts and their units (`UnitSpacing`). Code spans, link targets
/// and chart internals are left alone. Key figures are printed by `FigureFormatter`.
public struct EditorialPass: Sendable {
    let units: UnitSpacing
    let names: NameCasing
    let figures: FigureFormatter
    /// Texts already styled by this pass, or by earlier passes over the same edition style.
    let memo: EditorialMemo

    /// `memo`: one kept between compositions (`folio watch`); nil: a new one for this pass.
    public init(edition: Edition, memo: EditorialMemo? = nil) {
        let style = edition.info.style
        let nameList = edition.dimensions.map(\.name) + edition.dimensions.flatMap { $0.variables.map(\.name) }
        units = UnitSpacing(style: style)
        names = NameCasing(style: style.nameCase, names: nameList)
        figures = FigureFormatter(style: style)
        self.memo = memo ?? EditorialMemo()
        self.memo.begin(.init(style: style, names: nameList))
    }

    /// A name as it stands alone (table header, chart label) in the edition's case style.
    public func name(_ name: String) -> String { names.label(name) }

    /// The edition with its dimension and variable names in its case style, so every place
    /// that prints a name from the model (tables, chart labels, briefs) prints it alike.
    public static func namesCased(_ edition: Edition) -> Edition {
        guard edition.info.style.nameCase != .asWritten else { return edition }
        let pass = EditorialPass(edition: edition)
        var e = edition
        e.dimensions = edition.dimensions.map { d in
            var d = d
            d.name = pass.name(d.name)
            d.variables = d.variables.map { var v = $0; v.name = pass.name(v.name); return v }
            return d
        }
        return e
    }

    /// One piece of text with nothing before it.
    public func text(_ s: String) -> String { text(s, after: nil) }

    func text(_ s: String, after previous: Character?) -> String {
        memo.styled(.init(text: s, previous: previous)) {
            units.apply(NumberPunctuation.apply(names.apply(s, after: previous)))
        }
    }

    public func document(_ document: Document) -> Document {
        var d = document
        for i in d.sections.indices {
            d.sections[i].runningTitle = text(d.sections[i].runningTitle)
            d.sections[i].blocks = blocks(d.sections[i].blocks)
        }
        return d
    }

    public func blocks(_ blocks: [Block]) -> [Block] { blocks.map(block) }

    func block(_ block: Block) -> Block {
        switch block {
        case .heading(var h): h.content = inlines(h.content); return .heading(h)
        case .paragraph(var p): p.content = inlines(p.content); return .paragraph(p)
        case .list(var l): l.items = l.items.map(blocks); return .list(l)
        case .callout(var c):
            c.title = c.title.map { inlines($0) }
            c.blocks = blocks(c.blocks)
            return .callout(c)
        case .keyFigures(var k):
            k.title = text(k.title)
            k.figures = k.figures.map { f in
                let (value, unit) = figures.tile(value: f.value, unit: f.unit)
                return .init(value: value, unit: unit, label: text(f.label))
            }
            return .keyFigures(k)
        case .table(var t):
            t.caption = t.caption.map { inlines($0) }
            let row = { (r: TableRow) -> TableRow in
                var r = r
                r.cells = r.cells.map { var c = $0; c.content = inlines(c.content); return c }
                return r
            }
            t.headerRows = t.headerRows.map(row)
            t.rows = t.rows.map(row)
            return .table(t)
        case .figure(var f): f.caption = f.caption.map { inlines($0) }; return .figure(f)
        case .tableOfContents, .columnBreak, .pageBreak, .spacer, .rule: return block
        }
    }

    /// A run of inlines as one text: a name at the start of a piece knows what came before it.
    public func inlines(_ items: [Inline]) -> [Inline] {
        var previous: Character?
        return inlines(items, previous: &previous)
    }

    private func inlines(_ items: [Inline], previous: inout Character?) -> [Inline] {
        items.map { item in
            switch item {
            case .text(let s):
                let out = text(s, after: previous)
                previous = NameCasing.lastSignificant(of: out, previous: previous)
                return .text(out)
            case .emphasis(let c): return .emphasis(inlines(c, previous: &previous))
            case .strong(let c): return .strong(inlines(c, previous: &previous))
            case .superscript(let c): return .superscript(inlines(c, previous: &previous))
            case .styled(let name, let c): return .styled(name, inlines(c, previous: &previous))
            case .link(let c, let target): return .link(inlines(c, previous: &previous), target)
            case .lineBreak: previous = "\n"; return item
            case .code(let s): previous = s.last ?? previous; return item
            case .footnoteMark, .pageReference: return item
            }
        }
    }
}
