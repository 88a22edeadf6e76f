// Import list of package embeddedstructfieldcheck in pkg/golinters/embeddedstructfieldcheck of golangci/golangci-lint (the import blocks of its non-test files; no code kept)
package embeddedstructfieldcheck

import (
	_ "github.com/golangci/golangci-lint/v2/pkg/config"
	_ "github.com/golangci/golangci-lint/v2/pkg/goanalysis"
	_ "github.com/manuelarte/embeddedstructfieldcheck/analyzer"
)
