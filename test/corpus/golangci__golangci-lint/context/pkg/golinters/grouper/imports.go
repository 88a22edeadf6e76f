// Import list of package grouper in pkg/golinters/grouper of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package grouper

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/leonklingele/grouper/pkg/analyzer"
)
