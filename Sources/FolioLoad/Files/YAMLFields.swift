//! Typed access to a YAML mapping that reports unknown, missing and mistyped keys.

import FolioCore
import FolioModel
import Foundation
import Yams

/// A YAML mapping read field by field. Every accessor reports a located, one-line problem
/// ("`year` must be a whole number, found \"twenty\"") instead of failing silently.
struct YAMLFields {
    let file: YAMLFile
    let node: Node
    /// What the mapping is, for messages: "edition.yaml", "tier 2", "dimension \"x\"".
    let what: String
    private let pairs: [(key: String, value: Node)]

    /// Nil (and an error) when `node` is not a mapping.
    init?(_ node: Node, in file: YAMLFile, what: String, sink: inout DiagnosticSink) {
        guard let mapping = node.mapping else {
            sink.error("\(what) must be a mapping of \"key: value\" lines, found \(YAMLFields.kind(node))", file.path, file.line(node))
            return nil
        }
        self.file = file; self.node = node; self.what = what
        pairs = mapping.map { ($0.key.string ?? "", $0.value) }
    }

    var line: Int { file.line(node) }
    var keys: [String] { pairs.map(\.key) }

    /// Reports keys outside `required + optional` (with a "did you mean") and missing required keys.
    func checkKeys(required: [String], optional: [String] = [], sink: inout DiagnosticSink) {
        let known = required + optional
        for (key, value) in pairs where !known.contains(key) {
            let keyLine = file.line(value)
            sink.error("unknown key \(NameHint.quoted(key)) in \(what)\(NameHint.didYouMean(key, in: known)); known keys: \(known.joined(separator: ", "))",
                       file.path, keyLine)
        }
        for key in required where value(key) == nil {
            sink.error("missing required key \"\(key)\" in \(what)", file.path, line)
        }
    }

    func value(_ key: String) -> Node? {
        guard let v = pairs.first(where: { $0.key == key })?.value else { return nil }
        if v.null != nil { return nil }
        return v
    }

    func line(of key: String) -> Int { value(key).map { file.line($0) } ?? line }

    /// A scalar as text; numbers and booleans are accepted as written.
    func string(_ key: String, sink: inout DiagnosticSink) -> String? {
        guard let v = value(key) else { return nil }
        guard case .scalar(let s) = v else {
            sink.error("\"\(key)\" in \(what) must be text, found \(YAMLFields.kind(v))", file.path, file.line(v))
            return nil
        }
        return s.string
    }

    /// A whole number (quoted or not).
    func int(_ key: String, sink: inout DiagnosticSink) -> Int? {
        guard let v = value(key) else { return nil }
        guard case .scalar(let s) = v, let n = Int(s.string.trimmingCharacters(in: .whitespaces)) else {
            let found = v.scalar.map { NameHint.quoted($0.string) } ?? YAMLFields.kind(v)
            sink.error("\"\(key)\" in \(what) must be a whole number, found \(found)", file.path, file.line(v))
            return nil
        }
        return n
    }

    /// A sequence's items.
    func list(_ key: String, sink: inout DiagnosticSink) -> [Node]? {
        guard let v = value(key) else { return nil }
        guard let seq = v.sequence else {
            sink.error("\"\(key)\" in \(what) must be a list (lines starting with \"- \"), found \(YAMLFields.kind(v))",
                       file.path, file.line(v))
            return nil
        }
        return Array(seq)
    }

    /// A nested mapping.
    func mapping(_ key: String, sink: inout DiagnosticSink) -> YAMLFields? {
        guard let v = value(key) else { return nil }
        return YAMLFields(v, in: file, what: "\"\(key)\"", sink: &sink)
    }

    /// The mapping's pairs with string keys, in document order.
    var entries: [(key: String, value: Node)] { pairs }

    static func kind(_ node: Node) -> String {
        switch node {
        case .scalar(let s): return "the value \(NameHint.quoted(s.string))"
        case .sequence: return "a list"
        case .mapping: return "a mapping"
        case .alias: return "an alias"
        }
    }
}
