//! Every string a composed document prints, with the source it came from.

import FolioCore
import FolioDocument

/// A string that layout will shape, and where it came from (for messages).
struct PrintedText {
    var text: String
    var source: SourceLocation?
}

extension Document {
    /// Headings, paragraphs, list items, callouts, key figures, table cells and captions,
    /// figure captions and alt text (charts print names from the same data), running titles
    /// and the title: everything composition resolved, data-bound text included.
    var printedTexts: [PrintedText] {
        var out = [PrintedText(text: info.title, source: nil)]
        for section in sections {
            out.append(PrintedText(text: section.runningTitle, source: nil))
            for block in section.blocks { block.collectText(into: &out, inherited: nil) }
        }
        return out.filter { !$0.text.isEmpty }
    }
}

extension Block {
    /// Appends this block's strings; nested blocks without a source of their own take the
    /// enclosing block's.
    func collectText(into out: inout [PrintedText], inherited: SourceLocation?) {
        func add(_ inlines: [Inline]?, _ source: SourceLocation?) {
            if let inlines { out.append(PrintedText(text: inlines.plainText, source: source ?? inherited)) }
        }
        switch self {
        case .heading(let h): add(h.content, h.source)
        case .paragraph(let p): add(p.content, p.source)
        case .list(let l):
            for item in l.items { for b in item { b.collectText(into: &out, inherited: l.source ?? inherited) } }
        case .callout(let c):
            add(c.title, c.source)
            for b in c.blocks { b.collectText(into: &out, inherited: c.source ?? inherited) }
        case .keyFigures(let k):
            let source = k.source ?? inherited
            out.append(PrintedText(text: k.title, source: source))
            for f in k.figures {
                for text in [f.value, f.unit, f.label] { out.append(PrintedText(text: text, source: source)) }
            }
        case .table(let t):
            add(t.caption, t.source)
            if let label = t.continuedLabel { out.append(PrintedText(text: label, source: t.source ?? inherited)) }
            for row in t.headerRows + t.rows { for cell in row.cells { add(cell.content, t.source) } }
        case .figure(let f):
            add(f.caption, f.source)
            out.append(PrintedText(text: f.content.altText, source: f.source ?? inherited))
        case .tableOfContents(let toc): out.append(PrintedText(text: toc.title, source: inherited))
        case .columnBreak, .pageBreak, .spacer, .rule: break
        }
    }
}
