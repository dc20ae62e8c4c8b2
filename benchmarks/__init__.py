"""Storage benchmarks for InnerSpace (run with ``make bench``)."""
