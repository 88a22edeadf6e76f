// Import list of package wsl in pkg/golinters/wsl of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package wsl

import (
	_ "github.com/bombsimon/wsl/v4"
	_ "github.com/bombsimon/wsl/v5"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/golinters/internal"
	_ "slices"
)
