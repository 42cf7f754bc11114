//! Reads indicators.csv: the indicators behind each variable.

import FolioCore
import FolioModel

extension EditionReader {
    mutating func readIndicators() {
        guard let source = read("indicators.csv"),
              let csv = parseCSV(source),
              let col = csv.columns(expected: ["dimension", "variable", "indicator", "data_year", "source"], sink: &sink)
        else { return }
        let checkNames = !dimensions.isEmpty
        for r in csv.wellFormedRecords(sink: &sink) {
            let d = r.fields[col["dimension"]!], v = r.fields[col["variable"]!]
            if checkNames {
                guard let dim = dimensions.first(where: { $0.slug == d }) else {
                    sink.error("unknown dimension \"\(d)\"\(NameHint.didYouMean(d, in: dimensions.map(\.slug)))", csv.path, r.line)
                    continue
                }
                guard dim.variableIndex(v) != nil else {
                    let hint = NameHint.didYouMean(v, in: dim.variables.map(\.slug))
                    sink.error("unknown variable \"\(v)\" in dimension \"\(d)\"\(hint)", csv.path, r.line)
                    continue
                }
            }
            let name = r.fields[col["indicator"]!]
            guard !name.isEmpty else { sink.error("empty indicator name", csv.path, r.line); continue }
            indicators.append(Indicator(dimension: d, variable: v, name: name,
                                        dataYear: r.fields[col["data_year"]!], source: r.fields[col["source"]!]))
        }
    }
}
