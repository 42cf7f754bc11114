//! Block-level Markdown content as Swift values, each carrying the line it starts on.

/// Column alignment of a GFM table.
public enum MarkdownAlignment: Hashable, Sendable {
    case none, left, center, right
}

/// One block of a Markdown document. `line` is the 1-based line in the *file* (front matter
/// included), so a message about a block points where the editor will look.
public indirect enum MarkdownBlock: Hashable, Sendable {
    case heading(level: Int, content: [MarkdownInline], line: Int)
    case paragraph([MarkdownInline], line: Int)
    case bulletList(items: [[MarkdownBlock]], line: Int)
    case orderedList(start: Int, items: [[MarkdownBlock]], line: Int)
    case blockQuote([MarkdownBlock], line: Int)
    case codeBlock(String, line: Int)
    /// A GFM table; each cell is a run of inlines.
    case table(header: [[MarkdownInline]], rows: [[[MarkdownInline]]], alignments: [MarkdownAlignment], line: Int)
    case thematicBreak(line: Int)
    /// A raw HTML block, kept verbatim and printed as text.
    case htmlBlock(String, line: Int)

    /// The 1-based line in the source file where the block starts.
    public var line: Int {
        switch self {
        case .heading(_, _, let l), .paragraph(_, let l), .bulletList(_, let l), .orderedList(_, _, let l),
             .blockQuote(_, let l), .codeBlock(_, let l), .table(_, _, _, let l), .thematicBreak(let l),
             .htmlBlock(_, let l):
            return l
        }
    }
}
