/// How many times each measurement runs; the fastest run counts, as the one least
/// disturbed by other work on the machine.
let repetitionsPerMeasurement = 10

/// The best of several timed runs of one piece of work over the same input.
struct Measurement {
    var name: String
    var bytes: Int
    var best: Duration

    var seconds: Double {
        Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    }

    /// Throughput in MB/s, with 1 MB = 10^6 bytes.
    var megabytesPerSecond: Double {
        Double(bytes) / 1e6 / seconds
    }
}

/// Runs `body` `repetitionsPerMeasurement` times and keeps the fastest run. Whatever
/// `body` returns is kept alive until its run's clock has stopped, so freeing it is not
/// timed.
func measure<Result>(name: String, bytes: Int, body: () throws -> Result) rethrows -> Measurement {
    let clock = ContinuousClock()
    var best = Duration.seconds(Int64.max)
    for _ in 0..<repetitionsPerMeasurement {
        let start = clock.now
        let result = try body()
        let elapsed = clock.now - start
        withExtendedLifetime(result) {}
        best = min(best, elapsed)
    }
    return Measurement(name: name, bytes: bytes, best: best)
}

/// Times freeing what `make` returns, which `measure` leaves untimed: made afresh for
/// each of `repetitionsPerMeasurement` runs, only the freeing timed; the fastest counts.
func measureFreeing<Result>(name: String, bytes: Int, of make: () -> Result) -> Measurement {
    let clock = ContinuousClock()
    var best = Duration.seconds(Int64.max)
    for _ in 0..<repetitionsPerMeasurement {
        var value: Result? = make()
        let start = clock.now
        discard(&value)
        best = min(best, clock.now - start)
    }
    return Measurement(name: name, bytes: bytes, best: best)
}

/// Not inlined, so that the release stays between the two readings of the clock.
@inline(never)
private func discard<Result>(_ value: inout Result?) {
    value = nil
}
