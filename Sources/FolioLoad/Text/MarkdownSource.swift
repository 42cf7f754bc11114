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
        guard let source = read(relative) else { return nil }
        let path = source.path
        // The parses depend on the file alone (a load memo keeps them); the checks between
        // them read the load's diagnostics or the keys this kind of text expects.
        let front = parse(relative, "front matter") { sink -> (FrontMatterSplit, YAMLFile?)? in
            let split: FrontMatterSplit
            do throws(FrontMatterError) {
                split = try FrontMatter.split(source.text)
            } catch {
                sink.error(error.description, path, 1)
                return nil
            }
            guard let yaml = split.yaml else { return (split, nil) }
            return (split, YAMLFile.compose(yaml, path: path, lineOffset: split.yamlFirstLine - 1, sink: &sink))
        }
        guard let (split, file) = front else { return nil }
        var fields: YAMLFields?
        if split.yaml != nil {
            if let file {
                fields = YAMLFields(file.root, in: file, what: "the front matter", sink: &sink)
                fields?.checkKeys(required: required, optional: optional, sink: &sink)
            } else if sink.errorCount(in: path) == 0 {
                sink.error("front matter is empty; expected \(required.joined(separator: ", "))", path, 1)
            }
        } else if !required.isEmpty {
            sink.error("no front matter; the file must start with \"---\", then \(required.joined(separator: ", ")), then \"---\"", path, 1)
        }
        let body = parse(relative, "markdown") { sink -> [MarkdownBlock]? in
            let document = MarkdownDocument(parsing: split.body, lineOffset: split.bodyLineOffset)
            let nesting = document.deepestNesting
            if nesting.depth > LoadLimits.maxMarkdownDepth {
                sink.error("Markdown nests \(nesting.depth) levels deep (lists, quotes, emphasis); the limit is \(LoadLimits.maxMarkdownDepth)",
                           path, nesting.line)
                return nil
            }
            let blocks = document.blocks
            if blocks.isEmpty {
                sink.error("no text after the front matter; an empty text cannot be printed", path, max(1, split.bodyLineOffset))
            }
            return blocks
        }
        guard let blocks = body else { return nil }
        return MarkdownSource(source: source, frontMatter: fields, bodyLineOffset: split.bodyLineOffset, blocks: blocks)
    }
}
