//! Rich text after loading: Markdown with citations kept and data-bound text resolved.

/// Inline content of edition text. Data references are already replaced by their figures and
/// raw HTML is plain text, so a renderer never interprets markup.
public indirect enum ProseInline: Hashable, Sendable, Codable {
    case text(String)
    case emphasis([ProseInline])
    case strong([ProseInline])
    case strikethrough([ProseInline])
    case code(String)
    case link(url: String, content: [ProseInline])
    /// An image inside the edition folder, checked and read by the loader.
    case image(ProseImage)
    case softBreak
    case lineBreak
    /// A citation of `Reference.id`, printed as a superscript number.
    case reference(Int)

    /// The visible text, for titles, outlines and tests.
    public var plainText: String {
        switch self {
        case .text(let s), .code(let s): return s
        case .emphasis(let c), .strong(let c), .strikethrough(let c), .link(_, let c): return c.plainText
        case .image(let image): return image.alt
        case .softBreak: return " "
        case .lineBreak: return "\n"
        case .reference: return ""
        }
    }
}

extension Array where Element == ProseInline {
    /// The concatenated visible text.
    public var plainText: String { map(\.plainText).joined() }
}

/// An image file of the edition, read at load time so that later stages never touch files.
public struct ProseImage: Hashable, Sendable, Codable {
    public enum Format: String, Hashable, Sendable, Codable { case png, jpeg }
    /// Edition-relative path, for messages.
    public var source: String
    /// The Markdown alt text: the figure's caption and its alternative text.
    public var alt: String
    public var format: Format
    public var bytes: [UInt8]
    public var pixelWidth: Int
    public var pixelHeight: Int
    /// Share of the column width asked for in the title (`"width=60%"`); nil: full width.
    public var widthFraction: Double?
    public init(source: String, alt: String, format: Format, bytes: [UInt8], pixelWidth: Int, pixelHeight: Int,
                widthFraction: Double? = nil) {
        self.source = source; self.alt = alt; self.format = format; self.bytes = bytes
        self.pixelWidth = pixelWidth; self.pixelHeight = pixelHeight; self.widthFraction = widthFraction
    }
}

/// Column alignment of a table in text.
public enum ProseAlignment: String, Hashable, Sendable, Codable { case none, left, center, right }

/// One block of edition text with the file line it starts on (for layout messages).
public struct ProseBlock: Hashable, Sendable, Codable {
    public indirect enum Kind: Hashable, Sendable, Codable {
        case heading(level: Int, content: [ProseInline])
        case paragraph([ProseInline])
        case bulletList(items: [[ProseBlock]])
        case orderedList(start: Int, items: [[ProseBlock]])
        case blockQuote([ProseBlock])
        case codeBlock(String)
        case table(header: [[ProseInline]], rows: [[[ProseInline]]], alignments: [ProseAlignment])
        case thematicBreak
    }
    public var kind: Kind
    public var line: Int
    public init(_ kind: Kind, line: Int) { self.kind = kind; self.line = line }
}

extension Array where Element == ProseBlock {
    /// The visible text of the blocks, one line per block (list items and table cells
    /// included), for search, word counts and tests.
    public var plainText: String {
        map { block -> String in
            switch block.kind {
            case .heading(_, let c), .paragraph(let c): return c.plainText
            case .bulletList(let items), .orderedList(_, let items): return items.map(\.plainText).joined(separator: "\n")
            case .blockQuote(let b): return b.plainText
            case .codeBlock(let s): return s
            case .table(let h, let rows, _): return (h + rows.flatMap { $0 }).map(\.plainText).joined(separator: " ")
            case .thematicBreak: return ""
            }
        }.joined(separator: "\n")
    }
}
