//! Reads edition.yaml: title page facts and the tier thresholds.

import FolioModel

extension EditionReader {
    mutating func readEditionInfo() {
        guard let source = read("edition.yaml") else { return }
        guard let file = composeYAML(source) else {
            if sink.errorCount(in: source.path) == 0 { sink.error("file is empty; expected title, year, data_year and tiers", source.path, 1) }
            return
        }
        guard let fields = YAMLFields(file.root, in: file, what: "edition.yaml", sink: &sink) else { return }
        fields.checkKeys(required: ["title", "year", "data_year", "tiers"],
                         optional: ["short_title", "publisher", "language", "source_note", "editorial"], sink: &sink)
        let title = fields.string("title", sink: &sink) ?? ""
        let year = fields.int("year", sink: &sink) ?? 0
        let dataYear = fields.int("data_year", sink: &sink) ?? 0
        info = EditionInfo(title: title, shortTitle: fields.string("short_title", sink: &sink) ?? title,
                           year: year, dataYear: dataYear,
                           publisher: fields.string("publisher", sink: &sink) ?? "",
                           language: fields.string("language", sink: &sink) ?? "en",
                           sourceNote: fields.string("source_note", sink: &sink) ?? "",
                           style: .english)
        if let editorial = fields.mapping("editorial", sink: &sink) {
            let style = readEditorialStyle(editorial)
            info?.style = style
        }
        for (i, node) in (fields.list("tiers", sink: &sink) ?? []).enumerated() {
            guard let t = YAMLFields(node, in: file, what: "tier \(i + 1)", sink: &sink) else { continue }
            t.checkKeys(required: ["id", "name", "min_total"], sink: &sink)
            guard let id = t.int("id", sink: &sink), let name = t.string("name", sink: &sink),
                  let min = t.int("min_total", sink: &sink) else { continue }
            if tiers.contains(where: { $0.id == id }) {
                sink.error("tier id \(id) is used twice", file.path, t.line)
                continue
            }
            tiers.append(Tier(id: id, name: name, minTotal: min))
        }
    }
}
