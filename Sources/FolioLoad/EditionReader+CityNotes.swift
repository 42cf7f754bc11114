//! Reads city-notes.yaml: optional short analyst notes per city.

import FolioModel

extension EditionReader {
    mutating func readCityNotes() {
        guard let source = read("city-notes.yaml", optional: true),
              let file = composeYAML(source),
              let top = YAMLFields(file.root, in: file, what: "city-notes.yaml", sink: &sink) else { return }
        top.checkKeys(required: ["notes"], sink: &sink)
        guard let notes = top.mapping("notes", sink: &sink) else { return }
        for (slug, value) in notes.entries {
            guard cities.isEmpty || cities.contains(where: { $0.slug == slug }) else {
                sink.error("unknown city \"\(slug)\"\(NameHint.didYouMean(slug, in: cities.map(\.slug)))", file.path, file.line(value))
                continue
            }
            guard let text = notes.string(slug, sink: &sink) else { continue }
            cityNotes.append(CityNote(city: slug, text: text))
        }
    }
}
