import Dispatch

extension SimilarityJoin {
    /// For each distinctive content term, the searched sentences holding it in weight order,
    /// with the weight each has left from that term on. Common terms (see `commonTermPostings`)
    /// are only counted: they are never probed.
    struct PostingIndex: Sendable {
        var starts: [Int32]
        var positions: [Int32]
        var suffixes: [Float]
        var common: [Bool]

        /// A counting sort on every core: each worker counts its share of the sentences per
        /// term, then fills its own slots of each term's list, so the lists come out in order.
        init(_ table: LinkUnitTable, order: [Int32]) {
            let contentRanks = Int(table.firstFunctionRank)
            let cap = Int32(SimilarityJoin.commonTermPostings)
            let workers = max(1, min(4, order.count / 16384))
            let perWorker = (order.count + workers - 1) / workers
            let n = order.count
            @Sendable func share(_ w: Int) -> Range<Int> { (w * perWorker)..<min(n, (w + 1) * perWorker) }
            // Per worker and term, how many of its sentences hold the term: first all of them
            // (which terms are common), then those the lists will hold (up to each sentence's
            // first common term), so that every slot is filled and each list stays in order.
            func count(stoppingAt common: [Bool]?) -> [[Int32]] {
                var counts = [[Int32]](repeating: [], count: workers)
                counts.withUnsafeMutableBufferPointer { buffer in
                    let out = UnsafeSendableSlots(buffer)
                    DispatchQueue.concurrentPerform(iterations: workers) { w in
                        var mine = [Int32](repeating: 0, count: contentRanks)
                        table.ranks.withUnsafeBufferPointer { ranks in
                            for position in share(w) {
                                let u = table.units[Int(order[position])]
                                for k in Int(u.termStart)..<Int(u.termEnd) {
                                    let r = Int(ranks[k])
                                    guard r < contentRanks, !(common?[r] ?? false) else { break }
                                    mine[r] += 1
                                }
                            }
                        }
                        out[w] = mine
                    }
                }
                return counts
            }
            var common = [Bool](repeating: false, count: contentRanks)
            let all = count(stoppingAt: nil)
            for r in 0..<contentRanks {
                var total: Int32 = 0
                for w in 0..<workers { total += all[w][r] }
                common[r] = total > cap
            }
            let counts = count(stoppingAt: common)
            var starts = [Int32](repeating: 0, count: contentRanks + 1)
            // Where each worker's entries of each term begin.
            var fills = counts
            for r in 0..<contentRanks {
                var at = starts[r]
                for w in 0..<workers {
                    fills[w][r] = at
                    at += counts[w][r]
                }
                starts[r + 1] = at
            }
            var positions = [Int32](repeating: 0, count: Int(starts[contentRanks]))
            var suffixes = [Float](repeating: 0, count: positions.count)
            let isCommon = common, firstFill = fills
            positions.withUnsafeMutableBufferPointer { positionBuffer in
                suffixes.withUnsafeMutableBufferPointer { suffixBuffer in
                    let outPositions = UnsafeSendableSlots(positionBuffer), outSuffixes = UnsafeSendableSlots(suffixBuffer)
                    DispatchQueue.concurrentPerform(iterations: workers) { w in
                        var fill = firstFill[w]
                        table.ranks.withUnsafeBufferPointer { ranks in
                            for position in share(w) {
                                let unit = table.units[Int(order[position])]
                                var suffix = unit.weight
                                for k in Int(unit.termStart)..<Int(unit.termEnd) {
                                    let r = Int(ranks[k])
                                    // Ranks run rarest first: past the first common term, all are common.
                                    guard r < contentRanks, !isCommon[r] else { break }
                                    outPositions[Int(fill[r])] = Int32(position)
                                    outSuffixes[Int(fill[r])] = suffix
                                    fill[r] += 1
                                    suffix -= table.weightOfRank[r]
                                }
                            }
                        }
                    }
                }
            }
            self.starts = starts
            self.positions = positions
            self.suffixes = suffixes
            self.common = common
        }
    }
}
