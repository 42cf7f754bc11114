//! Reads `Layouts/*.yaml` into a `LayoutSpec`, with `path:line:` messages for mistakes.

import FolioCore
import Foundation
import Yams

public enum LayoutSpecLoader {
    /// Loads, validates and decodes a layout file. Every problem of the file is reported at
    /// once (a `DiagnosticList`), before anything is laid out or drawn. `families` are the
    /// font families that can be drawn (`FontSet.familyNames`); nil skips that check.
    public static func load(path: String, purpose: LayoutPurpose = .any, families: [String]? = nil) throws -> LayoutSpec {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("cannot read layout file", at: SourceLocation(file: path))
        }
        return try parse(text, path: path, purpose: purpose, families: families)
    }

    public static func parse(_ text: String, path: String, purpose: LayoutPurpose = .any,
                             families: [String]? = nil) throws -> LayoutSpec {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw syntaxError(error, path: path)
        }
        guard let root else { throw Diagnostic.error("the layout file is empty; it needs name, page, templates and theme", at: SourceLocation(file: path, line: 1)) }
        var validator = LayoutValidator(path: path, purpose: purpose, families: families)
        validator.validate(root)
        if !validator.diagnostics.isEmpty {
            throw DiagnosticList(validator.diagnostics.sorted { $0.location?.line ?? 0 < $1.location?.line ?? 0 })
        }
        do {
            let spec = try YAMLDecoder().decode(LayoutSpec.self, from: text)
            try validate(spec.theme, text: text, path: path)
            return spec
        } catch let error as DecodingError {
            throw Diagnostic.error(describe(error), at: SourceLocation(file: path, line: line(of: error, in: text)))
        }
    }

    private static func syntaxError(_ error: YamlError, path: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            // Where the parser noticed, and where the construct it was reading began.
            let begun = context.map { " (\($0.text) at line \($0.mark.line))" } ?? ""
            return .error("YAML syntax error: \(problem)\(begun)", at: SourceLocation(file: path, line: mark.line))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return .error("duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")); each key may appear once in a mapping",
                          at: SourceLocation(file: path, line: context.mark.line))
        default:
            return .error("YAML syntax error: \(error)", at: SourceLocation(file: path, line: 1))
        }
    }

    /// Checks values the decoder cannot: a style's `minSize` must be positive and no larger
    /// than the style's own size.
    static func validate(_ theme: Theme, text: String, path: String) throws {
        var problems: [Diagnostic] = []
        for (group, styles) in [("paragraphs", theme.paragraphs), ("headings", theme.headings)] {
            for (name, style) in styles.sorted(by: { $0.key < $1.key }) {
                guard let minSize = style.minSize else { continue }
                let size = style.size ?? (name == "key-figure" ? 20 : 10)
                guard minSize <= 0 || minSize > size else { continue }
                problems.append(.error("theme.\(group).\(name).minSize: \(minSize) must be more than 0 and at most the style's size (\(size))",
                                       at: SourceLocation(file: path, line: styleLine(name, key: "minSize", in: text))))
            }
        }
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    /// The line of `key` in the style `name` (a flow mapping on one line or a block below it).
    private static func styleLine(_ name: String, key: String, in text: String) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(name + ":") }) else { return 0 }
        for i in start..<min(lines.count, start + 20) where lines[i].contains(key + ":") { return i + 1 }
        return start + 1
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ ctx: DecodingError.Context) -> String {
            ctx.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        switch error {
        case .keyNotFound(let key, let ctx):
            let at = path(ctx)
            return "missing required key \"\(key.stringValue)\"" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(let type, let ctx), .valueNotFound(let type, let ctx):
            return "\(path(ctx)): expected \(type)"
        case .dataCorrupted(let ctx):
            return "\(path(ctx)): \(ctx.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }

    /// The line of the last key in the error's coding path, found by a text search.
    private static func line(of error: DecodingError, in text: String) -> Int {
        let ctx: DecodingError.Context
        switch error {
        case .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): ctx = c
        @unknown default: return 0
        }
        guard let key = ctx.codingPath.last(where: { $0.intValue == nil })?.stringValue else { return 0 }
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where l.trimmingCharacters(in: .whitespaces).hasPrefix(key + ":") {
            return i + 1
        }
        return 0
    }
}
