#if canImport(Glibc)
    import Glibc
#endif

/// Resident memory as Linux reports it in /proc/self/status.
struct PeakMemory {
    /// The process's high-water mark of resident memory (VmHWM) after the work.
    var peakBytes: Int
    /// How far that mark rose above resident memory before the work; nil when the
    /// kernel would not reset the mark, so the peak may predate the work.
    var growthBytes: Int?

    /// Runs `body`, keeping what it returns alive until the peak is read; nil off Linux.
    static func during<Result>(_ body: () -> Result) -> PeakMemory? {
        // Memory freed by earlier work stays resident in the allocator and would hide
        // this work's growth; give it back to the system first.
        releaseFreedMemory()
        let reset = resetPeak()
        let before = statusField("VmRSS:")
        let result = body()
        guard let peak = statusField("VmHWM:") else { return nil }
        withExtendedLifetime(result) {}
        return PeakMemory(peakBytes: peak, growthBytes: reset ? before.map { peak - $0 } : nil)
    }

    /// glibc's `malloc_trim(0)`, which Swift's Glibc module does not declare.
    private static func releaseFreedMemory() {
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
    }

    /// Lowers the high-water mark to the current resident memory (Linux 4.0 and later).
    private static func resetPeak() -> Bool {
        guard let file = fopen("/proc/self/clear_refs", "w") else { return false }
        defer { fclose(file) }
        return fputs("5", file) >= 0 && fflush(file) == 0
    }

    /// A "Name:   1234 kB" line of /proc/self/status, in bytes.
    private static func statusField(_ name: String) -> Int? {
        guard let file = fopen("/proc/self/status", "r") else { return nil }
        defer { fclose(file) }
        var line = [CChar](repeating: 0, count: 256)
        while fgets(&line, Int32(line.count), file) != nil {
            let text = String(decoding: line.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            guard text.hasPrefix(name) else { continue }
            let kilobytes = text.dropFirst(name.count).split(whereSeparator: { $0 == " " || $0 == "\t" }).first
            return kilobytes.flatMap { Int($0) }.map { $0 * 1024 }
        }
        return nil
    }
}
