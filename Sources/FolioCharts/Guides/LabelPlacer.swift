//! The collision pass for labels: each label takes its first free position or is dropped.

import FolioPage

/// A label looking for a place: the boxes it could occupy, best first.
public struct LabelCandidate: Hashable, Sendable {
    /// The caller's identifier, returned with the placement.
    public var id: Int
    /// Boxes the label may take, in order of preference (e.g. beside the bar end, then inside it).
    public var positions: [Rect]
    /// Higher priorities are placed first and so win conflicts (a highlighted city, the largest value).
    public var priority: Double
    public init(id: Int, positions: [Rect], priority: Double = 0) {
        self.id = id; self.positions = positions; self.priority = priority
    }
}

/// Where a label went: which of its positions, and that box.
public struct LabelPlacement: Hashable, Sendable {
    public var id: Int
    /// Index into the candidate's `positions`.
    public var positionIndex: Int
    public var box: Rect
}

/// Places labels so that none overlaps another label, an obstacle (axis labels, the plot
/// edge) or leaves the bounds. Greedy by priority: a label that finds no free position is
/// dropped rather than drawn over something — a missing value label is better than an
/// unreadable one, and the value is still in the alt text.
public struct LabelPlacer: Hashable, Sendable {
    /// Labels must lie inside this rectangle, when given.
    public var bounds: Rect?
    /// Areas no label may cover.
    public var obstacles: [Rect]
    /// Minimum clear space between two labels, and between a label and an obstacle.
    public var padding: Double

    public init(bounds: Rect? = nil, obstacles: [Rect] = [], padding: Double = 1) {
        self.bounds = bounds; self.obstacles = obstacles; self.padding = padding
    }

    /// Placements for the labels that fit, sorted by id; dropped labels are absent.
    public func place(_ candidates: [LabelCandidate]) -> [LabelPlacement] {
        let order = candidates.indices.sorted {
            candidates[$0].priority != candidates[$1].priority
                ? candidates[$0].priority > candidates[$1].priority : $0 < $1
        }
        var taken: [Rect] = []
        var placements: [LabelPlacement] = []
        for i in order {
            let c = candidates[i]
            for (p, box) in c.positions.enumerated() where fits(box, taken: taken) {
                taken.append(box)
                placements.append(LabelPlacement(id: c.id, positionIndex: p, box: box))
                break
            }
        }
        return placements.sorted { $0.id < $1.id }
    }

    /// True when `box` is inside the bounds and clear of obstacles and of the taken boxes.
    public func fits(_ box: Rect, taken: [Rect] = []) -> Bool {
        if let b = bounds, !b.contains(box) { return false }
        let padded = box.insetBy(dx: -padding / 2, dy: -padding / 2)
        for o in obstacles where padded.intersects(o.insetBy(dx: -padding / 2, dy: -padding / 2)) { return false }
        for t in taken where padded.intersects(t.insetBy(dx: -padding / 2, dy: -padding / 2)) { return false }
        return true
    }
}
