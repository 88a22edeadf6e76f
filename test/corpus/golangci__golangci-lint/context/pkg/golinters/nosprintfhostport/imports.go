// Import list of package nosprintfhostport in pkg/golinters/nosprintfhostport of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package nosprintfhostport

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/stbenjam/no-sprintf-host-port/pkg/analyzer"
)
