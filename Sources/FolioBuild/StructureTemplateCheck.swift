//! The page templates a report structure names must exist in the layout it is drawn with.

import FolioCore
import FolioLayout
import Foundation
import Yams

/// A part placed on a template the layout lacks would silently fall back to `body`; with
/// another layout file (Letter, a designer's copy) that hides a typo or a missing template.
/// Each unknown name is reported at its line in the structure file.
enum StructureTemplateCheck {
    static func problems(structurePath: String, layout: LayoutSpec, layoutPath: String) -> [Diagnostic] {
        guard let text = try? String(contentsOfFile: structurePath, encoding: .utf8),
              let root = try? Yams.compose(yaml: text), let parts = root.mapping?["parts"]?.sequence else { return [] }
        let names = layout.templates.keys.sorted()
        let layoutName = URL(fileURLWithPath: layoutPath).lastPathComponent
        var out: [Diagnostic] = []
        for (i, part) in parts.enumerated() {
            for key in ["template", "opener"] {
                guard let node = part.mapping?[key], let name = node.string, layout.templates[name] == nil else { continue }
                out.append(.error("parts[\(i)].\(key): no template \"\(name)\" in \(layoutName)\(Suggestions.hint(for: name, in: names)); "
                                  + "its templates: \(names.joined(separator: ", "))",
                                  at: SourceLocation(file: structurePath, line: node.mark?.line ?? 0)))
            }
        }
        return out
    }
}
