//! A Markdown file read and parsed: front matter fields plus body blocks with file lines.

import FolioMarkdown

/// A parsed text file before its data references are resolved.
struct MarkdownSource {
    let source: SourceText
    var path: String { source.path }
    /// The front matter, or nil when the file has none.
    let frontMatter: YAMLFields?
    let bodyLineOffset: Int
    let blocks: [MarkdownBlock]
}

extension EditionReader {
    /// Reads `relative`, splits the front matter, checks its keys and parses the body.
    mutating func readMarkdown(_ relative: String, required: [String], optional: [String]) -> MarkdownSource? {
        guard let source = folder.read(relative, sink: &sink) else { return nil }
        let split: FrontMatterSplit
        do {
            split = try FrontMatter.split(source.text)
        } catch {
            sink.error(error.description, source.path, 1)
            return nil
        }
        var fields: YAMLFields?
        if let yaml = split.yaml {
            if let file = YAMLFile.compose(yaml, path: source.path, lineOffset: split.yamlFirstLine - 1, sink: &sink) {
                fields = YAMLFields(file.root, in: file, what: "the front matter", sink: &sink)
                fields?.checkKeys(required: required, optional: optional, sink: &sink)
            } else if sink.errorCount(in: source.path) == 0 {
                sink.error("front matter is empty; expected \(required.joined(separator: ", "))", source.path, 1)
            }
        } else if !required.isEmpty {
            sink.error("no front matter; the file must start with \"---\", then \(required.joined(separator: ", ")), then \"---\"", source.path, 1)
        }
        let document = MarkdownDocument(parsing: split.body, lineOffset: split.bodyLineOffset)
        let nesting = document.deepestNesting
        if nesting.depth > LoadLimits.maxMarkdownDepth {
            sink.error("Markdown nests \(nesting.depth) levels deep (lists, quotes, emphasis); the limit is \(LoadLimits.maxMarkdownDepth)",
                       source.path, nesting.line)
            return nil
        }
        let blocks = document.blocks
        if blocks.isEmpty {
            sink.error("no text after the front matter; an empty text cannot be printed", source.path, max(1, split.bodyLineOffset))
        }
        return MarkdownSource(source: source, frontMatter: fields, bodyLineOffset: split.bodyLineOffset, blocks: blocks)
    }
}
