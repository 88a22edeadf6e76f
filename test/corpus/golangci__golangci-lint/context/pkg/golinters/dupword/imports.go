// Import list of package dupword in pkg/golinters/dupword of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package dupword

import (
	_ "github.com/Abirdcfly/dupword"
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "strings"
)
