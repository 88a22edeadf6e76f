// Import list of package tagalign in pkg/golinters/tagalign of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package tagalign

import (
	_ "github.com/4meepo/tagalign"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
)
