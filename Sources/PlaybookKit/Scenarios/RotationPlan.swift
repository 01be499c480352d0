/// Which participant group sits at which responder table in each rotation, after the
/// case is presented. A cyclic Latin square: in rotation `r`, group `g` sits at table
/// `(g + r) mod tables`, so no table ever has two groups at once and every group meets
/// `min(rotations, tables)` different tables.
public struct RotationPlan: Hashable, Sendable {
    /// The responder tables, one per kind of responder, labelled "narrator (facet)".
    public var tables: [String]
    /// How many rotations.
    public var rotations: Int
    /// Minutes per rotation.
    public var minutes: Int

    /// Creates a plan; there are as many groups as tables.
    public init(tables: [String], rotations: Int, minutes: Int) {
        self.tables = tables
        self.rotations = rotations
        self.minutes = minutes
    }

    /// One table per distinct narrator of `acts`, in the order they first speak.
    public init(acts: [ScenarioAct], rotations: Int, minutes: Int) {
        var seen: Set<String> = []
        var tables: [String] = []
        for act in acts where seen.insert(act.narrator).inserted {
            tables.append("\(act.narrator) (\(act.facet))")
        }
        self.init(tables: tables, rotations: rotations, minutes: minutes)
    }

    /// How many participant groups: one per table.
    public var groups: Int { tables.count }

    /// The table index of `group` in `rotation` (both from 0).
    public func table(group: Int, rotation: Int) -> Int {
        (group + rotation) % tables.count
    }

    /// For each rotation, the table index of each group.
    public var assignments: [[Int]] {
        guard !tables.isEmpty else { return [] }
        return (0..<rotations).map { rotation in (0..<groups).map { table(group: $0, rotation: rotation) } }
    }

    /// The plan as lines of text, one rotation after another.
    public var lines: [String] {
        var lines = ["Rotation plan: \(groups) group\(groups == 1 ? "" : "s"), \(tables.count) table\(tables.count == 1 ? "" : "s"), \(rotations) rotation\(rotations == 1 ? "" : "s") of \(minutes) minutes"]
        for (rotation, row) in assignments.enumerated() {
            lines.append("Rotation \(rotation + 1) (minutes \(rotation * minutes) to \((rotation + 1) * minutes)):")
            lines += row.enumerated().map { group, table in "  group \(group + 1) -> \(tables[table])" }
        }
        return lines
    }
}
