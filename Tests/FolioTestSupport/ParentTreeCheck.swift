//! Checks a tagged PDF's parent tree: every piece of marked content and every annotation leads
//! back to the structure element that holds it (what readers use to go from page to tree).

import Foundation

public enum ParentTreeCheck {
    /// The problems found in the PDF at `path` (empty when the parent tree is right), read
    /// through `qpdf --json=2`.
    public static func problems(_ path: String) throws -> [String] {
        let out = try ExternalTools.run("qpdf", ["--json=2", "--json-key=qpdf", path]).stdout
        guard let json = try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any],
              let parts = json["qpdf"] as? [Any], parts.count > 1, let objects = parts[1] as? [String: Any] else {
            return ["qpdf printed no objects"]
        }
        func value(_ ref: Any?) -> Any? {
            guard let ref = ref as? String, ref.hasSuffix(" R") else { return ref }
            let object = objects["obj:" + ref] as? [String: Any]
            return object?["value"] ?? (object?["stream"] as? [String: Any])?["dict"]
        }
        func dict(_ v: Any?) -> [String: Any]? { value(v) as? [String: Any] }
        func list(_ v: Any?) -> [Any] { (value(v) as? [Any]) ?? (v == nil ? [] : [v!]) }
        func int(_ v: Any?) -> Int? { (v as? NSNumber)?.intValue }

        let dicts = objects.compactMap { key, object -> (String, [String: Any])? in
            guard key.hasPrefix("obj:"), let d = (object as? [String: Any])?["value"] as? [String: Any] else { return nil }
            return (String(key.dropFirst(4)), d)
        }
        guard let root = dicts.first(where: { $0.1["/Type"] as? String == "/StructTreeRoot" })?.1 else { return ["no structure tree"] }
        var nums: [Int: Any] = [:]
        func collect(_ node: Any?, depth: Int) {
            guard depth < 32, let d = dict(node) else { return }
            for kid in list(d["/Kids"]) { collect(kid, depth: depth + 1) }
            let pairs = list(d["/Nums"])
            for i in stride(from: 0, to: pairs.count - 1, by: 2) { if let k = int(pairs[i]) { nums[k] = pairs[i + 1] } }
        }
        collect(root["/ParentTree"], depth: 0)

        var problems: [String] = []
        /// Whether `element` holds marked content `mcid` of `page` (directly or through an MCR).
        func holds(_ element: [String: Any], mcid: Int, page: String) -> Bool {
            for kid in list(element["/K"]) {
                if let n = int(kid), n == mcid, (element["/Pg"] as? String) == page { return true }
                if let mcr = kid as? [String: Any], int(mcr["/MCID"]) == mcid,
                   ((mcr["/Pg"] ?? element["/Pg"]) as? String) == page { return true }
            }
            return false
        }
        for (ref, page) in dicts where page["/Type"] as? String == "/Page" {
            if let key = int(page["/StructParents"]) {
                guard let entry = nums[key] else { problems.append("page \(ref): no parent-tree entry \(key)"); continue }
                for (mcid, element) in list(entry).enumerated() {
                    guard let e = dict(element) else { continue } // null: an artifact
                    if !holds(e, mcid: mcid, page: ref) {
                        problems.append("page \(ref): marked content \(mcid) leads to \(element), which does not hold it")
                    }
                }
            }
            for annot in list(page["/Annots"]) {
                guard let a = dict(annot), let key = int(a["/StructParent"]) else { continue }
                let element = dict(nums[key])
                let holdsAnnot = list(element?["/K"]).contains { kid in
                    let objr = (kid as? [String: Any]) ?? dict(kid)
                    return objr?["/Type"] as? String == "/OBJR" && objr?["/Obj"] as? String == annot as? String
                }
                if !holdsAnnot { problems.append("annotation \(annot) on page \(ref): parent-tree entry \(key) does not hold it") }
            }
        }
        return problems
    }
}
