//! Splits YAML front matter (`---` … `---` at the top of a file) from a Markdown body.

/// A Markdown file cut into its front matter and body, with the line numbers needed to
/// report problems in either part as file lines.
public struct FrontMatterSplit: Hashable, Sendable {
    /// The YAML between the fences, or nil when the file has no front matter.
    public var yaml: String?
    /// File line of the first YAML line (2 when there is front matter).
    public var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    public var body: String
    /// Lines before the body: add to a body line (1-based) to get the file line.
    public var bodyLineOffset: Int
}

/// Why front matter could not be split.
public enum FrontMatterError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The opening `---` has no closing `---` (or `...`).
    case unterminated(openingLine: Int)
    public var description: String {
        switch self {
        case .unterminated: return "front matter opened with \"---\" is never closed (add a line \"---\" after the YAML)"
        }
    }
}

public enum FrontMatter {
    /// Splits `text` (LF or CRLF line ends; the parts come back with LF). A file without a
    /// leading `---` line is all body.
    public static func split(_ text: String) throws(FrontMatterError) -> FrontMatterSplit {
        // "\r\n" is one Character in Swift, so both line ends are matched explicitly.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        func isFence(_ line: Substring, closing: Bool) -> Bool {
            var l = line
            while let last = l.last, last == " " || last == "\t" { l = l.dropLast() }
            return l == "---" || (closing && l == "...")
        }
        guard let first = lines.first, isFence(first, closing: false) else {
            return FrontMatterSplit(yaml: nil, yamlFirstLine: 0, body: lines.joined(separator: "\n"), bodyLineOffset: 0)
        }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { isFence($0, closing: true) }) else {
            throw .unterminated(openingLine: 1)
        }
        let yaml = lines[..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        return FrontMatterSplit(yaml: yaml, yamlFirstLine: 2, body: body, bodyLineOffset: close + 2)
    }
}
