// Import list of package inamedparam in pkg/golinters/inamedparam of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package inamedparam

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/macabu/inamedparam"
)
