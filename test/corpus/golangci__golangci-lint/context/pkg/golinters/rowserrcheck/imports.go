// Import list of package rowserrcheck in pkg/golinters/rowserrcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package rowserrcheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/rowserrcheck/passes/rowserr"
)
