//! Walks a cmark-gfm node tree and builds `MarkdownBlock` / `MarkdownInline` values.

import CCmark

/// Converts cmark nodes to values. Internal: only `MarkdownDocument` holds C pointers.
struct NodeConverter {
    let lineOffset: Int
    /// The last known file line while walking inlines (softbreaks carry no position).
    private var currentLine = 0
    /// Current nesting; content nested deeper than `hardDepthLimit` is dropped so that a
    /// hostile document cannot exhaust the stack (callers check `deepestNesting` first).
    private var depth = 0
    static let hardDepthLimit = 200

    init(lineOffset: Int) { self.lineOffset = lineOffset }

    // MARK: Blocks

    mutating func blocks(childrenOf node: OpaquePointer) -> [MarkdownBlock] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.hardDepthLimit else { return [] }
        return children(of: node).flatMap { block($0) }
    }

    private mutating func block(_ node: OpaquePointer) -> [MarkdownBlock] {
        let line = fileLine(node)
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            return [.paragraph(inlines(childrenOf: node, line: line), line: line)]
        case CMARK_NODE_HEADING:
            let level = Int(cmark_node_get_heading_level(node))
            return [.heading(level: level, content: inlines(childrenOf: node, line: line), line: line)]
        case CMARK_NODE_LIST:
            let items = children(of: node).map { blocks(childrenOf: $0) }
            if cmark_node_get_list_type(node) == CMARK_ORDERED_LIST {
                return [.orderedList(start: Int(cmark_node_get_list_start(node)), items: items, line: line)]
            }
            return [.bulletList(items: items, line: line)]
        case CMARK_NODE_BLOCK_QUOTE:
            return [.blockQuote(blocks(childrenOf: node), line: line)]
        case CMARK_NODE_CODE_BLOCK:
            return [.codeBlock(literal(node), line: line)]
        case CMARK_NODE_HTML_BLOCK:
            return [.htmlBlock(literal(node), line: line)]
        case CMARK_NODE_THEMATIC_BREAK:
            return [.thematicBreak(line: line)]
        default:
            if typeName(node) == "table" { return [table(node, line: line)] }
            // Custom blocks and anything a future cmark adds: keep the content, drop the wrapper.
            return blocks(childrenOf: node)
        }
    }

    private mutating func table(_ node: OpaquePointer, line: Int) -> MarkdownBlock {
        let columns = Int(cmark_gfm_extensions_get_table_columns(node))
        var alignments: [MarkdownAlignment] = []
        if let raw = cmark_gfm_extensions_get_table_alignments(node) {
            for i in 0..<columns {
                switch raw[i] {
                case UInt8(ascii: "l"): alignments.append(.left)
                case UInt8(ascii: "c"): alignments.append(.center)
                case UInt8(ascii: "r"): alignments.append(.right)
                default: alignments.append(.none)
                }
            }
        }
        var header: [[MarkdownInline]] = []
        var rows: [[[MarkdownInline]]] = []
        for row in children(of: node) {
            let rowLine = fileLine(row)
            let cells = children(of: row).map { inlines(childrenOf: $0, line: rowLine) }
            if typeName(row) == "table_header" || cmark_gfm_extensions_get_table_row_is_header(row) != 0 {
                header = cells
            } else {
                rows.append(cells)
            }
        }
        return .table(header: header, rows: rows, alignments: alignments, line: line)
    }

    // MARK: Inlines

    private mutating func inlines(childrenOf node: OpaquePointer, line: Int) -> [MarkdownInline] {
        currentLine = line
        var pieces: [InlinePiece] = []
        for child in children(of: node) { pieces.append(contentsOf: inline(child)) }
        return InlineTokenizer.finish(pieces)
    }

    private mutating func inline(_ node: OpaquePointer) -> [InlinePiece] {
        let start = Int(cmark_node_get_start_line(node))
        if start > 0 { currentLine = start + lineOffset }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT:
            return [.text(literal(node), line: currentLine)]
        case CMARK_NODE_SOFTBREAK:
            currentLine += 1
            return [.inline(.softBreak)]
        case CMARK_NODE_LINEBREAK:
            currentLine += 1
            return [.inline(.lineBreak)]
        case CMARK_NODE_CODE:
            return [.inline(.code(literal(node)))]
        case CMARK_NODE_HTML_INLINE:
            return [.inline(.html(literal(node)))]
        case CMARK_NODE_EMPH:
            return [.inline(.emphasis(nested(node)))]
        case CMARK_NODE_STRONG:
            return [.inline(.strong(nested(node)))]
        case CMARK_NODE_LINK:
            return [.inline(.link(url: url(node), content: nested(node)))]
        case CMARK_NODE_IMAGE:
            let line = currentLine
            let title = cmark_node_get_title(node).map { String(cString: $0) } ?? ""
            return [.inline(.image(source: url(node), alt: nested(node).plainText, title: title, line: line))]
        default:
            if typeName(node) == "strikethrough" { return [.inline(.strikethrough(nested(node)))] }
            let text = literal(node)
            if !text.isEmpty { return [.text(text, line: currentLine)] }
            return children(of: node).flatMap { inline($0) }
        }
    }

    private mutating func nested(_ node: OpaquePointer) -> [MarkdownInline] {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.hardDepthLimit else { return [] }
        var pieces: [InlinePiece] = []
        for child in children(of: node) { pieces.append(contentsOf: inline(child)) }
        return InlineTokenizer.finish(pieces)
    }

    // MARK: Node access

    private func children(of node: OpaquePointer) -> [OpaquePointer] {
        var result: [OpaquePointer] = []
        var child = cmark_node_first_child(node)
        while let c = child {
            result.append(c)
            child = cmark_node_next(c)
        }
        return result
    }

    private func fileLine(_ node: OpaquePointer) -> Int {
        Int(cmark_node_get_start_line(node)) + lineOffset
    }

    private func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    private func url(_ node: OpaquePointer) -> String {
        cmark_node_get_url(node).map { String(cString: $0) } ?? ""
    }

    private func typeName(_ node: OpaquePointer) -> String {
        cmark_node_get_type_string(node).map { String(cString: $0) } ?? ""
    }
}
