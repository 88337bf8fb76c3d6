import WPCModel

/// The names nearest to what the user typed, for "did you mean" hints: by
/// edit distance, case ignored, the closest first (ties in the order given).
public enum NearestNames {
    /// Up to `limit` of `candidates` nearest to `typed`, closer than `maximum`
    /// edits when it is given.
    public static func to(_ typed: String, among candidates: [String], limit: Int = 3, maximum: Int? = nil) -> [String] {
        let key = typed.lowercased()
        var seen = Set<String>()
        let scored = candidates.enumerated().compactMap { index, name -> (String, Int, Int)? in
            guard seen.insert(name.lowercased()).inserted else { return nil }
            let distance = EditDistance.between(key, name.lowercased())
            if let maximum, distance > maximum { return nil }
            return (name, distance, index)
        }
        return scored.sorted { ($0.1, $0.2) < ($1.1, $1.2) }.prefix(limit).map(\.0)
    }
}
