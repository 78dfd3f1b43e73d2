#!/usr/bin/env bash
#
# Regenerates the labelled order set the replay tool measures detection with:
#
#   benchmarks/src/main/resources/replay/orders-v1.jsonl         (seed 20261005, generation 1: the default)
#   benchmarks/src/main/resources/replay/orders-holdout.jsonl    (seed 20270117, generation 1: another seed)
#   benchmarks/src/main/resources/replay/orders-holdout-2.jsonl  (seed 20270301, generation 2: rougher genuine buyers)
#   benchmarks/src/main/resources/replay/orders-holdout-3.jsonl  (seed 20270415, generation 2: a third holdout)
#   benchmarks/src/main/resources/replay/orders-holdout-4.jsonl  (seed 20270520, generation 3: genuine buyers on VPNs and relays)
#
# The holdout sets are for honest figures: the engine is tuned on v1 and never on a holdout, so what it catches
# there is what it catches on orders nobody tuned for. Generation 2 of the generator adds what genuine buyers do
# that generation 1 left out and that looks like fraud (see OrderSetGenerator); generation 3 adds genuine buyers whose
# orders come through a data centre or a relay (a VPN app, iCloud Private Relay, an office's gateway in a cloud region).
# Each generation leaves the earlier ones as they were, so every committed set still comes out byte for byte.
# Regenerate the holdouts with
#
#   scripts/generate-replay-orders.sh 20270117 benchmarks/src/main/resources/replay/orders-holdout.jsonl
#   scripts/generate-replay-orders.sh 20270301 benchmarks/src/main/resources/replay/orders-holdout-2.jsonl 2
#   scripts/generate-replay-orders.sh 20270415 benchmarks/src/main/resources/replay/orders-holdout-3.jsonl 2
#   scripts/generate-replay-orders.sh 20270520 benchmarks/src/main/resources/replay/orders-holdout-4.jsonl 3
#
# The set is Mamori's own synthetic data, made by jp.mamori.bench.replay.OrderSetGenerator from a
# seed: the same seed gives the same file, byte for byte (OrderSetGeneratorTest checks that the
# committed file is exactly what the generator writes). Addresses use real postal codes, prefectures,
# municipalities and towns from the scoring engine's bundled Japan Post data; everything else (names,
# buildings, mail addresses, phone numbers, cards, devices, companies) is made up.
#
# Figures recorded for a set belong to that set: if a change to the generator (or to the postal data
# it reads) changes the file, write it under a new version (orders-v2.jsonl) instead of over v1. The one
# exception so far: the affiliate registrations (m1's programme, registered before each affiliate's first
# order) were added to all three sets in place, because their random numbers are drawn after everything else
# and left every order and feedback line byte for byte as it was (diff showed only added lines).
#
# Each set holds orders, feedback and affiliate registrations (see the README beside the sets).
#
# Usage (from the repository root):
#   scripts/generate-replay-orders.sh [SEED] [OUT] [GENERATION]
#
# Requirements: bash, a JDK 17+, the Maven wrapper (builds the benchmarks jar).

set -euo pipefail

SEED="${1:-20261005}"
OUT="${2:-benchmarks/src/main/resources/replay/orders-v1.jsonl}"
GENERATION="${3:-1}"

cd "$(dirname "$0")/.."
./mvnw -q -B -pl benchmarks -am package -DskipTests
java -cp benchmarks/target/benchmarks.jar jp.mamori.bench.replay.OrderSetGenerator --seed "$SEED" --generation "$GENERATION" --out "$OUT"
