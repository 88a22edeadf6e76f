// Import list of package ineffassign in pkg/golinters/ineffassign of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package ineffassign

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/gordonklaus/ineffassign/pkg/ineffassign"
)
