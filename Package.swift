// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Chorus",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "chorus", targets: ["chorus"]),
        .library(name: "ChorusCore", targets: ["ChorusCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // System libraries, each behind a modulemap and a small C shim.
        .systemLibrary(
            name: "CNcursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .systemLibrary(
            name: "CStemmer",
            providers: [.apt(["libstemmer-dev"])]
        ),
        // The C library's allocator controls (malloc.h), for peak memory on large corpora; a C
        // target, as it holds a lock.
        .target(name: "CMalloc"),
        // The reader's signal handlers and the flag they set: state, so a C target of its own
        // (one .c file, built once), not a header.
        .target(name: "CTerminalSignals"),
        // Corpus, text, quotes, speakers, linking, index. No terminal code.
        .target(name: "ChorusCore", dependencies: ["CStemmer", "CMalloc"]),
        // Layout, panes, keys, drawing onto a Screen; ncurses only in the adapter.
        .target(name: "ChorusTUI", dependencies: ["ChorusCore", "CNcursesw", "CTerminalSignals"]),
        .executableTarget(
            name: "chorus",
            dependencies: [
                "ChorusCore", "ChorusTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "ChorusCoreTests",
            dependencies: ["ChorusCore", .product(name: "PropertyBased", package: "swift-property-based")]
        ),
        .testTarget(name: "ChorusTUITests", dependencies: ["ChorusTUI", "ChorusCore"], exclude: ["Snapshots"]),
    ]
)
