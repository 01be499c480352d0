/// Turns libFuzzer's buffer into the values the readers take.
public enum FuzzInput {
    /// A copy of the `size` bytes at `data`.
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }
}
