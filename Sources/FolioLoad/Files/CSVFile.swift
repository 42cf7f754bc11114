//! CSV tables with the physical line of every record, plus checks CSV.swift does not make.

import CSV
import FolioCore
import FolioModel
import Foundation

/// One data row and the file line it starts on.
struct CSVRecord {
    var fields: [String]
    var line: Int
}

/// A parsed CSV table: header and records, fields trimmed of surrounding spaces.
struct CSVFile {
    let source: SourceText
    var path: String { source.path }
    let header: [String]
    let headerLine: Int
    let records: [CSVRecord]

    /// Parses `source`, reporting malformed quoting, a wrong delimiter, an empty file and a
    /// header without rows. Returns nil when the table cannot be read at all.
    static func parse(_ source: SourceText, sink: inout DiagnosticSink) -> CSVFile? {
        let path = source.path
        if source.text.allSatisfy({ $0.isWhitespace }) {
            sink.error("file is empty; expected a header row and one row per city", path, 1)
            return nil
        }
        guard lintQuotes(source.text, path: path, sink: &sink) else { return nil }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: source.text, hasHeaderRow: false)
        } catch {
            sink.error("cannot parse CSV: \(error)", path, 1)
            return nil
        }
        var rows: [CSVRecord] = []
        var line = 1
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if fields.count == 1 && fields[0].trimmingCharacters(in: .whitespaces).isEmpty { continue }
            rows.append(CSVRecord(fields: fields.map { $0.trimmingCharacters(in: .whitespaces) }, line: start))
            if rows.count > LoadLimits.maxCSVRows + 1 {
                sink.error("more than \(LoadLimits.maxCSVRows) rows; the limit is \(LoadLimits.maxCSVRows)", path, start)
                return nil
            }
        }
        guard let headerRecord = rows.first else {
            sink.error("file is empty; expected a header row and one row per city", path, 1)
            return nil
        }
        let header = headerRecord.fields
        if header.count > LoadLimits.maxCSVColumns {
            sink.error("\(header.count) columns; the limit is \(LoadLimits.maxCSVColumns)", path, headerRecord.line)
            return nil
        }
        if header.count == 1, let other = wrongDelimiter(in: header[0]) {
            sink.error("fields are separated by \(other); Folio's CSV tables use commas (,)", path, headerRecord.line)
            return nil
        }
        let records = Array(rows.dropFirst())
        if records.isEmpty {
            sink.error("file has a header but no rows", path, headerRecord.line)
            return nil
        }
        return CSVFile(source: source, header: header, headerLine: headerRecord.line, records: records)
    }

    private static func wrongDelimiter(in header: String) -> String? {
        if header.contains(";") { return "semicolons (;)" }
        if header.contains("\t") { return "tabs" }
        if header.contains("|") { return "vertical bars (|)" }
        return nil
    }

    /// Checks RFC 4180 quoting, which CSV.swift accepts silently: a quote inside an unquoted
    /// field, text after a closing quote, a quoted field never closed. Reports every
    /// problem line; returns false when the file must not be parsed further.
    static func lintQuotes(_ text: String, path: String, sink: inout DiagnosticSink) -> Bool {
        enum State { case fieldStart, unquoted, quoted, afterQuote }
        var state = State.fieldStart
        var line = 1, quoteLine = 1
        var ok = true
        var reportedLine = 0
        func problem(_ message: String, _ at: Int, _ sink: inout DiagnosticSink) {
            ok = false
            if reportedLine != at { sink.error(message, path, at); reportedLine = at }
        }
        for c in text.unicodeScalars {
            switch state {
            case .fieldStart:
                if c == "\"" { state = .quoted; quoteLine = line }
                else if c == "\n" { line += 1 }
                else if c != "," { state = .unquoted }
            case .unquoted:
                if c == "," { state = .fieldStart }
                else if c == "\n" { line += 1; state = .fieldStart }
                else if c == "\"" {
                    problem("quote (\") inside an unquoted field; quote the whole field and double inner quotes (\"\")", line, &sink)
                }
            case .quoted:
                if c == "\"" { state = .afterQuote } else if c == "\n" { line += 1 }
            case .afterQuote:
                if c == "\"" { state = .quoted }
                else if c == "," { state = .fieldStart }
                else if c == "\n" { line += 1; state = .fieldStart }
                else if c == " " || c == "\t" { continue }
                else {
                    problem("text after a closing quote; a quoted field must end at the comma", line, &sink)
                    state = .unquoted
                }
            }
        }
        if state == .quoted {
            sink.error("quoted field opened here is never closed (missing \")", path, quoteLine)
            ok = false
        }
        return ok
    }
}

extension CSVFile {
    /// Checks the header against the expected column names (any order), reporting missing
    /// and unexpected columns with "did you mean" hints. Returns column name → index, or nil
    /// if a required column is missing.
    func columns(expected: [String], sink: inout DiagnosticSink) -> [String: Int]? {
        var index: [String: Int] = [:]
        var ok = true
        for (i, name) in header.enumerated() {
            if index[name] != nil {
                sink.error("column \(NameHint.quoted(name)) appears twice in the header", path, headerLine)
                ok = false
            } else {
                index[name] = i
            }
        }
        let expectedHeader = expected.joined(separator: ",")
        for name in header where !expected.contains(name) {
            let missing = expected.filter { index[$0] == nil }
            let hint = NameHint.didYouMean(name, in: missing.isEmpty ? expected : missing)
            sink.error("unexpected column \(NameHint.quoted(name))\(hint); expected header: \(expectedHeader)", path, headerLine)
            ok = false
        }
        for name in expected where index[name] == nil {
            sink.error("missing column \"\(name)\"; expected header: \(expectedHeader)", path, headerLine)
            ok = false
        }
        return ok ? index : nil
    }

    /// Records whose field count matches the header; the others are reported.
    func wellFormedRecords(sink: inout DiagnosticSink) -> [CSVRecord] {
        records.filter { r in
            if r.fields.count == header.count { return true }
            let what = r.fields.count < header.count ? "missing field (a missing comma?)" : "extra field (an unquoted comma?)"
            sink.error("row has \(r.fields.count) fields but the header has \(header.count): \(what)", path, r.line)
            return false
        }
    }
}
