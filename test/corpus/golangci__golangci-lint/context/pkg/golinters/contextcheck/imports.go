// Import list of package contextcheck in pkg/golinters/contextcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package contextcheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/golangci/golangci-lint/v2/pkg/lint/linter"
	_ "github.com/kkHAIKE/contextcheck"
	_ "golang.org/x/tools/go/analysis/passes/ctrlflow"
	_ "golang.org/x/tools/go/analysis/passes/inspect"
)
