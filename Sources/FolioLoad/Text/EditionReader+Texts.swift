//! Reads text/*.md, narratives and observations, resolving their data-bound text.

import FolioCore
import FolioMarkdown
import FolioModel

extension EditionReader {
    mutating func readTexts() {
        let analytics = Analytics(partialEdition)
        let sink = self.sink, folder = self.folder
        func failed(_ file: String) -> Bool { sink.errorCount(in: folder.display(file)) > 0 }
        incomplete = IncompleteInputs(
            tiers: tiers.isEmpty, cities: cities.isEmpty || failed("cities.csv"),
            dimensions: dimensions.isEmpty || failed("dimensions.yaml"),
            tables: overall == nil || failed("overall.csv") || dimensions.contains { scores[$0.slug] == nil || failed("scores/\($0.slug).csv") },
            references: references.isEmpty && (failed("references.csv") || !folder.fileExists("references.csv")))
        for relative in folder.files(in: "text", ext: "md") {
            guard let md = readMarkdown(relative, required: ["title"], optional: ["standfirst"]) else { continue }
            texts.append(document(md, relative: relative, analytics: analytics))
        }
        readNarratives(analytics)
        for relative in folder.files(in: "observations", ext: "md") {
            readObservation(relative, analytics: analytics)
        }
    }

    private mutating func readNarratives(_ analytics: Analytics) {
        var used: Set<String> = []
        for d in dimensions {
            let relative = d.narrativePath ?? "narratives/\(d.slug).md"
            if d.narrativePath == nil && !folder.fileExists(relative) { continue }
            used.insert(relative)
            guard let md = readMarkdown(relative, required: ["title"], optional: ["standfirst"]) else { continue }
            narratives.append(document(md, relative: relative, analytics: analytics))
        }
        for relative in folder.files(in: "narratives", ext: "md") where !used.contains(relative) {
            sink.warning("narrative is not used by any dimension in dimensions.yaml", folder.display(relative), 1)
        }
    }

    private mutating func document(_ md: MarkdownSource, relative: String, analytics: Analytics) -> TextDocument {
        var frontMatter: [String: String] = [:]
        var title = "", standfirst: String?
        if let fm = md.frontMatter {
            for (key, value) in fm.entries { if let s = value.scalar?.string { frontMatter[key] = s } }
            title = fm.string("title", sink: &sink) ?? ""
            standfirst = fm.string("standfirst", sink: &sink)
        }
        var converter = ProseConverter(analytics: analytics, incomplete: incomplete, folder: folder, relative: relative, path: md.path)
        let body = converter.convert(md.blocks, sink: &sink)
        return TextDocument(file: relative, slug: Self.stem(relative), lineOffset: md.bodyLineOffset,
                            title: title, standfirst: standfirst, frontMatter: frontMatter, body: body)
    }

    private mutating func readObservation(_ relative: String, analytics: Analytics) {
        guard let md = readMarkdown(relative, required: ["title", "subject", "dimension", "key_figures"],
                                    optional: ["city"]),
              let fm = md.frontMatter else { return }
        let title = fm.string("title", sink: &sink) ?? ""
        let subject = fm.string("subject", sink: &sink) ?? ""
        var city = fm.string("city", sink: &sink)
        if let slug = city, !cities.isEmpty, !cities.contains(where: { $0.slug == slug }) {
            sink.error("observation for unknown city \"\(slug)\"\(NameHint.didYouMean(slug, in: cities.map(\.slug)))",
                       md.path, fm.line(of: "city"))
            city = nil
        }
        let dimension = fm.string("dimension", sink: &sink) ?? ""
        if !dimension.isEmpty, !dimensions.isEmpty, !dimensions.contains(where: { $0.slug == dimension }) {
            sink.error("observation for unknown dimension \"\(dimension)\"\(NameHint.didYouMean(dimension, in: dimensions.map(\.slug)))",
                       md.path, fm.line(of: "dimension"))
        }
        var figures: [KeyFigure] = []
        let items = fm.list("key_figures", sink: &sink) ?? []
        for (i, node) in items.enumerated() {
            guard let f = YAMLFields(node, in: fm.file, what: "key figure \(i + 1)", sink: &sink) else { continue }
            f.checkKeys(required: ["value", "label"], optional: ["unit"], sink: &sink)
            guard let value = f.string("value", sink: &sink), let label = f.string("label", sink: &sink) else { continue }
            figures.append(KeyFigure(value: value, unit: f.string("unit", sink: &sink) ?? "", label: label))
        }
        if fm.value("key_figures") != nil && !(3...5).contains(items.count) {
            sink.warning("\(items.count) key figures; an observation's callout is designed for 3–5", md.path, fm.line(of: "key_figures"))
        }
        var converter = ProseConverter(analytics: analytics, incomplete: incomplete, folder: folder, relative: relative, path: md.path)
        let body = converter.convert(md.blocks, sink: &sink)
        observations.append(Observation(file: relative, slug: Self.stem(relative), title: title, subject: subject,
                                        city: city, dimension: dimension, keyFigures: figures, body: body))
    }

    static func stem(_ relative: String) -> String {
        let name = relative.split(separator: "/").last.map(String.init) ?? relative
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }
}
