//! Reads the `editorial:` block of edition.yaml: currencies, units, scales and the name case.

import FolioCore
import FolioModel
import Foundation
import Yams

extension EditionReader {
    /// The edition's house style; a key left out keeps the English default.
    mutating func readEditorialStyle(_ fields: YAMLFields) -> EditorialStyle {
        var style = EditorialStyle.english
        fields.checkKeys(required: [], optional: ["currencies", "units", "scales", "name_case"], sink: &sink)
        if let words = words("currencies", in: fields) { style.currencies = words }
        if let words = words("units", in: fields) { style.units = words }
        if let scales = fields.mapping("scales", sink: &sink) {
            var read: [String: String] = [:]
            for (key, node) in scales.entries {
                guard let word = node.scalar?.string, !word.isEmpty, !key.isEmpty else {
                    sink.error("scale \(NameHint.quoted(key)) in \"editorial\" must map an abbreviation to a word, e.g. bn: billion",
                               fields.file.path, fields.file.line(node))
                    continue
                }
                read[key] = word
            }
            style.scales = read
        }
        if let text = fields.string("name_case", sink: &sink) {
            let known = NameCase.allCases.map(\.rawValue)
            if let nameCase = NameCase(rawValue: text) {
                style.nameCase = nameCase
            } else {
                sink.error("\"name_case\" in \"editorial\" is \(NameHint.quoted(text))\(NameHint.didYouMean(text, in: known)); "
                           + "expected \(known.joined(separator: ", "))", fields.file.path, fields.line(of: "name_case"))
            }
        }
        return style
    }

    /// A list of non-empty words, each reported where it is wrong.
    private mutating func words(_ key: String, in fields: YAMLFields) -> [String]? {
        guard let nodes = fields.list(key, sink: &sink) else { return nil }
        var out: [String] = []
        for node in nodes {
            guard let word = node.scalar?.string, !word.trimmingCharacters(in: .whitespaces).isEmpty else {
                sink.error("\"\(key)\" in \"editorial\" lists words, found \(YAMLFields.kind(node))", fields.file.path, fields.file.line(node))
                continue
            }
            out.append(word)
        }
        return out
    }
}
