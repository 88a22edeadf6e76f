// Import list of package mnd in pkg/golinters/mnd of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package mnd

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/tommy-muehle/go-mnd/v2"
)
