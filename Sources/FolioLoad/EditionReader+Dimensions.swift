//! Reads dimensions.yaml: dimensions in report order, each with its variables.

import FolioModel

extension EditionReader {
    mutating func readDimensions() {
        guard let source = read("dimensions.yaml") else { return }
        guard let file = composeYAML(source) else {
            if sink.errorCount(in: source.path) == 0 { sink.error("file is empty; expected a \"dimensions\" list", source.path, 1) }
            return
        }
        guard let top = YAMLFields(file.root, in: file, what: "dimensions.yaml", sink: &sink) else { return }
        top.checkKeys(required: ["dimensions"], sink: &sink)
        var seen: [String: Int] = [:]
        for (i, node) in (top.list("dimensions", sink: &sink) ?? []).enumerated() {
            guard let d = YAMLFields(node, in: file, what: "dimension \(i + 1)", sink: &sink) else { continue }
            d.checkKeys(required: ["slug", "name", "variables"], optional: ["narrative"], sink: &sink)
            guard let slug = d.string("slug", sink: &sink), let name = d.string("name", sink: &sink) else { continue }
            guard SlugSyntax.isValid(slug) else {
                sink.error("dimension slug \"\(slug)\" is not a valid slug (\(SlugSyntax.rule))", file.path, d.line(of: "slug"))
                continue
            }
            if let first = seen[slug] {
                sink.error("duplicate dimension \"\(slug)\" (first at line \(first))", file.path, d.line(of: "slug"))
                continue
            }
            seen[slug] = d.line(of: "slug")
            var variables: [Variable] = []
            for (j, vnode) in (d.list("variables", sink: &sink) ?? []).enumerated() {
                guard let v = YAMLFields(vnode, in: file, what: "variable \(j + 1) of \"\(slug)\"", sink: &sink) else { continue }
                v.checkKeys(required: ["slug", "name"], sink: &sink)
                guard let vslug = v.string("slug", sink: &sink), let vname = v.string("name", sink: &sink) else { continue }
                guard SlugSyntax.isValid(vslug) else {
                    sink.error("variable slug \"\(vslug)\" is not a valid slug (\(SlugSyntax.rule))", file.path, v.line(of: "slug"))
                    continue
                }
                if variables.contains(where: { $0.slug == vslug }) {
                    sink.error("duplicate variable \"\(vslug)\" in dimension \"\(slug)\"", file.path, v.line(of: "slug"))
                    continue
                }
                variables.append(Variable(slug: vslug, name: vname))
            }
            if variables.isEmpty && d.value("variables") != nil {
                sink.error("dimension \"\(slug)\" has no variables", file.path, d.line)
            }
            dimensions.append(Dimension(slug: slug, name: name, variables: variables,
                                        narrativePath: d.string("narrative", sink: &sink)))
        }
    }
}
