/// Prints the figures as a plain table that fits 80 columns.
func printReport(
    files: Int, bytes: Int, measurements: [Measurement], lintFreeing: Measurement, memory: PeakMemory?,
    lintMemory: PeakMemory?
) {
    print("playbook-bench: \(files) synthetic playbooks, \(fixed(Double(bytes) / 1e6, 1)) MB (1 MB = 10^6 bytes)")
    print("")
    print(row("best of \(repetitionsPerMeasurement) runs", "time", "throughput"))
    for measurement in measurements {
        print(
            row(
                measurement.name, fixed(measurement.seconds * 1000, 1) + " ms",
                fixed(measurement.megabytesPerSecond, 1) + " MB/s"))
    }
    if let raw = measurements.first, let lint = measurements.last, measurements.count > 2 {
        print(row("ratio lint / libyaml events", fixed(lint.megabytesPerSecond / raw.megabytesPerSecond, 2), "target 0.40"))
        let withFreeing = raw.seconds / (lint.seconds + lintFreeing.seconds)
        print(row("freeing what lint read (not in lint)", fixed(lintFreeing.seconds * 1000, 1) + " ms", "ratio with it " + fixed(withFreeing, 2)))
    }
    print("")
    guard let memory else {
        print("memory: VmHWM is not available on this system")
        return
    }
    print(row("memory while holding every tree", "MB", "x input size"))
    print(row("peak resident (VmHWM)", megabytes(memory.peakBytes), ratio(memory.peakBytes, bytes)))
    if let growth = memory.growthBytes {
        print(row("rise of the peak while loading", megabytes(growth), ratio(growth, bytes)))
    }
    if let growth = lintMemory?.growthBytes {
        print(row("rise of the peak while linting", megabytes(growth), ratio(growth, bytes) + " (target < 4)"))
    }
}

private func megabytes(_ bytes: Int) -> String {
    fixed(Double(bytes) / 1e6, 1)
}

private func ratio(_ part: Int, _ whole: Int) -> String {
    fixed(Double(part) / Double(whole), 2)
}

/// `value` with exactly `decimals` digits after the point.
func fixed(_ value: Double, _ decimals: Int) -> String {
    var scale = 1.0
    for _ in 0..<decimals { scale *= 10 }
    let units = Int((value * scale).rounded())
    let whole = "\(units / Int(scale))"
    guard decimals > 0 else { return whole }
    let fraction = "\(abs(units) % Int(scale))"
    return whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
}

/// A label left-aligned in 40 columns and two figures right-aligned in 18 and 20.
func row(_ label: String, _ first: String, _ second: String) -> String {
    func pad(_ text: String, _ width: Int, left: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
    return pad(label, 40, left: false) + pad(first, 18, left: true) + pad(second, 20, left: true)
}
