// Import list of package tparallel in pkg/golinters/tparallel of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package tparallel

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/moricho/tparallel"
)
