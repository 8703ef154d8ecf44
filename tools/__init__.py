"""Developer tools outside the deployable package: the synthetic corpus generator
(`python -m tools.corpus`), used by `make corpus`, `make bench`, the fault
scenarios and the tests. Nothing in `dagster_project` imports it."""
