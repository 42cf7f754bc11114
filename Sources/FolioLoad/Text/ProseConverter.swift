//! Turns Markdown blocks into the model's prose: data references resolved, citations and
//! image paths checked, leftovers that look like tokens reported.

import Foundation
import FolioCore
import FolioMarkdown
import FolioModel

/// Converts one file's blocks. Every problem is reported with the file line; the text of a
/// failed reference becomes `{{…}}` so the document stays printable for inspection.
struct ProseConverter {
    let analytics: Analytics
    let referenceIDs: Set<Int>
    let folder: EditionFolder
    /// Edition-relative path of the Markdown file (image paths are relative to its folder).
    let relative: String
    let path: String
    /// Which inputs failed to load: a data reference that fails only because of them is not
    /// reported again (the root cause already is).
    let incomplete: IncompleteInputs
    /// The file line of the inline being converted.
    private var line = 0

    init(analytics: Analytics, incomplete: IncompleteInputs, folder: EditionFolder, relative: String, path: String) {
        self.analytics = analytics
        self.incomplete = incomplete
        self.referenceIDs = Set(analytics.edition.references.map(\.id))
        self.folder = folder; self.relative = relative; self.path = path
    }

    mutating func convert(_ blocks: [MarkdownBlock], sink: inout DiagnosticSink) -> [ProseBlock] {
        blocks.map { convert($0, sink: &sink) }
    }

    private mutating func convert(_ block: MarkdownBlock, sink: inout DiagnosticSink) -> ProseBlock {
        let at = block.line
        switch block {
        case .heading(let level, let content, _):
            return ProseBlock(.heading(level: level, content: inlines(content, from: at, sink: &sink)), line: at)
        case .paragraph(let content, _):
            return ProseBlock(.paragraph(inlines(content, from: at, sink: &sink)), line: at)
        case .bulletList(let items, _):
            return ProseBlock(.bulletList(items: items.map { convert($0, sink: &sink) }), line: at)
        case .orderedList(let start, let items, _):
            return ProseBlock(.orderedList(start: start, items: items.map { convert($0, sink: &sink) }), line: at)
        case .blockQuote(let blocks, _):
            return ProseBlock(.blockQuote(convert(blocks, sink: &sink)), line: at)
        case .codeBlock(let code, _):
            line = at
            checkLength(code, sink: &sink)
            return ProseBlock(.codeBlock(code), line: at)
        case .htmlBlock(let html, _):
            // Raw HTML is text: printed as written, never interpreted.
            return ProseBlock(.paragraph([.text(html.hasSuffix("\n") ? String(html.dropLast()) : html)]), line: at)
        case .thematicBreak:
            return ProseBlock(.thematicBreak, line: at)
        case .table(let header, let rows, let alignments, _):
            let h = header.map { inlines($0, from: at, sink: &sink) }
            let r = rows.enumerated().map { i, row in row.map { inlines($0, from: at + 2 + i, sink: &sink) } }
            let a = alignments.map { (m: MarkdownAlignment) -> ProseAlignment in
                switch m { case .none: .none; case .left: .left; case .center: .center; case .right: .right }
            }
            return ProseBlock(.table(header: h, rows: r, alignments: a), line: at)
        }
    }

    private mutating func inlines(_ content: [MarkdownInline], from start: Int, sink: inout DiagnosticSink) -> [ProseInline] {
        line = start
        checkLength(content.plainText, sink: &sink)
        return content.map { inline($0, sink: &sink) }
    }

    private mutating func inline(_ inline: MarkdownInline, sink: inout DiagnosticSink) -> ProseInline {
        switch inline {
        case .text(let s):
            checkLeftovers(s, sink: &sink)
            return .text(s)
        case .html(let s):
            return .text(s)
        case .code(let s):
            return .code(s)
        case .emphasis(let c): return .emphasis(c.map { self.inline($0, sink: &sink) })
        case .strong(let c): return .strong(c.map { self.inline($0, sink: &sink) })
        case .strikethrough(let c): return .strikethrough(c.map { self.inline($0, sink: &sink) })
        case .link(let url, let c): return .link(url: url, content: c.map { self.inline($0, sink: &sink) })
        case .softBreak:
            line += 1
            return .softBreak
        case .lineBreak:
            line += 1
            return .lineBreak
        case .reference(let n):
            if !referenceIDs.contains(n) && !incomplete.references {
                let range = referenceIDs.isEmpty ? "references.csv has no entries" :
                    "references.csv has ids \(referenceIDs.min()!)–\(referenceIDs.max()!)"
                sink.error("footnote [^\(n)] has no entry in references.csv (\(range))", path, line)
            }
            return .reference(n)
        case .data(let expression, let at):
            if at > 0 { line = at }
            do {
                return .text(try DataExpression.parse(expression).evaluate(in: analytics))
            } catch {
                if !incomplete.explains(error) {
                    sink.error("data reference {{\(NameHint.quoted(expression).dropFirst().dropLast())}}: \(error.description)", path, line)
                }
                return .text("{{\(expression)}}")
            }
        case .image(let source, let alt, let title, let at):
            if at > 0 { line = at }
            guard let (relative, file) = checkedImage(source, sink: &sink) else { return .text(alt) }
            var width: Double?
            if !title.isEmpty {
                switch ImageOptions.widthFraction(in: title) {
                case .success(let w): width = w
                case .failure(let problem): sink.error("image \"\(source)\": \(problem.message)", path, line)
                }
            }
            return .image(ProseImage(source: relative, alt: alt, format: file.format, bytes: file.bytes,
                                     pixelWidth: file.width, pixelHeight: file.height, widthFraction: width))
        }
    }

    /// A paragraph longer than `LoadLimits.maxParagraphCharacters` is refused: lines are
    /// broken per paragraph, and a megabyte-long one would take minutes.
    private func checkLength(_ text: String, sink: inout DiagnosticSink) {
        // A scalar takes at least one UTF-8 byte, and the byte count is known without a scan.
        guard text.utf8.count > LoadLimits.maxParagraphCharacters else { return }
        let count = text.unicodeScalars.count
        if count > LoadLimits.maxParagraphCharacters {
            sink.error("paragraph of \(count) characters; the limit is \(LoadLimits.maxParagraphCharacters), split it into paragraphs",
                       path, line)
        }
    }

    /// Text that still contains `{{` or `[^` held a token that did not parse.
    private func checkLeftovers(_ s: String, sink: inout DiagnosticSink) {
        if Self.offset(of: UInt8(ascii: "{"), UInt8(ascii: "{"), in: s) != nil {
            sink.error("unclosed data reference \"{{\"; write {{ … }} on one line, e.g. {{rank beijing}}", path, line)
        }
        if let offset = Self.offset(of: UInt8(ascii: "["), UInt8(ascii: "^"), in: s) {
            let rest = s[s.utf8.index(s.utf8.startIndex, offsetBy: offset)...]
            let end = rest.firstIndex(of: "]").map { rest.index(after: $0) } ?? rest.firstIndex(where: \.isWhitespace) ?? rest.endIndex
            let snippet = rest[..<end].prefix(16)
            sink.error("malformed footnote reference \"\(snippet)\"; expected [^N] with N a number in references.csv", path, line)
        }
    }

    /// The UTF-8 offset at which two ASCII characters first follow each other in `s`. A
    /// byte scan: Foundation's `contains` and `range(of:)` took a tenth of a whole load on Linux.
    static func offset(of first: UInt8, _ second: UInt8, in s: String) -> Int? {
        var s = s
        return s.withUTF8 { bytes -> Int? in
            guard bytes.count > 1 else { return nil }
            for i in 1..<bytes.count where bytes[i] == second && bytes[i - 1] == first { return i - 1 }
            return nil
        }
    }

    /// The edition-relative path of an image and its checked contents, or nil after reporting
    /// why it is refused.
    private func checkedImage(_ source: String, sink: inout DiagnosticSink) -> (String, ImageFile)? {
        if source.contains("://") || source.hasPrefix("data:") || source.hasPrefix("mailto:") {
            sink.error("image \"\(source)\" is not a file in the edition folder; remote images are never fetched", path, line)
            return nil
        }
        if source.hasPrefix("/") || source.hasPrefix("~") {
            sink.error("image path \"\(source)\" is absolute; use a path relative to the text, inside the edition folder", path, line)
            return nil
        }
        let decoded = source.removingPercentEncoding ?? source
        let base = folder.url(relative).deletingLastPathComponent()
        let url = base.appendingPathComponent(decoded).standardizedFileURL
        guard folder.contains(url) else {
            sink.error("image path \"\(source)\" leads outside the edition folder; refused", path, line)
            return nil
        }
        guard FileManager.default.fileExists(atPath: url.path) else {
            sink.error("image \"\(source)\" not found", path, line)
            return nil
        }
        let file: ImageFile
        switch ImageFileCheck.read(at: url) {
        case .success(let f): file = f
        case .failure(let problem):
            sink.error("image \"\(source)\": \(problem.message)", path, line)
            return nil
        }
        let rootPath = folder.root.path + "/"
        let resolved = url.resolvingSymlinksInPath().path
        return (resolved.hasPrefix(rootPath) ? String(resolved.dropFirst(rootPath.count)) : source, file)
    }
}

/// Inputs that failed to load, so that follow-on failures are not reported twice.
struct IncompleteInputs {
    var tiers = false
    var cities = false
    var dimensions = false
    var tables = false
    var references = false

    /// Whether `error` is a consequence of a failed input rather than a fault in the text.
    func explains(_ error: DataExpressionError) -> Bool {
        switch error {
        case .unknownTier: return tiers
        case .unknownCity: return cities
        case .unknownDimension, .unknownVariable: return dimensions
        case .noValue: return tables
        default: return false
        }
    }
}
