// swift-tools-version:6.1
// libFuzzer targets over Chorus's core, built only by scripts/fuzz.sh with -sanitize=fuzzer.
// They live in their own package because a fuzz target has no main of its own (libFuzzer brings it),
// which an ordinary build of the main package could not link.
import PackageDescription

let package = Package(
    name: "ChorusFuzz",
    dependencies: [.package(name: "Chorus", path: "..")],
    targets: [
        .executableTarget(name: "FuzzLoaders", dependencies: [.product(name: "ChorusCore", package: "Chorus")]),
        .executableTarget(name: "FuzzPipeline", dependencies: [.product(name: "ChorusCore", package: "Chorus")]),
    ]
)
