//! Edition prose (Markdown after loading) into document blocks and inlines.

import FolioCore
import FolioDocument
import FolioModel
import FolioPage

/// Maps loaded prose to blocks; ids are unique per text.
///
/// A text's headings nest below the heading that opens it (`titleLevel`): their levels
/// come from that nesting, so a tagged PDF never skips a level (PDF/UA-1 7.4.2), while
/// their look stays the Markdown level's (`##` is styled `h3`, under a title styled
/// `h1` or `chapter`; a level the theme has no style for falls back to the theme's
/// heading of the structural level).
struct ProseConverter {
    let file: String
    /// Not added to block lines: the loader's `ProseBlock.line` is already a file line (front
    /// matter included). Adding the body offset put layout messages lines below the text.
    let lineOffset: Int
    let idPrefix: String
    /// The level of the heading that opens the text.
    var titleLevel = 1
    /// Section headings inside texts are bookmarked but not listed in the contents.
    var headingsInContents = false

    func inlines(_ items: [ProseInline]) -> [Inline] {
        var out: [Inline] = []
        for item in items {
            switch item {
            case .text(let s): out.append(.text(s))
            case .emphasis(let c): out.append(.emphasis(inlines(c)))
            case .strong(let c): out.append(.strong(inlines(c)))
            case .strikethrough(let c): out += inlines(c)
            case .code(let s): out.append(.code(s))
            case .link(let url, let c): out.append(.link(inlines(c), .url(url)))
            // An image inside running text prints as its alt text; one alone in its
            // paragraph is a figure (see `blocks`).
            case .image(let image): out.append(.text(image.alt))
            case .softBreak: out.append(.text(" "))
            case .lineBreak: out.append(.lineBreak)
            case .reference(let n): out.append(.footnoteMark(n, destination: ReportIDs.reference(n)))
            }
        }
        return Self.marksAfterPunctuation(out)
    }

    /// Punctuation a note mark follows rather than precedes.
    static let markPunctuation: Set<Character> = [".", ",", ";", ":", "?", "!"]

    /// One house rule for note marks, whichever way a text was written: a mark (or a run of
    /// adjacent marks) sits after the punctuation that ends its phrase, so "growth[^3]." and
    /// "growth.[^3]" both print "growth.³". Quotes and brackets stay where they were written.
    static func marksAfterPunctuation(_ items: [Inline]) -> [Inline] {
        var out = items
        var i = 0
        while i < out.count {
            guard case .footnoteMark = out[i] else { i += 1; continue }
            var end = i
            while end < out.count, case .footnoteMark = out[end] { end += 1 }
            guard end < out.count, case .text(let after) = out[end],
                  let first = after.first, markPunctuation.contains(first) else { i = end; continue }
            let punctuation = String(after.prefix { markPunctuation.contains($0) })
            out[end] = .text(String(after.dropFirst(punctuation.count)))
            if out[end] == .text("") { out.remove(at: end) }
            if i > 0, case .text(let before) = out[i - 1] {
                // "growth [^3]." has its space dropped with the move: "growth.³".
                var trimmed = before
                while trimmed.last == " " { trimmed.removeLast() }
                out[i - 1] = .text(trimmed + punctuation)
            } else {
                out.insert(.text(punctuation), at: i)
                end += 1
            }
            i = end
        }
        return out
    }

    func blocks(_ prose: [ProseBlock]) -> [Block] {
        var out: [Block] = []
        var headingCount = 0
        // The Markdown levels of the headings enclosing the current one.
        var open: [Int] = []
        for block in prose {
            let source = SourceLocation(file: file, line: block.line)
            switch block.kind {
            case .heading(let level, let content):
                headingCount += 1
                while let last = open.last, last >= level { open.removeLast() }
                open.append(level)
                out.append(.heading(Heading(level: min(6, titleLevel + open.count), style: "h\(min(6, level + 1))",
                                            content: inlines(content), id: "\(idPrefix)-s\(headingCount)", inOutline: true,
                                            inContents: headingsInContents, source: source)))
            case .paragraph(let content):
                if let image = Self.soleImage(content) {
                    out.append(.figure(Self.figure(image, source: source)))
                } else {
                    out.append(.paragraph(Paragraph(content: inlines(content), source: source)))
                }
            case .bulletList(let items):
                out.append(.list(ListBlock(ordered: false, items: items.map { blocks($0) }, source: source)))
            case .orderedList(let start, let items):
                out.append(.list(ListBlock(ordered: true, start: start, items: items.map { blocks($0) }, source: source)))
            case .blockQuote(let inner):
                out.append(.callout(Callout(style: "quote", blocks: blocks(inner), source: source)))
            case .codeBlock(let code):
                out.append(.paragraph(Paragraph(style: "note", content: [.code(code)], source: source)))
            case .table(let header, let rows, let alignments):
                let columns = alignments.map { a -> TableColumn in
                    TableColumn(width: .auto, alignment: a == .right ? .right : a == .center ? .center : .left)
                }
                out.append(.table(TableBlock(columns: columns.isEmpty ? header.map { _ in TableColumn() } : columns,
                                             headerRows: [TableRow(cells: header.map { TableCell(inlines($0)) })],
                                             rows: rows.map { TableRow(cells: $0.map { TableCell(inlines($0)) }) },
                                             source: source)))
            case .thematicBreak:
                out.append(.rule)
            }
        }
        return out
    }
}

extension ProseConverter {
    /// The image of a paragraph that holds nothing else (spaces and line ends aside).
    static func soleImage(_ content: [ProseInline]) -> ProseImage? {
        var found: ProseImage?
        for item in content {
            switch item {
            case .image(let image) where found == nil: found = image
            case .softBreak, .lineBreak: continue
            case .text(let t) where t.allSatisfy(\.isWhitespace): continue
            default: return nil
            }
        }
        return found
    }

    /// An image as a figure: its alt text is both the caption and the figure's /Alt.
    static func figure(_ image: ProseImage, source: SourceLocation) -> Figure {
        let bytes: ImageItem.Source = image.format == .png ? .png(image.bytes) : .jpeg(image.bytes)
        let content = ImageFigure(source: bytes, pixelWidth: image.pixelWidth, pixelHeight: image.pixelHeight,
                                  widthFraction: image.widthFraction ?? 1, altText: image.alt)
        return Figure(content: content, caption: image.alt.isEmpty ? nil : [.text(image.alt)], source: source)
    }
}

/// Named destinations used across the report, in one place.
public enum ReportIDs {
    public static func reference(_ n: Int) -> String { "ref-\(n)" }
    public static func chapter(_ dimension: String) -> String { "chapter-\(dimension)" }
    public static func table(_ dimension: String) -> String { "table-\(dimension)" }
    public static func observation(_ slug: String) -> String { "observation-\(slug)" }
    public static func text(_ slug: String) -> String { "text-\(slug)" }
}
