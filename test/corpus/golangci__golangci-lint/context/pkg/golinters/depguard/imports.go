// Import list of package depguard in pkg/golinters/depguard of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package depguard

import (
	_ "github.com/OpenPeeDeeP/depguard/v2"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "strings"
)
