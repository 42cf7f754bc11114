//! Completes the structure tree Cairo wrote with what the structure writer knew.

import FolioPage

/// Walks the structure tree in pre-order beside the elements the writer opened (the two
/// orders are the same), adding `/Alt`, `/Lang` and table-header attributes, and removing the
/// artifact placeholders with their entries in the parent tree.
struct StructureFixer {
    var elements: [StructureTag]
    var objects: [PDFObject?]

    private func dict(_ ref: PDFValue?) -> PDFDict? {
        guard let n = ref?.ref, objects.indices.contains(n) else { return nil }
        return objects[n]?.value.dict
    }

    private func isElement(_ ref: PDFValue) -> Bool {
        guard let d = dict(ref) else { return false }
        return d["S"] != nil && d["Type"]?.name != "OBJR"
    }

    /// Calls `set` with each changed object.
    func fix(treeRef: PDFValue, set: (Int, PDFValue) -> Void) throws {
        guard let tree = dict(treeRef) else { throw ExportError.postProcess("unreadable structure tree") }
        var index = 0
        var removed: Set<Int> = []
        func visit(_ ref: PDFValue, depth: Int) throws {
            guard depth < 256, let number = ref.ref, var element = dict(ref) else { return }
            guard index < elements.count else { throw ExportError.postProcess("structure tree has more elements than were written") }
            let tag = elements[index]
            index += 1
            let name = StructureWriter.cairoName(tag.role)
            guard element["S"]?.name == name else {
                throw ExportError.postProcess("structure element \(index) is \(element["S"]?.name ?? "?"), expected \(name)")
            }
            if tag.role == .artifact { removed.insert(number); return }
            var kids = element["K"].map { $0.array ?? [$0] } ?? []
            for kid in kids where kid.ref != nil && isElement(kid) { try visit(kid, depth: depth + 1) }
            let before = kids.count
            kids.removeAll { $0.ref.map(removed.contains) ?? false }
            var changed = kids.count != before
            if changed { element["K"] = .array(kids) }
            if let alt = tag.altText { element["Alt"] = .text(alt); changed = true }
            if let lang = tag.language { element["Lang"] = .text(lang); changed = true }
            // Header cells say what they head, for screen readers (PDF/UA 7.5).
            if tag.role == .tableHeader {
                element["A"] = .dict(PDFDict([("O", .name("Table")), ("Scope", .name((tag.scope ?? .column).rawValue))]))
                changed = true
            }
            if let box = tag.bbox {
                let edges = [box.minX, box.minY, box.maxX, box.maxY].map(PDFPostProcessor.number)
                element["A"] = .dict(PDFDict([("O", .name("Layout")), ("BBox", .array(edges))]))
                changed = true
            }
            if changed { set(number, .dict(element)) }
        }
        for kid in tree["K"].map({ $0.array ?? [$0] }) ?? [] where kid.ref != nil { try visit(kid, depth: 0) }
        guard index == elements.count else {
            throw ExportError.postProcess("structure tree has \(index) elements, \(elements.count) were written")
        }
        // The parent tree maps marked content back to elements: artifacts map to nothing.
        guard !removed.isEmpty, let parentTree = tree["ParentTree"] else { return }
        func clean(_ array: [PDFValue]) -> [PDFValue] { array.map { $0.ref.map(removed.contains) == true ? .null : $0 } }
        func fixNode(_ ref: PDFValue, depth: Int) {
            guard depth < 64, let number = ref.ref, var node = dict(ref) else { return }
            node["Kids"]?.array?.forEach { fixNode($0, depth: depth + 1) }
            guard var nums = node["Nums"]?.array else { return }
            for i in stride(from: 1, to: nums.count, by: 2) {
                if let array = nums[i].array {
                    nums[i] = .array(clean(array))
                } else if let n = nums[i].ref {
                    if removed.contains(n) {
                        nums[i] = .null
                    } else if let indirect = objects[n]?.value.array {
                        // Cairo writes each page's list as an indirect array.
                        set(n, .array(clean(indirect)))
                    }
                }
            }
            node["Nums"] = .array(nums)
            set(number, .dict(node))
        }
        fixNode(parentTree, depth: 0)
    }
}
