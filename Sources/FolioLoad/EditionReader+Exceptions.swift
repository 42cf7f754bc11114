//! Reads exceptions.yaml: reviewed inconsistencies of the published source.

import FolioCore
import Foundation
import FolioModel

extension EditionReader {
    mutating func readExceptions() {
        guard let source = read("exceptions.yaml", optional: true),
              let file = composeYAML(source),
              let top = YAMLFields(file.root, in: file, what: "exceptions.yaml", sink: &sink) else { return }
        top.checkKeys(required: ["exceptions"], sink: &sink)
        let tables = ["overall.csv"] + dimensions.map { "scores/\($0.slug).csv" }
        let checks = ConsistencyCheck.allCases.map(\.rawValue)
        for (i, node) in (top.list("exceptions", sink: &sink) ?? []).enumerated() {
            guard let e = YAMLFields(node, in: file, what: "exception \(i + 1)", sink: &sink) else { continue }
            e.checkKeys(required: ["file", "city", "check", "reason"], optional: ["column", "published", "computed", "note"], sink: &sink)
            guard let table = e.string("file", sink: &sink), let cityText = e.string("city", sink: &sink),
                  let checkText = e.string("check", sink: &sink), let reason = e.string("reason", sink: &sink) else { continue }
            var ok = true
            if !dimensions.isEmpty && !tables.contains(table) {
                sink.error("unknown table file \"\(table)\"\(NameHint.didYouMean(table, in: tables)); use overall.csv or scores/<dimension>.csv",
                           file.path, e.line(of: "file"))
                ok = false
            }
            // The city may be written as in the tables (display name) or as a slug.
            let city = cities.first { $0.slug == cityText || $0.name == cityText }
            if city == nil && !cities.isEmpty {
                sink.error("unknown city \"\(cityText)\"\(NameHint.didYouMean(cityText, in: cities.map(\.name)))", file.path, e.line(of: "city"))
                ok = false
            }
            guard let check = ConsistencyCheck(rawValue: checkText) else {
                sink.error("unknown check \"\(checkText)\"\(NameHint.didYouMean(checkText, in: checks)); expected one of \(checks.joined(separator: ", "))",
                           file.path, e.line(of: "check"))
                continue
            }
            if reason.trimmingCharacters(in: .whitespaces).isEmpty {
                sink.error("an exception needs a reason", file.path, e.line(of: "reason"))
                ok = false
            }
            let published = e.int("published", sink: &sink), computed = e.int("computed", sink: &sink)
            if ok {
                exceptions.append(LocatedException(
                    exception: ReviewedException(file: table, city: city?.slug ?? cityText, check: check,
                                                 column: e.string("column", sink: &sink),
                                                 published: published, computed: computed, reason: reason,
                                                 note: e.string("note", sink: &sink)),
                    line: e.line))
            }
        }
    }

    /// An exception no check needed is stale: the data changed or the exception is mistyped.
    mutating func reportUnusedExceptions() {
        guard scores.count == dimensions.count, overall != nil else { return }
        for e in exceptions where !e.used {
            sink.warning("exception (\(e.exception.file), \(e.exception.city), \(e.exception.check.rawValue)) matches no inconsistency in the tables; remove or correct it",
                         folder.display("exceptions.yaml"), e.line)
        }
    }
}
