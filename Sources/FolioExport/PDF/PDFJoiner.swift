//! Joins the PDFs Cairo wrote for consecutive runs of one document's pages into one object set.

import FolioCore

/// The objects of one document, numbered from 1, with its catalog and information dictionary.
struct JoinedPDF {
    var objects: [PDFObject?]
    var root: PDFValue
    var info: PDFValue?
}

/// Takes the objects of the runs and, for more than one, joins them: the first file's
/// catalog keeps the page tree, named destinations, structure tree, parent tree and outline
/// of all of them (page labels are the post-processor's). Later files' numbers are shifted past the earlier ones'
/// to the next multiple of `blockSize`.
///
/// What it relies on is what `PDFExporter` draws into each run: a flat page tree, a
/// structure tree with one `Document` element, named destinations, and an outline in the
/// first run only. Anything else is refused, so a change in Cairo cannot pass unnoticed.
enum PDFJoiner {
    /// Runs of pages are numbered from multiples of this; the numbers between stay free.
    static let blockSize = 1024

    /// `workers`: threads renumbering the later runs' objects; the result does not depend on it.
    static func join(_ runs: [CairoRun], workers: Int = 1) throws -> JoinedPDF {
        // Each run starts a block of numbers, so a run whose object count changes within its
        // block leaves the next runs' numbers (and their object streams) as they were.
        var offsets: [Int] = []
        var used = 0
        for run in runs {
            offsets.append(used == 0 ? 0 : (used + blockSize - 1) / blockSize * blockSize)
            used = offsets.last! + run.objects.count - 1
        }
        let renumbered = WorkerSlots<[PDFObject?]>(count: runs.count)
        let shifts = offsets
        WorkerThreads.forEach(runs.count, workers: workers) { i in
            let offset = shifts[i]
            renumbered.store(i, runs[i].objects.dropFirst().map { object in
                guard offset > 0, var object else { return object }
                object.value = object.value.renumbered(by: offset)
                return object
            })
        }
        var objects: [PDFObject?] = [nil]
        var roots: [PDFValue] = []
        for (i, run) in runs.enumerated() {
            objects += Array(repeating: nil, count: offsets[i] - (objects.count - 1))
            objects += renumbered.values[i]!
            guard let root = run.trailer["Root"], root.ref != nil else { throw ExportError.postProcess("no document catalog") }
            roots.append(root.renumbered(by: offsets[i]))
        }
        guard !roots.isEmpty else { throw ExportError.postProcess("no PDF to finish") }
        let info = runs.first?.trailer["Info"]
        guard roots.count > 1 else { return JoinedPDF(objects: objects, root: roots[0], info: info) }
        var joiner = Joiner(objects: objects)
        try joiner.join(roots)
        joiner.dropUnreachable(from: [roots[0]] + (info.map { [$0] } ?? []))
        return JoinedPDF(objects: joiner.objects, root: roots[0], info: info)
    }

    private struct Joiner {
        var objects: [PDFObject?]

        func dict(_ ref: PDFValue?) -> PDFDict? {
            guard let n = ref?.ref, objects.indices.contains(n) else { return nil }
            return objects[n]?.value.dict
        }

        mutating func set(_ ref: PDFValue?, _ dict: PDFDict) {
            if let n = ref?.ref, objects.indices.contains(n) { objects[n]?.value = .dict(dict) }
        }

        func list(_ value: PDFValue?) -> [PDFValue] { value.map { $0.array ?? [$0] } ?? [] }

        mutating func join(_ roots: [PDFValue]) throws {
            guard var catalog = dict(roots[0]) else { throw ExportError.postProcess("unreadable catalog") }
            let later = try roots.dropFirst().map { r -> PDFDict in
                guard let c = dict(r) else { throw ExportError.postProcess("unreadable catalog") }
                if c["Outlines"] != nil { throw ExportError.postProcess("only the first run of pages may have an outline") }
                return c
            }
            try joinPages(catalog, later)
            catalog["Names"] = try joinDestinations(catalog, later)
            try joinStructure(&catalog, later)
            set(roots[0], catalog)
        }

        /// The first page tree takes the later trees' pages, in order.
        private mutating func joinPages(_ catalog: PDFDict, _ later: [PDFDict]) throws {
            guard var tree = dict(catalog["Pages"]), let pagesRef = catalog["Pages"] else { throw ExportError.postProcess("no page tree") }
            var kids = list(tree["Kids"])
            for c in later {
                guard let other = dict(c["Pages"]) else { throw ExportError.postProcess("no page tree") }
                for kid in list(other["Kids"]) {
                    guard var page = dict(kid), page["Type"]?.name == "Page" else {
                        throw ExportError.postProcess("a page tree with more than one level cannot be joined")
                    }
                    page["Parent"] = pagesRef
                    set(kid, page)
                    kids.append(kid)
                }
            }
            tree["Kids"] = .array(kids)
            tree["Count"] = .int(kids.count)
            set(pagesRef, tree)
        }

        /// One name tree of destinations, sorted by name as the PDF format requires.
        private func joinDestinations(_ catalog: PDFDict, _ later: [PDFDict]) throws -> PDFValue? {
            var pairs: [(name: [UInt8], value: PDFValue)] = []
            for c in [catalog] + later {
                guard let names = c["Names"] else { continue }
                guard let namesDict = names.dict ?? dict(names) else { throw ExportError.postProcess("unreadable name dictionary") }
                if namesDict.entries.contains(where: { $0.key != "Dests" }) {
                    throw ExportError.postProcess("only destination names can be joined")
                }
                try collectNames(namesDict["Dests"], into: &pairs, depth: 0)
            }
            guard !pairs.isEmpty else { return nil }
            pairs.sort { $0.name.lexicographicallyPrecedes($1.name) }
            let flat = pairs.flatMap { [PDFValue.string($0.name), $0.value] }
            return .dict(PDFDict([("Dests", .dict(PDFDict([("Names", .array(flat))])))]))
        }

        private func collectNames(_ node: PDFValue?, into pairs: inout [(name: [UInt8], value: PDFValue)], depth: Int) throws {
            guard let node, depth < 32 else { return }
            guard let d = node.dict ?? dict(node) else { throw ExportError.postProcess("unreadable name tree") }
            for kid in list(d["Kids"]) { try collectNames(kid, into: &pairs, depth: depth + 1) }
            let names = list(d["Names"])
            for i in stride(from: 0, to: names.count - 1, by: 2) {
                guard case .string(let name) = names[i] else { throw ExportError.postProcess("a destination name is not a string") }
                pairs.append((name, names[i + 1]))
            }
        }

        /// Number trees (parent trees) as one: each tree's keys shifted by its offset.
        private func joinNumberTrees(_ trees: [PDFValue?], offsets: [Int]) throws -> PDFValue? {
            var nums: [PDFValue] = []
            for (tree, offset) in zip(trees, offsets) {
                var pairs: [(Int, PDFValue)] = []
                try collectNumbers(tree, into: &pairs, depth: 0)
                for (key, value) in pairs { nums += [.int(key + offset), value] }
            }
            return nums.isEmpty ? nil : .dict(PDFDict([("Nums", .array(nums))]))
        }

        private func collectNumbers(_ node: PDFValue?, into pairs: inout [(Int, PDFValue)], depth: Int) throws {
            guard let node, depth < 32 else { return }
            guard let d = node.dict ?? dict(node) else { throw ExportError.postProcess("unreadable number tree") }
            for kid in list(d["Kids"]) { try collectNumbers(kid, into: &pairs, depth: depth + 1) }
            let nums = list(d["Nums"])
            for i in stride(from: 0, to: nums.count - 1, by: 2) {
                guard let key = nums[i].int else { throw ExportError.postProcess("a number tree key is not an integer") }
                pairs.append((key, nums[i + 1]))
            }
        }

        /// The later `Document` elements' children join the first one's; their parent-tree
        /// keys (and the pages' and annotations' references to them) move past the earlier ones.
        private mutating func joinStructure(_ catalog: inout PDFDict, _ later: [PDFDict]) throws {
            let trees = ([catalog] + later).map { $0["StructTreeRoot"] }
            guard trees.contains(where: { $0 != nil }) else { return }
            guard let treeRef = trees[0], var tree = dict(treeRef) else {
                throw ExportError.postProcess("only some runs of pages have a structure tree")
            }
            guard let documentRef = list(tree["K"]).first, list(tree["K"]).count == 1, var document = dict(documentRef) else {
                throw ExportError.postProcess("the structure tree does not have one root element")
            }
            var kids = list(document["K"])
            var parentTrees: [PDFValue?] = [tree["ParentTree"]]
            var offsets = [0]
            var nextKey = try keyCount(tree["ParentTree"])
            for (c, treeValue) in zip(later, trees.dropFirst()) {
                guard let other = dict(treeValue), other.entries.allSatisfy({ ["Type", "K", "ParentTree"].contains($0.key) }),
                      let otherDocRef = list(other["K"]).first, list(other["K"]).count == 1, let otherDoc = dict(otherDocRef) else {
                    throw ExportError.postProcess("a run's structure tree cannot be joined")
                }
                for kid in list(otherDoc["K"]) {
                    if var element = dict(kid), element["P"] != nil {
                        element["P"] = documentRef
                        set(kid, element)
                    }
                    kids.append(kid)
                }
                try shiftStructParents(of: c, by: nextKey)
                parentTrees.append(other["ParentTree"])
                offsets.append(nextKey)
                nextKey += try keyCount(other["ParentTree"])
            }
            document["K"] = .array(kids)
            set(documentRef, document)
            // Whatever pointed at a later run's `Document` element (its parent-tree entries)
            // now points at the first one.
            let laterDocuments = Set(later.compactMap { dict($0["StructTreeRoot"]).flatMap { list($0["K"]).first?.ref } })
            for n in objects.indices {
                guard let value = objects[n]?.value, value.refers(to: laterDocuments) else { continue }
                objects[n]?.value = value.replacingReferences(to: laterDocuments, with: documentRef)
            }
            tree["ParentTree"] = try joinNumberTrees(parentTrees, offsets: offsets)
            if tree["ParentTreeNextKey"] != nil { tree["ParentTreeNextKey"] = .int(nextKey) }
            set(treeRef, tree)
        }

        /// One more than the largest key of a parent tree (0 when empty).
        private func keyCount(_ tree: PDFValue?) throws -> Int {
            var pairs: [(Int, PDFValue)] = []
            try collectNumbers(tree, into: &pairs, depth: 0)
            return (pairs.map(\.0).max() ?? -1) + 1
        }

        /// Adds `offset` to the `/StructParents` of a run's pages and the `/StructParent` of
        /// their annotations.
        private mutating func shiftStructParents(of catalog: PDFDict, by offset: Int) throws {
            for pageRef in list(dict(catalog["Pages"])?["Kids"]) {
                guard var page = dict(pageRef) else { continue }
                if let key = page["StructParents"]?.int { page["StructParents"] = .int(key + offset); set(pageRef, page) }
                for annotRef in list(page["Annots"]) {
                    guard var annot = dict(annotRef), let key = annot["StructParent"]?.int else { continue }
                    annot["StructParent"] = .int(key + offset)
                    set(annotRef, annot)
                }
            }
        }

        /// Frees every object that no longer hangs off the catalog or the information dictionary.
        mutating func dropUnreachable(from roots: [PDFValue]) {
            var reached = [Bool](repeating: false, count: objects.count)
            var pending = roots.compactMap(\.ref)
            func refs(in value: PDFValue, into out: inout [Int]) {
                switch value {
                case .ref(let n, _): out.append(n)
                case .array(let items): for item in items { refs(in: item, into: &out) }
                case .dict(let d): for (_, v) in d.entries { refs(in: v, into: &out) }
                default: break
                }
            }
            while let n = pending.popLast() {
                guard objects.indices.contains(n), !reached[n], let object = objects[n] else { continue }
                reached[n] = true
                refs(in: object.value, into: &pending)
            }
            for n in objects.indices where !reached[n] { objects[n] = nil }
        }
    }
}

extension PDFValue {
    func refers(to numbers: Set<Int>) -> Bool {
        switch self {
        case .ref(let n, _): return numbers.contains(n)
        case .array(let items): return items.contains { $0.refers(to: numbers) }
        case .dict(let d): return d.entries.contains { $0.value.refers(to: numbers) }
        default: return false
        }
    }

    func replacingReferences(to numbers: Set<Int>, with replacement: PDFValue) -> PDFValue {
        switch self {
        case .ref(let n, _): return numbers.contains(n) ? replacement : self
        case .array(let items): return .array(items.map { $0.replacingReferences(to: numbers, with: replacement) })
        case .dict(let d): return .dict(PDFDict(d.entries.map { ($0.key, $0.value.replacingReferences(to: numbers, with: replacement)) }))
        default: return self
        }
    }

    /// The value with every reference's object number increased by `offset`.
    func renumbered(by offset: Int) -> PDFValue {
        switch self {
        case .ref(let n, let g): return .ref(n + offset, g)
        case .array(let items): return .array(items.map { $0.renumbered(by: offset) })
        case .dict(let d): return .dict(PDFDict(d.entries.map { ($0.key, $0.value.renumbered(by: offset)) }))
        default: return self
        }
    }
}
