// Import list of package spancheck in pkg/golinters/spancheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package spancheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/jjti/go-spancheck"
)
