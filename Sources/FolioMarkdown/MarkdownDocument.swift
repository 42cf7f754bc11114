//! The owner of one parsed cmark-gfm node tree; converts it to `MarkdownBlock` values.

import CCmark
import Foundation

/// A parsed Markdown document. The class owns the cmark node tree and is the only code that
/// frees it; everything it hands out is a Swift value, so no C pointer escapes.
///
/// Parsing is safe by construction: `CMARK_OPT_UNSAFE` is never set and raw HTML comes
/// through as literal text. Footnote syntax is left to Folio (`[^N]` cites `references.csv`).
public final class MarkdownDocument {
    private let root: OpaquePointer
    /// Added to cmark's 1-based body lines to give file lines (the front matter's height).
    public let lineOffset: Int

    /// Parses `text` (GFM: tables, strikethrough, autolinks). `lineOffset` is the number of
    /// file lines before `text`, e.g. the front matter block.
    public init(parsing text: String, lineOffset: Int = 0) {
        // cmark-gfm 0.29 keeps parser state in globals: extension registration is unguarded
        // and `cmark_parser_finish` adds and then removes the extensions' special characters
        // in tables shared by every parser. Two parses at once crashed the tests (an assertion
        // in `finalize`) or could miss a table. Parsing is a small part of a build; the tree
        // it returns is read without the lock.
        Self.parsing.lock()
        defer { Self.parsing.unlock() }
        cmark_gfm_core_extensions_ensure_registered()
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_VALIDATE_UTF8)!
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink"] {
            if let ext = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, ext)
            }
        }
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buf in
            buf.baseAddress?.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                cmark_parser_feed(parser, $0, buf.count)
            }
        }
        root = cmark_parser_finish(parser)!
        self.lineOffset = lineOffset
    }

    /// Held while cmark-gfm parses (see `init(parsing:lineOffset:)`).
    private static let parsing = NSLock()

    deinit { cmark_node_free(root) }

    /// The deepest nesting of blocks and inlines (a paragraph in a list item in a quote is 3)
    /// and the file line where it occurs. Walks iteratively, so any depth is safe to measure.
    public var deepestNesting: (depth: Int, line: Int) {
        guard let iter = cmark_iter_new(root) else { return (0, 0) }
        defer { cmark_iter_free(iter) }
        var depth = 0, deepest = 0, line = 0, lastLine = 0
        while true {
            let event = cmark_iter_next(iter)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iter) else { continue }
            let l = Int(cmark_node_get_start_line(node))
            if l > 0 { lastLine = l + lineOffset }
            if event == CMARK_EVENT_ENTER {
                // Leaf nodes (text, code…) produce only an ENTER event.
                let leaf = cmark_node_first_child(node) == nil
                if !leaf { depth += 1 }
                if depth > deepest { deepest = depth; line = lastLine }
            } else if event == CMARK_EVENT_EXIT {
                depth -= 1
            }
        }
        return (deepest - 1, line)
    }

    /// The document's blocks as values, with file line numbers and `[^N]` / `{{…}}` tokens split out.
    public var blocks: [MarkdownBlock] {
        var converter = NodeConverter(lineOffset: lineOffset)
        return converter.blocks(childrenOf: root)
    }
}
