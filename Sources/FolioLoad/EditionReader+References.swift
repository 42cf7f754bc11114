//! Reads references.csv: the numbered references cited as `[^N]`.

import FolioModel

extension EditionReader {
    mutating func readReferences() {
        guard let source = read("references.csv"),
              let csv = parseCSV(source),
              let col = csv.columns(expected: ["id", "text"], sink: &sink) else { return }
        var lineOf: [Int: Int] = [:]
        for r in csv.wellFormedRecords(sink: &sink) {
            let idText = r.fields[col["id"]!], text = r.fields[col["text"]!]
            guard let id = Int(idText), id >= 1 else {
                sink.error("reference id \"\(idText)\" must be a whole number from 1", csv.path, r.line)
                continue
            }
            if let first = lineOf[id] {
                sink.error("duplicate reference id \(id) (first at line \(first))", csv.path, r.line)
                continue
            }
            guard !text.isEmpty else { sink.error("reference \(id) has no text", csv.path, r.line); continue }
            lineOf[id] = r.line
            references.append(Reference(id: id, text: text))
        }
        references.sort { $0.id < $1.id }
    }
}
