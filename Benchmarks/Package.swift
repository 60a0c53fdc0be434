// swift-tools-version:6.1
// The linking benchmark (ordo-one/benchmark), a package of its own so that building and testing
// Chorus never builds the benchmark harness. Run from this folder: `swift package benchmark`.
import PackageDescription

let package = Package(
    name: "ChorusBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Chorus", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "Linking",
            dependencies: [
                .product(name: "ChorusCore", package: "Chorus"),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Linking",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
