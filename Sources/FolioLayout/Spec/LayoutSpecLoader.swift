//! Reads `Layouts/*.yaml` into a `LayoutSpec`, with `path:line:` messages for mistakes.

import FolioCore
import Foundation
import Yams

public enum LayoutSpecLoader {
    /// Loads and decodes a layout file.
    public static func load(path: String) throws -> LayoutSpec {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Diagnostic.error("cannot read layout file", at: SourceLocation(file: path))
        }
        return try parse(text, path: path)
    }

    public static func parse(_ text: String, path: String) throws -> LayoutSpec {
        do {
            return try YAMLDecoder().decode(LayoutSpec.self, from: text)
        } catch let error as DecodingError {
            throw Diagnostic.error(describe(error), at: SourceLocation(file: path, line: line(of: error, in: text)))
        } catch let error as YamlError {
            throw Diagnostic.error("YAML syntax: \(error)", at: SourceLocation(file: path))
        }
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
